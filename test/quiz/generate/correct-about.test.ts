/** No question sets a statement beside the misconception it corrects (either question kind). */
import { describe, expect, it } from 'vitest';
import { buildQuestionBank } from '../../../src/quiz/bank.ts';
import { isCorrectionOf } from '../../../src/quiz/generate/fit.ts';
import { QUALITY_NOTES } from '../bank-quality-expectations.ts';
import { readSource, shippedAliases } from '../notes-helpers.ts';

describe('a statement and the misconception it corrects', () => {
  it.each(QUALITY_NOTES)('never stand in one question of %s', (file) => {
    const bank = buildQuestionBank([readSource(file)], { aliases: shippedAliases() });
    const pairs: string[] = [];
    for (const q of bank.questions) {
      if (q.kind === 'correct-about') {
        // The key (true) beside a wrong option whose correction says it.
        const key = q.choices.find((c) => c.correct);
        for (const c of q.choices)
          if (key && !c.correct && isCorrectionOf(key.text, c.why))
            pairs.push(`${q.id}: ${c.text}`);
      }
      if (q.kind === 'misconception-about') {
        // The key (wrong) beside a true option its correction says.
        const key = q.choices.find((c) => c.correct);
        for (const c of q.choices)
          if (key && !c.correct && isCorrectionOf(c.text, key.why ?? null))
            pairs.push(`${q.id}: ${c.text}`);
      }
    }
    expect(pairs).toEqual([]);
  });
});

describe('wrong options about another concept', () => {
  it('offers one statement per other concept (楽観ロック: not two things 悲観ロック does)', () => {
    const bank = buildQuestionBank([readSource('test/fixtures/notes/transactions.ja.md')]);
    for (const q of bank.questions.filter(
      (x) => x.conceptName === '楽観ロック' && x.kind === 'correct-about',
    )) {
      const options = q.choices.map((c) => c.text);
      const pessimistic = ['読み取り時にロックを取る', '競合が多い場面に向く'];
      expect(options.filter((o) => pessimistic.includes(o)).length, q.id).toBeLessThan(2);
    }
  });
});
