/**
 * `key-in-a-pair`: the key and one other option share a word of content that no other option and
 * not the prompt holds — `WeakHashMap holds its values weakly` beside `In a WeakHashMap the keys
 * are weak`. Two options on one point read as a claim and its answer, so one of the two must be
 * the key: a guess between them is right half the time, not a third. The bank prefers another set
 * (a cost in choose-options.ts), it does not forbid one: the notes often give a concept no other
 * point. Pure.
 */
import { memoByText } from '../text/build-memo.ts';
import { contentRuns } from '../text/runs.ts';
import type { DraftChoice } from './draft.ts';

/** A Latin word this long or longer is content (`udp`, `incr`; `is`, `at` are not). */
const MIN_LATIN = 3;
/** A run of Japanese script this long or longer is content (`原子性`, `ハッシュ`). */
const MIN_OTHER = 2;

/** The words of content of a text, as {@link contentRuns} reads them (memoised per build). */
const termsOf = memoByText((text: string): ReadonlySet<string> => {
  const out = new Set<string>();
  for (const run of contentRuns(text))
    if (run.weight >= (/[a-z0-9]/.test(run.text) ? MIN_LATIN : MIN_OTHER)) out.add(run.text);
  return out;
});

/**
 * The word that the key (the first choice that is `correct`) shares with exactly one other option
 * and the prompt does not say, or null.
 */
export function keyPairTerm(prompt: string, choices: readonly DraftChoice[]): string | null {
  const key = choices.find((c) => c.correct);
  if (!key || choices.length < 3) return null;
  const asked = termsOf(prompt);
  for (const term of termsOf(key.text)) {
    if (holds(asked, term)) continue;
    let holders = 0;
    for (const c of choices) if (holds(termsOf(c.text), term)) holders++;
    if (holders === 2) return term;
  }
  return null;
}

/** A Latin word this long or longer is one word with the longer ones it starts (`deep`, `deeper`)… */
const MIN_STEM = 4;
/** …by an ending this long at most (`-er`, `-es`, `-ing`; `weak` is not `weakhashmap`). */
const MAX_ENDING = 3;

/**
 * True when `terms` hold `term`, or a Latin word that one of the two starts by an ending
 * (`miss` / `misses`, `deep` / `deeper`, `step` / `steps`): one point, whatever its ending.
 */
function holds(terms: ReadonlySet<string>, term: string): boolean {
  if (terms.has(term)) return true;
  if (!/^[a-z]/.test(term)) return false;
  for (const other of terms) {
    if (!/^[a-z]/.test(other)) continue;
    const [short, long] = other.length < term.length ? [other, term] : [term, other];
    if (
      short.length >= MIN_STEM &&
      long.length - short.length <= MAX_ENDING &&
      long.startsWith(short)
    )
      return true;
  }
  return false;
}
