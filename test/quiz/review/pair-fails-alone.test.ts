import { describe, expect, it } from 'vitest';
import { OPTION_RULES, pairFailsAlone } from '../../../src/quiz/review/option-rules.ts';
import { reviewQuestion } from '../../../src/quiz/review/review.ts';
import type { Choice } from '../../../src/quiz/types.ts';
import { q } from './make-question.ts';

const PAIR_RULES = OPTION_RULES.filter(
  (r) => r.name === 'no-paraphrase-pair' || r.name === 'no-contradiction',
);

/** What the two rules find on a question of just these two options (`*` marks the key). */
function reviewed(a: string, b: string, asksFor: 'correct' | 'misconception'): boolean {
  const question = q({ options: [a, b], asksFor });
  return reviewQuestion(question, { conceptNames: [] }, PAIR_RULES).length > 0;
}

function choice(option: string): Choice {
  const correct = option.startsWith('*');
  return { text: correct ? option.slice(1) : option, correct, why: null };
}

/** Pairs the two rules flag, and pairs they pass, each in one option order. */
const FLAGGED: [string, string][] = [
  ['*中央集権で単一障害点あり', '中央集権で単一障害点なし'],
  ['二つの系は独立していない', '*獲得免疫は自然免疫と無関係に独立して働く'],
  ['Can have false negatives', '*Set membership with no false negatives; cannot delete'],
  ['Retries failed calls with exponential backoff', 'Retries failed calls with backoff'],
];
const PASSED: [string, string][] = [
  // One true, one false: no paraphrase pair (the review's other rules judge such a pair).
  ['*Retries failed calls with exponential backoff', 'Retries failed calls with backoff'],
  ['*即座にエラーを返す', 'キューに溜めて後で処理する'],
  ['*Opens after repeated failures', 'Limits requests per second per client'],
  ['Retries failed calls with exponential backoff', '*Retries failed calls with backoff'],
];

describe('pairFailsAlone', () => {
  it('flags the pairs no-paraphrase-pair or no-contradiction flags, and passes the rest', () => {
    for (const [a, b] of FLAGGED)
      expect(pairFailsAlone(choice(a), choice(b)), `${a} / ${b}`).toBe(true);
    for (const [a, b] of PASSED)
      expect(pairFailsAlone(choice(a), choice(b)), `${a} / ${b}`).toBe(false);
  });

  it('finds what reviewing a two-option question with those rules finds, in either order and for either ask', () => {
    for (const [a, b] of [...FLAGGED, ...PASSED])
      for (const [x, y] of [
        [a, b],
        [b, a],
      ] as const)
        for (const asksFor of ['correct', 'misconception'] as const)
          expect(pairFailsAlone(choice(x), choice(y)), `${x} / ${y} (${asksFor})`).toBe(
            reviewed(x, y, asksFor),
          );
  });
});
