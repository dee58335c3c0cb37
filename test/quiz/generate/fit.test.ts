/** Whether a statement fits a concept as well as its own: requirements are shared. */
import { describe, expect, it } from 'vitest';
import { buildQuestionBank } from '../../../src/quiz/bank.ts';
import { generationContext } from '../../../src/quiz/generate/context.ts';
import { statementFitsNot } from '../../../src/quiz/generate/fit.ts';
import { parseNotes } from '../../../src/quiz/notes/parse-notes.ts';
import { shippedAliases, shippedNotes } from '../notes-helpers.ts';

describe('statementFitsNot', () => {
  const doc = parseNotes(shippedNotes());
  const ctx = generationContext(doc);
  const named = (name: string) => {
    const c = doc.concepts.find((x) => x.name === name);
    if (!c) throw new Error(name);
    return c;
  };

  it('lets a requirement of one concept fit another the notes do not deny it of', () => {
    // イベントソーシング's 「冪等なロジックが必要」 is as true of サーガ (redelivered steps).
    expect(statementFitsNot(ctx, '冪等なロジックが必要', named('サーガ'))).toBe(false);
    expect(statementFitsNot(ctx, 'Needs a limit on the number of attempts', named('サーガ'))).toBe(
      false,
    );
  });

  it('still tells concepts apart by what one does and the other does not say', () => {
    expect(statementFitsNot(ctx, '読み書き分離、結果整合性', named('サーガ'))).toBe(true);
    // Denied of the concept: a sound wrong option even as a requirement.
    expect(statementFitsNot(ctx, '分散トランザクションを使う', named('サーガ'))).toBe(true);
  });

  it("keeps another concept's requirement out of the wrong options of the shipped bank", () => {
    const bank = buildQuestionBank([shippedNotes()], { aliases: shippedAliases() });
    const saga = bank.questions.filter((q) => q.conceptName === 'サーガ');
    expect(saga.length).toBeGreaterThanOrEqual(2);
    for (const q of saga)
      expect(
        q.choices.map((c) => c.text),
        q.id,
      ).not.toContain('冪等なロジックが必要');
  });

  it('reads a long statement in linear time', () => {
    const long = `${'必要'.repeat(500_000)}x`;
    expect(statementFitsNot(ctx, long, named('サーガ'))).toBe(true);
  });
});
