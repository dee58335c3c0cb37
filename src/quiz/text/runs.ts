/**
 * Content runs: the words of a statement, for telling whether two statements are about the same
 * thing. Japanese has no spaces, so a run is a stretch of one script — kanji (`分散`), katakana
 * (`トランザクション`) or Latin/digits (`http/1`); hiragana (particles, endings) is left out.
 * English words are runs too, minus a few function words.
 */
import { memoByText } from './build-memo.ts';

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

/** A run and its weight (its length, so `分散トランザクション` outweighs `別`). */
export interface Run {
  text: string;
  weight: number;
}

/** The content runs of a statement. */
export function contentRuns(text: string): Run[] {
  const key = text.normalize('NFKC').toLowerCase();
  const runs: Run[] = [];
  for (const match of key.matchAll(RUN)) {
    const run = match[0];
    if (STOP_WORDS.has(run)) continue;
    runs.push({ text: run, weight: [...run].length });
  }
  return runs;
}

/** A statement prepared for being searched: its NFKC lower-case text and the stems of its Latin words. */
interface Haystack {
  text: string;
  stems: ReadonlySet<string>;
}

/** Memoised per build (the bank compares the same few thousand statements with each other many times). */
const haystackOf = memoByText((text: string): Haystack => {
  const normal = text.normalize('NFKC').toLowerCase();
  return { text: normal, stems: new Set((normal.match(/[a-z]+/g) ?? []).map(englishStem)) };
});

const runsOf = memoByText((text: string): readonly Run[] => contentRuns(text));

/**
 * How much of `run` occurs in `haystack`, 0…1. Latin words by a short stem (retry ~ retries);
 * kanji compounds by their character pairs, since `記述量削減` and `記述量を減らす` share `記述量`.
 */
function runOccurs(run: string, haystack: Haystack): number {
  if (haystack.text.includes(run)) return 1;
  if (/^[a-z]{4,}$/.test(run)) return haystack.stems.has(englishStem(run)) ? 1 : 0;
  const chars = [...run];
  if (chars.length >= 3 && /^\p{Script=Han}+$/u.test(run)) {
    let found = 0;
    for (let i = 0; i + 1 < chars.length; i++)
      if (haystack.text.includes(`${chars[i]}${chars[i + 1]}`)) found++;
    return found / (chars.length - 1);
  }
  return 0;
}

/** A crude English stem: retries → retry, calls → call, failing → fail. */
export function englishStem(word: string): string {
  if (word.length <= 4) return word;
  return word
    .replace(/ly$/, '')
    .replace(/(?:ies|ied)$/, 'y')
    .replace(/(?:es|s|ing|ed)$/, '');
}

/**
 * How much of `a` (by run weight) occurs in `b`: 1 when every run of `a` is found in `b`.
 * 0 when `a` has no runs.
 */
export function coverage(a: string, b: string): number {
  const runs = runsOf(a);
  const total = runs.reduce((sum, r) => sum + r.weight, 0);
  if (total === 0) return 0;
  const haystack = haystackOf(b);
  const found = runs.reduce((sum, r) => sum + r.weight * runOccurs(r.text, haystack), 0);
  return found / total;
}

/** The larger of the two coverages: close to 1 when one statement is contained in the other. */
export function overlap(a: string, b: string): number {
  return Math.max(coverage(a, b), coverage(b, a));
}
