/**
 * `large-notes`: in notes of hundreds of concepts, a bare row is not set beside the next concepts
 * by id (misconception-among) nor beside its neighbouring rows' cells (correct-about), and its
 * coverage reasons say so; notes of ordinary size are not large.
 */
import { describe, expect, it } from 'vitest';
import { buildQuestionBank } from '../../../src/quiz/bank.ts';
import { documentQuestions, type Template } from '../../../src/quiz/generate/document-questions.ts';
import { isLargeNotes, LARGE_NOTES_CONCEPTS } from '../../../src/quiz/generate/large-notes.ts';
import { parseNotes } from '../../../src/quiz/notes/parse-notes.ts';
import type { NotesSource } from '../../../src/quiz/types.ts';
import { misconceptionTable, scaledNotes } from '../notes/pathological-notes.ts';
import { shippedNotes } from '../notes-helpers.ts';

/** What each template rejected for the table's second row (`概念1`), by template name. */
function rejectedOfSecondRow(source: NotesSource): Map<string, string[]> {
  const out = new Map<string, string[]>();
  documentQuestions(parseNotes(source), () => [], {
    found: (subject, template: Template | 'tables', found) => {
      if (subject?.concept.name !== '概念1' || template === 'tables') return;
      out.set(template.name, found.rejected);
    },
  });
  return out;
}

const largeReason = (reasons: readonly string[] | undefined): string | undefined =>
  reasons?.find((r) => r.includes(`over ${LARGE_NOTES_CONCEPTS}`));

describe('large notes', () => {
  it('are notes of more than LARGE_NOTES_CONCEPTS concepts, far above any real notes', () => {
    expect(isLargeNotes(parseNotes(misconceptionTable(LARGE_NOTES_CONCEPTS)))).toBe(false);
    expect(isLargeNotes(parseNotes(misconceptionTable(LARGE_NOTES_CONCEPTS + 1)))).toBe(true);
    // The shipped notes ten times over (190 concepts) are not large; the largest real notes have
    // about 30 concepts.
    const shipped = parseNotes(shippedNotes());
    expect(shipped.concepts.length).toBeLessThan(LARGE_NOTES_CONCEPTS / 5);
    expect(isLargeNotes(parseNotes(scaledNotes(shippedNotes(), 10)))).toBe(false);
  });

  it('leave a bare row’s strangers and neighbouring rows out, and say so', () => {
    const small = rejectedOfSecondRow(misconceptionTable(LARGE_NOTES_CONCEPTS));
    const large = rejectedOfSecondRow(misconceptionTable(LARGE_NOTES_CONCEPTS + 1));
    // Below the bound the searches run over the strangers and neighbouring rows (and fail on
    // this table, each for its own reasons); above it they are not offered.
    expect(largeReason(small.get('misconceptionAmongDrafts'))).toBeUndefined();
    expect(small.get('misconceptionAmongDrafts')?.length).toBeGreaterThan(0);
    expect(largeReason(small.get('correctAboutDrafts'))).toBeUndefined();
    expect(largeReason(large.get('misconceptionAmongDrafts'))).toMatch(
      /^misconception-among: .*unrelated concepts are not offered/,
    );
    expect(largeReason(large.get('correctAboutDrafts'))).toMatch(
      /^correct-about: .*neighbouring rows are not offered/,
    );
  });

  it('still give every row a question, and every concept short of two a reason', () => {
    const bank = buildQuestionBank([misconceptionTable(LARGE_NOTES_CONCEPTS + 50)]);
    expect(bank.questions.length).toBeGreaterThanOrEqual(LARGE_NOTES_CONCEPTS + 50);
    const short = (bank.coverage ?? []).filter((c) => c.questions < 2);
    expect(short.length).toBeGreaterThan(0);
    for (const c of short) expect(c.reasons, c.conceptId).not.toEqual([]);
  });
});
