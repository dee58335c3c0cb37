/**
 * The rules every question choice shares. Pure: randomness is passed in.
 *
 * - No repeat until the bank is used up: only the questions asked least often in a channel are
 *   candidates (so after a full round, a new round starts).
 * - Avoid the concept of the previous post when another is possible.
 * - `core-first`: a question the generator asked only to give its concept two (a filler,
 *   {@link Question.filler}; but see `own-misconception-fillers-next`) comes after the round's
 *   other questions: readers of unseen notes signed 24 of 1,517 fillers against 155 of 1,072
 *   others (readings 1–50), so a team's first weeks get its best questions.
 * - `best-kinds-first`: among the round's other questions, the team's own ({@link
 *   BEST_FIRST_KINDS}: `authored`) and a concept's own misconception asked beside its true
 *   statements (`misconception-about`, not a filler: a misconception across concepts is one) come
 *   first. Readers of unseen notes signed 131 of 556 such misconception questions against 49 of
 *   1,398 which-concept questions and 5 of 879 table look-ups, comparisons and misconceptions
 *   across concepts (readings 30–54), so a new team meets the questions experts sign first.
 * - `own-misconception-fillers-next`: a concept's own misconception that is a filler (a set of
 *   its true statements with a cue or a statement of several claims; not one across concepts,
 *   {@link Question.across}) comes right after them, before the round's other questions: readers
 *   of readings 1–65 signed 9 of 58 such questions still in the bank, against 19 of 142 "which is
 *   correct" and 46 of 567 explained which-concept questions that are no filler, and 0 of 102
 *   table look-ups. Simulated over the 370 read banks, a new channel's first 5 posts went from
 *   18.2 to 18.6 % sound, its first 10 from 12.9 to 13.3 %.
 * - `own-misconceptions-next`: so does a "which is correct" question whose wrong options are all
 *   the concept's own misconceptions ({@link Question.ownWrongs}; no filler). Readers of readings
 *   1–66 signed 20 of 114 such questions still in the bank (17.5 %), against 2 of 43 "which is
 *   correct" questions beside a sibling's statement and 47 of 602 explained which-concept
 *   questions (7.8 %).
 * - `look-ups-last`: among the rest, a look-up in a table ({@link LAST_KINDS}: `table-row`,
 *   `comparison`) comes after the round's which-concept and "which is correct" questions.
 *   Readers of readings 51–63 signed 1 of 70 such questions that were no filler against 31 of
 *   294 which-concept and "which is correct" questions (and 0 of 193 table fillers): they name a
 *   column the player cannot see and ask a cell back.
 * - `explained-first`: so too a question whose explanation gives no reason for its key (the
 *   answer named, then only the wrong options' lines). Readers of readings 51–63 signed 1 of 47
 *   such which-concept and "which is correct" questions that were no filler, against 30 of 247
 *   with a reason.
 * - `shown-once-first`: so too a which-concept or "which is correct" question that shows a
 *   statement another question of the bank shows (its stem as another's option, its option as
 *   another's; repeated-statements.ts). Of such questions with a reason for the key and no
 *   filler, readers of readings 51–63 signed 2 of 43 which-concept questions against 18 of 135
 *   that show their statements once, and 2 of 33 "which is correct" questions against 8 of 36.
 *   A concept's own misconception is not read so: 26 of 126 against 25 of 112.
 * - `which-concept-fillers-first`: once only fillers are left in the round, an explained
 *   which-concept filler comes first. Readers of readings 1–68 signed 31 of 1,026 such
 *   questions (3.0 %), against 6 of 1,585 other fillers that are no concept's own misconception:
 *   3 of 544 misconceptions across concepts, 1 of 318 "which is correct", 2 of 547 table
 *   look-ups and comparisons, 0 of 176 which-concept questions with no reason for the key.
 * - A channel's first question has three options or more when the bank has one: a two-option
 *   question (a yes/no row of a two-column table) is a coin toss, a poor first impression.
 *
 * Which candidate wins is the adaptive choice's job (learning/adaptive-selection.ts).
 */
import { repeatedStatementIds } from './repeated-statements.ts';
import type { Question, QuestionKind } from './types.ts';

/**
 * The questions that may come next in a channel: those asked least often, without the previous
 * post's concept when another is possible, no filler while another is left, the best kinds
 * first and table look-ups, unexplained keys and statements shown twice last, and for its first
 * post none with two options when another is possible. Empty only for an empty bank.
 */
export function roundCandidates(
  questions: readonly Question[],
  askedIds: readonly string[],
): Question[] {
  if (questions.length === 0) return [];
  const askCount = new Map<string, number>();
  for (const id of askedIds) askCount.set(id, (askCount.get(id) ?? 0) + 1);
  const fewest = Math.min(...questions.map((q) => askCount.get(q.id) ?? 0));
  const candidates = questions.filter((q) => (askCount.get(q.id) ?? 0) === fewest);

  const previous = askedIds.at(-1);
  const previousConcept = previous
    ? questions.find((q) => q.id === previous)?.conceptId
    : undefined;
  const fresh = candidates.filter((q) => q.conceptId !== previousConcept);
  const fair = fresh.length > 0 ? fresh : candidates;
  const core = fair.filter((q) => q.filler !== true || ownMisconceptionFiller(q));
  const kept = core.length > 0 ? core : fillersFirst(fair);
  const best = kept.filter((q) => q.filler !== true && BEST_FIRST_KINDS.has(q.kind));
  const next = best.length > 0 ? best : kept.filter(ownMisconceptionNext);
  const pool = next.length > 0 ? next : middleOf(kept, questions);
  if (askedIds.length > 0) return pool;
  const full = pool.filter((q) => q.choices.length >= FIRST_POST_OPTIONS);
  return full.length > 0 ? full : pool;
}

/**
 * The round's questions when none of the best kinds is left: the explained ones that show their
 * statements once, else the explained ones, else all of them (`look-ups-last`, `explained-first`,
 * `shown-once-first`). The bank is read for repeated statements only here.
 */
function middleOf(kept: readonly Question[], bank: readonly Question[]): Question[] {
  const explained = kept.filter((q) => !LAST_KINDS.has(q.kind) && !!q.explanation.why);
  if (explained.length === 0) return [...kept];
  const repeated = repeatedStatementIds(bank);
  const once = explained.filter((q) => !repeated.has(q.id));
  return once.length > 0 ? once : explained;
}

/**
 * The round's fillers to ask first (`which-concept-fillers-first`): its explained which-concept
 * fillers, else all of them.
 */
function fillersFirst(fillers: readonly Question[]): readonly Question[] {
  const explained = fillers.filter((q) => q.kind === 'which-concept' && !!q.explanation.why);
  return explained.length > 0 ? explained : fillers;
}

/** A concept's own misconception asked as a filler (not one across concepts). */
function ownMisconceptionFiller(q: Question): boolean {
  return q.filler === true && q.kind === 'misconception-about' && q.across !== true;
}

/**
 * What comes right after the best kinds (`own-misconception-fillers-next`,
 * `own-misconceptions-next`): a concept's own misconception asked as a filler, or one of its
 * truths asked among its own misconceptions ({@link Question.ownWrongs}, no filler).
 */
function ownMisconceptionNext(q: Question): boolean {
  return ownMisconceptionFiller(q) || (q.ownWrongs === true && q.filler !== true);
}

/** The kinds a round asks before its others (`best-kinds-first`). */
const BEST_FIRST_KINDS: ReadonlySet<QuestionKind> = new Set(['authored', 'misconception-about']);

/** The kinds a round asks after its others of the same standing (`look-ups-last`). */
const LAST_KINDS: ReadonlySet<QuestionKind> = new Set(['table-row', 'comparison']);

/** A channel's first question has at least this many options when the bank has one. */
const FIRST_POST_OPTIONS = 3;

/**
 * The index of one item drawn with probability proportional to its weight (weights ≥ 0, not all 0).
 * @param random uniform in [0, 1)
 */
export function weightedIndex(weights: readonly number[], random: () => number): number {
  const total = weights.reduce((a, b) => a + b, 0);
  let pick = random() * total;
  let index = 0;
  while (index < weights.length - 1 && pick >= weights[index]!) {
    pick -= weights[index]!;
    index++;
  }
  return index;
}
