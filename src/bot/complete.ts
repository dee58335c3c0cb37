/** Completions for autocompleted options (Discord): concept names for `lookup term`. */
import { conceptNames } from '../quiz/lookup.ts';
import type { BotDeps } from './bot-deps.ts';

export function completeOption(
  deps: BotDeps,
  command: string,
  option: string,
  partial: string,
): string[] {
  if (command !== 'lookup' || option !== 'term') return [];
  return conceptNames(deps.bank, partial);
}
