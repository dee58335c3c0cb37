/**
 * The run of characters at the end of a text, read back from its end: an end-anchored pattern
 * (`/[a-z]+$/`) is tried from every position of the text, and a 64 KB name of `__a` took a
 * second of a notes' build. Pure.
 */

/** True for a Latin letter, A–Z or a–z. */
export function isLatinLetter(ch: string): boolean {
  return (ch >= 'A' && ch <= 'Z') || (ch >= 'a' && ch <= 'z');
}

/** The characters at the end of `text` that `holds` holds for (`bucket` of `Token bucket`). */
export function trailingRun(text: string, holds: (ch: string) => boolean): string {
  let start = text.length;
  while (start > 0 && holds(text[start - 1] as string)) start--;
  return text.slice(start);
}
