/**
 * Hard-wrapped lines: notes wrap long sentences over several lines, and a wrapped line is the
 * rest of a sentence, not a statement of its own (`ブラウザが対象サイトの` / `Cookieを自動で付けて
 * 送るために成立する。`). The rules that tell a continued line, each named with an example, and
 * the join (no space where Japanese meets Japanese). Pure; plain character tests, no patterns
 * that backtrack.
 */

/** Characters that end a sentence or open a list (`…：`): the next line starts afresh. */
const ENDS = new Set(['.', '!', '?', ':', '。', '！', '？', '：', '．']);

/** What a Japanese line left open ends on: a comma or a particle (`…のうち、`, `…サイトの`). */
const OPEN_CLAUSE = new Set([
  '、',
  '，',
  'を',
  'が',
  'に',
  'は',
  'で',
  'と',
  'の',
  'へ',
  'も',
  'や',
]);

/** True for a character of Japanese text: kana, kanji, CJK punctuation and full-width forms. */
export function isCjk(ch: string): boolean {
  const c = ch.codePointAt(0) ?? 0;
  return (
    (c >= 0x3000 && c <= 0x30ff) || // CJK punctuation, hiragana, katakana
    (c >= 0x3400 && c <= 0x9fff) || // kanji
    (c >= 0xf900 && c <= 0xfaff) ||
    (c >= 0xff00 && c <= 0xffef) // full-width forms （）、：
  );
}

/** A rule that says whether `next` carries on the sentence `previous` left open. */
interface WrapRule {
  name: string;
  example: [previous: string, next: string];
  /**
   * true: it does; false: it does not; null: the rule does not apply. `previousIsItem`: the line
   * above opens a list item (its marker already taken off).
   */
  continues(
    previous: string,
    next: string,
    language: 'ja' | 'en',
    previousIsItem: boolean,
  ): boolean | null;
}

export const WRAP_RULES: readonly WrapRule[] = [
  {
    name: 'marked-line',
    example: ['ブラウザが対象サイトの', '× HTTPSにすればCSRFは防げる'],
    // `--target`) …`: a flag of code is no bullet's dash.
    continues: (_, next) =>
      '×✗-*|#>'.includes(next[0] ?? '×') && !next.startsWith('--') ? false : null,
  },
  {
    name: 'english-open-parenthesis',
    example: ['Virtual nodes (e.g.', '100–200 per server) even out the spread.'],
    // A parenthesis opened and not closed on the line closes below: the sentence goes on.
    continues: (previous, _, language) =>
      language === 'en' && openParentheses(previous) > 0 ? true : null,
  },
  {
    name: 'sentence-ended',
    example: ['Use no-store for a bank statement.', 'The client sends it back.'],
    continues: (previous) => (ENDS.has(previous.at(-1) ?? '.') ? false : null),
  },
  {
    name: 'english-left-open',
    example: ['Folders are prefixes grouped by a `/` delimiter in', '`ListObjectsV2`.'],
    // A line left on a comma, an open bracket or a word no sentence ends on is carried on below,
    // whatever the next line opens on: a name in code or with a capital (`If-Match`) is no new
    // sentence after `(`If-None-Match`,` or `… rule with`.
    continues: (previous, _, language) => (language === 'en' && leftOpen(previous) ? true : null),
  },
  {
    name: 'english-parenthesis-below',
    example: ['A small, intense downdraft: less than about 4 km', '(2.5 statute miles) across.'],
    // A parenthesis that opens a line after one short of a stop glosses the words above it
    // (`4 km` / `(2.5 statute miles)`): no sentence opens on `(`.
    continues: (_, next, language) => (language === 'en' && next.startsWith('(') ? true : null),
  },
  {
    name: 'english-paragraph-line',
    example: [
      'When you apply carburetor heat, the engine may first run rougher and lose more',
      'RPM (melting ice going through), and then recover.',
    ],
    // A long line of a paragraph (no list item) that stops on a word short of a stop goes on
    // below, whatever the next line opens on: an acronym or a name (`RPM`, `Kafka`) is no new
    // sentence after `…and lose more` (an aviation note's wrapped paragraph gave `RPM (…), and
    // then recover` as a key). A short line is a label or a title, and ends where it ends.
    continues: (previous, next, language, previousIsItem) =>
      language === 'en' &&
      !previousIsItem &&
      !opensListItem(previous) &&
      previous.length >= PARAGRAPH_LINE &&
      /[a-z]/.test(previous.at(-1) ?? '') &&
      /[A-Z]/.test(next[0] ?? '')
        ? true
        : null,
  },
  {
    name: 'english-lower-case',
    example: ['Many requests share one connection, with', 'compressed headers (HPACK).'],
    continues: (_, next, language) =>
      language === 'en' ? (next[0] ?? '') >= 'a' && (next[0] ?? '') <= 'z' : null,
  },
  {
    name: 'japanese-open-clause',
    example: ['生体（指紋、顔）のうち、', '異なる種類の要素を2つ以上組み合わせる認証。'],
    continues: (previous, _, language) =>
      language === 'ja' && OPEN_CLAUSE.has(previous.at(-1) ?? '') ? true : null,
  },
  {
    name: 'japanese-prose-wrapped',
    example: ['攻撃。ブラウザが対象サイトの', 'Cookieを自動で付けて送るために成立する。'],
    // A line that ended a sentence inside it is prose, and its unfinished tail goes on below
    // (a list item without 。 is not prose: it ends where it ends).
    continues: (previous, _, language) =>
      language === 'ja' && previous.includes('。') && isCjk(previous.at(-1) ?? '') ? true : null,
  },
  {
    name: 'japanese-paragraph-line',
    example: [
      'スプリットブレインは、判断した側が昇格し、元のプライマリも生きたまま',
      '書き込みを受け続ける状態。',
    ],
    // A line of a paragraph (no list marker) that stops on Japanese text short of a stop goes on
    // below, as a paragraph's lines are one text; a list item without 。 ends where it ends, and
    // a code fence opens no sentence.
    continues: (previous, next, language, previousIsItem) =>
      language === 'ja' &&
      isCjk(previous.at(-1) ?? '') &&
      !previousIsItem &&
      !opensListItem(previous) &&
      !next.startsWith('```')
        ? true
        : null,
  },
];

/** An English line at least this long that stops short of a stop is a wrapped paragraph's. */
const PARAGRAPH_LINE = 60;

/** True when a line opens a list item: `- `, `* `, `+ ` or a number and a stop (`1. `). */
function opensListItem(line: string): boolean {
  const first = line[0] ?? '';
  if ('-*+・'.includes(first)) return true;
  let at = 0;
  while (at < line.length && at < 4 && (line[at] ?? '') >= '0' && (line[at] ?? '') <= '9') at++;
  return at > 0 && (line[at] === '.' || line[at] === ')');
}

/** Words an English sentence does not end on: articles, prepositions, conjunctions. */
const OPEN_WORDS = new Set([
  'a',
  'an',
  'the',
  'to',
  'of',
  'for',
  'with',
  'from',
  'by',
  'at',
  'in',
  'into',
  'on',
  'as',
  'than',
  'and',
  'or',
  'nor',
  'but',
  'like',
  'via',
  'per',
  'such',
  'between',
  'onto',
]);
/**
 * Characters a line is left open on: a comma, an opening bracket, an arrow to what follows
 * (`arrow-at-end`: `Example: 12-acre site, C = 0.85, … 6.2 in/hr →` / `Q = 0.85 × 6.2 × 12 ≈ 63
 * cfs`; read apart, the first line was asked as an example that ends on its arrow, reading 69).
 */
const OPEN_MARKS = new Set([',', '(', '[', '{', '→', '⇒']);

/**
 * True when an English line stops mid-sentence: on a comma, an opening bracket or an arrow, or on a word
 * in {@link OPEN_WORDS} (`… delimiter in`). Code marks and emphasis at its end are looked past.
 * Reads the last few characters only.
 */
export function leftOpen(line: string): boolean {
  let end = line.trimEnd().length;
  while (end > 0 && '`*_'.includes(line[end - 1] ?? '')) end--;
  const last = line[end - 1] ?? '';
  if (OPEN_MARKS.has(last)) return true;
  let start = end;
  while (start > 0 && start > end - 8 && /[a-z]/i.test(line[start - 1] ?? '')) start--;
  if (start === end || (start > 0 && /[a-z0-9]/i.test(line[start - 1] ?? ''))) return false;
  if (start > 0 && line[start - 1] !== ' ') return false;
  return OPEN_WORDS.has(line.slice(start, end).toLowerCase());
}

/** Parentheses the line opens and does not close (code spans looked past). */
export function openParentheses(line: string): number {
  let depth = 0;
  let inCode = false;
  for (const ch of line) {
    if (ch === '`') inCode = !inCode;
    else if (inCode) continue;
    else if (ch === '(') depth++;
    else if (ch === ')' && depth > 0) depth--;
  }
  return depth;
}

/**
 * True when `next` is the rest of the sentence `previous` left open ({@link WRAP_RULES});
 * `previousIsItem` when the line above is a list item whose marker is already taken off.
 */
export function continuesSentence(
  previous: string,
  next: string,
  language: 'ja' | 'en',
  previousIsItem = false,
): boolean {
  const a = previous.trimEnd();
  const b = next.trimStart();
  if (!a || !b) return false;
  for (const rule of WRAP_RULES) {
    const verdict = rule.continues(a, b, language, previousIsItem);
    if (verdict !== null) return verdict;
  }
  return false;
}

/** True when the line ends on a sentence's stop or a colon (`…for a bank statement.`, `…：`). */
export function endsSentence(line: string): boolean {
  return ENDS.has(line.trimEnd().at(-1) ?? '.');
}

/** Two wrapped lines as one: a space between them, none where Japanese meets Japanese. */
export function joinWrapped(previous: string, next: string): string {
  const a = previous.trimEnd();
  const b = next.trimStart();
  if (!a) return b;
  if (!b) return a;
  return isCjk(a.at(-1) ?? '') || isCjk(b[0] ?? '') ? `${a}${b}` : `${a} ${b}`;
}
