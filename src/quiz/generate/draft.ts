/**
 * A question before it is finished: the key first, options in the notes' words, the facts it
 * asks, and how good the generator thinks it is. {@link finish} gives it its id and shuffles the
 * options with the seed. Pure.
 */

import type { Fact } from '../facts/fact.ts';
import { trailingParenthetical } from '../notes/misconception-bullet.ts';
import { isJapaneseText } from '../review/text-measures.ts';
import { objectMemoTable } from '../text/build-memo.ts';
import { shortId } from '../text/hash.ts';
import { matchKey } from '../text/normalize.ts';
import { shuffled } from '../text/seeded-random.ts';
import { squashSpaces, trimEndChars } from '../text/trim.ts';
import type { Choice, Question, QuestionKind, SourceRef } from '../types.ts';

/** One option of a draft. */
export interface DraftChoice {
  text: string;
  /** True for the key. */
  correct: boolean;
  /** Whether the option's statement is true of what is asked (false for a misconception key). */
  truth: boolean;
  /** Why the option is right or wrong, in the notes' words. */
  why: string | null;
  /** Keys of the facts behind the option. */
  keys: string[];
}

/** What the options are: statements, names (of concepts or table entities) or table values. */
export type OptionKind = 'statement' | 'name' | 'value';

export interface Draft {
  /** The template that wrote it (for reasons and tests). */
  template: string;
  conceptId: string;
  conceptName: string;
  kind: QuestionKind;
  asksFor: 'correct' | 'misconception';
  optionKind: OptionKind;
  prompt: string;
  /** The key first. */
  choices: DraftChoice[];
  section: string | null;
  language: 'ja' | 'en';
  /** Why the key is right (the notes' sentence) and further lines of the notes. */
  why: string | null;
  notes: string[];
  source: SourceRef;
  /** Keys of the knowledge the key tests: two questions sharing one ask the same fact. */
  asks: string[];
  /**
   * The fact a which-concept stem states: its line of the notes explains the key (teach.ts,
   * `stem-line`).
   */
  stem?: Fact;
  /** True when two options are all a fact allows (a yes/no row of a two-column table). */
  binary?: boolean;
  /** Higher is better: the bank prefers better drafts when it has to choose. */
  quality: number;
  /**
   * The word of the key's name that the stem repeats and no other option's name holds
   * (text/stem-clue.ts), or the symbol the concept's summary cell opens on, written in a
   * which-concept stem or opening a correct-about key (text/cell-symbol.ts): asked only for a
   * concept that has no other question.
   */
  stemClue?: string;
  /**
   * A word of a wrong option's name that the stem repeats (`topology` of `Topology spread
   * constraints` under "Keeps pods apart per topology domain"): a lure, fair in a draft of its
   * own, but the bank's cue rebalancing never swaps one in.
   */
  lure?: string;
  /**
   * True when a wrong option is the statement of a sibling the notes do not set against the
   * concept (DNS's `Holds the zone's records` beside `no-cache`): true of something, often off the
   * question's topic at sight, a filler. Asked only to give a concept its two questions where
   * nothing else can (assemble.ts).
   */
  filler?: boolean;
  /**
   * True when the notes give no reason for a which-concept key (teach.ts `keyExplained`: no
   * sentence the stem is drawn from, none beside it, no opening that says more): the bank
   * prefers a stem it can explain (assemble.ts `explained-stems-first`).
   */
  unexplained?: boolean;
  /**
   * True for a question of a table none of whose rows is the concept it is filed under: the
   * table's host (`Numbers worth memorising` under PET's chapter, whose rows are the speed of
   * sound and half-lives). It says nothing of that concept: the concept's own questions come
   * first, fillers included (assemble.ts `hosted-table-last`), and it counts for no concept's
   * coverage.
   */
  hosted?: boolean;
}

/**
 * The key an option carries when it is another concept's statement (`sibling:<concept id>`): it
 * says which concept the statement is about, and is no fact of its own.
 */
const SIBLING_KEY = 'sibling:';

/** The {@link SIBLING_KEY} of concept `id`. */
export function siblingKey(id: string): string {
  return `${SIBLING_KEY}${id}`;
}

/** True for a {@link siblingKey}. */
export function isSiblingKey(key: string): boolean {
  return key.startsWith(SIBLING_KEY);
}

/** The concept an option's statement is about, when it is another concept's ({@link siblingKey}). */
export function siblingOf(keys: readonly string[]): string | undefined {
  return keys.find(isSiblingKey)?.slice(SIBLING_KEY.length);
}

/** The template of "which of these is a misconception" across concepts (misconception-among.ts). */
export const AMONG_TEMPLATE = 'misconception-among';

export const MAX_OPTIONS = 4;
export const MIN_OPTIONS = 3;

/**
 * `added-to-before`: an English statement that ends in `too` / `as well` adds itself to the
 * sentence before it in the notes (`× Servers should mask their frames too`: clients do; `Arrays
 * are covariant too`). Read alone the word points at nothing, and the statement says the same
 * without it (reading 12, websockets-realtime.en and type-systems.en).
 */
const ADDED_TO_BEFORE = [', too', ' too', ' as well'];
/** The statement keeps at least this many words before the word dropped (`Me too` stays). */
const MIN_WORDS_BEFORE_TOO = 3;

function withoutAddedToBefore(text: string): string {
  const lower = text.toLowerCase();
  for (const tail of ADDED_TO_BEFORE) {
    if (!lower.endsWith(tail)) continue;
    const head = text.slice(0, -tail.length);
    return head.split(' ').length >= MIN_WORDS_BEFORE_TOO ? head : text;
  }
  return text;
}

/**
 * `additive-also`: `also` inside an English statement adds it to the sentence before it in the
 * notes (`An attacker can also cut, reorder and replay blocks`: besides what?); read alone it
 * points at nothing, and the statement says the same without it (reading 59 flagged the dangling
 * `also`). `but also` (of `not only`) stays, as do `also called` / `also known` (a second name)
 * and an `also` that opens or ends the text.
 */
/** Words after which `also` says a second name (`is also called the folding frequency`). */
const ALSO_NAMED = new Set(['called', 'known', 'named', 'termed', 'referred']);

function withoutAdditiveAlso(text: string): string {
  if (!text.includes(' also ') || isJapaneseText(text)) return text;
  const words = text.split(' ');
  const kept = words.filter(
    (word, i) =>
      word !== 'also' ||
      i === 0 ||
      i === words.length - 1 ||
      words[i - 1] === '' ||
      words[i + 1] === '' ||
      words[i - 1]?.toLowerCase() === 'but' ||
      ALSO_NAMED.has(words[i + 1] ?? ''),
  );
  return kept.join(' ');
}

/**
 * Trailing full stops are dropped so that no option stands out by its punctuation, and a
 * trailing `too` that points at the notes' sentence before (`added-to-before`), and an `also`
 * inside (`additive-also`).
 */
export function tidyOption(text: string): string {
  return withoutScareQuotes(
    // `CO₂ is less soluble at higher temperature and comes out of solution into the cells;`: an
    // item of a list whose items end on `;` (bread-baking-science.en) ends on its words.
    withoutAdditiveAlso(
      withoutAddedToBefore(
        withoutCitation(withoutCrossReference(trimEndChars(squashSpaces(text), '。．.;；'))),
      ),
    ),
  );
}

/** What follows a quoted word the statement speaks of (`"Constant" is…`, `"Eventually" means…`). */
const MENTION_VERB = /^\s+(?:is|isn't|means|doesn't|does not|refers|here)\b/u;

/**
 * Marks of code a string follows, a space between allowed (`define("x"`, `is="x"`, `[ "a"`); not
 * a colon, which prose puts before a scare quote as well (`A flat namespace: "folders" are key
 * prefixes`).
 */
const CODE_BEFORE_QUOTE = '([{=';
/** Marks of code a string is closed by (`"button" }`, `"x")`). */
const CODE_AFTER_QUOTE = ')]}';

/**
 * True when the quotes at `open` and `close` wrap a string of code: a mark of code before the
 * opening quote, or a letter, a comma or a colon right against it (`define("x","y")`, `is="x"`,
 * `{"a":"b"}`), or a closing bracket after the closing one (`{ extends: "button" }`).
 */
function quotesCode(text: string, open: number, close: number): boolean {
  const touching = text.charAt(open - 1);
  if (touching === ',' || touching === ':' || /\p{L}/u.test(touching)) return true;
  const before =
    text
      .slice(Math.max(0, open - 2), open)
      .trimEnd()
      .at(-1) ?? '';
  if (before !== '' && CODE_BEFORE_QUOTE.includes(before)) return true;
  const after = text
    .slice(close + 1, close + 3)
    .trimStart()
    .charAt(0);
  return after !== '' && CODE_AFTER_QUOTE.includes(after);
}

/** A quoted span of at most this many words is a scare quote (`"just fat"`), not a quotation. */
const SCARE_QUOTE_WORDS = 3;

/**
 * `scare-quotes`: the writer's quotes around a word or three of an English statement (`Butter is
 * "just fat"`, `Heat is "trapped" permanently`) mark it as the belief the notes reject; in an
 * option they single the key out at sight (reading 32). The words stay, the quotes go. A quotation
 * of more words or of anything but words (`1 + "1"`), a quote with a space just inside it
 * (`spaced-quote`: `" hello"`), a text that is all one quotation, a quoted
 * word the statement opens on and speaks of (`word-as-subject`: `"Constant" is over a buffer
 * window`), and unpaired quotes are left as they are.
 * One pass over the text.
 */
export function withoutScareQuotes(text: string): string {
  if (!/["“”]/u.test(text) || isJapaneseText(text)) return text;
  // The quotes to drop, by index into the text (slices of the text, never of a string being built:
  // one pass, whatever its length).
  const dropped: number[] = [];
  let open = -1;
  for (let i = 0; i < text.length; i++) {
    const ch = text[i] as string;
    if (ch !== '"' && ch !== '“' && ch !== '”') continue;
    const opening = ch === '“' || (ch === '"' && open < 0);
    if (opening && open < 0) {
      open = i;
      continue;
    }
    if (ch === '“' || open < 0) return text;
    const quoted = text.slice(open + 1, i);
    const inside = quoted.trim();
    // `spaced-quote`: a space just inside the quotes (`" hello"`) belongs to the string quoted —
    // `"hello"` and `" hello"` are two tokens, and without quotes they read as one (reading 72).
    if (quoted !== inside) return text;
    // Words only: `1 + "1"` quotes a string of code, and says something else without them.
    if (!/^\p{L}[\p{L}\s'’-]*$/u.test(inside) || inside.split(/\s+/u).length > SCARE_QUOTE_WORDS)
      return text;
    // `word-as-subject`: `"Constant" is over a buffer window` speaks of the word, not with it.
    if (text.slice(0, open).trim() === '' && MENTION_VERB.test(text.slice(i + 1, i + 16)))
      return text;
    // `code-quote`: a string of code (`define("fancy-button", …)`, `{ extends: "button" }`,
    // `is="fancy-button"`, reading 76) keeps its quotes.
    if (quotesCode(text, open, i)) return text;
    dropped.push(open, i);
    open = -1;
  }
  const trimmed = text.trim();
  // Unpaired, none, or all one quotation: a quoted name or saying, not a quote inside a statement.
  if (open >= 0 || dropped.length === 0 || (/^["“]/u.test(trimmed) && /["”]$/u.test(trimmed)))
    return text;
  const pieces: string[] = [];
  let from = 0;
  for (const at of dropped) {
    pieces.push(text.slice(from, at));
    from = at + 1;
  }
  pieces.push(text.slice(from));
  return pieces.join('');
}

/**
 * A closing aside that points elsewhere in the notes, each a named rule with an example: it is
 * no part of the statement, and a player cannot follow it (reading 30: `Gives carryover time to
 * finish (see §7)`).
 */
export const CROSS_REFERENCES: readonly { name: string; example: string; aside: RegExp }[] = [
  { name: 'see', example: 'Gives carryover time to finish (see §7)', aside: /^(?:see|cf\.?)\s/iu },
  { name: 'section-mark', example: 'Rests the meat before slicing (→ §8)', aside: /^→?\s*§/u },
  {
    // Reading 80: `…周術期にも使える（→ 10. 悪性症候群の予防で出てくる）`, an arrow to a numbered
    // heading.
    name: 'arrow-to-heading',
    example: '内服できない周術期にも使える（→ 10. 悪性症候群の予防で出てくる）',
    aside: /^→\s*\d+(?:\.\d+)*[.．]\s/u,
  },
  {
    // Reading 80: `生成物が速度式に入ることもある（下の H₂ + Br₂）`: the example below, unseen.
    name: 'below-example',
    example: '生成物が速度式に入ることもある（下の H₂ + Br₂）',
    aside: /^(?:下の|下記の|上記の)/u,
  },
  {
    name: 'sankou',
    example: '余熱で中心温度が上がる（§7参照）',
    // Only a pointer: `§7参照`, `上記参照`, `3章を参照`, `後述` — not a clause that ends on the verb
    // (`…同じアドレスを参照`, the shipped notes' アンバサダー).
    aside:
      /^(?:(?:前述|後述|上述|上記|下記)(?:を?参照)?|(?:§|図|表|第)?\s*[\d.]+\s*(?:章|節|項)?\s*を?参照)$/u,
  },
  {
    // Reading 39: `Without the GIL, two threads run bytecode in parallel (section 2)`, `…の
    // 対策として理解できる（4節）`: the notes' own numbering, with nothing else in the brackets.
    name: 'numbered-part',
    example: 'Two threads can run bytecode in parallel (section 2)',
    aside:
      /^(?:(?:section|sect\.|chapter|rule|step)\s*\d+(?:\.\d+)*|第?\s*\d+(?:\.\d+)*\s*(?:章|節))$/iu,
  },
];

/** The text without a closing {@link CROSS_REFERENCES} aside (only a short one, at its end). */
function withoutCrossReference(text: string): string {
  const closing = trailingParenthetical(text);
  if (
    !closing ||
    closing.before === '' ||
    [...closing.inside].length + 2 > MAX_CROSS_REFERENCE ||
    /[()（）]/u.test(closing.inside) ||
    !CROSS_REFERENCES.some((r) => r.aside.test(closing.inside))
  )
    return text;
  return closing.before;
}

/**
 * `law-citation`: a closing aside that only says where the law has it — each part of it an article
 * of one of these forms, with an example each. The statement holds without it, and beside options
 * that cite nothing it marks one out at sight: reading 45 found the true options of three
 * civil-procedure questions citing their articles and the misconception citing none (`…を認める
 * （246条）` beside `裁判所が相当と考えれば、請求額を超えて認容できる`). The explanation's source
 * still says where the notes have it.
 */
export const LAW_CITATIONS: readonly { name: string; example: string; part: RegExp }[] = [
  {
    name: 'ja-article',
    example: '取引後、遅滞なく重要事実を取締役会に報告（365条2項）',
    part: /^[\p{Script=Han}\p{Script=Katakana}ー]{0,8}第?[0-9０-９]{1,4}条(?:の[0-9０-９]{1,3})?(?:第?[0-9０-９]{1,3}項)?(?:第?[0-9０-９]{1,3}号)?$/u,
  },
  {
    name: 'en-article',
    example: 'Opponent can request a limiting instruction (FRE 105)',
    part: /^(?:FRE|Rule|Art\.|Article|Rest\.(?: 2d)?|§)\s*§?\s*[0-9]{1,4}[0-9A-Za-z().]{0,10}$/u,
  },
];

/** Parts of a citation aside: `14条・13条2項`, `FRE 803(1), 803(2)`. */
const CITATION_SEPARATOR = /[・、，,]\s*/u;

/** The text without a closing {@link LAW_CITATIONS} aside (only a short one, at its end). */
function withoutCitation(text: string): string {
  const closing = trailingParenthetical(text);
  if (!closing || closing.before === '' || [...closing.inside].length > MAX_CROSS_REFERENCE)
    return text;
  const parts = closing.inside.split(CITATION_SEPARATOR);
  const cites = (part: string): boolean => LAW_CITATIONS.some((r) => r.part.test(part.trim()));
  return parts.every(cites) ? closing.before : text;
}

/** The longest aside read as a cross-reference, in characters with its brackets. */
const MAX_CROSS_REFERENCE = 40;

/**
 * The position of the first item that repeats a fact key of an item before it, or -1: `キュー待機`
 * and `キューに入れて後で処理` are one misconception written twice. Plain loops, no set: a question
 * has four options at most, and the option search asks this of every set it tries.
 */
export function repeatedFactAt<T>(
  items: readonly T[],
  keysOf: (item: T) => readonly string[],
): number {
  for (let i = 1; i < items.length; i++) {
    const mine = keysOf(items[i] as T);
    for (let j = 0; j < i; j++) {
      const theirs = keysOf(items[j] as T);
      for (const key of mine) if (theirs.includes(key)) return i;
    }
  }
  return -1;
}

/** The set of an option list, order-free: two questions with one set share their options. */
export function optionSetKey(texts: readonly string[]): string {
  return setKeyOfMatchKeys(texts.map((t) => matchKey(t)));
}

/** {@link optionSetKey} from the options' match keys (the array is sorted in place). */
export function setKeyOfMatchKeys(keys: string[]): string {
  // An insertion sort: the order of `sort()` (by UTF-16 code units) without its scratch arrays
  // (a bank build makes tens of thousands of these keys, of four options at most).
  for (let i = 1; i < keys.length; i++) {
    const key = keys[i] as string;
    let j = i - 1;
    for (; j >= 0 && (keys[j] as string) > key; j--) keys[j + 1] = keys[j] as string;
    keys[j + 1] = key;
  }
  return keys.join('\u0001');
}

/** The options with the key moved to `keyAt` (the others keep their shuffled order). */
function placeKey(choices: Choice[], keyAt: number | undefined): Choice[] {
  if (keyAt === undefined) return choices;
  const key = choices.find((c) => c.correct);
  if (!key) return choices;
  const others = choices.filter((c) => c !== key);
  const at = Math.max(0, Math.min(keyAt, others.length));
  return [...others.slice(0, at), key, ...others.slice(at)];
}

/**
 * What a question's id is made of: its kind, concept, prompt and key, as match keys. Kept per
 * draft (a draft is finished to be reviewed, then again into the bank): it depends only on those
 * fields, which no one changes once a draft is made.
 */
function contentOf(draft: Draft, choices: readonly Choice[]): string {
  let content = contents().get(draft);
  if (content === undefined) {
    content = [
      draft.kind,
      draft.conceptName,
      draft.prompt,
      ...choices.filter((c) => c.correct).map((c) => c.text),
    ]
      .map(matchKey)
      .join('\u0001');
    contents().set(draft, content);
  }
  return content;
}

const contents = objectMemoTable<Draft, string>();

/**
 * The finished question. Its id comes from what the question asks — kind, concept, prompt and
 * key — and not from its distractors, so a question whose wrong options are picked again after an
 * edit elsewhere in the notes keeps its id (and with it its flags and its void). `salt` changes
 * the id only; the bank uses it when two different questions would share one id.
 */
export function finish(draft: Draft, seed: string, salt = 0, keyAt?: number): Question {
  const choices: Choice[] = draft.choices.map((c) => ({
    text: tidyOption(c.text),
    correct: c.correct,
    why: c.why,
  }));
  const id = shortId(`question:${contentOf(draft, choices)}`, 8, salt);
  const ordered = placeKey(shuffled(choices, `${seed}:${id}`), keyAt);
  const key = ordered.find((c) => c.correct);
  const question: Question = {
    id,
    conceptId: draft.conceptId,
    conceptName: draft.conceptName,
    kind: draft.kind,
    asksFor: draft.asksFor,
    prompt: draft.prompt,
    choices: ordered,
    explanation: {
      why: draft.why && key && matchKey(draft.why) !== matchKey(key.text) ? draft.why : null,
      notes: draft.notes.filter((n) => matchKey(n) !== matchKey(key?.text ?? '')),
      source: draft.source,
    },
    section: draft.section,
    language: draft.language,
  };
  // Set after the literal, in the same order, not spread into it: a spread takes V8's slow path
  // of an object clone, and a build finishes every draft it reviews and keeps.
  if (draft.filler || draft.stemClue !== undefined || draft.hosted) question.filler = true;
  if (draft.template === AMONG_TEMPLATE) question.across = true;
  if (ownWrongsOnly(draft)) question.ownWrongs = true;
  return question;
}

/**
 * True for a "which is correct about X" draft none of whose wrong options is a sibling's statement
 * ({@link siblingOf}): all are X's own wrong statements ({@link Question.ownWrongs}).
 */
function ownWrongsOnly(draft: Draft): boolean {
  return (
    draft.template === 'correct-about' &&
    draft.choices.every((c) => c.correct || siblingOf(c.keys) === undefined)
  );
}
