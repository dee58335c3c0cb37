import { describe, expect, it } from 'vitest';
import { buildQuestionBank } from '../../src/quiz/bank.ts';
import { lookupConcept } from '../../src/quiz/lookup.ts';
import { parseNotes } from '../../src/quiz/notes/parse-notes.ts';
import { matchKey } from '../../src/quiz/text/normalize.ts';
import { seededRandom } from '../../src/quiz/text/seeded-random.ts';
import type { QuestionBank } from '../../src/quiz/types.ts';
import { fixture, shippedNotes } from './notes-helpers.ts';

function expectFairQuestions(bank: QuestionBank): void {
  for (const q of bank.questions) {
    expect(q.choices.filter((c) => c.correct)).toHaveLength(1);
    const keys = q.choices.map((c) => matchKey(c.text));
    expect(new Set(keys).size).toBe(keys.length);
    expect(q.choices.length).toBeGreaterThanOrEqual(2);
    expect(q.choices.length).toBeLessThanOrEqual(5);
  }
}

describe('odd notes', () => {
  it.each([
    ['an empty file', ''],
    ['white space only', '  \n\n\t\n'],
    ['an unterminated front matter', '---\ntitle: x\n| 概念 | 正しい理解 | よくある誤解 |'],
    ['a header row without its separator', '| 概念 | 正しい理解 | よくある誤解 |\n| A | B | C × |'],
    ['a heading with no text', '#\n##\n'],
    [
      'an unclosed code fence',
      '```\n| 概念 | 正しい理解 | よくある誤解 |\n|---|---|---|\n| A | B | C × |',
    ],
  ])('%s gives a line-numbered problem, not an exception', (_name, text) => {
    const doc = parseNotes({ path: 'odd.md', text });
    expect(doc.concepts).toEqual([]);
    expect(doc.problems.map((p) => p.line)).toEqual([1]);
  });

  it('reads ragged rows (missing cells are empty) and escaped pipes', () => {
    const doc = parseNotes({
      path: 'ragged.md',
      text: [
        '| 概念 | 正しい理解 | よくある誤解 |',
        '|---|---|---|',
        '| A | B |',
        '| C \\| D | E | F × | extra |',
      ].join('\n'),
    });
    expect(doc.concepts.map((c) => [c.name, c.correct, c.misconceptions])).toEqual([
      ['A', 'B', []],
      ['C | D', 'E', ['F']],
    ]);
  });

  it('survives many random mixtures of notes lines', () => {
    const pieces = [
      ...shippedNotes().text.split('\n'),
      ...fixture('resilience.en.md').text.split('\n'),
      '| 概念 | 正しい理解 | よくある誤解 |',
      '|---|---|---|',
      '| X | **Y** | Z ×、逆 × |',
      '- × （）',
      '**ポイント**: 「」ではない（）',
      '**Point**: (not )',
      '> **とは**:',
      '```',
    ];
    for (let round = 0; round < 60; round++) {
      const random = seededRandom(`fuzz-${round}`);
      const lines = Array.from(
        { length: 40 + Math.floor(random() * 200) },
        () => pieces[Math.floor(random() * pieces.length)] ?? '',
      );
      const bank = buildQuestionBank([{ path: `fuzz-${round}.md`, text: lines.join('\n') }]);
      expectFairQuestions(bank);
      for (const concept of bank.concepts.slice(0, 3))
        expect(lookupConcept(bank, concept.name).found).toBe(true);
    }
  });
});
