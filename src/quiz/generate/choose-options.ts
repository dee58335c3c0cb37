/**
 * Choosing the wrong options of a question: candidates in order of preference (the notes' own
 * misconceptions first), tried in combinations until a set passes every check of
 * {@link failedCheck} (the review stage's item rules, then the generator's cue checks). Returns
 * a few passing drafts with different option sets (the bank keeps one, avoiding sets other
 * questions use) and the reasons the first sets tried failed.
 *
 * The search is bounded (at most {@link POOL} candidates) and cheap: what can be told from one
 * option alone (its form, its length, its absolute words, its facts) is measured once, and a set
 * that must fail on it — statements among noun phrases, a length out of proportion, absolute
 * words on one side only, one fact twice — is skipped before the full review. Pure.
 */
import {
  absoluteWords,
  hasStrongAbsolute,
  makesSweepingClaim,
  optionsAreLabels,
} from '../review/absolute-words.ts';
import { isHedged } from '../review/hedge-words.ts';
import { optionForm } from '../review/option-form.ts';
import {
  KEY_LENGTH_GAP,
  KEY_LENGTH_RATIO,
  keyFarShorter,
  LENGTH_GAP,
  LENGTH_RATIO,
  pairFailsAlone,
} from '../review/option-rules.ts';
import { lengthUnits } from '../review/text-measures.ts';
import { memoByText, memoTable } from '../text/build-memo.ts';
import { cueHitRate, type OptionCues, optionCues } from '../text/cues.ts';
import { isInstruction } from '../text/instruction.ts';
import { matchKey } from '../text/normalize.ts';
import { type Register, type RegisterMix, registerMix, registerOf } from '../text/register.ts';
import { severalClaims } from '../text/several-claims.ts';
import {
  AMONG_TEMPLATE,
  type Draft,
  type DraftChoice,
  MAX_OPTIONS,
  MIN_OPTIONS,
  repeatedFactAt,
} from './draft.ts';
import { choicesSetKey, draftCue, siblingNamedAlike } from './draft-memo.ts';
import { type CheckContext, failedCheck } from './option-checks.ts';
import { keyPairTerm } from './pair-term.ts';

/** Candidates tried per question (the search is C(POOL, 3) + C(POOL, 2) sets at most). */
const POOL = 8;

/**
 * How many candidates {@link chooseOptions} reads, at most (the first ones): a template may stop
 * preparing candidates there, and the search finds the same.
 */
export const CANDIDATES_TRIED = POOL;
/** How much a surface cue lowers a draft's quality. */
const CUE_COST = 1.0;
/** How much a key paired with another option on one point lowers it (pair-term.ts). */
const PAIR_COST = 0.5;
/**
 * How much an option set in two registers lowers it (text/register.ts): shorthand cells beside
 * sentences, and most where the key is the one sentence among shorthand (or the reverse).
 */
const REGISTER_COST: Readonly<Record<RegisterMix, number>> = {
  one: 0,
  mixed: 0.4,
  'key-alone': 1.0,
};

/**
 * `one-claim-each`: how much an option set lowers a draft's quality where one of its statements
 * says several things (two sentences run together, a label and its note: text/several-claims.ts):
 * such a set is also a filler ({@link Draft.filler}), asked only where its concept has nothing
 * better. Readers of readings 51–63 signed 1 of 44 misconceptions of one concept asked beside such
 * a statement (`大きいタイムスタンプの書き込みを残す。並行な書き込みは…`, `XDP_DROP: 捨てる`), against
 * 50 of 194 others; and none of 15 "which is correct" questions with one, against 11 of 70.
 */
const SEVERAL_CLAIMS_COST = 1.0;

/** How much a set whose hedges mark exactly its true statements lowers a draft's quality (`hedged-truths-alone`). */
const HEDGED_TRUTHS_COST = 1.0;

/**
 * The kinds whose options are claims about one concept, read by `one-claim-each`. Not a table's
 * look-ups, whose options are the table's cells as the notes wrote them, nor misconceptions across
 * concepts, whose options each open on their concept's name (and are fillers already).
 */
const CLAIM_KINDS: ReadonlySet<Draft['kind']> = new Set(['misconception-about', 'correct-about']);

/** What a search found. */
export interface Chosen {
  drafts: Draft[];
  /** Why the sets tried first failed (check: reason), for `quizbot check`. */
  rejected: string[];
}

/**
 * Calls `visit` with every `size` of `count` positions, in increasing order (0 1 2, 0 1 3, …, as
 * candidates are preferred), until it returns true. One array is reused: read it, never keep it.
 */
function eachCombination(
  count: number,
  size: number,
  visit: (at: readonly number[]) => boolean,
): void {
  if (size > count) return;
  const at = Array.from({ length: size }, (_, i) => i);
  for (;;) {
    if (visit(at)) return;
    let i = size - 1;
    while (i >= 0 && (at[i] as number) === count - size + i) i--;
    if (i < 0) return;
    at[i] = (at[i] as number) + 1;
    for (let j = i + 1; j < size; j++) at[j] = (at[j - 1] as number) + 1;
  }
}

/**
 * What an option's text alone tells about the sets it can be in: its form, read for every
 * candidate, and the rest ({@link RestMeasures}) read only for a candidate in a set of one form.
 */
interface TextMeasures {
  form: string;
  /**
   * Everything else the cheap rules read, worked out the first time a set of the text passes
   * `one-form` ({@link restOf}). In notes whose sets all mix statements and phrases (2 MB of
   * sections: 3,500 topics, every set of their misconceptions fails on form) it is never read.
   */
  rest?: RestMeasures;
  /**
   * The text's {@link matchKey} (for the key of a set) and what the text alone tells a reader
   * looking for cues (for the set's cue reading): read only for a set that passes the cheap
   * rules ({@link matchOf}, {@link cuesOf}). In notes whose candidate sets all fail on form or
   * length (2 MB of sections: 11,000 sets, none past the cheap rules) they are never read.
   */
  match?: string;
  cues?: OptionCues;
}

/** What the cheap rules read of an option's text besides its form ({@link TextMeasures.rest}). */
interface RestMeasures {
  units: number;
  absolute: boolean;
  /** A strong absolute word among them (`always`, `必ず`: STRONG_ABSOLUTES of review/absolute-words.ts). */
  strong: boolean;
  /** Shorthand or a sentence (text/register.ts). */
  register: Register;
  /** An English instruction (`Always pass the initial value`: text/instruction.ts). */
  instruction: boolean;
  /** Several claims in one text (`…を残す。並行な書き込みは…`, `XDP_DROP: 捨てる`: text/several-claims.ts). */
  several: boolean;
  /** A hedge softens its claim (`〜ことがある`, `usually`: review/hedge-words.ts). */
  hedged: boolean;
}

/** What one option says about the set it can be in. */
interface Measured {
  choice: DraftChoice;
  text: TextMeasures;
}

function measure(choice: DraftChoice): Measured {
  return { choice, text: measureText(choice.text) };
}

/** What an option's text alone tells (memoised per build: the same options are candidates of
 * many questions). The record is filled in once per text by {@link restOf}, {@link matchOf} and
 * {@link cuesOf}. */
const measureText = memoByText((text): TextMeasures => ({ form: optionForm(text) }));

/** The option's {@link RestMeasures}, worked out the first time a set of it passes `one-form`. */
function restOf(m: Measured): RestMeasures {
  const measures = m.text;
  if (measures.rest === undefined) measures.rest = restMeasures(m.choice.text);
  return measures.rest;
}

/** {@link RestMeasures} of a text, worked out. */
function restMeasures(text: string): RestMeasures {
  const units = lengthUnits(text);
  const register = registerOf(text);
  const instruction = isInstruction(text);
  const several = severalClaims(text) !== null;
  // Its fields written out, not spread in: a spread into a literal with more fields takes the
  // slow path of an object clone.
  const { absolute, strong } = absoluteMarks(text, absoluteWords(text));
  const hedged = isHedged(text);
  return { units, register, instruction, several, absolute, strong, hedged };
}

function absoluteMarks(
  text: string,
  found: readonly string[],
): { absolute: boolean; strong: boolean } {
  return {
    absolute: found.length > 0,
    strong: hasStrongAbsolute(found) || makesSweepingClaim(text),
  };
}

/** The option's {@link matchKey}, worked out the first time a set of it is keyed. */
function matchOf(m: Measured): string {
  const measures = m.text;
  if (measures.match === undefined) measures.match = matchKey(m.choice.text);
  return measures.match;
}

/** The option's {@link optionCues}, worked out the first time a set of it is read for cues. */
function cuesOf(m: Measured): OptionCues {
  const measures = m.text;
  if (measures.cues === undefined) measures.cues = optionCues(m.choice.text);
  return measures.cues;
}

const keysOfMeasured = (m: Measured): readonly string[] => m.choice.keys;

/**
 * The reason a set must fail a rule that looks at its options one by one, or null. Names are
 * labels, not claims: `never` and `any` (TypeScript types) among which-concept options say
 * nothing absolute, and a name's length nothing of whether it is the answer, so `namesOnly` sets
 * skip the absolute-word and length rules (review/option-rules.ts `similar-length`).
 */
function cheapFailure(set: readonly Measured[], namesOnly = false): string | null {
  // Plain loops over the three or four options: this runs for every set the search tries.
  // Forms first: a set of statements and phrases fails before anything else of it is read.
  let statement = false;
  let phrase = false;
  for (const m of set) {
    const { form } = m.text;
    if (form === 'statement') statement = true;
    if (form === 'phrase') phrase = true;
  }
  if (statement && phrase) return 'one-form';
  let longest = Number.NEGATIVE_INFINITY;
  let shortest = Number.POSITIVE_INFINITY;
  let most = Number.NEGATIVE_INFINITY; // the longest wrong option
  let least = Number.POSITIVE_INFINITY; // the shortest wrong option
  let wrong = 0;
  let key: Measured | undefined;
  let marked = 0;
  let markedTrue = 0;
  let instructions = 0;
  for (const m of set) {
    const rest = restOf(m);
    const { units } = rest;
    if (rest.instruction) instructions++;
    longest = Math.max(longest, units);
    shortest = Math.min(shortest, units);
    if (m.choice.correct) key ??= m;
    else {
      wrong++;
      most = Math.max(most, units);
      least = Math.min(least, units);
    }
    if (rest.absolute && !namesOnly) {
      marked++;
      if (m.choice.truth) markedTrue++;
    }
  }
  if (!namesOnly && instructions > 0 && instructions < set.length) return 'one-mood';
  if (
    !namesOnly &&
    longest > LENGTH_RATIO * Math.max(shortest, 1) &&
    longest - shortest >= LENGTH_GAP
  )
    return 'similar-length';
  if (key && wrong > 0) {
    const keyUnits = restOf(key).units;
    if (keyUnits > KEY_LENGTH_RATIO * most && keyUnits - most >= KEY_LENGTH_GAP)
      return 'key-not-longest';
    if (!key.choice.truth && wrong > 1 && keyFarShorter(keyUnits, least)) return 'key-not-shortest';
  }
  // Absolute words on one side only: every marked option equally true (or equally false).
  if (oneSided(marked, markedTrue, set.length)) return 'absolute-words-balanced';
  return repeatedFactAt(set, keysOfMeasured) >= 0 ? 'distinct-facts' : null;
}

/** Some options but not all are marked, and all of them of one truth. */
function oneSided(marked: number, markedTrue: number, options: number): boolean {
  return marked > 0 && marked < options && (markedTrue === 0 || markedTrue === marked);
}

/**
 * `strong-absolutes`: a set whose strong absolute words (`always`, `必ず`) stand on one side only,
 * though milder ones (`all`, `だけ`) balance them and the review passes it — `Huffman always
 * reaches the entropy` beside `Hardware keeps all cores' caches coherent`. Readers of unseen
 * notes' banks picked the `always` option at sight: such a set is a filler ({@link Draft.filler}).
 */
function strongOneSided(set: readonly Measured[], namesOnly: boolean): boolean {
  if (namesOnly) return false;
  let strong = 0;
  let strongTrue = 0;
  for (const m of set)
    if (restOf(m).strong) {
      strong++;
      if (m.choice.truth) strongTrue++;
    }
  return oneSided(strong, strongTrue, set.length);
}

/**
 * `hedged-truths-alone`: a set whose hedges (review/hedge-words.ts) mark exactly its true
 * statements — `めまい単独で発症しうる` and `前庭神経炎とそっくりに見えることがある` beside the
 * misconception `頭部CTが陰性なら否定できる`, or a "which is correct" key that alone says `usually`
 * — gives the key away: a test-wise player picks the one plain claim, or the one qualified
 * (ITEM-WRITING.md: "the key being the most qualified"). Readers of readings 84–88 signed none of
 * the 14 such claim questions and named a wording cue in 12. Turned down, 10 more of the 492 read
 * notes' concepts were short of two questions: such a set is a filler ({@link Draft.filler}),
 * asked only where its concept has nothing better.
 */
function hedgedTruthsAlone(set: readonly Measured[], namesOnly: boolean): boolean {
  if (namesOnly) return false;
  let truths = 0;
  for (const m of set) {
    if (restOf(m).hedged !== m.choice.truth) return false;
    if (m.choice.truth) truths++;
  }
  return truths > 0 && truths < set.length;
}

/**
 * True when the two options fail a pair rule on their own (`単一障害点あり` / `単一障害点なし`):
 * `no-paraphrase-pair` or `no-contradiction` (review/option-rules.ts {@link pairFailsAlone}).
 */
function badPair(a: DraftChoice, b: DraftChoice): boolean {
  // The pair rules read the two texts and whether they state the same truth, in either order.
  const [first, second] = a.text < b.text ? [a.text, b.text] : [b.text, a.text];
  // Looked up by the two texts themselves (each hashed once, as the candidates of many questions),
  // not by a string joined per pair (hashed afresh at each look-up).
  const memo = (a.correct === b.correct ? sameTruthPairs : otherTruthPairs)();
  let answers = memo.get(first);
  if (answers === undefined) {
    answers = new Map();
    memo.set(first, answers);
  }
  const known = answers.get(second);
  if (known !== undefined) return known;
  const bad = pairFailsAlone(a, b);
  answers.set(second, bad);
  return bad;
}

/**
 * Pairs already judged, per build (the same options meet in many questions of a document): by
 * the first text, then the second; options of one truth and of two apart.
 */
const sameTruthPairs = memoTable<Map<string, boolean>>();
const otherTruthPairs = memoTable<Map<string, boolean>>();

/**
 * True when `count` candidates can make no option set of {@link chooseOptions} with at most
 * `most` wrong options: the search returns no draft and no reason, so a template may skip the
 * work of preparing it (a concept with one distractor).
 */
export function tooFewCandidates(count: number, most: number = MAX_OPTIONS - 1): boolean {
  return Math.min(most, count, POOL) < MIN_OPTIONS - 1;
}

/**
 * Drafts made by `make` from the key and `most`…2 candidates, best first. `variants` bounds how
 * many passing drafts are returned. `make` returns a new draft at each call (the drafts returned
 * are its own, their quality lowered in place).
 */
export function chooseOptions(
  key: DraftChoice,
  candidates: readonly DraftChoice[],
  make: (choices: DraftChoice[]) => Draft,
  ctx: CheckContext,
  { variants = 3, most = MAX_OPTIONS - 1 }: { variants?: number; most?: number } = {},
): Chosen {
  // Too few candidates for any set: nothing to try, so nothing to measure.
  if (tooFewCandidates(candidates.length, most)) return { drafts: [], rejected: [] };
  const pool = candidates.slice(0, POOL).map(measure);
  const keyMeasured = measure(key);
  const drafts: Draft[] = [];
  const sets = new Set<string>();
  const rejected: string[] = [];
  const shape = make([key]);
  // Names (`Kubernetes` / `Docker Compose`) neither paraphrase nor deny one another often enough
  // to sort sets by pairs first: the review of the draft the bank keeps still reads them.
  const pairsMatter = shape.optionKind !== 'name';
  const namesOnly = optionsAreLabels(shape.kind);
  const claimsMatter = CLAIM_KINDS.has(shape.kind) && shape.template !== AMONG_TEMPLATE;
  const all = [keyMeasured, ...pool];
  // The pairs of `all` judged by this search, at a * all.length + b: 0 not yet, 1 good, 2 bad.
  const pairs = new Uint8Array(all.length * all.length);
  const pairBad = (a: number, b: number): boolean => {
    const at = a * all.length + b;
    let known = pairs[at];
    if (known === 0) {
      known = badPair(all[a]?.choice as DraftChoice, all[b]?.choice as DraftChoice) ? 2 : 1;
      pairs[at] = known;
    }
    return known === 2;
  };
  // How many drafts of each kind are kept so far (no cue, a cue at the key, a cue away from it,
  // the key paired with one other option, options in two registers).
  const kept = { none: 0, hit: 0, away: 0, paired: 0, registers: 0 };
  // …and as many again of each kind where a statement says several claims (`one-claim-each`).
  const keptSeveral = { none: 0, hit: 0, away: 0, paired: 0, registers: 0 };
  const reject = (reason: string): void => {
    if (rejected.length < 6 && !rejected.includes(reason)) rejected.push(reason);
  };
  // A set is the key (position 0 of `all`) and candidates at `picked` in the pool (`all` at + 1).
  const pairFails = (picked: readonly number[]): boolean => {
    for (let i = -1; i < picked.length; i++) {
      const a = i < 0 ? 0 : (picked[i] as number) + 1;
      for (let j = i + 1; j < picked.length; j++)
        if (pairBad(a, (picked[j] as number) + 1)) return true;
    }
    return false;
  };
  let done = false;
  const trySet = (picked: readonly number[]): boolean => {
    const set: Measured[] = [keyMeasured];
    for (const p of picked) set.push(pool[p] as Measured);
    const cheap = cheapFailure(set, namesOnly);
    if (cheap) {
      reject(cheap);
      return false;
    }
    if (pairsMatter && pairFails(picked)) {
      reject('a pair of options paraphrase or contradict each other');
      return false;
    }
    const choices = set.map((m) => m.choice);
    const draft = make(choices);
    const failed = failedCheck(draft, ctx);
    if (failed) {
      reject(`${failed.check}: ${failed.reason}`);
      return false;
    }
    const setKey = choicesSetKey(
      draft.choices,
      draft.choices === choices ? set.map(matchOf) : undefined,
    );
    if (sets.has(setKey)) return false;
    sets.add(setKey);
    // Earlier candidates are better distractors: the sum of their positions lowers quality; so
    // does a surface cue, whichever way it points (a guess is still made easier). Up to
    // `variants` sets of each kind are kept — with no cue, with a cue at the key, with one away
    // from it — so that the bank can keep the cues it cannot avoid uninformative (assemble.ts).
    const reading = draftCue(draft, draft.choices === choices ? set.map(cuesOf) : undefined);
    // A set whose key is paired with one other option (pair-term.ts) is kept apart: the search
    // goes on for one without, which the cost then prefers (`The deeper the health check the
    // better` beside `"Deep" checks … can take the whole fleet out`).
    const paired = pairsMatter && keyPairTerm(draft.prompt, draft.choices) !== null;
    // Names are in no register: the one-form rule reads them.
    const mix = pairsMatter ? registerMix(set.map((m) => restOf(m).register)) : 'one';
    const kind = paired
      ? 'paired'
      : mix !== 'one'
        ? 'registers'
        : !reading
          ? 'none'
          : cueHitRate(reading, 0) > 0
            ? 'hit'
            : 'away';
    // `one-claim-each`: a set with a statement of several claims is kept apart, by the same kinds.
    const several = claimsMatter && set.some((m) => restOf(m).several);
    const counts = several ? keptSeveral : kept;
    const have = counts[kind];
    if (have >= variants) return false;
    let positions = 0;
    for (const p of picked) positions += p;
    const cueCost = reading && !siblingNamedAlike(draft, reading) ? CUE_COST : 0;
    const hedged = hedgedTruthsAlone(set, namesOnly);
    const cost =
      positions / 10 +
      cueCost +
      (paired ? PAIR_COST : 0) +
      REGISTER_COST[mix] +
      (several ? SEVERAL_CLAIMS_COST : 0) +
      (hedged ? HEDGED_TRUTHS_COST : 0);
    // `make` builds a fresh draft for each set, and nothing has kept this one: its quality is
    // marked in place (a copy per kept draft was 27,000 objects on a 5,000-row table).
    draft.quality -= cost;
    if (several || hedged || strongOneSided(set, namesOnly)) draft.filler = true;
    drafts.push(draft);
    counts[kind] = have + 1;
    done = have + 1 >= variants && kind === 'none' && !several && !hedged;
    return done;
  };
  for (let size = Math.min(most, pool.length); size >= MIN_OPTIONS - 1 && !done; size--)
    eachCombination(pool.length, size, trySet);
  return { drafts, rejected };
}
