/**
 * `embedded-clause`: an English statement may end on a copula when the copula closes a clause
 * whose complement came first. Such a statement is whole, not a line cut short:
 *
 * | Rule | Example |
 * | --- | --- |
 * | `existential-there` | `K-means learns how many clusters there are`, `the least depth there can ever be` |
 * | `wh-complement` | `Beta measures how volatile the stock is`, `GDPR protects EU citizens wherever they are` |
 *
 * `It decides which servers are` stays cut short: `which servers` is the clause's subject, so its
 * complement is missing. Reads only the last few words.
 */

/** Copulas that may close such a clause. */
const COPULAS = new Set(['is', 'are', 'was', 'were', 'be']);
/** Words that may stand between `there` and the copula (`there can ever be`). */
const MODALS_AND_ADVERBS = new Set([
  'can',
  'could',
  'may',
  'might',
  'will',
  'would',
  'must',
  'should',
  'ever',
  'still',
  'always',
  'never',
  'really',
  'actually',
]);
/** Words that open a clause whose complement they are (`what the risk is`). */
const WH_COMPLEMENTS = new Set([
  'how',
  'what',
  'whatever',
  'wherever',
  'whenever',
  'however',
  'where',
  'when',
  'who',
  'whoever',
]);
/** Words that open the subject of the clause after the wh-word. */
const SUBJECT_OPENERS = new Set([
  'the',
  'a',
  'an',
  'its',
  'their',
  'his',
  'her',
  'our',
  'your',
  'my',
  'this',
  'that',
  'these',
  'those',
  'it',
  'they',
  'we',
  'you',
  'he',
  'she',
  'i',
]);

/** How many words a wh-clause may hold between its wh-word and the copula. */
const MAX_CLAUSE_WORDS = 5;

/**
 * True when `words` (lower case, in order) end on a copula that closes an embedded clause:
 * `existential-there` or `wh-complement` (see the table above).
 */
export function closesEmbeddedClause(words: readonly string[]): boolean {
  const n = words.length;
  if (!COPULAS.has(words[n - 1] ?? '')) return false;
  let i = n - 2;
  while (i >= 0 && MODALS_AND_ADVERBS.has(words[i] ?? '')) i--;
  if (words[i] === 'there') return true;
  for (let at = n - 2; at >= Math.max(0, n - 2 - MAX_CLAUSE_WORDS); at--) {
    const word = words[at] ?? '';
    if (!WH_COMPLEMENTS.has(word)) continue;
    // `what the risk is`; `how volatile the stock is` (how + its adjective, then the subject).
    const subjectAt = word === 'how' && !SUBJECT_OPENERS.has(words[at + 1] ?? '') ? at + 2 : at + 1;
    return subjectAt < n - 1 && SUBJECT_OPENERS.has(words[subjectAt] ?? '');
  }
  return false;
}
