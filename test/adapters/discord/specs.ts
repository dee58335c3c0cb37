/** The real command registry, as the core hands it to the Discord adapter (Japanese). */
import { commandSpecs } from '../../../src/bot/commands/registry.ts';
import type { CommandSpec } from '../../../src/bot/types.ts';

export const SPECS: CommandSpec[] = commandSpecs('ja');
