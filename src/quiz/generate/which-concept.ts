/**
 * *Which concept is this*: a statement or an example from X's notes → X's name, among siblings
 * the notes set apart from X (a pair gets a third sibling from the same heading). A sibling is an
 * option only where its own notes do not say the statement, and a statement that the siblings'
 * shared heading says of all of them (`補助機能を追加` for the container patterns) is not asked.
 * A denied ポイント / Point line is a stem too, asked whole ({@link stemOf}); a sibling the concept
 * is defined through (a part, a kind of it: {@link definedThrough}) is never an option. Pure.
 */

import { MAX_OPTION_CHARS } from '../facts/concept-facts.ts';
import type { Fact } from '../facts/fact.ts';
import { DESCRIBING_SOURCES, usable } from '../facts/fact.ts';
import { kinship, otherKind, otherKindSet } from '../facts/kind-groups.ts';
import { isTopicOf, mentions, othersNamed } from '../facts/mentions.ts';
import { spokenNames } from '../facts/shared-section.ts';
import type { Sibling } from '../facts/siblings.ts';
import { withoutParenthesis } from '../facts/table-facts.ts';
import { splitSentences } from '../facts/true-statements.ts';
import { comparisonParts } from '../notes/heading-match.ts';
import { objectMemoTable } from '../text/build-memo.ts';
import { cellSymbol, writesSymbol } from '../text/cell-symbol.ts';
import { codePointLength } from '../text/code-points.ts';
import { contextRule, leansFirstBy } from '../text/context-words.ts';
import { contrastedInStem, mayContrast } from '../text/contrasted-name.ts';
import { formOf, withoutTopic } from '../text/forms.ts';
import { opensOnObjectOfCondition } from '../text/name-subject.ts';
import { matchKey } from '../text/normalize.ts';
import { onlyDenies } from '../text/only-denies.ts';
import {
  clueAmong,
  expansionOf,
  type RepeatedWord,
  repeatedWords,
  stemNameClue,
} from '../text/stem-clue.ts';
import { withCapitalStart } from '../text/variable-word.ts';
import type { Concept } from '../types.ts';
import { type Chosen, chooseOptions } from './choose-options.ts';
import type { GenerationContext, Subject } from './context.ts';
import { namesOf } from './context.ts';
import { type Draft, type DraftChoice, tidyOption } from './draft.ts';
import {
  contrastFitsNot,
  deniesMisconceptionOf,
  genericFor,
  isGenusOfHeading,
  isNonExclusive,
  propertyImplies,
  rowIncludes,
  saidIn,
  saysMark,
  sharesSaidCell,
  sharesSaidCellWithPeer,
  statementFitsNot,
} from './fit.ts';
import { isLargeNotes } from './large-notes.ts';
import { commonWords, conceptWords, factWords, topicWords } from './topic-words.ts';

/**
 * How a stem's source ranks. `summary-over-sentence`: readers of unseen notes judged 32 % of
 * which-concept questions sound whose stem is the concept's summary cell, 24 % of those on its
 * section's first sentence and 17 % of those on another sentence of its section (lifted out of
 * context, fitting several concepts: 42 % of them were judged to have a second answer or a bad
 * stem; readings 1–16). A summary cell ranks below a first sentence, above any other sentence.
 */
const STATEMENT_QUALITY: Partial<Record<Fact['source'], number>> = {
  example: 1.25,
  intro: 1.1,
  definition: 1.1,
  feature: 1,
  point: 1,
  sentence: 0.8,
  summary: 1.0,
  'point-correction': 0.6,
};

/**
 * `sentence-stem-last`: a stem on a sentence of the section other than its first is a filler
 * (asked only where the concept has no other second question): readers of readings 1–17 judged
 * 16 % of such questions sound, against 27 % on a summary cell and 24 % on a first sentence — a
 * sentence lifted from its paragraph often fits a sibling too, or leans on the lines around it.
 * On the 84 read notes, 148 of them gave way (judged sound 17 % of the time) to 122 questions
 * of other kinds, two-question coverage unchanged.
 */
const SENTENCE_STEM_LAST: ReadonlySet<Fact['source']> = new Set(['sentence']);

/**
 * What a statement says as a stem. A denied point is asked whole: `It protects the server from
 * overload, not from failing dependencies` (Rate limiter) — its correction alone (`…from
 * overload`) fits Circuit breaker too (it reduces the load on a failing service); the contrast
 * the notes draw is what tells the concept from its siblings.
 */
export function stemOf(statement: Fact): string {
  return statement.source === 'point-correction' && statement.why ? statement.why : statement.text;
}
const MAX_STATEMENTS = 5;
/**
 * A statement is the stem here, not an option, so it may be longer than an option (still one
 * read) — but a short one reads better: long ones are asked only for a concept whose short
 * statements gave fewer than {@link LONG_STEMS_BELOW} questions.
 */
const MAX_STEM_CHARS = 2 * MAX_OPTION_CHARS;
const LONG_STEMS_BELOW = 2;
/** How much a long stem lowers a draft's quality (a short stem on another fact comes first). */
const LONG_COST = 0.4;
/** Marks an option drawn from a neighbouring row of the summary table (one key per row: a mark,
 * not a fact, so two such options may stand together). */
const WEAK = 'weak-option';
const WEAK_COST = 0.3;
const MAX_SIBLINGS = 5;

/** An option of a which-concept question: a sibling concept or a table peer. */
interface NameOption {
  name: string;
  fitsNot: (statement: string) => boolean;
  why: string;
  keys: string[];
  /** The content words of what the notes say of it (its name, summary cell and facts). */
  words: () => ReadonlySet<string>;
  /**
   * `why-on-the-stem's-topic`: why the option does not fit a description with these uncommon
   * content words ({@link topicalWords}) — the sibling's own statement that speaks of the most of them (`整流子とブラシで機械的に転流`
   * for `転流を電子回路で行う`), else {@link why}.
   */
  whyFor?: (topical: readonly string[]) => string;
  /**
   * True for a table peer (a row of the table the concept is a row of: one kind by the table's
   * column) and for a sibling the notes set against the concept in words. Not for a sibling
   * that merely shares a heading with it: `Backpressure` and `Scaling out` under "Production
   * concerns" are no names a reader confuses (readers of unseen notes, 2026-12-03).
   */
  close: boolean;
  /**
   * `other-kind`: true when the notes' layout sets the option in another kind than the concept
   * (kind-groups.ts): both are in groups of one kind and share none (`書き込み増幅`, a measure, among
   * the structures B+木 and LSMツリー), or the concept is in one and the option, in none, is no
   * sibling the notes set against it (`Pod IP` among Service types). A player rules it out by
   * its kind at sight: a set with one is a filler ({@link Draft.filler}).
   */
  otherKind: boolean;
  /** How closely the notes set the option in the concept's kind ({@link kinship}); 0 for none. */
  kinship: number;
}

/**
 * `same-topic-first`: the wrong names whose notes share the most words with the description come
 * first, in their order otherwise. A name the description's topic does not touch is the one a
 * player rules out by category alone (a data structure among properties, the one retry technique
 * among limiters); one whose notes speak of the same things (`Counting Bloom filter` for a filter
 * that `supports deletion`) is the sibling a reader must tell apart. None of them fits the
 * description (`fitsNot` is read before).
 */
function byTopic(options: readonly NameOption[], stem: string): NameOption[] {
  const said = topicWords(stem);
  if (said.size === 0) return [...options];
  const scored = options.map((o, i) => ({ o, i, s: sharedCount(said, o.words()) }));
  scored.sort((a, b) => b.s - a.s || a.i - b.i);
  return scored.map((x) => x.o);
}

/** The options nearest the concept's kind first ({@link kinship}), in their order otherwise. */
function byKinship(options: readonly NameOption[]): NameOption[] {
  return options
    .map((o, i) => ({ o, i }))
    .sort((a, b) => b.o.kinship - a.o.kinship || a.i - b.i)
    .map((x) => x.o);
}

/** A row of the concept's own table: of its kind as one heading makes it ({@link kinship}). */
const PEER_KINSHIP = 2;

/**
 * `off-topic-name`: the names of the options that are neither a table peer nor a sibling the notes
 * set against the concept, and whose notes share no word of content with the description. A
 * player rules such a name out by its kind alone (`ルートサーバー` for `他レコードと共存不可、apexに
 * 置けない`, a server among record types): a set with one is a filler ({@link Draft.filler}),
 * asked only where the concept has no other second question. Empty when the description has no
 * word of content to compare.
 */
function offTopicNames(options: readonly NameOption[], stem: string): Set<string> {
  const said = topicWords(stem);
  const out = new Set<string>();
  if (said.size === 0) return out;
  for (const o of options) if (!o.close && sharedCount(said, o.words()) === 0) out.add(o.name);
  return out;
}

/** How many of the description's words the notes of an option say too. */
function sharedCount(said: ReadonlySet<string>, words: ReadonlySet<string>): number {
  let n = 0;
  for (const w of said) if (words.has(w)) n++;
  return n;
}

/**
 * True when either concept's section opens by naming the other: one is defined through the
 * other (a part, a kind, a relaxation of it), so the other is a defensible answer to a statement
 * about it. `Opening a TCP connection takes three segments` (Three-way handshake): TCP is no
 * option for "the client can send data right after its ACK", nor Three-way handshake for "used
 * by HTTP/1.1, HTTP/2, SSH" (TCP). Likewise CORS / Same-origin policy (`relax the same-origin
 * policy`), 第3正規形 / 第2正規形 (`第2正規形で、かつ…`).
 */
export function definedThrough(ctx: GenerationContext, a: Concept, b: Concept): boolean {
  return opensOn(ctx, a, b) || opensOn(ctx, b, a);
}

/**
 * True when `x`'s section opens by naming `y` ({@link definedThrough}). A function of its own, not
 * a closure made per pair: asked of every concept and each of its siblings, and under tsx each
 * named closure made costs a `name` property written (esbuild's keepNames).
 */
function opensOn(ctx: GenerationContext, x: Concept, y: Concept): boolean {
  const language = ctx.doc.language;
  for (const t of ctx.facts.get(x.id)?.trues ?? [])
    if (
      t.source === 'intro' &&
      namesWithin(t.text, y, language) &&
      !(language === 'ja' && onlyAsArgument(t.text, y))
    )
      return true;
  return false;
}

/**
 * Particles after which a name is what a verb acts on or about (`帰無仮説が正しいと仮定したとき`,
 * `帰無仮説を棄却する`), not what the concept is a kind or a part of (`第2正規形で、かつ…`).
 */
const ARGUMENT_PARTICLES = ['が', 'を', 'に'];

/**
 * True when every mention of `concept` in a Japanese first sentence is a verb's argument: the
 * sentence uses the concept, it does not define one through the other. p値 (`帰無仮説が正しいと仮定
 * したとき、…確率`), 有意水準 and 第一種の過誤 all open on 帰無仮説 this way, and each is a sound
 * wrong option for a statement about 帰無仮説.
 */
function onlyAsArgument(text: string, concept: Concept): boolean {
  const plain = text.normalize('NFKC');
  let seen = false;
  for (const name of namesOf(concept)) {
    const key = name.normalize('NFKC');
    if (!key) continue;
    for (let at = plain.indexOf(key); at >= 0; at = plain.indexOf(key, at + key.length)) {
      seen = true;
      if (!ARGUMENT_PARTICLES.includes(plain[at + key.length] ?? '')) return false;
    }
  }
  return seen;
}

/** Whether `text` names the concept: a whole word in English (`Term` is not in `deterministic`). */
export function namesWithin(text: string, concept: Concept, language: 'ja' | 'en'): boolean {
  if (language === 'ja') return mentions(text, concept);
  const lower = text.toLowerCase();
  const letter = (c: string | undefined): boolean => c !== undefined && /[a-z0-9]/.test(c);
  return namesOf(concept).some((name) => {
    const n = name.toLowerCase();
    if (!n) return false;
    for (let at = lower.indexOf(n); at >= 0; at = lower.indexOf(n, at + 1)) {
      const end = at + n.length;
      // A plural (`spans`) names it too.
      const next = lower[end] === 's' ? lower[end + 1] : lower[end];
      if (!letter(lower[at - 1]) && !letter(next)) return true;
    }
    return false;
  });
}

/**
 * `pronoun-for-answer`: a summary cell that calls its concept `it` / `them` (`Removing them
 * shrinks the index` of Stop words) reads well beside the concept's name, but as a description of
 * an unnamed concept its pronoun stands for the answer: no stem (other sentences already lean on
 * nothing, true-statements.ts).
 */
function pronounForAnswer(fact: Fact, language: 'ja' | 'en'): boolean {
  return fact.source === 'summary' && leansFirstBy(fact.text, language, 'bare-pronoun');
}

/**
 * The names a question about the subject may offer besides its own, closest first; `wide`: the
 * summary table's farther rows too, even where the near siblings are enough in number.
 */
function nameOptions(ctx: GenerationContext, subject: Subject, wide = false): NameOption[] {
  const concept = subject.concept;
  const usableSibling = (s: Sibling): boolean =>
    !comparisonParts(s.concept.name) &&
    !definedThrough(ctx, concept, s.concept) &&
    // Whatever has the sibling's property has the concept's: the description fits it too.
    !propertyImplies(ctx, s.concept, concept) &&
    // A sibling that names what every concept under their heading is fits them all.
    !isGenusOfHeading(ctx, s.concept, concept) &&
    // A sibling whose row of marks says yes wherever the concept's does has its every property.
    !rowIncludes(ctx, s.concept, concept);
  const near = subject.siblings.filter(usableSibling);
  const farther = near.length >= MIN_NAME_OPTIONS && !wide ? [] : fartherRows(ctx, subject);
  const siblings = [...near, ...farther.filter(usableSibling)]
    .slice(0, MAX_SIBLINGS)
    .map((s): NameOption => {
      // Written out, not spread into the literal (the slow path of an object clone).
      const { why, keys } = siblingOption(ctx, s);
      // Its functions as methods: under tsx an arrow in a property is given its `name` at each
      // literal made (esbuild's keepNames), and a 5,000-row table makes 20,000 of them.
      return {
        name: s.concept.name,
        fitsNot(text) {
          return (
            (s.contrasted
              ? contrastFitsNot(ctx, text, s.concept)
              : statementFitsNot(ctx, text, s.concept)) &&
            !genericFor(ctx, text, [concept, s.concept]) &&
            !sharesSaidCell(ctx, text, concept, s.concept) &&
            !deniesMisconceptionOf(ctx, text, s.concept)
          );
        },
        why,
        keys,
        whyFor(topical) {
          return topicalWhy(ctx, s.concept, topical) ?? siblingOption(ctx, s).why;
        },
        words() {
          return conceptWords(ctx, s.concept);
        },
        close: s.contrasted,
        otherKind: otherKind(ctx.kindGroups, concept.id, s.concept.id, s.contrasted),
        kinship: kinship(ctx.kindGroups, concept.id, s.concept.id),
      };
    });
  // `same-thing-twice`: a table's column that names a concept in other words (`ネステッドループ`
  // beside the concept `ネステッドループ結合`) is that concept: offered beside it, two options name
  // one thing.
  const conceptKeys = conceptKeysOf(ctx);
  const namesAConcept = (name: string): boolean => {
    const key = matchKey(name);
    return key.length >= 2 && [...KIND_HEADS].some((head) => conceptKeys.has(`${key}${head}`));
  };
  const peers = subject.peers
    .filter((p) => !p.thin && !namesAConcept(p.name))
    .map((p): NameOption => {
      const lines = p.corpus.split('\n');
      return {
        name: p.name,
        // `Cannot be caught, blocked or ignored` (SIGKILL) fits SIGSTOP too, whose row of the
        // signals table says `Can be caught: no`.
        // A row that is no concept has no denial to tell it apart from what another may do.
        fitsNot: (text) =>
          !isNonExclusive(text) &&
          !saidIn(withoutParenthesis(text), lines) &&
          !p.noLabels.some((label) => saysMark(text, label, 'no')) &&
          !sharesSaidCellWithPeer(ctx, text, concept, p.name),
        why: p.why,
        keys: [],
        words: () => topicWords(`${p.name}\n${p.corpus}`),
        close: true,
        // A row of the concept's own table is of its kind, whatever groups it is in.
        otherKind: false,
        kinship: PEER_KINSHIP,
      };
    });
  return [...peers, ...siblings];
}

/**
 * The description's content words (`said`) that are not {@link commonWords} of the notes, in
 * order: what {@link topicalWhy} compares each option's statements by. Read once per description,
 * not once per option beside it.
 */
function topicalWords(ctx: GenerationContext, said: ReadonlySet<string>): string[] {
  if (said.size === 0) return [];
  const common = commonWords(ctx);
  return [...said].filter((w) => !common.has(w));
}

/**
 * `why-on-the-stem's-topic`: the statement of `concept` that says the most of the description's
 * uncommon content words (`topical`, {@link topicalWords}), shorter than its whole summary cell
 * and no longer than a stem, as the reason it is no answer (`ブラシ付きDCモータは「整流子とブラシで
 * 機械的に転流」` beside a description of electronic commutation) — not its whole cell, most of
 * which speaks of other things. Null when no such statement shares two uncommon words with the
 * description (the cell is then the reason). Each statement's words are read once per build.
 */
function topicalWhy(
  ctx: GenerationContext,
  concept: Concept,
  topical: readonly string[],
): string | null {
  if (topical.length === 0) return null;
  const cell = codePointLength(concept.correct);
  let best: { text: string; shared: number } | null = null;
  for (const fact of usable(ctx.facts.get(concept.id)?.trues ?? [])) {
    // What says what the concept is: not a × line's correction, an example or a limitation.
    if (!DESCRIBING_SOURCES.has(fact.source)) continue;
    const length = codePointLength(fact.text);
    if (length >= cell || length > MAX_STEM_CHARS) continue;
    const words = factWords(fact);
    const shared = topical.filter((w) => words.has(w)).length;
    if (shared >= MIN_WHY_SHARED && (!best || shared > best.shared))
      best = { text: fact.text, shared };
  }
  return best ? ctx.wording.conceptIs(concept.name, best.text) : null;
}

/** Words a wrong option's own statement shares with the description to be its reason. */
const MIN_WHY_SHARED = 2;

/**
 * A sibling's why and keys as a name option: one why and one list of keys per sibling, whichever
 * concept it stands beside (a row of a 5,000-row table is offered beside its four neighbours; one
 * string, not five copies, is then reviewed and looked up in the memos).
 */
function siblingOption(ctx: GenerationContext, s: Sibling): Pick<NameOption, 'why' | 'keys'> {
  const memo = siblingOptions();
  let parts = memo.get(s.concept);
  if (!parts) {
    const strong = `S:${s.concept.id}`;
    parts = {
      why: ctx.wording.conceptIs(s.concept.name, s.concept.correct),
      keys: [strong],
      // A neighbouring row of the summary is a weaker option (less likely to be confused).
      weakKeys: [strong, `${WEAK}:${s.concept.id}`],
    };
    memo.set(s.concept, parts);
  }
  return { why: parts.why, keys: s.relation === 'neighbouring-row' ? parts.weakKeys : parts.keys };
}

const siblingOptions = objectMemoTable<
  Concept,
  { why: string; keys: string[]; weakKeys: string[] }
>();

/**
 * Head nouns a concept's name may add to a table column's name for the same thing (`ネステッドループ`
 * → `ネステッドループ結合`, `ハッシュ` → `ハッシュインデックス`, `commit` → `Commit object`).
 */
const KIND_HEADS: ReadonlySet<string> = new Set(
  [
    '結合',
    'インデックス',
    '索引',
    '方式',
    'アルゴリズム',
    'join',
    'index',
    'object',
    'algorithm',
  ].map(matchKey),
);

/** The match keys of the document's concept names, read once per document. */
function conceptKeysOf(ctx: GenerationContext): ReadonlySet<string> {
  const memo = conceptKeySets();
  let keys = memo.get(ctx);
  if (!keys) {
    keys = new Set(ctx.doc.concepts.map((c) => matchKey(c.name)));
    memo.set(ctx, keys);
  }
  return keys;
}

const conceptKeySets = objectMemoTable<GenerationContext, Set<string>>();

/** A lead sentence shorter than this says too little to tell the concept from its siblings. */
const MIN_LEAD_CHARS = 8;

/**
 * `name-free-lead`: a statement of several sentences whose later one names the concept (`読み取りの
 * ためのロック。他のトランザクションも共有ロックなら同時に取れる`, `Names a provisioner + parameters;
 * lets PVs be created on demand. storageClassName: "" opts out…`) is asked by its first sentence,
 * where that one names it not and reads alone; the key's why is then the notes' whole line (teach.ts
 * `stem-line`). Null when there is no such lead. Over the 390 read notes, 15 more which-concept
 * questions that are no filler; 共有ロック (test/fixtures/notes/transactions.ja.md) had no other
 * second question.
 */
function nameFreeLead(
  text: string,
  concept: Concept,
  all: readonly Concept[],
  language: 'ja' | 'en',
): string | null {
  const sentences = splitSentences(text, language);
  const lead = sentences[0];
  if (sentences.length < 2 || lead === undefined) return null;
  if (codePointLength(lead) < MIN_LEAD_CHARS || mentions(lead, concept)) return null;
  // A lead that names another concept is said of that one (`『中身を隠したい』ならESP一択` in AH's
  // line: keyed AH, it describes ESP).
  if (othersNamed(lead, concept, all).length > 0) return null;
  // `Key point: …`, `例：` or a lead that points back (`This is why…`) is no description alone.
  if (contextRule(lead, language) !== null || lead.endsWith(':') || lead.endsWith('：'))
    return null;
  return lead;
}

/** Marks a stem opens on when its subject, the concept's name, stood before them (`Vega = ∂V/∂σ`). */
const EQUATION_OPENINGS: readonly string[] = ['=', '＝', '≈', '≒'];

/**
 * `complement-of-the-name`: `The weak layer is what fails; the slab is what hurts you` without its
 * subject opens on `what fails`, the complement of the `is` it dropped, a piece of a sentence
 * (reading 81). Lower case, with the space after the word.
 */
const WH_COMPLEMENT_OPENINGS: readonly string[] = ['what ', 'where ', 'who ', 'when ', 'why '];

/** True when `text` opens on a {@link WH_COMPLEMENT_OPENINGS} word that `statement` did not open on. */
function opensOnDroppedComplement(text: string, statement: string): boolean {
  const head = text.slice(0, 6).toLowerCase();
  const opening = WH_COMPLEMENT_OPENINGS.find((w) => head.startsWith(w));
  return opening !== undefined && !statement.slice(0, 6).toLowerCase().startsWith(opening);
}

/** A which-concept question offers the key and at least this many other names. */
const MIN_NAME_OPTIONS = 2;

/**
 * `farther-rows`: when the concept's near siblings are all defined through it or it through them
 * (SLO: `A target for an SLI…`; Error budget: `The failures an SLO allows…`), further rows of the
 * summary table, nearest first, are weak options: names a reader of the notes tells apart.
 */
function fartherRows(ctx: GenerationContext, subject: Subject): Sibling[] {
  const rows = ctx.doc.concepts;
  const at = rowOf(ctx, subject.concept.id);
  const known = new Set([subject.concept.id, ...subject.siblings.map((s) => s.concept.id)]);
  const out: Sibling[] = [];
  for (let d = 1; d < rows.length && out.length < MAX_SIBLINGS; d++)
    for (const c of [rows[at - d], rows[at + d]])
      if (c && !known.has(c.id) && !isKindOf(ctx, c, subject.concept))
        out.push({ concept: c, relation: 'neighbouring-row', contrasted: false });
  return out;
}

const rowIndexes = new WeakMap<GenerationContext, Map<string, number>>();

/**
 * The position of the concept's row among the document's concepts (the first with the id, as
 * `findIndex` gives; -1 for none), from a map built once per context: a scan per concept grew
 * with the square of a big table.
 */
function rowOf(ctx: GenerationContext, id: string): number {
  let rows = rowIndexes.get(ctx);
  if (!rows) {
    const found = new Map<string, number>();
    ctx.doc.concepts.forEach((c, i) => {
      if (!found.has(c.id)) found.set(c.id, i);
    });
    rows = found;
    rowIndexes.set(ctx, rows);
  }
  return rows.get(id) ?? -1;
}

/** True when one of the two is a kind of the other (they are never set against each other). */
function isKindOf(ctx: GenerationContext, a: Concept, b: Concept): boolean {
  const parents = ctx.kindParent;
  return parents.get(a.id)?.id === b.id || parents.get(b.id)?.id === a.id;
}

/** True when the statement's subject is a sibling or a table peer, not the concept. */
function aboutOther(subject: Subject, text: string, language: 'ja' | 'en'): boolean {
  // A sibling by its aside too (`3NFは…を求める` under BCNF names 第3正規形（3NF））.
  const names = [
    ...subject.peers.map((p) => p.name),
    ...subject.siblings.flatMap((s) => spokenNames(s.concept)),
  ];
  return names.some((name) => isTopicOf(text, name, language));
}

/**
 * `ends-on-another`: a description whose last words are another concept's name says what to use
 * that one for (`要件が『3行ちょうど』なら ROW_NUMBER`, from RANK's section): it is a fact of
 * the other concept, or of the choice between the two, and keyed to this one it reads as false.
 * The name as written: a common noun that ends a sentence (`the same traces`) is no name.
 */
/** What may follow a name at a description's end (a scan from the end, no pattern). */
const TRAILING: ReadonlySet<string> = new Set([...' \t\n。.、,」』”)）']);

function endsOnAnother(text: string, concept: Concept, all: readonly Concept[]): boolean {
  // As written, case and all: `…keeps or drops the same traces` ends on a word, not on `Traces`.
  let cut = text.length;
  while (cut > 0 && TRAILING.has(text.charAt(cut - 1))) cut--;
  const end = text.slice(0, cut);
  if (endsOnShortName(end, concept, all)) return true;
  const others = othersNamed(text, concept, all);
  if (others.length === 0) return false;
  return others.some((o) => [o.name, ...o.aliases].some((n) => n !== '' && end.endsWith(n)));
}

/**
 * Kind words a name may end on and be called without (`Maillard reaction` → `Maillard`,
 * `Doppler effect` → `Doppler`): `short-name-at-end`.
 */
const DROPPABLE_HEADS: ReadonlySet<string> = new Set([
  'reaction',
  'effect',
  'rule',
  'law',
  'principle',
  'process',
  'method',
  'algorithm',
  'equation',
  'theorem',
  'test',
  'pattern',
]);

/** Each document's concepts by the short name of theirs (`Maillard` → Maillard reaction). */
const shortNameIndexes = new WeakMap<readonly Concept[], Map<string, string[]>>();

function shortNameIndex(all: readonly Concept[]): Map<string, string[]> {
  let index = shortNameIndexes.get(all);
  if (!index) {
    index = new Map();
    for (const c of all) {
      const words = c.name.trim().split(/\s+/u);
      const head = (words.at(-1) ?? '').toLowerCase();
      if (words.length < 2 || !DROPPABLE_HEADS.has(head)) continue;
      const short = words.slice(0, -1).join(' ');
      // A short name of one common lower-case word (`Back reaction` → `Back`) is no name.
      if (short.length < 4 || !/^[A-Z0-9]/u.test(short)) continue;
      index.set(short, [...(index.get(short) ?? []), c.id]);
    }
    shortNameIndexes.set(all, index);
  }
  return index;
}

/**
 * `short-name-at-end`: a stem that ends on another concept's name without its kind word
 * (`…so a plain steak's crust is essentially Maillard`, from Caramelisation's section, reading
 * 30: keyed to Caramelisation, the stem said Maillard reaction). Read on the end's last one to
 * three words only.
 */
function endsOnShortName(end: string, concept: Concept, all: readonly Concept[]): boolean {
  const index = shortNameIndex(all);
  if (index.size === 0) return false;
  const words = end.slice(-80).split(/\s+/u);
  for (let n = 1; n <= 3 && n <= words.length; n++) {
    const ids = index.get(words.slice(-n).join(' '));
    if (ids?.some((id) => id !== concept.id)) return true;
  }
  return false;
}

/**
 * The name options that do not fit the stem, best first. A denied point's stem is judged by what
 * it asserts (`Protects the server from overload`), not by the half it denies: a sibling whose
 * notes say the denied half (`…a failing dependency…`: Circuit breaker, Bulkhead) is the very
 * confusion the notes warn of, so it comes first. A sibling whose name the stem repeats is none.
 */
function nameOptionsFor(
  subject: Subject,
  statement: Fact,
  stem: string,
  options: readonly NameOption[],
  language: 'ja' | 'en',
): NameOption[] {
  if (statement.source !== 'point-correction') return options.filter((o) => o.fitsNot(stem));
  const names = namesOf(subject.concept);
  const asserted = tidyOption(withoutTopic(statement.text, names, language));
  // A point draws its contrast with words of its own subject: a sibling whose name the stem
  // repeats is what it talks about (`Page on symptoms users feel (SLO burn)`: Burn rate).
  const fitting = options.filter(
    (o) => o.fitsNot(asserted) && stemNameClue(stem, o.name, []) === null,
  );
  const denied = subject.facts.falses.find(
    (f) => f.source === 'denied-point' && f.evidence.line === statement.evidence.line,
  );
  if (!denied) return fitting;
  const deniedText = tidyOption(withoutTopic(denied.text, names, language));
  const says = (o: NameOption): boolean => !o.fitsNot(deniedText);
  return [...fitting.filter(says), ...fitting.filter((o) => !says(o))];
}

/**
 * `farther-rows-retry`: a concept whose near siblings made no set with any of its statements (the
 * first concept of db-connection-pooling.en, `Connection pool`, beside the two others of its
 * chapter: every set failed, and it got no question at all) is asked again among the summary
 * table's farther rows as well. Such drafts are fillers ({@link Draft.filler}): asked only where
 * the concept has nothing else. Not in large notes, whose rows are too many to be kin.
 */
export function whichConceptDrafts(ctx: GenerationContext, subject: Subject): Chosen {
  const found = whichConceptAmong(ctx, subject, false);
  if (found.drafts.length > 0 || subject.topic || isLargeNotes(ctx.doc) || !widens(ctx, subject))
    return found;
  const wider = whichConceptAmong(ctx, subject, true);
  for (const d of wider.drafts) d.filler = true;
  return { drafts: wider.drafts, rejected: [...found.rejected, ...wider.rejected] };
}

/**
 * True when a second look can offer more: the first offered no farther rows (the subject has two
 * near siblings or more; with fewer it offered them already) and the table has some.
 */
function widens(ctx: GenerationContext, subject: Subject): boolean {
  return subject.siblings.length >= MIN_NAME_OPTIONS && fartherRows(ctx, subject).length > 0;
}

function whichConceptAmong(ctx: GenerationContext, subject: Subject, wide: boolean): Chosen {
  const out: Chosen = { drafts: [], rejected: [] };
  if (subject.topic) return out;
  // `SOA vs MSA` names a comparison, not a thing a statement describes: its statements are of
  // one side or the other.
  if (comparisonParts(subject.concept.name)) {
    out.rejected.push('which-concept: the concept is a comparison of two things');
    return out;
  }
  const { doc, wording: w } = ctx;
  const concept = subject.concept;
  const options = nameOptions(ctx, subject, wide);
  if (options.length < 2) {
    out.rejected.push('which-concept: fewer than two siblings the notes set beside it');
    return out;
  }
  const aliases = aliasesByName(ctx);
  const aliasesOf = (name: string): readonly string[] => aliases.get(name) ?? [];
  // `cell-symbol`: the symbol the concept's summary cell opens on (`Bi = hL_c/k_固体`).
  const symbol = cellSymbol(concept.correct);
  const candidates = usable(subject.facts.trues).filter(
    (t) => STATEMENT_QUALITY[t.source] !== undefined && !pronounForAnswer(t, doc.language),
  );
  const isLong = (t: Fact): boolean => codePointLength(stemOf(t)) > MAX_OPTION_CHARS;
  // Short statements first; a long one only while fewer than two statements gave a question.
  const statements = [
    ...candidates.filter((t) => !isLong(t)).slice(0, MAX_STATEMENTS),
    ...candidates.filter((t) => isLong(t) && codePointLength(stemOf(t)) <= MAX_STEM_CHARS),
  ];
  let asked = 0;
  const askedKeys = new Set<string>();
  for (const statement of statements) {
    if (isLong(statement) && asked >= LONG_STEMS_BELOW) break;
    // A long wording of a fact a short statement already asks adds nothing.
    if (isLong(statement) && statement.keys.some((k) => askedKeys.has(k))) continue;
    // `概念Xは鍵語で動く` asks `鍵語で動く`: a statement whose topic is the concept drops it.
    const whole = describedAs(
      tidyOption(withoutTopic(stemOf(statement), namesOf(concept), doc.language)),
    );
    const text = mentions(whole, concept)
      ? (nameFreeLead(whole, concept, doc.concepts, doc.language) ?? whole)
      : whole;
    if (mentions(text, concept)) {
      out.rejected.push(`which-concept: 「${text}」 gives the name away`);
      continue;
    }
    if (doc.language === 'ja' && opensOnObjectOfCondition(stemOf(statement), namesOf(concept))) {
      out.rejected.push(`which-concept: 「${text}」 drops the name it acts on`);
      continue;
    }
    // `The implicit flow (response_type=token) returned…` without its subject opens on the
    // subject's aside: a piece of a sentence.
    if (text.startsWith('(') || text.startsWith('（')) {
      out.rejected.push(`which-concept: 「${text}」 opens on an aside of the name it dropped`);
      continue;
    }
    // `Pratt parsing = recursive descent for expressions…` without its subject opens on `=`: the
    // other side of an equation whose first side the reader never sees.
    if (EQUATION_OPENINGS.some((mark) => text.startsWith(mark))) {
      out.rejected.push(`which-concept: 「${text}」 opens on the equation of the name it dropped`);
      continue;
    }
    if (opensOnDroppedComplement(text, stemOf(statement))) {
      out.rejected.push(
        `which-concept: 「${text}」 opens on the complement of the name it dropped`,
      );
      continue;
    }
    // A denied point whose subject was the name may leave a bare qualifier (`Pod単位（Node単位
    // ではない）`): no idea a reader can place on its own.
    if (statement.source === 'point-correction' && formOf(text, doc.language) !== 'statement') {
      out.rejected.push(`which-concept: 「${text}」 is no statement on its own`);
      continue;
    }
    if (setsApart(text)) {
      out.rejected.push(`which-concept: 「${text}」 tells something else apart from it`);
      continue;
    }
    if (onlyDenies(text, doc.language)) {
      out.rejected.push(`which-concept: 「${text}」 only says what it is not`);
      continue;
    }
    if (aboutNotesTopic(doc.title, stemOf(statement), doc.language)) {
      out.rejected.push(`which-concept: 「${text}」 is said of what the whole notes are about`);
      continue;
    }
    if (definesCode(stemOf(statement), namesOf(concept))) {
      out.rejected.push(`which-concept: 「${text}」 says what a setting or a command is`);
      continue;
    }
    if (aboutOther(subject, stemOf(statement), doc.language)) {
      out.rejected.push(`which-concept: 「${text}」 is said of another thing`);
      continue;
    }
    if (endsOnAnother(text, concept, doc.concepts)) {
      out.rejected.push(`which-concept: 「${text}」 ends on another concept's name`);
      continue;
    }
    if (opensOnPluralPronoun(text)) {
      out.rejected.push(
        `which-concept: 「${text}」 opens on a pronoun whose things it does not name`,
      );
      continue;
    }
    if (saidOfAnother(ctx, statement, concept)) {
      out.rejected.push(`which-concept: 「${text}」 is said word for word of another concept too`);
      continue;
    }
    // The words of each name the stem repeats, read once per name (not once per option set).
    const repeated = new Map<string, readonly RepeatedWord[]>();
    const repeatedOf = (name: string): readonly RepeatedWord[] => {
      let words = repeated.get(name);
      if (!words) {
        words = repeatedWords(text, name);
        repeated.set(name, words);
      }
      return words;
    };
    // A name the stem sets apart (`asyncio との大きな違い`) is ruled out at sight.
    const contrasting = mayContrast(text, doc.language);
    const fitting = nameOptionsFor(subject, statement, text, options, doc.language).filter(
      (o) =>
        !contrasting ||
        !repeatedOf(o.name).some((w) => contrastedInStem(text, w.found, doc.language)),
    );
    // A point's options are already ordered by the half it denies (nameOptionsFor); names of
    // the concept's kind come first either way.
    const ordered =
      statement.source === 'point-correction' ? fitting : byTopic(fitting, stemOf(statement));
    // `nearest-kind-first` (kind-groups.ts): among them, the names the notes set nearest its kind.
    const ofKind = ordered.filter((o) => !o.otherKind);
    const others = [
      ...(statement.source === 'point-correction' ? ofKind : byKinship(ofKind)),
      ...ordered.filter((o) => o.otherKind),
    ];
    if (others.length < 2) {
      out.rejected.push(`which-concept: 「${text}」 fits its siblings too`);
      continue;
    }
    const key: DraftChoice = {
      text: concept.name,
      correct: true,
      truth: true,
      why: null,
      keys: statement.keys,
    };
    // The description's uncommon words, read once for every option's reason.
    const topical = topicalWords(ctx, topicWords(text));
    const candidates = others.map(
      (o): DraftChoice => ({
        text: o.name,
        correct: false,
        truth: false,
        why: o.whyFor ? o.whyFor(topical) : o.why,
        keys: o.keys,
      }),
    );
    // What every option set of the statement shares, written once (the search tries many sets;
    // one literal per set, not a spread, keeps each draft cheap to make).
    const prompt = statement.source === 'example' ? w.whichExample(text) : w.whichConcept(text);
    const section = statement.section ?? concept.section;
    const why = statement.source === 'summary' ? null : w.conceptIs(concept.name, concept.correct);
    const source = { file: doc.file, line: statement.evidence.line, section };
    // Naming the concept from its description: a correct-about question on the same statement
    // asks the other way (statement from name); assembly takes both only where the concept has
    // no other fact for its second question (see `bareKeys` in assemble.ts).
    const asks = statement.keys.map((k) => `name:${k}`);
    const quality = STATEMENT_QUALITY[statement.source] ?? 1;
    const make = (choices: DraftChoice[]): Draft => ({
      template: 'which-concept',
      conceptId: concept.id,
      conceptName: concept.name,
      kind: 'which-concept',
      asksFor: 'correct',
      optionKind: 'name',
      prompt,
      choices,
      section,
      language: doc.language,
      why,
      notes: [],
      source,
      asks,
      quality,
      stem: statement,
    });
    const found = chooseOptions(
      key,
      candidates,
      make,
      { names: namesOf(concept) },
      {
        variants: 5,
        most: 2,
      },
    );
    if (found.drafts.length > 0) {
      asked++;
      for (const k of statement.keys) askedKeys.add(k);
    }
    const longCost = isLong(statement) ? LONG_COST : 0;
    const offTopic = offTopicNames(others, stemOf(statement));
    const inKind = others.filter((o) => !o.otherKind).length;
    const otherKinds = new Set(others.filter((o) => o.otherKind).map((o) => o.name));
    // What the statement alone decides of each of its drafts, read once (not once per draft: a
    // 5,000-row table makes 27,000 drafts of 5,000 statements).
    const some = found.drafts.length > 0;
    const keyWords = some ? keyRepeatedWords(concept, repeatedOf) : [];
    const symbolWritten = some && symbol !== null && writesSymbol(text, symbol);
    const fillerStem =
      SENTENCE_STEM_LAST.has(statement.source) ||
      (statement.source !== 'summary' && tooShortToTellApart(text, doc.language));
    // Whether each option is drawn from a neighbouring row, read once per option.
    const weak = new Map<DraftChoice, boolean>();
    const isWeak = (c: DraftChoice): boolean => {
      let known = weak.get(c);
      if (known === undefined) {
        known = c.keys.some((k) => k.startsWith(WEAK));
        weak.set(c, known);
      }
      return known;
    };
    // The search's drafts are fresh objects of this template's own: marked in place.
    for (const d of found.drafts) {
      const wrongNames = d.choices.filter((c) => !c.correct).map((c) => c.text);
      const clue =
        keyClue(keyWords, wrongNames, aliasesOf) ??
        (symbolWritten ? symbolClue(ctx, symbol, wrongNames) : null);
      const lure = lureIn(wrongNames, concept.name, repeatedOf);
      let weakOptions = 0;
      for (const c of d.choices) if (isWeak(c)) weakOptions++;
      d.quality = d.quality - longCost - WEAK_COST * weakOptions;
      if (clue) d.stemClue = clue;
      if (lure) d.lure = lure;
      if (
        wrongNames.some((n) => offTopic.has(n)) ||
        otherKindSet(wrongNames, otherKinds, inKind) ||
        fillerStem
      )
        d.filler = true;
      out.drafts.push(d);
    }
    out.rejected.push(...found.rejected);
  }
  return out;
}

const aliasMemo = objectMemoTable<GenerationContext, Map<string, readonly string[]>>();

/** The other names of each concept of the notes, by its name: built once per document. */
function aliasesByName(ctx: GenerationContext): Map<string, readonly string[]> {
  const memo = aliasMemo();
  let out = memo.get(ctx);
  if (!out) {
    out = new Map();
    for (const c of ctx.doc.concepts) if (!out.has(c.name)) out.set(c.name, c.aliases);
    memo.set(ctx, out);
  }
  return out;
}

/**
 * The key's names as a clue reads them ({@link keyClue}): each name, and the expansion of each
 * acronym alias, with the words of it the stem repeats. Read once per statement, not per draft.
 */
function keyRepeatedWords(
  concept: Concept,
  repeatedOf: (name: string) => readonly RepeatedWord[],
): (readonly RepeatedWord[])[] {
  return expandedNames(concept.name, concept.aliases).map((name) =>
    // A katakana word borrowed from an expansion (`バックエンド` of `Backend for Frontend`) is a
    // clue only to a reader who knows the expansion of the name shown (`BFF`): not counted.
    name === concept.name ? repeatedOf(name) : repeatedOf(name).filter((w) => !w.loanword),
  );
}

/** A name and the expansions of its acronym aliases (text/stem-clue.ts expansionOf). */
function expandedNames(name: string, aliases: readonly string[]): string[] {
  return [name, ...aliases.flatMap((a) => expansionOf(name, a) ?? [])];
}

/**
 * The first word of the key's names that the stem repeats and no wrong option's names hold (see
 * {@link Draft.stemClue}), or null; `keyWords`: what {@link keyRepeatedWords} reads of the key.
 * `expanded-name` (text/stem-clue.ts expansionOf): an acronym counts with the words it stands
 * for, on each side: a player reads `LCP` as Largest Contentful Paint, so `Render time of the
 * largest image or text block` names it — unless a wrong option's full name says `largest` too.
 * `Delay before the first input` names `FID` (First Input Delay) by `input`, not by `first`,
 * beside `FCP` (First Contentful Paint).
 */
function keyClue(
  keyWords: readonly (readonly RepeatedWord[])[],
  wrongNames: readonly string[],
  aliasesOf: (name: string) => readonly string[],
): string | null {
  // Most stems repeat no word of the key's names: then no wrong name needs reading.
  if (keyWords.every((words) => words.length === 0)) return null;
  const others = wrongNames.flatMap((n) => expandedNames(n, aliasesOf(n)));
  for (const words of keyWords) {
    const clue = clueAmong(words, others);
    if (clue) return clue;
  }
  return null;
}

/**
 * `cell-symbol` (text/cell-symbol.ts): the symbol the key's summary cell opens on, where the stem
 * writes it and no wrong option's cell opens on it too (`Bi` in `「Bi = hL_c/k_固体…」` beside
 * ヌセルト数 and フィン): a reader who knows the notation names the key. Null otherwise. Asked
 * only where the stem writes the symbol (read once per statement).
 */
function symbolClue(
  ctx: GenerationContext,
  symbol: string | null,
  wrongNames: readonly string[],
): string | null {
  if (symbol === null) return null;
  const symbols = cellSymbolsOf(ctx);
  return wrongNames.some((n) => symbols.get(n) === symbol) ? null : symbol;
}

/** Each concept's {@link cellSymbol} by name, read once per document (not once per draft). */
function cellSymbolsOf(ctx: GenerationContext): ReadonlyMap<string, string | null> {
  const memo = cellSymbolMemo();
  let symbols = memo.get(ctx);
  if (!symbols) {
    symbols = new Map(ctx.doc.concepts.map((c) => [c.name, cellSymbol(c.correct)]));
    memo.set(ctx, symbols);
  }
  return symbols;
}

const cellSymbolMemo = objectMemoTable<GenerationContext, Map<string, string | null>>();

/**
 * The first word of a wrong option's name that the stem repeats (see {@link Draft.lure}), or null;
 * `repeatedOf` gives the words of a name the stem repeats ({@link repeatedWords}).
 */
function lureIn(
  wrongNames: readonly string[],
  key: string,
  repeatedOf: (name: string) => readonly RepeatedWord[],
): string | null {
  for (const wrong of wrongNames) {
    const words = repeatedOf(wrong);
    if (words.length === 0) continue;
    const word = clueAmong(words, [key, ...wrongNames.filter((n) => n !== wrong)]);
    if (word) return word;
  }
  return null;
}

/**
 * What separates the names of a title: marks (`JVM garbage collection — what I…`), and in Japanese
 * spaces too (`ガベージコレクション（GC）勉強メモ`, `DBレプリケーション メモ`).
 */
const TITLE_BREAKS = /[（）()_—–:：「」『』/・|#]+/u;
const JA_TITLE_BREAKS = /[\s（）()_—–:：「」『』/・|#]+/u;
/** Particles that make the opening name a Japanese sentence's subject. */
const SUBJECT_PARTICLES = ['は', 'が', 'では'];

/**
 * `notes-topic-subject`: a stem whose subject is what the whole notes are about, named in their
 * title — `GCが回収するのは「到達できない」オブジェクトだけ` in notes titled `ガベージコレクション
 * （GC）勉強メモ` (メモリリーク's section opens on it) — says how that thing works, a premise of the
 * section, not what the concept is: no concept is its answer more than another.
 */
export function aboutNotesTopic(
  title: string | null,
  stem: string,
  language: 'ja' | 'en',
): boolean {
  if (!title) return false;
  const text = stem.normalize('NFKC').trim();
  return title
    .normalize('NFKC')
    .split(language === 'ja' ? JA_TITLE_BREAKS : TITLE_BREAKS)
    .map((name) => name.trim())
    .filter((name) => [...name].length >= 2)
    .some((name) =>
      language === 'ja'
        ? text.startsWith(name) && SUBJECT_PARTICLES.some((p) => text.startsWith(p, name.length))
        : isTopicOf(text, name, language),
    );
}

/**
 * `code-subject`: a stem that says what a code token is — a flag, a command, a file name, not one
 * of the concept's names: `-XX:MaxGCPauseMillis (default 200 ms) is a target` in G1's notes. The
 * setting is the subject, and what it is holds wherever the setting is honoured (the Parallel
 * collector reads the same flag as a goal): it does not single out the concept. A code token is
 * one word with a mark inside or in front (`-Xmx`, `-XX:Max…`, `.gitignore`, `max_connections`).
 */
export function definesCode(stem: string, names: readonly string[]): boolean {
  const text = stem.normalize('NFKC').trim();
  const end = text.search(/[\s(（は]/u);
  const token = end < 0 ? text : text.slice(0, end);
  if (!isCodeToken(token) || names.some((n) => n.normalize('NFKC') === token)) return false;
  // The token, a parenthesis on it (`(default 200 ms)`), then the copula.
  let rest = text.slice(token.length);
  const paren = /^\s*[(（][^)）]*[)）]/u.exec(rest);
  if (paren) rest = rest.slice(paren[0].length);
  // English `… is a target`, Japanese `…は上限`.
  return /^\s+(?:is|are)\s/.test(rest) || rest.startsWith('は');
}

/** Openings that stand for things said before: `They`, `These`, `Those`, `それら`, `これら`. */
const PLURAL_PRONOUN = /^(?:(?:They|These|Those)\b|それら|これら)/u;

/**
 * `plural-pronoun-stem`: a description that opens on `They` (`They differ in speed and trigger…`,
 * the first line of the section on Leavening acids, reading 76) speaks of things the heading
 * named, which the stem does not show.
 */
function opensOnPluralPronoun(text: string): boolean {
  return PLURAL_PRONOUN.test(text.trimStart());
}

/**
 * `said-of-two`: a statement the notes say word for word of another concept too singles out
 * neither: `PG11〜` opens the sections of both ハッシュパーティション and デフォルトパーティション
 * (reading 76 asked it of each, and either name was a right answer). Each concept's statements
 * are indexed once per build.
 */
function saidOfAnother(ctx: GenerationContext, statement: Fact, concept: Concept): boolean {
  const owners = statementOwners(ctx).get(matchKey(stemOf(statement)));
  return owners !== undefined && [...owners].some((id) => id !== concept.id);
}

/** The concepts that say each statement (by its match key), built once per build and context. */
function statementOwners(ctx: GenerationContext): Map<string, Set<string>> {
  const memo = ownersMemo();
  let owners = memo.get(ctx.facts);
  if (owners) return owners;
  owners = new Map();
  for (const [id, facts] of ctx.facts)
    for (const t of facts.trues) {
      const key = matchKey(stemOf(t));
      const set = owners.get(key) ?? new Set<string>();
      set.add(id);
      owners.set(key, set);
    }
  memo.set(ctx.facts, owners);
  return owners;
}

const ownersMemo = objectMemoTable<object, Map<string, Set<string>>>();

/** `-Xmx`, `-XX:MaxGCPauseMillis`, `.gitignore`, `max_connections`: letters and a mark of code. */
function isCodeToken(token: string): boolean {
  if (!/^[-.]?[A-Za-z][A-Za-z0-9]*(?:[-:._=/][A-Za-z0-9]+)*$/.test(token)) return false;
  return /^[-.]/.test(token) || /[:_=/]/.test(token);
}

/**
 * `too-short-to-tell-apart`: a line of the notes' prose of fewer than {@link MIN_STEM_CHARS_JA}
 * characters (Japanese) or {@link MIN_STEM_WORDS_EN} words (English) says too little to single
 * out one concept: `何も移動しない` (std::move), `ヘッジをしない場合の関係` (UIP), `Excuse`
 * (Insanity), `Add a risk-free asset`. Readers of readings 30–39 signed none of the 21 such
 * stems still in the banks and found a second answer in 7 (in 1 of 7 of the others). A summary
 * cell is the notes' own definition of the concept, short or not (`脅されてした意思表示`, 強迫):
 * asked as it is. A short line is a filler ({@link Draft.filler}): asked only where the concept
 * has no other question (refused outright, the shipped notes' イベントソーシング kept one).
 */
export function tooShortToTellApart(text: string, language: 'ja' | 'en'): boolean {
  if (language === 'ja') return codePointLength(text.trim()) < MIN_STEM_CHARS_JA;
  return text.trim().split(/\s+/u).length < MIN_STEM_WORDS_EN;
}

/** The shortest Japanese description asked, in characters. */
const MIN_STEM_CHARS_JA = 15;
/** The shortest English description asked, in words. */
const MIN_STEM_WORDS_EN = 6;

/** English openings that deny (`Is not locking`, `Does not retry`). */
/**
 * `describe-without-copula`: an English statement whose subject, the concept, was dropped opens
 * on its copula (`An SLO is 1 minus…` → `Is 1 minus the SLO`); a description says what the thing
 * is without it (`1 minus the SLO`, `What users feel, expressed as…`), as the summary cells do.
 * Only `Is` / `Are` followed by more than one word, not by `not`; any other text is returned as it is.
 */
export function describedAs(text: string): string {
  // Not `Is not locking`: `Not locking` would pass for a description (only-denies reads `Is not`).
  const match = /^(?:Is|Are) (?!not )(?=\S+ \S)/.exec(text);
  if (!match) return text;
  // `variable-kept`: `Is k2 / k1 for two adjacent peaks` → `k2 / k1 …`, not `K2 / k1 …` (reading 78).
  return withCapitalStart(text.slice(match[0].length));
}

/**
 * `sets-apart`: a sentence of the concept's section that tells another thing apart from it
 * (`Closing is a different exchange: each side sends its own FIN…` under Three-way handshake,
 * `終了は別の手順で…`) describes that other thing, not the concept: no which-concept stem. Read as
 * plain substrings, so linear on any line.
 */
const SETS_APART: readonly string[] = [
  ' is a different ',
  ' is different from ',
  ' differs from ',
  'unlike ',
  'とは別の',
  'とは異なる',
  'とは違う',
  'と違って',
  'は別の手順',
];

export function setsApart(text: string): boolean {
  const lower = text.toLowerCase();
  return SETS_APART.some((marker) => lower.includes(marker));
}
