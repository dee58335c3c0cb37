/** The shared adapter contract against the real bot core, through Discord (gateway + REST stub). */
import { adapterContract } from '../contract.ts';
import { startDiscordHarness } from './discord-harness.ts';

adapterContract('discord', (core) => startDiscordHarness(core));
