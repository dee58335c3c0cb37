/**
 * Explanations that teach (issue 11, item 5), bank-wide: on the shipped notes and every notes
 * fixture, no why is a dump of table cells, the option again, the option printed twice, or — for a
 * which-concept key — the concept's summary cell where it says nothing of the stem.
 */
import { readdirSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { buildQuestionBank } from '../../src/quiz/bank.ts';
import { explanationFaults } from '../../src/quiz/review/explanation-faults.ts';
import { readSource, SHIPPED_NOTES, shippedAliases } from './notes-helpers.ts';

const FILES = [
  SHIPPED_NOTES,
  ...readdirSync('test/fixtures/notes')
    .filter((f) => f.endsWith('.md'))
    .map((f) => `test/fixtures/notes/${f}`),
];

describe.each(FILES)('explanations of %s', (file) => {
  it('none is a cell dump, circular, printed twice or a generic definition', () => {
    const bank = buildQuestionBank([readSource(file)], { aliases: shippedAliases() });
    const names = bank.concepts.flatMap((c) => [c.name, ...c.aliases]);
    const summaries = bank.concepts.map((c) => c.correct);
    const byId = new Map(bank.concepts.map((c) => [c.id, c]));
    const faults = bank.questions.flatMap((q) =>
      explanationFaults(q, byId.get(q.conceptId), names, summaries).map(
        (f) => `${q.id} ${f.rule} (${f.where}): ${f.why}`,
      ),
    );
    expect(faults).toEqual([]);
  });
});
