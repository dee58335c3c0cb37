/**
 * The misconception table (`概念 | 正しい理解 | よくある誤解` or
 * `Concept | Correct understanding | Common misconception(s)`): one concept per row. Pure.
 */

import { firstOutsideBrackets, quotationOnly } from '../text/brackets.ts';
import { asSentenceStart } from '../text/forms.ts';
import { opensOnInstructionVerb } from '../text/instruction.ts';
import { matchKey } from '../text/normalize.ts';
import { isSpace, trimEndChars } from '../text/trim.ts';
import type { NotesProblem } from '../types.ts';
import type { TableBlock } from './blocks.ts';
import { boldPhrases, LINE_BREAK_TAG, stripInline } from './inline.ts';

/** Where the three columns are, and the language the header is written in. */
export interface MisconceptionColumns {
  concept: number;
  correct: number;
  misconceptions: number;
  language: 'ja' | 'en';
}

/** A row read from the table, before it becomes a {@link import('../types.ts').Concept}. */
export interface ConceptRow {
  name: string;
  correct: string;
  keyPhrases: string[];
  misconceptions: string[];
  line: number;
}

/**
 * The headings each column goes by, as teams write them (`概念 | 正しい理解 | よくある誤解`, `用語 |
 * 正しくは | ありがちな勘違い`, `Term | Reality | Myths`). A table is the misconception table only
 * when all three columns are found, so `| 項目 | REST | gRPC |` stays a comparison table.
 */
export const MISCONCEPTION_HEADERS = {
  ja: {
    concept: ['概念', '概念名', '用語', 'キーワード', '項目', 'トピック'],
    correct: ['正しい理解', '正しくは', '正しい説明', '正しい認識', '正解', '実際', '本当は'],
    misconceptions: [
      'よくある誤解',
      '誤解',
      'ありがちな誤解',
      'よくある勘違い',
      'ありがちな勘違い',
      '勘違い',
      'よくある間違い',
      '間違いやすい点',
    ],
  },
  en: {
    concept: ['concept', 'term', 'topic', 'idea'],
    correct: [
      'correct understanding',
      'correct',
      'reality',
      'what is true',
      "what's true",
      'actually',
      'the truth',
    ],
    misconceptions: [
      'common misconception',
      'common misconceptions',
      'common misconception(s)',
      'misconception',
      'misconceptions',
      'myth',
      'myths',
      'common mistakes',
      'pitfalls',
      'what people get wrong',
    ],
  },
} as const;
const HEADERS = MISCONCEPTION_HEADERS;

/**
 * `header-words`: where no heading is one of {@link MISCONCEPTION_HEADERS}, the words a heading
 * holds tell its column (`Concept | What it really is | Common misconceptions`, `用語 | ポイント |
 * 誤解しやすい点`, `Term | What it really means | Traps`, `Concept | What it is | People often think`,
 * `用語 | 実際 | 思い込み`). The misconception column names a misconception or what people believe
 * (think, assume, believe; 思い込み, 思われがち); the correct column names the truth or, in a three-column table, is the one
 * between; the concept column comes first. Words are as `matchKey` reads a heading: lower case,
 * katakana as hiragana (`ハマりどころ` → `はまりどころ`).
 */
export const HEADER_WORDS = {
  misconceptions: [
    '誤解',
    '勘違い',
    '間違',
    '落とし穴',
    'はまりどころ',
    'misconception',
    'myth',
    'mistake',
    'pitfall',
    'wrong',
    'gotcha',
    'trap',
    // What people believe, said as a belief: `People often think`, `Common assumption`.
    'think',
    'assum',
    'belie',
    '思い込',
    '思われ',
    'と思',
  ],
  correct: [
    '正し',
    '実際',
    '本当',
    'ポイント',
    '要点',
    '意味',
    '定義',
    'correct',
    'really',
    'actually',
    'reality',
    'truth',
    'true',
    'meaning',
    'definition',
  ],
} as const;

/** Heading words of {@link HEADER_WORDS} that name a caution as much as a mistake (`caution-column`). */
const CAUTION_WORDS: readonly string[] = ['落とし穴', 'はまりどころ', 'pitfall', 'gotcha', 'trap'];

/** The other heading words of a misconception column: they name a mistake or a belief. */
const MISTAKE_WORDS: readonly string[] = HEADER_WORDS.misconceptions.filter(
  (w) => !CAUTION_WORDS.includes(w),
);

/**
 * Middle headings that say what the term is (`Term | What it is | Traps`), as `matchKey` reads
 * them: beside a caution heading, what they head is the truth the trap is set against.
 */
const DESCRIBING_HEADINGS: readonly string[] = [
  'what it is',
  'what it does',
  'description',
  '説明',
  '概要',
  'とは',
].map((w) => matchKey(w));

/**
 * `what-happened`: a heading that says what went wrong in an incident (`Event | Date | What went
 * wrong`) names no belief: its table lists incidents, not misconceptions (reading 12: an incident
 * table's dates became "correct understandings"). Read as `matchKey` reads a heading.
 */
const HAPPENED = [
  'went wrong',
  'gone wrong',
  'goes wrong',
  'go wrong',
  // `Condition | What's wrong | Correction` (reading 36): what is wrong with the eye, a fault
  // of the thing, not a belief — myopia's `eye too long` was asked as a misconception.
  "what's wrong",
  'what is wrong',
  '何が起き',
  '起きたこと',
].map((w) => matchKey(w));

/** The columns when `header` is a misconception table header, else null. */
export function misconceptionColumns(header: readonly string[]): MisconceptionColumns | null {
  const plain = header.map((cell) => stripInline(cell));
  const keys = plain.map((cell) => matchKey(cell));
  return byHeadings(keys) ?? byHeaderWords(keys, plain.map(latinWordsOf));
}

/**
 * `header-word-starts-a-word`: a Latin header word counts where it opens a word of the heading
 * (`Traps`, `Common mistakes`, `What people assume`), not inside one: `Extrapolation` holds `trap`
 * and `Incorrect` holds `correct` (reading 81: `| | Interpolation | Extrapolation |` was read as a
 * misconception table, its rows `Visual latency`, `Correctness` asked as concepts). A Japanese
 * word counts anywhere in the heading, as it is written without spaces.
 */
function holdsHeaderWord(key: string, latin: readonly string[], words: readonly string[]): boolean {
  return words.some((w) =>
    LATIN_WORD_START.test(w) ? latin.some((x) => x.startsWith(w)) : key.includes(w),
  );
}

/** A header word of Latin letters ({@link holdsHeaderWord}). */
const LATIN_WORD_START = /^[a-z]/;

/** The Latin words of a heading, lower case (`What People Think` → `what`, `people`, `think`). */
function latinWordsOf(heading: string): string[] {
  return heading.toLowerCase().split(NOT_A_LATIN_LETTER).filter(Boolean);
}

/** What separates the Latin words of a heading: anything but a letter or an apostrophe. */
const NOT_A_LATIN_LETTER = /[^a-z']+/;

/** `header-words` (see {@link HEADER_WORDS}); null unless all three columns are told. */
function byHeaderWords(
  keys: readonly string[],
  latin: readonly (readonly string[])[],
): MisconceptionColumns | null {
  const holds = (i: number, words: readonly string[]): boolean =>
    holdsHeaderWord(keys[i] ?? '', latin[i] ?? [], words);
  const misconceptions = keys.findLastIndex(
    (k, i) => holds(i, HEADER_WORDS.misconceptions) && !HAPPENED.some((w) => k.includes(w)),
  );
  if (misconceptions <= 0) return null;
  const named = keys.findIndex(
    (_, i) => i > 0 && i !== misconceptions && holds(i, HEADER_WORDS.correct),
  );
  // `caution-column`: a heading that names a caution as much as a mistake (`Gotcha`, `落とし穴`)
  // over a middle column that names no truth (`| Tool | Good for | Gotcha |`) heads true warnings,
  // not beliefs (reading 87: `Home ovens cycle well above and below the set point` was keyed as
  // a misconception). Beside a column that names the truth (`What it really means | Traps`), it
  // heads mistakes.
  const cautionOnly = holds(misconceptions, CAUTION_WORDS) && !holds(misconceptions, MISTAKE_WORDS);
  const between =
    keys.length === 3 &&
    misconceptions === 2 &&
    (!cautionOnly || DESCRIBING_HEADINGS.some((w) => (keys[1] ?? '').includes(w)))
      ? 1
      : -1;
  const correct = named >= 0 ? named : between;
  if (correct < 0) return null;
  // `two-kinds-compared`: `| | Mistake of fact | Mistake of law |` sets two kinds of one thing
  // side by side (reading 37: its rows `Example`, `General rule` became concepts, and the rule
  // for mistakes of law was asked as a misconception). A column of truths names no mistake.
  if (holds(correct, HEADER_WORDS.misconceptions)) return null;
  const language = keys.some((k) => /[\u3040-\u30ff\u4e00-\u9fff]/u.test(k)) ? 'ja' : 'en';
  return { concept: 0, correct, misconceptions, language };
}

/** The columns by the exact headings of {@link MISCONCEPTION_HEADERS}, else null. */
function byHeadings(keys: readonly string[]): MisconceptionColumns | null {
  for (const language of ['ja', 'en'] as const) {
    const find = (names: readonly string[]): number => {
      const wanted = new Set(names.map(matchKey));
      return keys.findIndex((k) => wanted.has(k));
    };
    const columns = {
      concept: find(HEADERS[language].concept),
      correct: find(HEADERS[language].correct),
      misconceptions: find(HEADERS[language].misconceptions),
    };
    if (columns.concept >= 0 && columns.correct >= 0 && columns.misconceptions >= 0)
      return { ...columns, language };
  }
  return null;
}

/**
 * Pieces after a comma that go on with the misconception before them rather than start one of
 * their own: a named rule each, with an example. Read on the piece's first words only.
 */
export const CELL_CONTINUATIONS: readonly {
  name: string;
  example: string;
  opens: readonly string[];
}[] = [
  {
    name: 'comparison',
    example: 'Added every four years, like a leap day',
    opens: ['like ', 'unlike ', 'as with ', 'just like '],
  },
  { name: 'example', example: 'Slow on big tables, such as logs', opens: ['such as ', 'e.g. '] },
  {
    name: 'relative-clause',
    example: 'Copies every page at once, which takes time',
    opens: ['which ', 'because '],
  },
  {
    // Reading 45 (analgesic-pharmacology.en) asked `Including young children` as a misconception
    // of its own.
    name: 'inclusion',
    example: '"Weak" opioid = safe for everyone, including young children',
    opens: [
      'including ',
      'especially ',
      'particularly ',
      'notably ',
      'in particular ',
      'even for ',
      'even in ',
      'even when ',
      'even with ',
      'even if ',
    ],
  },
];

/**
 * Pieces that only lead into the misconception after them and say nothing alone: a named rule
 * each, with an example. A piece that is one of them, whole, is dropped (the next piece is the
 * misconception): `Adverts are always offers; or the opposite, adverts can never be offers` →
 * [`Adverts are always offers`, `adverts can never be offers`], not `or the opposite` as a third.
 */
export const CELL_LEAD_INS: readonly {
  name: string;
  example: string;
  pieces: readonly string[];
}[] = [
  {
    name: 'the-opposite',
    example: 'Adverts are always offers; or the opposite, adverts can never be offers',
    pieces: ['or the opposite', 'the opposite', 'or the reverse', 'the reverse', 'conversely'],
  },
  {
    name: 'or-else',
    example: 'Same thing as ECS; or: warming stops the day emissions stop',
    pieces: ['or', 'または', 'あるいは'],
  },
  {
    name: 'gyaku',
    example: '速いほど良い、逆に、遅いほど安全',
    pieces: ['逆に', 'その逆', 'あるいは逆に', 'または逆に', '逆に言えば'],
  },
];

/** True when the piece is one of {@link CELL_LEAD_INS} (case and a closing colon aside). */
function isLeadIn(piece: string): boolean {
  if (piece.length > 24) return false;
  const bare = piece
    .trim()
    .replace(/[:：]$/u, '')
    .toLowerCase();
  return CELL_LEAD_INS.some((rule) => rule.pieces.includes(bare));
}

/**
 * The piece without a lead-in it opens on before a separator (`逆に、遅いほど安全` → `遅いほど安全`,
 * inside one marked misconception).
 */
function withoutLeadIn(piece: string): string {
  const head = piece.slice(0, 24).toLowerCase();
  for (const rule of CELL_LEAD_INS)
    for (const lead of rule.pieces)
      if (head.startsWith(lead) && '、,，:：'.includes(piece.charAt(lead.length)))
        return piece.slice(lead.length + 1).trim();
  return piece;
}

/** How much of a piece's opening {@link CELL_CONTINUATIONS} read (`in particular ` and a space). */
const CONTINUATION_HEAD = 16;

function continuesPiece(piece: string): boolean {
  const head = piece.trimStart().slice(0, CONTINUATION_HEAD);
  return CELL_CONTINUATIONS.some((rule) => rule.opens.some((o) => head.startsWith(o)));
}

/**
 * Splits a misconception cell on `、` `,` `;` (outside parentheses and quotes) and removes the
 * × marks: `中継 ×、変換 ×` → [`中継`, `変換`]. A piece that goes on with the one before it
 * ({@link CELL_CONTINUATIONS}: `Added every four years, like a leap day`) stays with it.
 */
export function splitMisconceptions(markedCell: string): string[] {
  // `times-sign`: `×` between two letters or digits is a product (`a 3×3 patch`), no mark.
  if (markedCell.includes('×') && markedCell.search(TIMES_SIGN) >= 0) {
    const pieces = splitMisconceptions(markedCell.replace(TIMES_SIGN, TIMES_STAND_IN));
    return pieces.map((p) => p.replaceAll(TIMES_STAND_IN, '×'));
  }
  const cell = withoutCorrectionAfterLastMark(
    withoutCommentsAfterMarks(wrongArrowAsMark(markedCell)),
  );
  // `marks-end-each`: a cell whose last misconception ends in a mark (`中継 ×、変換 ×`) marks the
  // end of each one: the marks split it, whatever separates the pieces (`… ×、…`, `… × / …`),
  // and a separator right after no mark is inside one (`自動なら一瞬で終わり、接続は切れない ×`).
  if (endsOnMark(cell)) {
    const pieces: string[] = [];
    for (const raw of cell.split(MARKS).flatMap(atSemicolons)) {
      const piece = withoutLeadIn(
        unquotedClaim(
          withoutCorrectionAside(
            withoutArrowComment(withoutTrailingArrow(raw.replace(LEADING_SEPARATORS, '').trim())),
          ),
        ),
      );
      if (piece === '' || isLeadIn(piece)) continue;
      const last = pieces.length - 1;
      // `Added every four years ×, like a leap day ×`: a comparison after a comma goes on.
      if (last >= 0 && raw.trimStart().startsWith(',') && continuesPiece(piece))
        pieces[last] += `, ${piece}`;
      else pieces.push(piece);
    }
    return pieces;
  }
  // `comma-inside-claim`: a comma separates pieces only in a cell that marks some of them.
  const separators = firstMark(cell) >= 0 ? PIECE_SEPARATORS : UNMARKED_SEPARATORS;
  const parts: string[] = [];
  let depth = 0;
  let current = '';
  for (const ch of cell) {
    if ('(（「『“'.includes(ch)) depth++;
    else if (')）」』”'.includes(ch) && depth > 0) depth--;
    if (depth === 0 && separators.includes(ch)) {
      parts.push(current);
      current = ch;
    } else current += ch;
  }
  parts.push(current);
  const joined: string[] = [];
  for (const part of withArrowRuns(parts)) {
    const separator = part.slice(0, 1);
    const raw = separators.includes(separator) ? part.slice(1) : part;
    const rest = withoutLeadIn(
      unquotedClaim(
        withoutCorrectionAside(
          withoutArrowComment(raw.replace(MARKS, '').trim(), firstMark(raw) >= 0),
        ),
      ),
    );
    const last = joined.length - 1;
    // `Added every four years ×, like a leap day`: a comparison after a comma goes on.
    if (last >= 0 && separator === ',' && continuesPiece(rest)) joined[last] += `, ${rest}`;
    else joined.push(rest);
  }
  return joined.filter((p) => p !== '' && !isLeadIn(p));
}

/**
 * `semicolon-ends-claim`: where marks end the misconceptions of a cell, a `；` or `;` outside
 * brackets ends one too, marked or not: `常に toString が呼ばれる；Number([]) が 0 なのは [] が
 * falsy だから ×` holds two claims (reading 81 offered them as one key, its correction answering
 * half). A `、` or a comma stays inside a claim (`自動なら一瞬で終わり、接続は切れない ×`). Each
 * piece after the first keeps its `；` in front, as {@link LEADING_SEPARATORS} reads it.
 */
function atSemicolons(raw: string): string[] {
  const out: string[] = [];
  let depth = 0;
  let from = 0;
  for (let i = 0; i < raw.length; i++) {
    const ch = raw.charAt(i);
    if ('(（「『“'.includes(ch)) depth++;
    else if (')）」』”'.includes(ch) && depth > 0) depth--;
    else if (depth === 0 && (ch === ';' || ch === '；') && raw.slice(from, i).trim() !== '') {
      out.push(raw.slice(from, i));
      from = i;
    }
  }
  out.push(raw.slice(from));
  return out;
}

/**
 * `comma-inside-claim`: in a cell with no × marks, the separators between misconceptions are
 * `、` `，` `;` `；`, not the comma of English prose (where marks stand, a comma after one still
 * separates: `a ×; b ×, c`). Over the 366 read notes, every one of the 28
 * English cells that a comma had split (no marks, no `;`) was one claim cut apart: `"you just get
 * a garbage value, harmless"`, `A hash table is always faster, so a BST is never worth it`, `Red
 * on colour Doppler means artery, blue means vein`, even `The employer match counts toward my
 * $23,500` (`$23` and `500`); reading 66 found `The strings make the sound` (from `…, the body just
 * "amplifies" it evenly`) defensible alone. A piece's lead-in before a comma (`or the opposite,
 * adverts can never be offers`) goes as it does where marks split a cell.
 */
const UNMARKED_SEPARATORS = '、，;；';

/**
 * `arrow-runs-on`: the words an arrow leads to run on past a comma to the next `;` — they list
 * what follows from the claim or what is true instead (`α is a constant 1/7 everywhere → lower
 * offshore, much higher at night over land`; `… → no, it depends only on map position`), not a
 * next misconception. Split at the comma, the pieces after it were taken for misconceptions of
 * their own, true statements keyed as false (reading 65: `Much higher at night over land`). The
 * parts of a cell (each with the separator before it) come back with each arrow's run joined to
 * its piece, which {@link withoutArrowComment} then reads whole: it stays with the claim where
 * the arrow does (`… are incompatible → soft, blooms`), and goes where it is the writer's answer.
 */
function withArrowRuns(parts: readonly string[]): string[] {
  const out: string[] = [];
  let open = false;
  for (const part of parts) {
    const last = out.length - 1;
    if (open && last >= 0 && LIST_SEPARATORS.includes(part.slice(0, 1))) {
      out[last] += part;
      continue;
    }
    out.push(part);
    open = holdsArrow(part);
  }
  return out;
}

/** The separators that go on listing inside an arrow's words (not `;`, which ends them). */
const LIST_SEPARATORS = '、,，';

/** True when the piece holds an arrow outside brackets (`→`, `⇒`, `->`). */
function holdsArrow(piece: string): boolean {
  return ARROWS.some((a) => firstOutsideBrackets(piece, a) > 0);
}

/**
 * `comment-after-mark`: a parenthesis right after a × mark says why the piece before it is wrong
 * (`cwnd を 1 に戻す ×（それはタイムアウト時）`): it is no part of the misconception, and the cell
 * reads without it (`cwnd を 1 に戻す ×`). Linear: nested parentheses are skipped whole.
 */
export function withoutCommentsAfterMarks(cell: string): string {
  const closing = matchingCloses(cell);
  let out = '';
  let i = 0;
  while (i < cell.length) {
    const ch = cell[i] ?? '';
    out += ch;
    i++;
    if (!MARK_CHARS.includes(ch)) continue;
    let j = i;
    while (cell[j] === ' ' || cell[j] === '\u3000') j++;
    const close = closing.get(j);
    if (close !== undefined) i = close + 1;
    // `arrow-after-mark`: `…消せばOK × → まず変更理由を確認` — the arrow's words say what to do
    // instead, and run on past a comma as an arrow's words do (`arrow-runs-on`: `It's final since
    // JDK 21 × → preview, API changed across versions`, reading 87, had keyed `API changed across
    // versions` as false) up to a `;` or the next claim ({@link arrowWordsEnd}). Words that end on
    // a mark of their own are the next misconception, led to by the arrow (`…dries out × → the
    // fridge keeps bread fresh ×`): only the arrow goes.
    else {
      const arrow = ARROWS.find((a) => cell.startsWith(a, j));
      if (arrow === undefined) continue;
      const end = nextSeparator(cell, j, closing);
      i = endsOnMark(cell.slice(j, end)) ? j + arrow.length : arrowWordsEnd(cell, end, closing);
    }
  }
  return out;
}

/** Words after an arrow that say the piece before it is wrong (`→ wrong, …`, `→ 誤り。…`). */
const WRONG_WORDS = ['wrong', 'false', 'incorrect', 'not true', '誤り', '間違い'];

/**
 * `arrow-says-wrong`: an arrow to a word that says the piece before it is wrong marks that piece
 * as a × would, and what follows is its correction, up to the next piece that ends on a mark of
 * its own (or the cell's end): no misconception of its own. `max loss = 100% like buying → wrong,
 * price can rise without limit` offered `Price can rise without limit` as a second misconception
 * beside the key of a question (reading 45: two right answers). One pass over the cell.
 */
export function wrongArrowAsMark(cell: string): string {
  let out = '';
  let from = 0;
  // Read once, where the cell has a verdict at all.
  let closing: Map<number, number> | undefined;
  for (let i = 0; i < cell.length; i++) {
    const arrow = ARROWS.find((a) => cell.startsWith(a, i));
    if (arrow === undefined) continue;
    let j = i + arrow.length;
    while (cell[j] === ' ' || cell[j] === '\u3000') j++;
    const head = cell.slice(j, j + WRONG_HEAD).toLowerCase();
    const word = verdictAt(head);
    if (word === undefined) continue;
    closing ??= matchingCloses(cell);
    const end = nextMarkedPiece(cell, j + word.length, closing);
    out += `${cell.slice(from, i).trimEnd()} ×`;
    from = end;
    i = end - 1;
  }
  return from === 0 ? cell : out + cell.slice(from);
}

/**
 * Where an arrow's words that reach the separator at `at` end: past each comma (`、,，`) whose
 * piece after it is no claim of its own (it neither ends on a mark nor holds an arrow), at the
 * first `;` or such claim, else at the cell's end. Each piece is read once.
 */
function arrowWordsEnd(cell: string, at: number, closing: Map<number, number>): number {
  let end = at;
  while (end < cell.length && LIST_SEPARATORS.includes(cell[end] ?? '')) {
    const next = nextSeparator(cell, end + 1, closing);
    const piece = cell.slice(end + 1, next);
    if (endsOnMark(piece) || holdsArrow(piece)) return end;
    end = next;
  }
  return end;
}

/**
 * Where the first piece after `from` that is a claim of its own opens (at its separator), else
 * the cell's end ({@link nextSeparator}: separators inside parentheses separate nothing). A claim
 * ends on a mark, or holds an arrow of its own (`… → no, one op can be O(n); lookups leave the
 * tree unchanged → no, they restructure it`: the writer answers claim after claim).
 */
function nextMarkedPiece(cell: string, from: number, closing: Map<number, number>): number {
  let at = nextSeparator(cell, from, closing);
  while (at < cell.length) {
    const end = nextSeparator(cell, at + 1, closing);
    const piece = cell.slice(at + 1, end);
    if (endsOnMark(piece) || holdsArrow(piece)) return at;
    at = end;
  }
  return cell.length;
}

/** How far after an arrow a word of {@link WRONG_WORDS} is looked for. */
const WRONG_HEAD = 12;
/** What may follow such a word: its end, a space or a stop. */
const WRONG_WORD_ENDS = ' \u3000,、;；:：。.!！';

/**
 * `arrow-says-no`: the writer's "no" after an arrow, with a stop after it (`→ no, it's just a
 * derive; the type is a plain std Error`), answers the piece before it as {@link WRONG_WORDS} do:
 * reading 84 offered `The type is a plain std Error`, the answer's second half, as a wrong option
 * that is true. `no` before a word (`→ no hot spots`) is the claim's own consequence.
 */
const NO_WORDS = ['no', 'nope', 'いいえ', '違う'];
/** What must follow a word of {@link NO_WORDS}: a stop or a dash. */
const NO_WORD_ENDS = ',、:：。.!！—–';

/** The verdict word `head` (lower case, right after an arrow) opens on, if any. */
function verdictAt(head: string): string | undefined {
  // A word that goes on (`wrongly`, `誤り率`, `誤り訂正`) says something else.
  const ends = (w: string, stops: string): boolean => {
    const after = head[w.length];
    return after === undefined || stops.includes(after);
  };
  return (
    WRONG_WORDS.find((w) => head.startsWith(w) && ends(w, WRONG_WORD_ENDS)) ??
    NO_WORDS.find((w) => head.startsWith(w) && ends(w, NO_WORD_ENDS))
  );
}

/** Arrows that open what to do instead, after a × mark. */
const ARROWS = ['→', '⇒', '->'];

/** Where the next separator of pieces outside brackets stands at or after `from` (the end if none). */
function nextSeparator(cell: string, from: number, closing: Map<number, number>): number {
  let i = from;
  while (i < cell.length) {
    const close = closing.get(i);
    if (close !== undefined) {
      i = close + 1;
      continue;
    }
    if (PIECE_SEPARATORS.includes(cell[i] ?? '')) return i;
    i++;
  }
  return cell.length;
}

/**
 * `correction-aside`: a closing parenthesis that opens on words of correction says what the piece
 * really is (`It replaces NULL with a value (that's COALESCE)`, `サーバが乱数を暗号化してクライアント
 * が復号する（それは SSH-1 の方式）`): no part of the misconception, which reads without it.
 */
export function withoutCorrectionAside(piece: string): string {
  const text = withoutVerdictAfterDash(piece.trimEnd());
  if (text !== piece.trimEnd()) return text;
  const last = text.slice(-1);
  if (last !== ')' && last !== '）') return piece;
  const open = matchingCloses(text);
  for (const [at, close] of open) {
    if (close !== text.length - 1) continue;
    const inside = text
      .slice(at + 1, close)
      .trimStart()
      .toLowerCase();
    if (
      CORRECTION_ASIDE_OPENINGS.some((w) => inside.startsWith(w)) ||
      CORRECTION_ASIDE_ENDINGS.some((w) => inside.endsWith(w)) ||
      isVerdictAside(inside)
    )
      return text.slice(0, at).trimEnd();
  }
  return piece;
}

/**
 * `arrow-comment`: an arrow to words that answer the claim before it (`δ = 1/n 程度で十分 → それだと
 * 毎回だれか1人分が丸ごと漏れてもよいことになる`, reading 54 offered it whole, refuting itself) is
 * no part of the misconception, which reads without it. An arrow to anything else may be the
 * claim's own consequence (`大きい ε → 安全`) and stays.
 */
export function withoutArrowComment(piece: string, marked = true): string {
  for (const arrow of ARROWS) {
    const at = firstOutsideBrackets(piece, arrow);
    if (at <= 0) continue;
    const after = piece
      .slice(at + arrow.length)
      .trimStart()
      .toLowerCase();
    if (
      ARROW_COMMENT_OPENINGS.some((w) => after.startsWith(w)) ||
      answersWithNo(after) ||
      (!marked && UNMARKED_ANSWER_OPENINGS.some((w) => after.startsWith(w)))
    )
      return piece.slice(0, at).trimEnd();
  }
  return piece;
}

/**
 * `arrow-to-mark`: an arrow that leads only to the piece's mark (`小児用がなければ子どもにはAEDを
 * 使えない → ×`) says the claim is wrong, as the mark does, and goes with it (the claim was offered
 * with its arrow dangling).
 */
function withoutTrailingArrow(piece: string): string {
  const arrow = ARROWS.find((a) => piece.endsWith(a));
  return arrow === undefined ? piece : piece.slice(0, -arrow.length).trimEnd();
}

/**
 * `arrow-to-it`: in a piece no mark ends, an arrow to a clause on `it` (or to `逆に`, `かえって`,
 * `むしろ`) is the writer's answer to the claim before it: `MIDI sounds bad → it's the synth/sample
 * set, not MIDI` (reading 87 keyed it whole, a true statement, as the misconception), `Adding a
 * buffer fixes a deadlock → it usually just hides it`, `弱いものを長く → 逆に長引く` — each of
 * the six such cells of the 504 read notes (readings to 88), and the one arrow to `neither`. Where
 * a mark ends the piece, the writer marked the whole of it, arrow and all (`arrest → they can go
 * through your phone ×`), and it stays: so does `"My ORM doesn't use those" → it might ×`, whose
 * quotes alone say which words are the claim.
 */
const UNMARKED_ANSWER_OPENINGS: readonly string[] = [
  // `μ can never exceed 1; grip doesn't depend on contact area (Amontons) → neither holds for
  // rubber` (reading 88 keyed the second claim with its answer).
  'neither ',
  'none of ',
  'it ',
  "it's ",
  'it’s ',
  '逆に',
  'かえって',
  'むしろ',
];

/**
 * Words that open what a claim really is, after a parenthesis or an arrow (`（それは SSH-1 の方式）`,
 * `→ 実際は…`), lower case: read by {@link withoutCorrectionAside} and {@link withoutArrowComment}.
 */
const SAYS_WHAT_IT_REALLY_IS: readonly string[] = [
  'それは',
  '実際は',
  '正しくは',
  '本当は',
  "that's ",
  'that’s ',
  'actually',
  'in fact',
  // `a denser liquid → same pressure (no: same head, higher pressure and power)` (reading 60
  // offered it whole, its denial and all): the writer's answer to the claim.
  'no:',
  'no,',
  'no —',
  'no –',
  'no - ',
  'wrong:',
  'いいえ',
  '違う：',
  '違う、',
  '誤り：',
];

/**
 * `arrow-to-no`: an arrow to the writer's "no" (`Linked genes are the rare exception → no`, `It
 * produces fencing tokens → no`, `Any flip is fine → not for digits/text`, `Capture happens
 * whenever you authorize → only if you use auth+capture in one step`) or to the case the claim
 * holds only in (`断熱なら ΔS = 0 → 可逆断熱のときだけ`, `苦い＝過抽出 → 深煎り由来や単に濃すぎる場合もある`):
 * the answer to the claim, no part of it. `after` is lower case.
 */
function answersWithNo(after: string): boolean {
  // A trim by hand: a pattern anchored at the end rescans a long run of stops from each of them.
  const text = trimEndChars(after, '。.!！');
  if (text === 'no' || text === 'not' || text === 'いいえ') return true;
  // `no:`, `no,`, `no —` open the words of {@link SAYS_WHAT_IT_REALLY_IS} already. Not `no `
  // before a noun (`Hash the key → no hot spots`): that is the claim's own consequence.
  // `arrow-to-only`: `Insert is O(1) worst case → only on *average*`, `lerp(…) is exact → only a
  // first-order approximation` (reading 81 keyed the whole cell, its answer and all).
  if (['no.', 'no—', 'not ', 'only '].some((w) => text.startsWith(w))) return true;
  return ANSWERING_ENDINGS.some((w) => text.endsWith(w));
}

/** Endings of the words after an arrow that restrict the claim before it ({@link answersWithNo}). */
const ANSWERING_ENDINGS: readonly string[] = [
  'のときだけ',
  'の場合だけ',
  'ときに限る',
  '場合もある',
  'こともある',
  'とは限らない',
  'わけではない',
  // `特許を潰せる → 公然実施なら無効理由になりうるが、先使用権そのものは「実施を続けてよい」というだけ`
  // (patent-law-basics.ja, reading 35): the claim amounts to less than it says.
  'というだけ',
];

/** Words after an arrow that answer the claim before it ({@link withoutArrowComment}), lower case. */
const ARROW_COMMENT_OPENINGS: readonly string[] = [
  ...SAYS_WHAT_IT_REALLY_IS,
  'それだと',
  'それでは',
  '実は',
  'but ',
];

/** Words a parenthesis opens on to say what the statement before it really is, lower case. */
const CORRECTION_ASIDE_OPENINGS: readonly string[] = [
  ...SAYS_WHAT_IT_REALLY_IS,
  'that is ',
  // `HITには血小板輸血（→ 実際は避ける）`: the arrow leads to what is done instead.
  ...ARROWS,
  // `屋外が効くのは遠くを見るから（主因は光の強さと考えられている）` (reading 54 offered the piece,
  // its correction and all, as the misconception): what the cause really is.
  '主因は',
  '本当の原因は',
  'the real cause',
  'the main cause',
  // A rule the writer says is gone (`Usury caps apply to every loan (repealed in 1980)`).
  'repealed',
  'abolished',
  // `outdated-rule`: what held once and holds no longer (`Under FAS the buyer clears export (that
  // was Incoterms 1990; since 2000 the seller does)`: reading 79 keyed the piece, its correction
  // and all, as the misconception, which read as written is true history).
  'that was ',
  'true only ',
  'only true ',
  'used to be',
  'was true ',
  '以前は',
  'かつては',
  '昔は',
];

/**
 * Words a parenthesis ends on to say the statement before it is wrong (`iptablesでIPv6も守れる
 * （ip6tablesは別）`: IPv6 is another tool's), lower case.
 */
const CORRECTION_ASIDE_ENDINGS: readonly string[] = [
  'は別',
  'とは別',
  'は別物',
  'とは別物',
  // What the evidence says instead (`…（原因は光の強さと考えられている）`, reading 54).
  'と考えられている',
  'とされている',
  // A rule the writer says is gone (`純米酒は精米歩合70%以下が条件（2004年に撤廃）`: reading 61 offered
  // the piece, its correction and all, as the key; read as written it is a true piece of history).
  '撤廃',
  '撤廃された',
  '廃止',
  '廃止された',
  // `exception-aside`: what can also happen, against the claim's every time (`中止すれば数日で治る
  // （数週〜数か月かかることもある）`, reading 80 keyed the piece, its correction and all; `Central は
  // 必ず Client（…両方同時に持つこともある）`).
  'こともある',
  'ことがある',
  '場合もある',
  '場合がある',
];

/**
 * `whole-quote`: a piece that is one quotation (`"it works because it removes internal covariate
 * shift"`, `「O型は万能」`) quotes what people say: the claim is the words inside. Kept in its
 * quotes, it was the one option in quotes of its set (reading 36), and a subject cut from its
 * start left the closing quote alone (`Works because … shift"`, reading 37).
 */
function unquotedClaim(piece: string): string {
  return piece.length > 2 && quotationOnly(piece) ? piece.slice(1, -1).trim() : piece;
}

/**
 * `verdict-after-dash`: a dash and a word that judges the claim before it (`"it works because it
 * removes internal covariate shift" — disputed`, `…は逆効果 ― 誤り`) says what the claim is worth,
 * not what it claims (reading 37 asked `… — disputed` as the misconception). The piece without it.
 */
function withoutVerdictAfterDash(piece: string): string {
  const dash = Math.max(piece.lastIndexOf('—'), piece.lastIndexOf('―'), piece.lastIndexOf(' - '));
  // A verdict is a word or two: a longer rest goes on with the claim. (Trimmed by a scan, not a
  // pattern: `[\s.]+$` after a run of spaces not at the end tried every start in the run, and a
  // dash before 200,000 spaces took 54 s.)
  if (dash <= 0 || piece.length - dash > VERDICT_MAX) return piece;
  const after = piece.slice(dash + 1);
  let start = 0;
  while (start < after.length && (after[start] === '-' || isSpace(after[start]))) start++;
  const verdict = trimEndChars(after.slice(start), '.。!！').toLowerCase();
  return VERDICTS.includes(verdict) ? piece.slice(0, dash).trimEnd() : piece;
}

/** The most characters after a dash that may be a verdict (`— a myth.`), spaces included. */
const VERDICT_MAX = 40;

/** What may stand before a verdict in parentheses: the claims it judges (`both`, `どちらも`). */
const VERDICT_SUBJECTS: readonly string[] = [
  'both ',
  'all ',
  '両方とも',
  'どちらも',
  'いずれも',
  '両方',
];

/**
 * `verdict-aside`: a closing parenthesis that only judges the claim (`they reverse memory loss →
 * and are for any stage of dementia (both wrong)`, reading 73's option; `（誤り）`) says what the
 * claim is worth, as a verdict after a dash does ({@link VERDICTS}); it gave the option away.
 */
function isVerdictAside(inside: string): boolean {
  let verdict = trimEndChars(inside, '.。!！)）');
  const subject = VERDICT_SUBJECTS.find((w) => verdict.startsWith(w));
  if (subject) verdict = verdict.slice(subject.length).trimStart();
  return VERDICTS.includes(verdict);
}

/** Words that judge a claim, said after a dash (lower case). */
const VERDICTS: readonly string[] = [
  'disputed',
  'debunked',
  'false',
  'wrong',
  'a myth',
  'myth',
  'not true',
  'untrue',
  'outdated',
  '誤り',
  '間違い',
  '俗説',
  '迷信',
  '不正確',
];

/** Where each parenthesis that is closed closes: open index → close index (one pass, a stack). */
function matchingCloses(text: string): Map<number, number> {
  const closes = new Map<number, number>();
  const open: number[] = [];
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (c === '(' || c === '（') open.push(i);
    else if (c === ')' || c === '）') {
      const at = open.pop();
      if (at !== undefined) closes.set(at, i);
    }
  }
  return closes;
}

/** What separates the misconceptions of a cell (outside brackets and quotes). */
const PIECE_SEPARATORS = '、,，;；';
/** The marks a misconception cell uses to say "wrong". */
const MARK_CHARS = '×✗✕✖❌';
/** A `×` with a Latin letter or digit right before and after it: a product (`3×3`, `n×m`; not `速い×安い`). */
const TIMES_SIGN = /(?<=[A-Za-z0-9])×(?=[A-Za-z0-9])/gu;
/** What stands for a times sign while the marks split a cell (a private-use character). */
const TIMES_STAND_IN = '\uE000';
const MARKS = /[×✗✕✖❌]/gu;
/**
 * What may stand between two marked misconceptions: separators and spaces, a full-width slash
 * (`Cr正常＝腎機能正常 ×／Crクリアランスは…`, reading 41), and a slash before a space (`× / UTF-8
 * には…`), never the slash that opens a path (`/etc/default/grub`). Each step takes one
 * character: no backtracking.
 */
const LEADING_SEPARATORS = /^(?:[\s、,，;；|｜・／]|\/(?=\s))+/u;
/**
 * `correction-after-last-mark`: in a cell whose marks follow their misconceptions, words after
 * the last mark that open on a dash or an arrow (`ETFs are safer/riskier by nature × — risk comes
 * from the holdings, not the wrapper`, `High subcooling always means overcharge ×; → can also be a
 * restriction`) or, after a separator, on an instruction (`Fine for multi-bit buses × (…); use
 * Gray code / handshake / async FIFO`) are its correction, no misconception of their own: the
 * cell reads up to that mark. Reading 57 asked `Use Gray code / handshake / async FIFO` — the
 * notes' remedy — as a misconception. A claim after the last mark is one whose mark the writer
 * left out (`Retain → … ×; Recycle is a good way to wipe volumes`), and stays; so does a cell
 * that opens on its mark (`× 中継、× 変換`).
 */
export function withoutCorrectionAfterLastMark(cell: string): string {
  const first = firstMark(cell);
  if (first < 0 || endsOnMark(cell)) return cell;
  if (cell.slice(0, first).replace(LEADING_SEPARATORS, '').trim() === '') return cell;
  let last = first;
  for (let i = first + 1; i < cell.length; i++) if (MARK_CHARS.includes(cell[i] ?? '')) last = i;
  const after = cell.slice(last + 1, last + 1 + CORRECTION_HEAD);
  const rest = after.replace(LEADING_SEPARATORS, '');
  const opensCorrection =
    CORRECTION_OPENERS.some((o) => rest.startsWith(o)) ||
    (rest.length < after.length && opensOnInstructionVerb(rest));
  return opensCorrection ? cell.slice(0, last + 1) : cell;
}

/** How much after the last mark is read for what opens it. */
const CORRECTION_HEAD = 80;
/** Marks that open a correction after a misconception's × (a dash, an arrow). */
const CORRECTION_OPENERS = ['—', '–', '- ', '→', '⇒', '->'];

/** Where the first mark of the cell stands, or -1. */
function firstMark(cell: string): number {
  for (let i = 0; i < cell.length; i++) if (MARK_CHARS.includes(cell[i] ?? '')) return i;
  return -1;
}

/** True when a text ends on a mark, spaces after it allowed. */
function endsOnMark(text: string): boolean {
  return MARK_CHARS.includes(text.trimEnd().slice(-1) || ' ');
}

/**
 * Reads the rows of a misconception table into concept rows, reporting empty cells and
 * misconceptions identical to the correct understanding (those are dropped, the row kept).
 */
export function readConceptRows(
  table: TableBlock,
  columns: MisconceptionColumns,
  file: string,
): { rows: ConceptRow[]; problems: NotesProblem[] } {
  const rows: ConceptRow[] = [];
  const problems: NotesProblem[] = [];
  table.rows.forEach((cells, index) => {
    const line = table.rowLines[index] ?? table.line;
    const name = stripInline(cells[columns.concept] ?? '');
    const correctMarkdown = cells[columns.correct] ?? '';
    const correct = asCellStatement(
      stripInline(correctMarkdown),
      correctMarkdown,
      columns.language,
    );
    if (!name) {
      problems.push({ file, line, message: 'row has an empty concept cell' });
      return;
    }
    if (!correct) {
      problems.push({
        file,
        line,
        message: `concept "${name}" has an empty correct-understanding cell`,
      });
      return;
    }
    const misconceptions: string[] = [];
    // Their match keys, in order (each cell is keyed once, not once per comparison).
    const kept: string[] = [];
    const correctKey = matchKey(correct);
    // `<br>` in a cell separates misconceptions as `、` does.
    const cell = (cells[columns.misconceptions] ?? '').replace(LINE_BREAK_TAG, '、');
    for (const part of splitMisconceptions(stripInline(cell))) {
      const misconception = asCellStatement(part, cell, columns.language);
      const key = matchKey(misconception);
      if (key === correctKey) {
        problems.push({
          file,
          line,
          message: `concept "${name}": misconception "${misconception}" is identical to the correct understanding`,
        });
      } else if (!kept.includes(key)) {
        misconceptions.push(misconception);
        kept.push(key);
      }
    }
    rows.push({ name, correct, keyPhrases: boldPhrases(correctMarkdown), misconceptions, line });
  });
  return { rows, problems };
}

/**
 * A cell as a statement: an English cell written in lower case (`a majority; any two majorities
 * overlap`) opens on a capital like the notes' sentences do (`A majority; …`), so the options of
 * one question read alike; a cell opening on code (`` `await` suspends…``) is left as it is.
 */
function asCellStatement(text: string, markdown: string, language: 'ja' | 'en'): string {
  const first = text.split(/\s/, 1)[0] ?? '';
  if (first && markdown.includes(`\`${first}`)) return text;
  return asSentenceStart(text, language);
}
