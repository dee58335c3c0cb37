import { describe, expect, it } from 'vitest';
import { bankMarkdown } from '../../src/cli/bank-markdown.ts';
import type { Question, QuestionBank } from '../../src/quiz/types.ts';

const source = { file: 'ship-stability.en.md', line: 25, section: '4. Metacentre and GM' };

/** A misconception question whose true option C was cut from the notes' longer sentence. */
const question: Question = {
  id: 'jy34vxg8',
  conceptId: 'gm',
  conceptName: 'Metacentre and GM',
  kind: 'misconception-about',
  asksFor: 'misconception',
  prompt: 'Which of these is a misconception about “Metacentre and GM”?',
  choices: [
    { text: "GM is a fixed property of the ship's design", correct: true, why: null },
    { text: 'Beam matters a lot: BM goes with B²', correct: false, why: null },
    {
      text: 'KM comes from the hydrostatic tables for a given draft',
      correct: false,
      why: 'KM comes from the hydrostatic tables for a given draft; KG comes from your loading',
    },
  ],
  explanation: { why: 'it changes with every loading condition', notes: [], source },
  section: source.section,
  language: 'en',
};

const bank: QuestionBank = {
  documents: [],
  concepts: [
    {
      id: 'gm',
      name: 'Metacentre and GM',
      correct: 'GM = KM − KG',
      keyPhrases: [],
      misconceptions: ['GM is a property of the hull alone'],
      section: source.section,
      aliases: [],
      source: { file: source.file, line: source.line },
    },
  ],
  questions: [question],
  problems: [],
};

describe('whole-why-beside-option', () => {
  const markdown = bankMarkdown(bank);

  it('prints the notes sentence an option was cut from whole beside it, not its rest alone', () => {
    expect(markdown).toContain(
      'C. ❌ KM comes from the hydrostatic tables for a given draft — _KM comes from the hydrostatic tables for a given draft; KG comes from your loading_',
    );
    expect(markdown).not.toContain('— _…');
  });

  it('prints an option with no why alone', () => {
    expect(markdown).toContain('B. ❌ Beam matters a lot: BM goes with B²\n');
  });
});
