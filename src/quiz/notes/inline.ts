/**
 * Inline markdown: the plain text of a line, and its `**bold**` phrases. Pure.
 *
 * The plain text is made by the named rules of {@link INLINE_RULES}, applied in order, each one a
 * single left-to-right pass over the text (no regular expression that can backtrack): a line of
 * any length and any characters costs time in proportion to its length. Code spans bind first (as
 * in CommonMark): their content is held out of every other rule and comes back verbatim, so
 * `` `~=1.4.*` `` keeps its star and `` `**kwargs` `` its two.
 */

import { memoByText } from '../text/build-memo.ts';
import { lineBreaks, NextPosition, nextOf, occurrences } from './positions.ts';

/** One rule of inline markdown: what it removes, an example, and the pass that does it. */
export interface InlineRule {
  name: string;
  /** `[markdown, plain]`: what the rule does to an example (checked by the tests). */
  example: readonly [string, string];
  apply: (text: string) => string;
}

/** The rules of {@link stripInline}, in the order they are applied. */
export const INLINE_RULES: readonly InlineRule[] = [
  {
    name: 'image',
    example: ['![構成図](img/a.png)を見る', '構成図を見る'],
    apply: (text) => replaceLinks(text, true),
  },
  {
    name: 'link',
    example: ['[サーガ](#saga)とは', 'サーガとは'],
    apply: (text) => replaceLinks(text, false),
  },
  {
    name: 'line break tag',
    example: ['中継<br>変換', '中継 変換'],
    apply: (text) => replaceLineBreakTags(text),
  },
  { name: 'html tag', example: ['<kbd>Ctrl</kbd>+C', 'Ctrl+C'], apply: removeTags },
  {
    name: 'strong (**)',
    // `japanese-spaced-strong`: the spaces Japanese notes put around `**` for the renderer go
    // with the marks (`視床下部の **視交叉上核**`, reading 24: `視床下部の 視交叉上核` read broken).
    example: ['**Pod数**を維持、中枢は **視交叉上核** です', 'Pod数を維持、中枢は視交叉上核です'],
    apply: (text) => unwrapPairs(joinSpacedStrong(text), '**'),
  },
  {
    name: 'strong (__)',
    example: ['__Fails fast__', 'Fails fast'],
    apply: (t) => unwrapPairs(t, '__'),
  },
  {
    name: 'emphasis (*)',
    example: ['an *idempotent* call', 'an idempotent call'],
    apply: unwrapEmphasis,
  },
  {
    name: 'strikethrough',
    example: ['~~同期~~非同期', '同期非同期'],
    apply: (t) => unwrapPairs(t, '~~'),
  },
  {
    name: 'code span',
    // Spans with markup inside are held out of the rules before this one (see stripInline).
    example: ['`kubectl set`で`~=1.4.*`と`**kwargs`', 'kubectl setで~=1.4.*と**kwargs'],
    apply: unwrapCode,
  },
  {
    name: 'stray **',
    example: ['単一障害点**あり', '単一障害点あり'],
    apply: (t) => t.replaceAll('**', ''),
  },
  { name: 'white space', example: ['  a \t b  ', 'a b'], apply: squashSpace },
];

/** Characters that start some inline markdown; a line without any of them is plain already. */
const MARKUP = /[!*_`<[~]/;

/** Plain text: emphasis, code ticks, links and html tags removed; white space squashed. */
// Memoised per build: the parser asks for the plain text of one line several times (body,
// points, definitions).
export const stripInline: (markdown: string) => string = memoByText((markdown) => {
  if (!MARKUP.test(markdown)) return squashSpace(markdown);
  const held = holdCodeSpans(markdown);
  const escaped = holdEscapes(held.text);
  let text = escaped;
  for (const rule of INLINE_RULES) text = rule.apply(text);
  if (escaped !== held.text) text = restoreEscapes(text);
  return held.spans.length === 0 ? text : restoreCodeSpans(text, held.spans);
});

/**
 * `escaped-punctuation`: a backslash before a markup character is that character, as written
 * (CommonMark): `xoshiro256\*\*` is `xoshiro256**`, not a bold marker that leaves
 * `xoshiro256\\` (reading 19). Outside code spans (held before); each escape is held as a
 * character of the supplementary private-use area, which no rule reads and the notes never
 * hold, and comes back after the rules. One pass each way.
 */
const ESCAPABLE = '\\*_`~[]<>!#|';
const ESCAPE_BASE = 0xf0000;

function holdEscapes(text: string): string {
  if (!text.includes('\\')) return text;
  let out = '';
  for (let i = 0; i < text.length; i++) {
    const ch = text[i] ?? '';
    const at = ch === '\\' ? ESCAPABLE.indexOf(text[i + 1] ?? '') : -1;
    if (at >= 0) {
      out += String.fromCodePoint(ESCAPE_BASE + at);
      i++;
    } else out += ch;
  }
  return out;
}

function restoreEscapes(text: string): string {
  let out = '';
  for (const ch of text) {
    const at = (ch.codePointAt(0) ?? 0) - ESCAPE_BASE;
    out += at >= 0 && at < ESCAPABLE.length ? ESCAPABLE[at] : ch;
  }
  return out;
}

/**
 * Marks a held code span in the text: this private-use character and two more that number the
 * span (base {@link HOLD_BASE}). No inline rule reads private-use characters, so each mark comes
 * through every rule as it went in.
 */
const HOLD_CODE = 0xe000;
const HOLD = String.fromCharCode(HOLD_CODE);
const HOLD_FIRST = 0xe001;
const HOLD_BASE = 0xf8ff - HOLD_FIRST + 1;

/**
 * The text with each code span (a pair of backticks, as {@link unwrapCode} pairs them) that has
 * something another rule reads inside (a markup character, a run of white space) replaced by a
 * numbered mark, and those spans' contents in order. The other spans keep their backticks for the
 * `code span` rule. The notes' own {@link HOLD} characters are dropped first (they mean nothing
 * in notes and would be read as marks).
 */
function holdCodeSpans(markdown: string): { text: string; spans: string[] } {
  const text = markdown.includes(HOLD) ? markdown.replaceAll(HOLD, '') : markdown;
  if (!text.includes('`')) return { text, spans: [] };
  const ticks = occurrences(text, '`');
  const spans: string[] = [];
  const out: string[] = [];
  let copied = 0;
  for (let k = 0; k + 1 < ticks.length; k += 2) {
    const open = ticks[k] ?? 0;
    const close = ticks[k + 1] ?? 0;
    const code = text.slice(open + 1, close);
    if (!RULES_READ.test(code)) continue;
    out.push(text.slice(copied, open), markOf(spans.length));
    spans.push(code);
    copied = close + 1;
  }
  return spans.length === 0 ? { text, spans } : { text: finish(out, text, copied), spans };
}

/** What some inline rule reads: a markup character, a bracket, or white space to squash. */
const RULES_READ = /[!*_~<>[\]()]|\s\s|[^\S ]/;

/** The mark of the `n`th held span. */
function markOf(n: number): string {
  return String.fromCharCode(
    HOLD_CODE,
    HOLD_FIRST + (n % HOLD_BASE),
    HOLD_FIRST + Math.floor(n / HOLD_BASE),
  );
}

/**
 * The held code spans put back, verbatim, where their marks are (one pass from mark to mark; a
 * mark whose numbering a rule cut off is dropped).
 */
function restoreCodeSpans(text: string, spans: readonly string[]): string {
  const out: string[] = [];
  let copied = 0;
  for (let at = text.indexOf(HOLD); at >= 0; at = text.indexOf(HOLD, copied)) {
    const low = text.charCodeAt(at + 1) - HOLD_FIRST;
    const high = text.charCodeAt(at + 2) - HOLD_FIRST;
    const numbered = low >= 0 && low < HOLD_BASE && high >= 0 && high < HOLD_BASE;
    out.push(text.slice(copied, at), numbered ? (spans[low + high * HOLD_BASE] ?? '') : '');
    copied = numbered ? at + 3 : at + 1;
  }
  return finish(out, text, copied);
}

/**
 * The text with every code span's characters, backticks included, replaced by {@link HOLD}: the
 * same length, so positions found in it are positions of the text, and no delimiter inside code
 * (`` `**kwargs` ``) opens or closes anything.
 */
function codeMasked(text: string): string {
  return eachCodeSpan(text, (open, close) => HOLD.repeat(close + 1 - open));
}

/**
 * The text with every code span (a backtick to the next one, in pairs from the left; a lone last
 * backtick stays) replaced by what `span` makes of its positions: `open` and `close` are the two
 * backticks. One pass over the backticks, no pattern.
 */
function eachCodeSpan(text: string, span: (open: number, close: number) => string): string {
  if (!text.includes('`')) return text;
  const ticks = occurrences(text, '`');
  if (ticks.length < 2) return text;
  const out: string[] = [];
  let copied = 0;
  for (let k = 0; k + 1 < ticks.length; k += 2) {
    const open = ticks[k] ?? 0;
    const close = ticks[k + 1] ?? 0;
    out.push(text.slice(copied, open), span(open, close));
    copied = close + 1;
  }
  return finish(out, text, copied);
}

/** The `**bold**` (or `__bold__`) phrases of a line, as plain text, in order. */
export function boldPhrases(markdown: string): string[] {
  return strongSpans(markdown)
    .map((span) => stripInline(markdown.slice(span.start + 2, span.end - 2)))
    .filter((phrase) => phrase !== '');
}

/** True when the markdown has a `**bold**` or `__bold__` phrase. */
export function hasStrong(markdown: string): boolean {
  return strongSpans(markdown, 1).length > 0;
}

/** A `**…**` / `__…__` span: `start` at its opening delimiter, `end` just after its closing one. */
interface Span {
  start: number;
  end: number;
}

/**
 * The strong spans, leftmost first: at each position a `**` pair is tried, then a `__` pair
 * (as `/\*\*(.+?)\*\*|__(.+?)__/g` does).
 */
function strongSpans(markdown: string, limit = Number.POSITIVE_INFINITY): Span[] {
  if (!markdown.includes('**') && !markdown.includes('__')) return [];
  // Delimiters inside code (`**kwargs`, `__init__`) are code, not emphasis.
  const text = codeMasked(markdown);
  const breaks = lineBreaks(text);
  const kinds = ['**', '__'].map((delimiter) => {
    const positions = occurrences(text, delimiter);
    return { opens: new NextPosition(positions), closes: new NextPosition(positions) };
  });
  const spans: Span[] = [];
  let from = 0;
  while (spans.length < limit) {
    let start = -1;
    let kind: (typeof kinds)[number] | null = null;
    for (const k of kinds) {
      const at = k.opens.at(from);
      if (at >= 0 && (start < 0 || at < start)) [start, kind] = [at, k];
    }
    if (!kind) break;
    const span = closePair(start, kind.closes, breaks);
    if (span) spans.push(span);
    from = span ? span.end : start + 1;
  }
  return spans;
}

/**
 * The pair opened at `start` by a two-character delimiter: its content is at least one
 * character on one line and ends at the nearest closing delimiter; null when it does not close.
 */
function closePair(start: number, closes: NextPosition, breaks: NextPosition): Span | null {
  const close = closes.at(start + 3);
  if (close < 0) return null;
  const lineEnd = breaks.at(start + 2);
  if (lineEnd >= 0 && lineEnd < close) return null;
  return { start, end: close + 2 };
}

/** A character of Japanese text: kana, kanji and the full-width marks between them. */
const JAPANESE_CHAR =
  /[\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Han}ー々〆、。「」『』（）・]/u;

function japanese(ch: string | undefined): boolean {
  return ch !== undefined && JAPANESE_CHAR.test(ch);
}

/**
 * `japanese-spaced-strong`: a run of spaces between a Japanese character and a `**` whose other
 * side is Japanese too is dropped (`の **視交叉上核**` → `の**視交叉上核**`; `なしで** 指定` →
 * `なしで**指定`); beside a Latin word it stays (`Pod の **Service** を`). One pass.
 */
function joinSpacedStrong(text: string): string {
  if (!text.includes('** ') && !text.includes(' **')) return text;
  let out = '';
  let i = 0;
  while (i < text.length) {
    if (text[i] !== ' ') {
      out += text[i];
      i++;
      continue;
    }
    let end = i;
    while (text[end] === ' ') end++;
    const opens = text.startsWith('**', end) && japanese(text[i - 1]) && japanese(text[end + 2]);
    const closes =
      i >= 2 && text.startsWith('**', i - 2) && japanese(text[i - 3]) && japanese(text[end]);
    if (!opens && !closes) out += text.slice(i, end);
    i = end;
  }
  return out;
}

/** `open…open` → its content, for two-character delimiters (`**`, `__`, `~~`), as `/\*\*(.+?)\*\*\/g`. */
function unwrapPairs(text: string, delimiter: string): string {
  if (!text.includes(delimiter)) return text;
  const positions = occurrences(text, delimiter);
  if (positions.length < 2) return text;
  const opens = new NextPosition(positions);
  const closes = new NextPosition(positions);
  const breaks = lineBreaks(text);
  const out: string[] = [];
  let copied = 0;
  for (let start = opens.at(0); start >= 0; ) {
    const span = closePair(start, closes, breaks);
    if (span) {
      out.push(text.slice(copied, start), text.slice(start + 2, span.end - 2));
      copied = span.end;
    } else if (closes.at(start + 3) < 0) break; // no later opener can close either
    start = opens.at(span ? span.end : start + 1);
  }
  return copied === 0 ? text : finish(out, text, copied);
}

const WORD = /[A-Za-z0-9_]/;
const SPACE = /\s/;

/**
 * `*x*` → `x` where the opening star follows the start, a space or punctuation (not a star or a
 * word character), is followed by no space, and the closing star (the next one) is followed by
 * no word character — as `/(^|[^*\w])\*(?!\s)([^*]+?)\*(?!\w)/g` did.
 */
function unwrapEmphasis(text: string): string {
  if (!text.includes('*')) return text;
  const stars = occurrences(text, '*');
  const out: string[] = [];
  let copied = 0;
  for (let k = 0; k < stars.length; k++) {
    const open = stars[k] ?? 0;
    if (open > 0) {
      const before = text[open - 1] ?? '';
      if (open - 1 < copied || before === '*' || WORD.test(before)) continue;
    }
    const after = text[open + 1];
    if (after === undefined || after === '*' || SPACE.test(after)) continue;
    const close = stars[k + 1];
    if (close === undefined) break;
    const follower = text[close + 1];
    if (follower !== undefined && WORD.test(follower)) continue;
    out.push(text.slice(copied, open), text.slice(open + 1, close));
    copied = close + 1;
    k++;
  }
  return copied === 0 ? text : finish(out, text, copied);
}

/** `` `code` `` → `code` (an empty pair disappears); a lone backtick stays. */
function unwrapCode(text: string): string {
  return eachCodeSpan(text, (open, close) => text.slice(open + 1, close));
}

/**
 * `[text](url)` → `text` (text not empty, without `]`; url without `)`), and for images
 * `![alt](url)` → `alt` (alt may be empty).
 */
function replaceLinks(text: string, image: boolean): string {
  const opener = image ? '![' : '[';
  if (!text.includes(opener)) return text;
  const opens = occurrences(text, opener);
  if (opens.length === 0) return text;
  const nextBracket = nextOf(text, ']');
  const nextParen = nextOf(text, ')');
  const out: string[] = [];
  let copied = 0;
  for (const open of opens) {
    if (open < copied) continue;
    const textStart = open + opener.length;
    const bracket = nextBracket.at(textStart);
    if (bracket < 0) break;
    if ((!image && bracket === textStart) || text[bracket + 1] !== '(') continue;
    const paren = nextParen.at(bracket + 2);
    if (paren < 0) break;
    out.push(text.slice(copied, open), text.slice(textStart, bracket));
    copied = paren + 1;
  }
  return copied === 0 ? text : finish(out, text, copied);
}

/** `<br>`, `<br/>`, `<br />` → a space (in a table cell they separate items). */
function replaceLineBreakTags(text: string): string {
  if (!text.includes('<')) return text;
  return text.replace(LINE_BREAK_TAG, ' ');
}

/** A `<br>` tag; bounded, so it cannot backtrack. */
export const LINE_BREAK_TAG = /<br[ \t]{0,8}\/?>/gi;

/**
 * `formatting-tags-only`: the html elements notes use to format their text (`<kbd>`, `<sup>`,
 * `<b>`, `<details>`…). Any other word in angle brackets is text: a type's parameter
 * (`List<String> is invariant`, `Box<dyn Error>`), a placeholder (`Find<Pkg>.cmake`, reading 88
 * offered `Find.cmake`; `kill -9 <pid>`), or an element the notes write about (`<script>`,
 * `<template>`).
 */
const FORMATTING_TAGS: ReadonlySet<string> = new Set([
  'a',
  'abbr',
  'b',
  'big',
  'center',
  'cite',
  'code',
  'del',
  'details',
  'dfn',
  'em',
  'font',
  'i',
  'ins',
  'kbd',
  'mark',
  'q',
  's',
  'samp',
  'small',
  'span',
  'strike',
  'strong',
  'sub',
  'summary',
  'sup',
  'tt',
  'u',
  'var',
  'wbr',
]);

/** The longest formatting tag name ({@link FORMATTING_TAGS}): a name is read no further. */
const LONGEST_TAG = 7;

/**
 * The end of the tag that opens at `open` (the index of its `>`), or -1 where no formatting tag
 * or comment opens there: `<!--`, or `<` (or `</`) and a name of {@link FORMATTING_TAGS} in
 * lower case, followed by `>`, a space or `/`.
 */
function formattingTagEnd(text: string, open: number, nextClose: NextPosition): number {
  if (text.startsWith('<!--', open)) return nextClose.at(open + 4);
  let at = open + 1;
  if (text[at] === '/') at++;
  const start = at;
  while (at < text.length && at - start <= LONGEST_TAG && isLowerLetter(text[at] ?? '')) at++;
  const after = text[at];
  if (after !== '>' && after !== ' ' && after !== '/') return -1;
  return FORMATTING_TAGS.has(text.slice(start, at)) ? nextClose.at(at) : -1;
}

/** True for `a`–`z`. */
function isLowerLetter(ch: string): boolean {
  return ch >= 'a' && ch <= 'z' && ch.length === 1;
}

/**
 * `<tag …>` and `</tag>` of {@link FORMATTING_TAGS} removed, and `<!-- … -->` comments: each up to
 * the next `>`. `比較（<, >）だけ` (sorting notes, reading 22) keeps its signs: no tag opens on `,`.
 */
function removeTags(text: string): string {
  if (!text.includes('<')) return text;
  const opens = occurrences(text, '<');
  if (opens.length === 0) return text;
  const nextClose = nextOf(text, '>');
  const out: string[] = [];
  let copied = 0;
  for (const open of opens) {
    if (open < copied) continue;
    const close = formattingTagEnd(text, open, nextClose);
    if (close < 0) continue;
    out.push(text.slice(copied, open));
    copied = close + 1;
  }
  return copied === 0 ? text : finish(out, text, copied);
}

/** The pieces kept so far and the rest of the text, as one string (one join, not a rope of pieces). */
function finish(out: string[], text: string, copied: number): string {
  out.push(text.slice(copied));
  return out.join('');
}

/** Runs of white space become one space; the ends are trimmed. */
function squashSpace(text: string): string {
  // Most lines have nothing to squash: no run of spaces, no tab or other white space.
  if (!NEEDS_SQUASH.test(text)) return text.trim();
  return text.replace(/\s+/g, ' ').trim();
}

const NEEDS_SQUASH = /\s\s|[^\S ]/;

/** The separator characters of a table row: the ASCII pipe, or the full-width one. */
const PIPES = ['|', '｜'] as const;

/** The pipe a table line uses: `|`, else `｜` when the line has only full-width pipes; null when none. */
export function tablePipe(line: string): '|' | '｜' | null {
  for (const pipe of PIPES) if (line.includes(pipe)) return pipe;
  return null;
}

/** Splits a table row into its cells (outer pipes dropped, `\|` kept as a pipe). */
export function tableCells(line: string): string[] {
  const pipe = tablePipe(line) ?? '|';
  let body = line.trim();
  if (body.startsWith(pipe)) body = body.slice(1);
  if (body.endsWith(pipe) && !body.endsWith(`\\${pipe}`)) body = body.slice(0, -1);
  const cells: string[] = [];
  let cell = '';
  for (let i = 0; i < body.length; i++) {
    const ch = body[i];
    if (ch === '\\' && body[i + 1] === pipe) {
      cell += pipe;
      i++;
    } else if (ch === pipe) {
      cells.push(cell.trim());
      cell = '';
    } else cell += ch;
  }
  cells.push(cell.trim());
  return cells;
}

/** The characters a separator cell may hold besides dashes: alignment colons (`:---:`). */
const ALIGN = new Set([':', '：']);

/** True for a table separator row such as `|---|:---:|` (or with full-width pipes and colons). */
export function isTableSeparator(line: string): boolean {
  if (!line.includes('-')) return false;
  const pipe = tablePipe(line);
  const cells = pipe ? tableCells(line) : [line.trim()];
  return cells.every((cell) => isSeparatorCell(cell));
}

function isSeparatorCell(cell: string): boolean {
  let start = 0;
  let end = cell.length;
  if (ALIGN.has(cell[start] ?? '')) start++;
  if (end > start && ALIGN.has(cell[end - 1] ?? '')) end--;
  if (end <= start) return false;
  for (let i = start; i < end; i++) if (cell[i] !== '-') return false;
  return true;
}
