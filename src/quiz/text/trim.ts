/**
 * Trimming and quoting helpers written as plain loops, so they stay linear on any input (a regex
 * such as `/[、,\s]+$/` rescans a long run of spaces from every start position). Pure.
 */

const SPACE = /\s/u;

/** `text` without the given characters (and white space) at either end. */
export function trimChars(text: string, chars: string): string {
  const drop = (ch: string | undefined): boolean =>
    ch !== undefined && (chars.includes(ch) || SPACE.test(ch));
  let start = 0;
  let end = text.length;
  while (start < end && drop(text[start])) start++;
  while (end > start && drop(text[end - 1])) end--;
  return text.slice(start, end);
}

/** Runs of white space become one space; the ends are trimmed. */
export function squashSpaces(text: string): string {
  return text.replace(/\s+/gu, ' ').trim();
}

const OPENING = '「『“"‘';
const CLOSING = '」』”"’';

/** `「A」` → `A`, `“A”` → `A`; anything else unchanged. */
export function unquote(text: string): string {
  const t = text.trim();
  const open = OPENING.indexOf(t[0] ?? '');
  if (open >= 0 && t.length >= 2 && t.at(-1) === CLOSING[open]) return t.slice(1, -1).trim();
  return t;
}

/** Quotation marks (「」『』“”"‘’) removed wherever they are. */
export function dropQuotes(text: string): string {
  let out = '';
  for (const ch of text) if (!OPENING.includes(ch) && !CLOSING.includes(ch)) out += ch;
  return out;
}

/**
 * The quoted segment that ends right before `index` (spaces between allowed): for
 * `BFFは「A」ではなく` and the index of `ではなく`, `{ start: 4, inner: 'A' }`. Null when the text
 * before `index` does not end in a closing quote, or the quote is never opened.
 */
export function quotedBefore(text: string, index: number): { start: number; inner: string } | null {
  let end = index;
  while (end > 0 && SPACE.test(text[end - 1] ?? '')) end--;
  const close = CLOSING.indexOf(text[end - 1] ?? '');
  if (close < 0) return null;
  const opener = OPENING[close] ?? '';
  const start = text.lastIndexOf(opener, end - 2);
  if (start < 0) return null;
  return { start, inner: text.slice(start + 1, end - 1).trim() };
}

/** `text` without the given characters (and white space) at its end. */
export function trimEndChars(text: string, chars: string): string {
  let end = text.length;
  while (end > 0 && (chars.includes(text[end - 1] ?? '') || SPACE.test(text[end - 1] ?? ''))) end--;
  return text.slice(0, end);
}

/** Text ending in a sentence stop (`。` `.`), with the stop and trailing spaces removed. */
export function withoutFinalStop(text: string): string {
  return trimEndChars(text, '。．.').trimStart();
}

/** `text` without the run of `chars` at its end: `trimEndOf('a。。', '。.')` → `a`. */
export function trimEndOf(text: string, chars: string): string {
  let end = text.length;
  while (end > 0 && chars.includes(text[end - 1] ?? '')) end--;
  return end === text.length ? text : text.slice(0, end);
}

/** `text` without the run of `chars` at its start. */
export function trimStartOf(text: string, chars: string): string {
  let start = 0;
  while (start < text.length && chars.includes(text[start] ?? '')) start++;
  return start === 0 ? text : text.slice(start);
}

/** True for a white-space character (as `\s` sees it). */
export function isSpace(ch: string | undefined): boolean {
  return ch !== undefined && ch !== '' && /\s/.test(ch);
}

/**
 * True when the text ends on a question mark, half or full width, white space after it allowed
 * (`Custody?`, `再帰で書ける？`): a table header that asks its question of every row.
 */
export function endsAsQuestion(text: string): boolean {
  const end = text.trimEnd();
  return end.endsWith('?') || end.endsWith('？');
}
