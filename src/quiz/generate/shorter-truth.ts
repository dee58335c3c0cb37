/**
 * A long true statement also in a shorter clause that stands alone (facts/shorter-statements.ts:
 * a clause that says less, and nothing else), for options beside the notes' misconceptions, which
 * are short claims: beside them the whole sentence is the longest option, and a player picks it.
 * Pure.
 */
import type { Fact } from '../facts/fact.ts';
import { laterSentences, shorterJapanese, shorterStatement } from '../facts/shorter-statements.ts';
import { memoPerObject } from '../text/build-memo.ts';
import { contextRule } from '../text/context-words.ts';
import type { Concept } from '../types.ts';
import { asOption } from './context.ts';

/** A true option longer than this is also offered in a shorter clause, where one stands alone. */
const SHORTER_FROM = 40;
/** The same for Japanese, in characters (a character says about what two English letters do). */
const SHORTER_FROM_JA = 20;
/** The shorter clause is at most this long… */
const SHORTER_TO = 60;
/** …and in Japanese this many characters. */
const SHORTER_TO_JA = 30;

/**
 * `shorter-beside-short`: a long truth also in its first clause (`Every page should be actionable`
 * of `…; a page nobody can act on trains people to ignore pages`), and a summary cell also in each
 * later sentence that stands alone, to stand beside the short misconceptions a review of lengths
 * keeps it from: as a true option of "which is a misconception" (misconception-about.ts), and as
 * the key of "which is correct" among the concept's own misconceptions (correct-about.ts
 * `cut-key`, whose explanation gives the whole sentence).
 */
export const shorterTruth: (fact: Fact, lang: 'ja' | 'en', me: Concept) => readonly string[] =
  memoPerObject(shorterTruthOf);

/** {@link shorterTruth}, worked out. */
function shorterTruthOf(fact: Fact, lang: 'ja' | 'en', me: Concept): string[] {
  const from = lang === 'en' ? SHORTER_FROM : SHORTER_FROM_JA;
  const main = asOption(fact.text, lang, me);
  if ([...main].length <= from) return [];
  const longest = lang === 'en' ? SHORTER_TO : SHORTER_TO_JA;
  const short =
    lang === 'en'
      ? shorterStatement(main, lang, from, longest)
      : shorterJapanese(main, from, longest);
  // Only a cell's sentences: each a facet of its own. A paragraph's later sentences go on from the
  // first (`低次元の直感では「…」のが最大の問題に見える`, then what is really so).
  const later =
    fact.source === 'summary'
      ? laterSentences(main, lang, longest).map((t) => asOption(t, lang, me))
      : [];
  // `cut-leans-not`: a clause that leans on what was cut (`Restriction (e.g. fibrosis) lowers both`
  // of `…lowers both, so the ratio is normal or high`, reading 51: both of what?) stands not alone.
  return (short === main ? later : [short, ...later]).filter((t) => contextRule(t, lang) === null);
}
