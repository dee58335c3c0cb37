/** A sibling the notes' matrix says happens under the concept is no wrong statement about it. */
import { describe, expect, it } from 'vitest';
import { generationContext } from '../../../src/quiz/generate/context.ts';
import { matrixRelates } from '../../../src/quiz/generate/fit.ts';
import { parseNotes } from '../../../src/quiz/notes/parse-notes.ts';
import { readSource } from '../notes-helpers.ts';

describe('matrixRelates', () => {
  const doc = parseNotes(readSource('test/fixtures/notes/transactions.ja.md'));
  const ctx = generationContext(doc);
  const named = (name: string) => {
    const c = doc.concepts.find((x) => x.name === name);
    if (!c) throw new Error(name);
    return c;
  };

  it('relates READ COMMITTED and phantom reads (発生), either way round', () => {
    expect(matrixRelates(ctx, named('READ COMMITTED'), named('ファントムリード'))).toBe(true);
    expect(matrixRelates(ctx, named('ファントムリード'), named('READ COMMITTED'))).toBe(true);
  });

  it('does not relate what the cell denies (防止) or no cell joins', () => {
    expect(matrixRelates(ctx, named('READ COMMITTED'), named('ダーティリード'))).toBe(false);
    expect(matrixRelates(ctx, named('楽観ロック'), named('ファントムリード'))).toBe(false);
  });

  it('keeps phantom reads out of the wrong options of READ COMMITTED questions', async () => {
    const { buildQuestionBank } = await import('../../../src/quiz/bank.ts');
    const bank = buildQuestionBank([readSource('test/fixtures/notes/transactions.ja.md')]);
    const rc = bank.questions.filter(
      (q) => q.conceptName === 'READ COMMITTED' && q.kind === 'correct-about',
    );
    for (const q of rc)
      for (const c of q.choices.filter((x) => !x.correct))
        expect(c.why ?? '').not.toContain('ファントムリード');
  });
});
