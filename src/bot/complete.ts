/** Completions for autocompleted options (Discord): concept names for `lookup term`. */
import type { BotDeps } from './bot-deps.ts';

/** Platforms show at most this many. */
export const MAX_COMPLETIONS = 25;

function fold(text: string): string {
  // NFKC folds full-width letters; katakana → hiragana so either spelling matches.
  return text
    .normalize('NFKC')
    .toLowerCase()
    .replace(/[\u30a1-\u30f6]/g, (ch) => String.fromCharCode(ch.charCodeAt(0) - 0x60));
}

export function completeOption(deps: BotDeps, command: string, option: string, partial: string): string[] {
  if (command !== 'lookup' || option !== 'term') return [];
  const wanted = fold(partial.trim());
  const names = deps.bank.concepts.flatMap((c) => [c.name, ...c.aliases]);
  const unique = [...new Set(names)];
  const starts = unique.filter((n) => fold(n).startsWith(wanted));
  const contains = unique.filter((n) => !starts.includes(n) && fold(n).includes(wanted));
  return [...starts, ...contains].slice(0, MAX_COMPLETIONS);
}
