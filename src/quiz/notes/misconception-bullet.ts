/**
 * `- × statement（correction）` → statement + correction. Full-width and ASCII parentheses,
 * nested ones too; `× statement — correction` and `× statement → correction` also work. Pure.
 */
import { stripInline } from './inline.ts';

const MARK = /^\s*(?:×|✗|✕|✖|❌)\s*/u;
const TRAILING_MARK = /\s*(?:×|✗|✕|✖|❌)\s*$/u;

/** True when a bullet starts with a × mark. */
export function hasMisconceptionMark(markdown: string): boolean {
  return MARK.test(markdown);
}

/** Splits a misconception bullet (mark optional) into its statement and correction. */
export function parseMisconceptionBullet(
  markdown: string,
): { statement: string; correction: string | null } | null {
  const plain = stripInline(markdown.replace(MARK, '').replace(TRAILING_MARK, ''));
  if (!plain) return null;
  const paren = trailingParenthetical(plain);
  if (paren?.before) return { statement: paren.before, correction: paren.inside || null };
  const arrow = /^(.+?)\s*(?:→|->|—|–|--)\s*(.+)$/.exec(plain);
  if (arrow?.[1] && arrow[2]) return { statement: arrow[1].trim(), correction: arrow[2].trim() };
  return { statement: plain, correction: null };
}

/** `abc（x（y））` → { before: 'abc', inside: 'x（y）' }; null when the text does not end in a parenthesis. */
export function trailingParenthetical(text: string): { before: string; inside: string } | null {
  const trimmed = text.replace(/[。.]\s*$/, '').trimEnd();
  const last = trimmed.at(-1);
  if (last !== ')' && last !== '）') return null;
  let depth = 0;
  for (let i = trimmed.length - 1; i >= 0; i--) {
    const ch = trimmed[i];
    if (ch === ')' || ch === '）') depth++;
    else if (ch === '(' || ch === '（') {
      depth--;
      if (depth === 0)
        return { before: trimmed.slice(0, i).trim(), inside: trimmed.slice(i + 1, -1).trim() };
    }
  }
  return null;
}
