/** A correct-about question never sets its key beside the misconception the key corrects. */
import { describe, expect, it } from 'vitest';
import { buildQuestionBank } from '../../../src/quiz/bank.ts';
import { readSource } from '../notes-helpers.ts';

describe('correct-about', () => {
  it('leaves out the misconception whose correction is the key (they would contradict each other)', () => {
    const bank = buildQuestionBank([readSource('test/fixtures/notes/transactions.ja.md')]);
    const durability = bank.questions.filter(
      (q) => q.conceptName === '永続性' && q.kind === 'correct-about',
    );
    expect(durability.length).toBeGreaterThan(0);
    for (const q of durability) {
      const options = q.choices.map((c) => c.text);
      if (options.includes('コミット済みの変更は障害でも失われない'))
        expect(options).not.toContain('コミット直後の障害では失われうる');
    }
  });
});
