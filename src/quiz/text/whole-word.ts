/**
 * A name found in a text as a whole word: a Latin letter or digit at the name's edge must not
 * touch another one in the text (`IN` is not in `INNER`, `C` not in `std::atomic`); a Japanese edge
 * has no word boundary to keep (`アンチ結合は…`). Plain `indexOf` scans, linear in the text. Pure.
 */

const WORD_CHAR = /[A-Za-z0-9]/;

/** True when a Latin letter or a digit stands at `at` in `text`. */
function wordCharAt(text: string, at: number): boolean {
  return WORD_CHAR.test(text[at] ?? '');
}

/** Where `name` next stands in `text` as a whole word, at `from` or after; -1 when nowhere. */
export function wholeWordIndex(text: string, name: string, from = 0): number {
  if (name === '') return -1;
  const openLatin = WORD_CHAR.test(name[0] ?? '');
  const closeLatin = WORD_CHAR.test(name.at(-1) ?? '');
  for (let at = text.indexOf(name, from); at >= 0; at = text.indexOf(name, at + 1)) {
    if (openLatin && wordCharAt(text, at - 1)) continue;
    if (closeLatin && wordCharAt(text, at + name.length)) continue;
    return at;
  }
  return -1;
}

/** True when `text` holds `name` as a whole word (see {@link wholeWordIndex}). */
export function holdsWholeWord(text: string, name: string): boolean {
  return wholeWordIndex(text, name) >= 0;
}
