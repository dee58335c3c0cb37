/**
 * Explanations that do not explain (issue 11, item 5), as named detectors with an example each:
 * a why that dumps a row of table cells, and a why that gives the option back. Pure; each is one
 * pass over its text, so linear on any line. The generator's teach stage (generate/teach.ts)
 * rewrites what they find; a bank-wide test asserts none is left.
 */
import { memoByText } from '../text/build-memo.ts';
import { contentRuns, coverage, coverageBeyond, englishStem, haystackOf } from '../text/runs.ts';
import type { Concept, Question } from '../types.ts';
import { compareKey } from './text-measures.ts';

/** What separates the cells of a table row written out as one line (`、` / `; `). */
const CELL_SEPARATORS: Record<'ja' | 'en', string> = { ja: '、', en: '; ' };
/** What joins a label to its value in a written-out cell (`学習コスト：低` / `Endpoints: many`). */
const CELL_JOINS: Record<'ja' | 'en', readonly string[]> = { ja: ['：', ':'], en: [': '] };

/**
 * `cell-dump`: a why that writes out two or more `label：value` cells of a table row, joined as
 * a list — `通常のCRUDは「学習コスト：低、監査・履歴：別途実装、…」`, `REST: “Endpoints: many
 * resources; Response shape: …”`. A reader gets the whole column and no reason; at most the one
 * cell that bears on the option explains it. The number of cells found (0 or 1: no dump).
 */
export function dumpedCells(why: string, language: 'ja' | 'en'): number {
  const joins = CELL_JOINS[language];
  let cells = 0;
  for (const piece of why.split(CELL_SEPARATORS[language])) {
    const at = Math.max(...joins.map((j) => piece.lastIndexOf(j)));
    // A label before the join and a value after it.
    if (at > 0 && at < piece.length - 1) cells++;
  }
  return cells;
}

/** {@link dumpedCells}: two cells or more. */
export function isCellDump(why: string, language: 'ja' | 'en'): boolean {
  return dumpedCells(why, language) >= 2;
}

/**
 * Endings that add nothing to what a why restates: the copula and polite forms
 * (`整合性を保つ単位である` → `整合性を保つ単位`), compared on {@link compareKey}.
 */
const EMPTY_ENDINGS: readonly string[] = ['である', 'です', 'だ'].map(compareKey);

/** What remains of a wrapper (`それは…`, `That is …`) around the option once its words are out. */
const WRAPPERS: ReadonlySet<string> = new Set(
  ['', 'それは', 'これは', 'thatis', 'thisis', 'thatdescribes'].map(compareKey),
);

/** The fewest letters and digits of an option a why can be said to give back. */
const MIN_ECHO = 8;

function withoutEnding(key: string): string {
  for (const end of EMPTY_ENDINGS)
    if (key.length > end.length && key.endsWith(end)) return key.slice(0, -end.length);
  return key;
}

/**
 * `why-is-option`: a why that is the option again, whole or a part of it, give or take the
 * copula — `整合性を保つ単位。` under the key `整合性を保つ単位である`. Circular: the reader learns
 * nothing the option did not say. A why that is a concept's name (a which-concept option) is not
 * measured: options shorter than {@link MIN_ECHO} letters are names.
 */
export function restatesOption(why: string, option: string): boolean {
  const optionKey = withoutEnding(compareKey(option));
  const whyKey = withoutEnding(compareKey(why));
  if (!whyKey || optionKey.length < MIN_ECHO) return false;
  return optionKey.includes(whyKey) || subjectRestored(whyKey, option);
}

/** Pronouns an option opens on in place of the concept's name (`It is any task…`). */
const OPTION_PRONOUNS = ['it ', 'they ', 'this '];
/** The longest subject, in letters and digits, a why may put back before the option's words. */
const MAX_SUBJECT = 30;

/**
 * `subject-restored` (`whyKey`: the why's {@link compareKey}, its ending off): the option with the
 * concept's name put back for its pronoun — `A long task
 * is any task that keeps the main thread busy for more than 50 ms` under the key `It is any task
 * that keeps the main thread busy for more than 50 ms` (reading 25).
 */
function subjectRestored(whyKey: string, option: string): boolean {
  const lower = option.trimStart().toLowerCase();
  const pronoun = OPTION_PRONOUNS.find((p) => lower.startsWith(p));
  if (!pronoun) return false;
  const rest = withoutEnding(compareKey(option.trimStart().slice(pronoun.length)));
  return (
    rest.length >= MIN_ECHO && whyKey.endsWith(rest) && whyKey.length - rest.length <= MAX_SUBJECT
  );
}

/**
 * `option-printed-twice`: a why that is the option in a wrapper with nothing else but a name
 * (`That is False sharing (Cores writing different variables on the same line keep stealing the
 * line from each other)` under that very statement; `それはスナップショット（再構築を速くする…）`).
 * The name is what teaches — which concept the option describes — and the option once is enough.
 * `names`: the names the wrapper may carry.
 */
export function echoesOption(why: string, option: string, names: readonly string[]): boolean {
  const optionKey = withoutEnding(compareKey(option));
  const whyKey = compareKey(why);
  if (optionKey.length < MIN_ECHO || !whyKey.includes(optionKey)) return false;
  let rest = whyKey.replace(optionKey, '');
  for (const name of names) {
    const key = compareKey(name);
    if (key && rest.includes(key)) rest = rest.replace(key, '');
  }
  return WRAPPERS.has(withoutEnding(rest));
}

/** Share of words (beyond the concept's names) two texts must share for one to bear on the other. */
const BEARS = 0.2;

/**
 * Whether a summary cell (or a sentence) bears on a stem: they share words beyond the concept's
 * names, either way (`Detects sequential and strided access…` on `Works for sequential and
 * fixed-stride streams`; not on `Usually does not cross 4 KiB page boundaries`). `byOneWord`: one
 * long word in common is enough (the concept's own summary cell); a sentence that merely sits
 * beside the stem must share more.
 */
export function bearsOn(
  text: string,
  stem: string,
  names: readonly string[],
  byOneWord = true,
): boolean {
  return (
    coverageBeyond(stem, text, names) >= BEARS ||
    coverageBeyond(text, stem, names) >= BEARS ||
    (byOneWord && sharesLongWord(text, stem, names))
  );
}

/** A word this long (letters, or kana and kanji) is one two texts do not share by chance. */
const LONG_WORD = 5;

/**
 * `shared-long-word`: the two share a word of {@link LONG_WORD} letters or more beyond the names
 * (`series` of `Aggregated time series…` and `Storage grows with the number of series…`), as it
 * stands or by its stem.
 */
function sharesLongWord(a: string, b: string, names: readonly string[]): boolean {
  const skip = new Set(names.flatMap((n) => contentRuns(n).map((r) => englishStem(r.text))));
  const haystack = haystackOf(b);
  return contentRuns(a).some((run) => {
    if (run.weight < LONG_WORD) return false;
    const stem = englishStem(run.text);
    return !skip.has(stem) && (haystack.text.includes(run.text) || haystack.stems.has(stem));
  });
}

/**
 * The statement a which-concept prompt asks about (the lines after its question, joined by
 * spaces). Memoised per build: the teaching rules and the assembly read it of one prompt many
 * times (on a 5,000-row table, 55 ms of three builds went to splitting and joining prompts
 * again), and one string for one prompt is hashed once by the memos it is then sought in.
 */
export const promptStem: (prompt: string) => string = memoByText((prompt) => {
  const end = prompt.indexOf('\n');
  return end < 0 ? '' : prompt.slice(end + 1).replaceAll('\n', ' ');
});

/** Share of the stem's words a why holds when it is the stem's own line. */
const STEM_HELD = 0.6;

/** True when the why quotes a summary cell of the notes whole. */
function quotesSummary(why: string, summaries: readonly string[]): boolean {
  const key = compareKey(why);
  return summaries.some((s) => {
    const cell = compareKey(s);
    return cell.length > 0 && key.includes(cell);
  });
}

/** One explanation that does not explain, with where it is. */
export interface ExplanationFault {
  rule: 'cell-dump' | 'why-is-option' | 'option-printed-twice' | 'generic-definition';
  /** `explanation` or the option the why is for. */
  where: string;
  why: string;
}

/**
 * Every explanation of the question that does not explain: a {@link isCellDump}, a
 * {@link restatesOption}, an {@link echoesOption}, or `generic-definition` — a which-concept key
 * explained by the concept's summary cell that does not bear on the stem ({@link bearsOn}).
 * `concept` is the question's; `names` the names a why may call an option by (every concept's);
 * `summaries` the summary cells of the notes: a concept's own one-line summary is no dump, even
 * when its author wrote it as two cells (`Over the CPU limit: throttled; over the memory limit:
 * OOM-killed`). A why that holds the stem's words is tied to the stem, whatever else it says.
 */
export function explanationFaults(
  question: Question,
  concept: Concept | undefined,
  names: readonly string[],
  summaries: readonly string[] = [],
): ExplanationFault[] {
  const out: ExplanationFault[] = [];
  const key = question.choices.find((c) => c.correct);
  const whys = question.choices.flatMap((c) => (c.why ? [{ why: c.why, option: c.text }] : []));
  if (question.explanation.why)
    whys.push({ why: question.explanation.why, option: key?.text ?? '' });
  for (const { why, option } of whys) {
    const where = option === key?.text && why === question.explanation.why ? 'explanation' : option;
    if (isCellDump(why, question.language) && !quotesSummary(why, summaries))
      out.push({ rule: 'cell-dump', where, why });
    if (restatesOption(why, option)) out.push({ rule: 'why-is-option', where, why });
    if (echoesOption(why, option, names)) out.push({ rule: 'option-printed-twice', where, why });
  }
  const why = question.explanation.why;
  if (
    question.kind === 'which-concept' &&
    concept &&
    why &&
    isGenericDefinition(why, promptStem(question.prompt), concept)
  )
    out.push({ rule: 'generic-definition', where: 'explanation', why });
  return out;
}

/**
 * `generic-definition`: the why of a which-concept key holds the concept's summary cell, which
 * says nothing of the stem (`A connection-oriented transport: … reliable, ordered byte stream`
 * under `Used by HTTP/1.1, HTTP/2, SSH, database protocols`), and holds too little of the stem
 * to be tied to it.
 */
export function isGenericDefinition(
  why: string,
  stem: string,
  concept: Pick<Concept, 'correct' | 'name' | 'aliases'>,
): boolean {
  const cell = compareKey(concept.correct);
  return (
    compareKey(why).includes(cell) &&
    !compareKey(stem).includes(cell) &&
    coverage(stem, why) < STEM_HELD &&
    !bearsOn(concept.correct, stem, [concept.name, ...concept.aliases])
  );
}
