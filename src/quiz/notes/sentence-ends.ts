/**
 * Where a sentence of the notes ends, and which pieces of a line are no sentence at all. A stop
 * (`.` `!` `?` `。` `！`) ends a sentence unless a rule of {@link NO_END_RULES} says it does not
 * (`e.g.`, `1.5`, a stop inside parentheses or a code span); a piece cut out of a line is no
 * sentence when a rule of {@link PIECE_RULES} says so (it opens on `)` or on a comma). Each rule is
 * named with an example. One pass over the line, character tests only: linear on any line. Pure.
 */

/** English abbreviations whose stop ends no sentence (lower case, with their dots). */
const ABBREVIATIONS = new Set([
  'e.g.',
  'i.e.',
  'etc.',
  'vs.',
  'approx.',
  'cf.',
  'esp.',
  'incl.',
  'viz.',
  'ca.',
  // `et al.`: the stop after `al` ends the authors' names, not the sentence (`Jangda et al. (USENIX
  // ATC 2019) measured…`, read as `Jangda et al` by readers of reading 11).
  'al.',
  'fig.',
  'eq.',
  // `v.` of a case name: `Kahler v. Kansas (2020) upheld…` was cut to `Kansas (2020) upheld…`
  // (reading 37).
  'v.',
]);
/**
 * Abbreviations that stop no sentence before a number (`Art. 3(2)`, `Sec. 4`, `pp. 12–15`): the
 * law's articles and a text's parts; before a word they may end one (`…state of the art. Then`).
 */
const NUMBERED_REFERENCES = new Set([
  'art.',
  'arts.',
  'sec.',
  'para.',
  'ch.',
  'vol.',
  'p.',
  'pp.',
  'no.',
]);
/** The longest abbreviation above, in characters (a word read back further is none). */
const MAX_ABBREVIATION = 8;

/** What a rule of {@link NO_END_RULES} sees: the line, the stop's index, what is open there. */
export interface StopContext {
  text: string;
  at: number;
  /** Parentheses opened and not yet closed before the stop. */
  depth: number;
  /** True when the stop is inside a `code span` (the markdown of a line keeps its backticks). */
  inCode: boolean;
  /** True when the stop is inside an English quotation (`"…"`, `“…”`) not yet closed. */
  quoted?: boolean;
}

/** True for an ASCII letter. */
function isLetter(ch: string): boolean {
  return (ch >= 'a' && ch <= 'z') || (ch >= 'A' && ch <= 'Z');
}

function isCapital(ch: string): boolean {
  return ch >= 'A' && ch <= 'Z';
}

function isLower(ch: string): boolean {
  return ch >= 'a' && ch <= 'z';
}

/** What may stand before a one-letter initial: a space, an opening bracket, emphasis. */
const INITIAL_BEFORE = ' (*_';

function isDigit(ch: string): boolean {
  return ch >= '0' && ch <= '9';
}

/** The word of letters and dots that the stop at `at` closes (`e.g.`), read back a few characters. */
function wordBefore(text: string, at: number): string {
  let start = at;
  while (
    start > 0 &&
    at - start < MAX_ABBREVIATION &&
    (isLetter(text[start - 1] ?? '') || text[start - 1] === '.')
  )
    start--;
  return text.slice(start, at + 1).toLowerCase();
}

/** Stops that end no sentence, each a named rule with an example (the stop in it stays inside). */
export const NO_END_RULES: readonly {
  name: string;
  example: string;
  holds: (ctx: StopContext) => boolean;
}[] = [
  {
    name: 'abbreviation',
    example: 'Underflow of a negative value, e.g. -1e-320 * 1e-10, gives -0.',
    holds: ({ text, at }) => text[at] === '.' && ABBREVIATIONS.has(wordBefore(text, at)),
  },
  {
    name: 'genus-initial',
    example: 'Long courses for endocarditis, osteomyelitis, TB and S. aureus bacteremia.',
    // One capital letter, standing alone, before a lower-case word: a genus (`E. coli`), not a
    // sentence's end (`…plan B. Then`, whose next word is a capital).
    holds: ({ text, at }) =>
      text[at] === '.' &&
      isCapital(text[at - 1] ?? '') &&
      (at === 1 || INITIAL_BEFORE.includes(text[at - 2] ?? '')) &&
      text[at + 1] === ' ' &&
      isLower(text[at + 2] ?? ''),
  },
  {
    // Reading 41: `Non-EU organisations under Art. 3(2) generally must appoint…` was cut at
    // `Art.`, and `3(2) generally must appoint…` asked as a description.
    name: 'numbered-reference',
    example: 'Organisations under Art. 3(2) must appoint a representative.',
    holds: ({ text, at }) =>
      text[at] === '.' &&
      NUMBERED_REFERENCES.has(wordBefore(text, at)) &&
      text[at + 1] === ' ' &&
      isDigit(text[at + 2] ?? ''),
  },
  {
    name: 'decimal-number',
    example: 'A value of 1.5 is stored exactly.',
    holds: ({ text, at }) =>
      text[at] === '.' && isDigit(text[at - 1] ?? '') && isDigit(text[at + 1] ?? ''),
  },
  {
    name: 'inside-parentheses',
    example: 'Virtual nodes (about 100 per server. Or more) even out the spread.',
    holds: ({ depth }) => depth > 0,
  },
  {
    name: 'inside-code-span',
    example: 'Run `make test. lint` before a push.',
    holds: ({ inCode }) => inCode,
  },
  {
    name: 'inside-quotation',
    example: 'The docs say "not for performance. It is a for loop" plainly.',
    // A quotation is one thing said: cut at its inner stop, its second half is a fragment that
    // ends on a stray quote (`The implementation is essentially a for loop."`).
    holds: ({ quoted }) => quoted === true,
  },
];

const EN_STOPS = unitsOf('.!?');
const JA_STOPS = unitsOf('。！？');

/** The UTF-16 units of the characters (each one unit): what {@link sentenceStops} compares. */
function unitsOf(chars: string): ReadonlySet<number> {
  return new Set([...chars].map((c) => c.charCodeAt(0)));
}

/**
 * The indexes of the stops that end a sentence in the line. English: a stop right after a word
 * (`COPY . .` ends nothing) and followed by a space or the line's end; Japanese: `。` `！` `？`.
 * Neither when a rule of {@link NO_END_RULES} holds.
 */
export function sentenceStops(text: string, language: 'ja' | 'en'): number[] {
  const out: number[] = [];
  let depth = 0;
  let inCode = false;
  let quoted = false;
  // Read by UTF-16 unit (every mark sought is one): no string per character of the text (a
  // Japanese character is a new string each; on a 5,000-row table laterSentences spent 155 ms of
  // three builds here). A lone half of a surrogate pair is none of the marks, as before.
  for (let at = 0; at < text.length; at++) {
    const code = text.charCodeAt(at);
    if (code === BACKTICK) inCode = !inCode;
    else if (
      !inCode &&
      language === 'en' &&
      (code === STRAIGHT_QUOTE || code === OPENING_QUOTE || code === CLOSING_QUOTE)
    )
      // The stop that closes a quotation (`…a for loop."`) is read inside it, before the quote.
      quoted = code === STRAIGHT_QUOTE ? !quoted : code === OPENING_QUOTE;
    else if (!inCode && OPENING.has(code)) depth++;
    else if (!inCode && CLOSING_ASIDE.has(code) && depth > 0) depth--;
    const stop =
      language === 'ja'
        ? JA_STOPS.has(code)
        : EN_STOPS.has(code) &&
          at > 0 &&
          text.charCodeAt(at - 1) !== SPACE &&
          (at === text.length - 1 || text.charCodeAt(at + 1) === SPACE);
    if (!stop) continue;
    const ctx: StopContext = { text, at, depth, inCode, quoted };
    if (!NO_END_RULES.some((rule) => rule.holds(ctx))) out.push(at);
  }
  return out;
}

/**
 * What opens and closes an aside or a Japanese quotation: no sentence ends inside one
 * (`inside-parentheses`; `「1つ有意だった！」と喜ぶ` is one sentence).
 */
const OPENING = unitsOf('(（「『');
const CLOSING_ASIDE = unitsOf(')）」』');
const BACKTICK = 0x60;
const SPACE = 0x20;
/** `"`, `“`, `”`: an English quotation's marks. */
const STRAIGHT_QUOTE = 0x22;
const OPENING_QUOTE = 0x201c;
const CLOSING_QUOTE = 0x201d;

/** Closing brackets: a piece that opens on one is the end of an aside. */
const CLOSING = new Set([')', ']', '}', '）', '」', '』', '】']);
/** Punctuation no sentence opens on. */
const PUNCTUATION = new Set([',', ';', ':', '.', '!', '?', '、', '。', '，', '：', '；']);

/** True when a closing bracket comes before any opening one (`--target) are in the image`). */
function closesFirst(text: string): boolean {
  let depth = 0;
  for (const ch of text) {
    if (ch === '(' || ch === '（' || ch === '[') depth++;
    else if (ch === ')' || ch === '）' || ch === ']') {
      if (depth === 0) return true;
      depth--;
    }
  }
  return false;
}

/** True when a bracket opened in the text is never closed in it (`(MonetDB/X100, Boncz et al.`). */
function leavesOpen(text: string): boolean {
  let depth = 0;
  for (const ch of text) {
    if (ch === '(' || ch === '（' || ch === '[') depth++;
    else if ((ch === ')' || ch === '）' || ch === ']') && depth > 0) depth--;
  }
  return depth > 0;
}

/** Pieces of a line that are no sentence, each a named rule with an example. */
export const PIECE_RULES: readonly {
  name: string;
  example: string;
  isPiece: (text: string) => boolean;
}[] = [
  {
    name: 'opens-on-closing-bracket',
    example: ') are in the resulting image',
    isPiece: (text) => CLOSING.has(text[0] ?? ''),
  },
  {
    name: 'opens-on-punctuation',
    example: ', but heavier servers appear more often',
    isPiece: (text) => PUNCTUATION.has(text[0] ?? ''),
  },
  {
    name: 'unbalanced-closing-bracket',
    example: '--target) are in the resulting image',
    isPiece: closesFirst,
  },
  {
    name: 'unclosed-bracket',
    // Cut at the `;` inside `(MonetDB/X100, Boncz et al., CIDR 2005; later Vectorwise)`.
    example: 'execution (MonetDB/X100, Boncz et al., CIDR 2005',
    isPiece: leavesOpen,
  },
  {
    name: 'unbalanced-quote',
    example: 'The implementation is essentially a for loop."',
    isPiece: (text) => oddQuotes(text),
  },
];

/** True when a text holds an odd number of straight double quotes (one opened or closed elsewhere). */
function oddQuotes(text: string): boolean {
  let n = 0;
  for (const ch of text) if (ch === '"') n++;
  return n % 2 === 1;
}

/** The name of the rule by which the text is a piece of a sentence, not one, or null. */
export function pieceRule(text: string): string | null {
  const t = text.trimStart();
  return PIECE_RULES.find((rule) => rule.isPiece(t))?.name ?? null;
}
