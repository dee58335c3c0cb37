/**
 * Trimming runs of given characters from the ends of a text with a plain scan: `/[。.]+$/` and
 * the like backtrack quadratically on a long run that does not reach the end. Pure.
 */

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
