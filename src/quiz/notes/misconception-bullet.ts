/**
 * `- × statement（correction）` → statement + correction. Full-width and ASCII parentheses,
 * nested ones too; `× statement — correction` and `× statement → correction` also work. Pure;
 * linear scans only.
 */
import { quotationOnly } from '../text/brackets.ts';
import { withoutCrossReference } from '../text/cross-reference.ts';
import { opensOnCode } from '../text/forms.ts';
import { stripInline } from './inline.ts';

/** The marks that say "this is wrong" at the start (or the end) of a bullet. */
export const WRONG_MARKS: ReadonlySet<string> = new Set(['×', '✗', '✕', '✖', '❌', '✘']);

/** Separators between a statement and its correction when there is no parenthesis, in order of preference at one position. */
const CORRECTION_ARROWS = ['→', '->', '—', '–', '--'] as const;

/** True when a bullet starts with a × mark. */
export function hasMisconceptionMark(markdown: string): boolean {
  return WRONG_MARKS.has(firstCodePoint(markdown.trimStart()));
}

function firstCodePoint(text: string): string {
  const code = text.codePointAt(0);
  return code === undefined ? '' : String.fromCodePoint(code);
}

/** The text without a leading and a trailing × mark. */
function withoutMarks(markdown: string): string {
  let text = markdown.trim();
  const first = firstCodePoint(text);
  if (WRONG_MARKS.has(first)) text = text.slice(first.length).trimStart();
  const last = [...text.slice(-2)].at(-1) ?? '';
  if (WRONG_MARKS.has(last)) text = text.slice(0, -last.length).trimEnd();
  return text;
}

/** Splits a misconception bullet (mark optional) into its statement and correction. */
export function parseMisconceptionBullet(
  markdown: string,
): { statement: string; correction: string | null; opensOnCode?: true } | null {
  const bare = withoutMarks(markdown);
  const plain = stripInline(bare);
  if (!plain) return null;
  const split = unquoted(splitCorrection(plain));
  return opensOnCode(bare) ? { ...split, opensOnCode: true } : split;
}

/**
 * `quoted-claim`: a misconception written as what people say, in quotation marks (`× "Torque is
 * what holds the joint" (torque is just the input…)`), is the claim without them. Offered
 * quoted, it was the only option in quotation marks: reading 58's readers found the key that way
 * in 5 of 6 misconception questions of one bank and all 10 of another.
 */
function unquoted<T extends { statement: string }>(split: T): T {
  const { statement } = split;
  return statement.length > 2 && quotationOnly(statement)
    ? { ...split, statement: statement.slice(1, -1).trim() }
    : split;
}

/**
 * A × bullet whose correction is written on the line below it (`- × 名前どおり増え方がゆっくり（線形）`
 * / `  → 実際は指数的`): the bullet as written is the statement, parentheses and all, and the line
 * below (its arrow dropped) the correction.
 */
export function withCorrectionBelow(
  markdown: string,
  below: string,
): { statement: string; correction: string | null; opensOnCode?: true } | null {
  const bare = withoutMarks(markdown);
  const statement = stripInline(bare);
  if (!statement) return null;
  const correction = stripInline(below) || null;
  const split = unquoted({ statement, correction });
  return opensOnCode(bare) ? { ...split, opensOnCode: true } : split;
}

/**
 * The statement and its correction, in parentheses or after an arrow; a pointer that closes the
 * correction (`unrelated quantities — see §4`, reading 54) goes (text/cross-reference.ts).
 */
function splitCorrection(plain: string): { statement: string; correction: string | null } {
  const paren = trailingParenthetical(plain);
  if (paren?.before)
    return { statement: paren.before, correction: withoutCrossReference(paren.inside) || null };
  const arrow = firstArrow(plain);
  if (arrow) return { ...arrow, correction: withoutCrossReference(arrow.correction) || null };
  return { statement: plain, correction: null };
}

/** `statement → correction` at the first arrow or dash that has text on both sides. */
function firstArrow(plain: string): { statement: string; correction: string } | null {
  for (let i = 1; i < plain.length; i++) {
    const arrow = CORRECTION_ARROWS.find((a) => plain.startsWith(a, i));
    if (!arrow) continue;
    const statement = plain.slice(0, i).trim();
    const correction = plain.slice(i + arrow.length).trim();
    if (statement && correction) return { statement, correction };
  }
  return null;
}

/** `abc（x（y））` → { before: 'abc', inside: 'x（y）' }; null when the text does not end in a parenthesis. */
export function trailingParenthetical(text: string): { before: string; inside: string } | null {
  let trimmed = text.trimEnd();
  if (trimmed.endsWith('。') || trimmed.endsWith('.')) trimmed = trimmed.slice(0, -1).trimEnd();
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
