/**
 * Options that say several things at once: two sentences run together, or a label and its note
 * (`大きいタイムスタンプの書き込みを残す。並行な書き込みは黙って1つ以外が失われる`, `Rest ~5 L/min;
 * in a trained athlete it can go above 30 L/min`, `XDP_DROP: 捨てる`). An option is one claim a
 * player judges true or false; such a text is the notes' shorthand copied whole. Pure; each rule
 * reads the text once, with no pattern that can backtrack.
 */
import { openingLabel } from '../facts/statement-labels.ts';

/** A named way a text says several things, with an example it finds. */
export interface SeveralClaimsRule {
  name: string;
  example: string;
  /** True when the text carries the mark. */
  marks(text: string): boolean;
}

/** Brackets whose inside is an aside: a stop within them ends no claim of the text. */
const OPENING = new Set(['(', '（', '「', '『', '[', '【', '“']);
const CLOSING = new Set([')', '）', '」', '』', ']', '】', '”']);

/**
 * True when one of `stops` stands outside brackets with more of the text after it (a final stop,
 * or one before a closing bracket or the end, ends nothing).
 */
function stopOutsideBrackets(text: string, stops: ReadonlySet<string>): boolean {
  let depth = 0;
  let stopped = false;
  for (const ch of text) {
    if (OPENING.has(ch)) depth++;
    else if (CLOSING.has(ch)) depth = Math.max(0, depth - 1);
    else if (depth === 0 && stops.has(ch)) stopped = true;
    else if (stopped && ch.trim() !== '') return true;
  }
  return false;
}

/** Stops that end a claim with another after it: `。` and semicolons, in either language. */
const CLAIM_STOPS: ReadonlySet<string> = new Set(['。', ';', '；']);

/** Words before a full stop that do not end a sentence (`vs. Python`, `e.g. The`). */
const ABBREVIATIONS: ReadonlySet<string> = new Set([
  'vs',
  'e.g',
  'i.e',
  'etc',
  'cf',
  'approx',
  'fig',
  'no',
  'mr',
  'ms',
  'dr',
  'st',
  'inc',
  'ltd',
  'jr',
  'sr',
  'u.s',
]);

/** True when `text` holds `. ` between two English sentences (`…at rest. In an athlete…`). */
function twoEnglishSentences(text: string): boolean {
  for (let at = text.indexOf('. '); at > 0; at = text.indexOf('. ', at + 2)) {
    const before = text[at - 1] ?? '';
    const after = text[at + 2] ?? '';
    if (!/[a-z0-9)]/.test(before) || !/[A-Z]/.test(after)) continue;
    const start = text.lastIndexOf(' ', at - 1) + 1;
    if (!ABBREVIATIONS.has(text.slice(start, at).toLowerCase())) return true;
  }
  return false;
}

/** The longest label a text opens on (`Alternative for linear probing:`). */
const LABEL_MAX_CHARS = 40;

/** Characters of code before a colon (`b = a[:]`, `${VAR:?}`, `mode: 'no-cors'`): no label. */
const CODE_CHARS = /[=([{$`'"<>/]/;
/** One lower-case token (`flex`, `padding-top`, `myapp`): a name in code, no label. */
const CODE_TOKEN = /^[a-z][a-z0-9_.-]*$/;
/** One hyphenated token (`Access-Control-Allow-Origin`, `Content-Type`): a header, no label. */
const HEADER_NAME = /^[A-Za-z0-9_]+(?:-[A-Za-z0-9_]+)+$/;

/**
 * True when the text opens on a label and a colon (`XDP_DROP: 捨てる`, `原動力は2つ：…`,
 * `Audience: each token names…`): not a time (`10:30`), an address (`https://…`) nor code
 * (`flex: 1 always…`, `myapp:1.4.2`, `mem::forget`, `b = a[:]`, `Access-Control-Allow-Origin: *`).
 */
function opensOnLabel(text: string): boolean {
  const opening = openingLabel(text);
  if (opening === null || [...opening.label].length > LABEL_MAX_CHARS) return false;
  const { label, rest } = opening;
  if (
    /[0-9]$/.test(label) ||
    CODE_CHARS.test(label) ||
    CODE_TOKEN.test(label) ||
    HEADER_NAME.test(label)
  )
    return false;
  const colon = text.indexOf(label) + label.length;
  const after = text.slice(colon, colon + 2);
  // An ASCII colon is a label's only with a space after it (`Audience: …`, not `myapp:1.4.2`).
  if (after.startsWith(':') && after !== ': ') return false;
  return !rest.startsWith(':') && !rest.startsWith('//');
}

/** The rules, in order. */
export const SEVERAL_CLAIMS_RULES: readonly SeveralClaimsRule[] = [
  {
    name: 'sentences-run-together',
    example: '大きいタイムスタンプの書き込みを残す。並行な書き込みは黙って1つ以外が失われる',
    marks: (t) => stopOutsideBrackets(t, CLAIM_STOPS),
  },
  {
    name: 'english-sentences',
    example: 'Rest is about 5 L/min. In a trained athlete it can go above 30 L/min',
    marks: twoEnglishSentences,
  },
  {
    name: 'label-and-note',
    example: 'XDP_DROP: 捨てる（最速の遮断）',
    marks: opensOnLabel,
  },
];

/** The name of the first rule the text meets, or null when it is one claim. */
export function severalClaims(text: string): string | null {
  const trimmed = text.trim();
  for (const rule of SEVERAL_CLAIMS_RULES) if (rule.marks(trimmed)) return rule.name;
  return null;
}
