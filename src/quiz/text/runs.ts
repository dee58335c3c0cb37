/**
 * Content runs: the words of a statement, for telling whether two statements are about the same
 * thing. Japanese has no spaces, so a run is a stretch of one script — kanji (`分散`), katakana
 * (`トランザクション`) or Latin/digits (`http/1`); hiragana (particles, endings) is left out.
 * English words are runs too, minus a few function words.
 */
import { memoByText } from './build-memo.ts';
import { codePointLength } from './code-points.ts';
import { nfkcLower } from './normalize.ts';

const RUN = /[\p{Script=Han}々〆ヶ]+|[\p{Script=Katakana}ー]+|[a-z0-9]+(?:[/.+#-][a-z0-9]+)*/gu;

const STOP_WORDS = new Set([
  'a',
  'an',
  'the',
  'is',
  'are',
  'was',
  'be',
  'been',
  'to',
  'of',
  'in',
  'on',
  'for',
  'and',
  'or',
  'it',
  'its',
  'with',
  'by',
  'as',
  'at',
  'that',
  'this',
  'from',
  'can',
  'has',
  'have',
  'do',
  'does',
  'when',
  'until',
  'while',
  'they',
  'them',
  'their',
  'there',
  'these',
  'those',
  'so',
  'than',
  'then',
  'also',
  'just',
  'very',
  'into',
  'onto',
  'per',
  'such',
  'any',
  'all',
  'each',
  'every',
  'some',
  'one',
]);

/** The longest stop word: a longer run is none (nor is a kanji or katakana run: all are ASCII). */
const LONGEST_STOP_WORD = Math.max(...[...STOP_WORDS].map((w) => w.length));

/**
 * True when the run is a stop word. Most runs are kanji, katakana or long words: they are told
 * by their first code unit and their length, and only the rest are looked up (a run is a new
 * string, hashed at its first look-up).
 */
function isStopWord(run: string): boolean {
  return run.length <= LONGEST_STOP_WORD && run.charCodeAt(0) < 0x80 && STOP_WORDS.has(run);
}

/** A run and its weight (its length, so `分散トランザクション` outweighs `別`). */
export interface Run {
  text: string;
  weight: number;
}

/** The content runs of a statement. */
export function contentRuns(text: string): Run[] {
  const key = nfkcLower(text);
  const runs: Run[] = [];
  // One pattern stepped along the text (`matchAll` copies it and makes an iterator per text):
  // nothing in the loop uses RUN, and it starts over at 0 for every text.
  RUN.lastIndex = 0;
  for (let match = RUN.exec(key); match !== null; match = RUN.exec(key)) {
    const run = match[0];
    if (isStopWord(run)) continue;
    runs.push({ text: run, weight: codePointLength(run) });
  }
  return runs;
}

/** A content run as a word to compare: a Latin word by its stem (`frames` ~ `frame`), else as written. */
export function contentWord(run: Run): string {
  return /^[a-z0-9]/.test(run.text) ? englishStem(run.text) : run.text;
}

/**
 * The words of content of a text from `minWeight` on (three: `deletion`, `削除`; a Latin word by
 * its stem), each once: what a text speaks of, for comparing two texts' topics.
 */
export function contentWords(text: string, minWeight: number): Set<string> {
  const out = new Set<string>();
  for (const run of contentRuns(text)) if (run.weight >= minWeight) out.add(contentWord(run));
  return out;
}

/** A statement prepared for being searched: its NFKC lower-case text and the stems of its Latin words. */
export interface Haystack {
  text: string;
  stems: ReadonlySet<string>;
}

/** Memoised per build (the bank compares the same few thousand statements with each other many times). */
export const haystackOf = memoByText((text: string): Haystack => {
  const normal = nfkcLower(text);
  return { text: normal, stems: new Set((normal.match(/[a-z]+/g) ?? []).map(englishStem)) };
});

/**
 * How {@link runOccurs} looks for a run that is not found whole: a Latin word of four letters or
 * more by its stem, a kanji compound of three or more by its character pairs, anything else not
 * at all.
 */
type Fallback = { stem: string } | { pairs: readonly string[] } | null;

/** A run ready to be searched for; its fallback is worked out the first time it is needed. */
interface SoughtRun extends Run {
  fallback?: Fallback;
}

/** The runs of a statement, ready to be searched for, and their total weight. */
interface Sought {
  runs: readonly SoughtRun[];
  total: number;
}

/** Memoised per build: a statement is sought in many others (its runs and their fallbacks read once). */
const soughtOf = memoByText((text: string): Sought => {
  const runs: SoughtRun[] = contentRuns(text);
  return { runs, total: runs.reduce((sum, r) => sum + r.weight, 0) };
});

function fallbackOf(run: string): Fallback {
  if (/^[a-z]{4,}$/.test(run)) return { stem: englishStem(run) };
  const chars = [...run];
  if (chars.length >= 3 && /^\p{Script=Han}+$/u.test(run))
    return { pairs: chars.slice(1).map((c, i) => `${chars[i]}${c}`) };
  return null;
}

/** A Latin letter or digit: what may not stand right before a Latin run's match. */
const LATIN_WORD_CHAR = /[a-z0-9]/;

/**
 * True when `run` occurs in `text` where a run can start: anywhere for kanji and katakana, and for
 * a Latin word only at the start of a word (`pod` in `pods`, not `os` in `costly`: `Each goroutine
 * is an OS thread` was read as covered by `Starting a goroutine is as costly as starting a thread`).
 */
function occursAsRun(run: string, text: string): boolean {
  let at = text.indexOf(run);
  if (at < 0 || !LATIN_WORD_CHAR.test(run.charAt(0))) return at >= 0;
  while (at >= 0) {
    if (at === 0 || !LATIN_WORD_CHAR.test(text.charAt(at - 1))) return true;
    at = text.indexOf(run, at + 1);
  }
  return false;
}

/**
 * How much of `run` occurs in `haystack`, 0…1. Latin words by a short stem (retry ~ retries);
 * kanji compounds by their character pairs, since `記述量削減` and `記述量を減らす` share `記述量`.
 */
function runOccurs(run: SoughtRun, haystack: Haystack): number {
  if (occursAsRun(run.text, haystack.text)) return 1;
  if (run.fallback === undefined) run.fallback = fallbackOf(run.text);
  const how = run.fallback;
  if (how === null) return 0;
  if ('stem' in how) return haystack.stems.has(how.stem) ? 1 : 0;
  let found = 0;
  for (const pair of how.pairs) if (haystack.text.includes(pair)) found++;
  return found / how.pairs.length;
}

/** A crude English stem: retries → retry, calls → call, failing → fail. */
export function englishStem(word: string): string {
  if (word.length <= 4) return word;
  // Three steps, each an ending tested with `endsWith` (a quarter of a million words a big
  // build): `-ly` off; `-ies` / `-ied` to `-y`; then `-ing`, `-es`, `-ed` or `-s` off (the
  // longest of them that ends the word: `-es` before `-s`).
  const adverb = word.endsWith('ly') ? word.slice(0, -2) : word;
  if (adverb.endsWith('ies') || adverb.endsWith('ied')) return `${adverb.slice(0, -3)}y`;
  if (adverb.endsWith('ing')) return adverb.slice(0, -3);
  if (adverb.endsWith('es') || adverb.endsWith('ed')) return adverb.slice(0, -2);
  if (adverb.endsWith('s')) return adverb.slice(0, -1);
  return adverb;
}

/**
 * How much of `a` (by run weight) occurs in `b`: 1 when every run of `a` is found in `b`.
 * 0 when `a` has no runs.
 */
export function coverage(a: string, b: string): number {
  const sought = soughtOf(a);
  return sought.total === 0 ? 0 : coverageOf(sought, haystackOf(b));
}

/**
 * {@link coverage} of `a` in a text already prepared with {@link haystackOf}: for a caller that
 * seeks many statements in one text, or one in each text of a list it keeps.
 */
export function coverageIn(a: string, haystack: Haystack): number {
  const sought = soughtOf(a);
  return sought.total === 0 ? 0 : coverageOf(sought, haystack);
}

/**
 * True when {@link coverageIn} of `a` in the haystack is at least `least`: the same sum in the same
 * order, given up as soon as the runs left could not bring it to `least` even if each occurred in
 * full (most pairs a big table compares share a word or two: their first runs decide).
 */
export function coverageInAtLeast(a: string, haystack: Haystack, least: number): boolean {
  const { runs, total } = soughtOf(a);
  if (total === 0) return 0 >= least;
  let found = 0;
  let left = total;
  for (const r of runs) {
    if ((found + left) / total < least - GIVE_UP_MARGIN) return false;
    found += r.weight * runOccurs(r, haystack);
    left -= r.weight;
  }
  return found / total >= least;
}

/** {@link coverageInAtLeast} of `a` in `b`: `coverage(a, b) >= least`. */
export function coverageAtLeast(a: string, b: string, least: number): boolean {
  return coverageInAtLeast(a, haystackOf(b), least);
}

/**
 * How far below `least` the best share still reachable must be before {@link coverageInAtLeast}
 * gives up: far above the rounding of a sum of a few run weights, so it never gives up on a
 * share the whole sum would reach.
 */
const GIVE_UP_MARGIN = 1e-9;

/**
 * A text prepared once both to be sought in others and to be searched ({@link preparedText}),
 * for a caller that compares each of a few texts with each other one: no memo is asked per pair.
 */
export interface PreparedText {
  sought: Sought;
  haystack: Haystack;
}

/** The text prepared for {@link coverageWithin}. */
export function preparedText(text: string): PreparedText {
  return { sought: soughtOf(text), haystack: haystackOf(text) };
}

/** {@link coverage} of a prepared text in a haystack: `coverage(a, b)` is `coverageWithin(preparedText(a), haystackOf(b))`. */
export function coverageWithin(a: PreparedText, haystack: Haystack): number {
  return a.sought.total === 0 ? 0 : coverageOf(a.sought, haystack);
}

/** How much of the runs' weight occurs in the haystack, 0…1 (`total` above 0). */
function coverageOf({ runs, total }: Sought, haystack: Haystack): number {
  let found = 0;
  for (const r of runs) found += r.weight * runOccurs(r, haystack);
  return found / total;
}

/**
 * {@link coverage} of `a`'s different words in `b`, leaving out the words of `skip` (a concept's
 * names: every statement about it shares them) and counting a repeated word once. `Starting a
 * goroutine is as costly as starting a thread` is not covered by `A goroutine starts with go f()`
 * (0.4: `start` of `start`, `costly`, `thread`); `Same as a lightweight tag` is by `A lightweight
 * tag is just a ref to a commit` (`tag` of the name `Annotated tag` left out). Runs shorter than
 * `minRun` are left out too.
 */
export function coverageBeyond(a: string, b: string, skip: readonly string[], minRun = 1): number {
  const skipped = new Set(skip.flatMap((s) => contentRuns(s).map((r) => englishStem(r.text))));
  const haystack = haystackOf(b);
  const seen = new Set<string>();
  let total = 0;
  let found = 0;
  for (const run of soughtOf(a).runs) {
    const stem = englishStem(run.text);
    if (skipped.has(stem) || seen.has(stem) || run.weight < minRun) continue;
    seen.add(stem);
    total += run.weight;
    found += run.weight * runOccurs(run, haystack);
  }
  return total === 0 ? 0 : found / total;
}

/** The larger of the two coverages: close to 1 when one statement is contained in the other. */
export function overlap(a: string, b: string): number {
  return Math.max(coverage(a, b), coverage(b, a));
}
