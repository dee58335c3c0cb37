import { describe, expect, it } from 'vitest';
import {
  buildMisconceptionMap,
  correctionFor,
  MASTERY,
} from '../../../src/quiz/learning/misconception-map.ts';
import type { Question } from '../../../src/quiz/types.ts';
import { testBank } from '../../bot/fixtures/test-bank.ts';

const bank = testBank();
const questions = new Map(bank.questions.map((q) => [q.id, q]));

describe('buildMisconceptionMap', () => {
  // saga: 10 answers, 3 right; two wrong options, "Uses 2PC" held by 5 people. cqrs: 2 answers, 1 wrong.
  // bff: 4 answers all right (mastered); a concept not in the bank keeps its id as name.
  const map = buildMisconceptionMap({
    concepts: bank.concepts,
    questions,
    tallies: [
      { conceptId: 'saga', answered: 10, correct: 3 },
      { conceptId: 'cqrs', answered: 2, correct: 1 },
      { conceptId: 'bff', answered: 4, correct: 4 },
      { conceptId: 'gone', answered: 5, correct: 5 },
    ],
    wrongPicks: [
      {
        conceptId: 'saga',
        questionId: 'q1saga',
        choiceText: 'Coordinator locks',
        picks: 2,
        people: 2,
      },
      { conceptId: 'saga', questionId: 'q1saga', choiceText: 'Uses 2PC', picks: 5, people: 5 },
      {
        conceptId: 'cqrs',
        questionId: 'q2cqrs',
        choiceText: 'Always real time',
        picks: 1,
        people: 1,
      },
    ],
    recall: new Map([['gone', 0.2]]),
  });

  it('lists misconceptions most held first, with the correction from the question', () => {
    expect(map.held.map((h) => [h.conceptName, h.choiceText, h.people])).toEqual([
      ['Saga', 'Uses 2PC', 5],
      ['Saga', 'Coordinator locks', 2],
      ['CQRS', 'Always real time', 1],
    ]);
    expect(map.held[0]!.correction).toBe('Uses 2PC is wrong.');
    expect(map.held[0]!.share).toBeCloseTo(0.5);
  });

  it('groups them by concept, weakest concept first', () => {
    expect(map.byConcept.map((c) => [c.conceptId, c.accuracy, c.misconceptions.length])).toEqual([
      ['saga', 0.3, 2],
      ['cqrs', 0.5, 1],
    ]);
  });

  it('calls a concept mastered only with enough answers, accuracy and recall', () => {
    expect(map.mastered.map((c) => c.conceptId)).toEqual(['bff']); // "gone" is right but forgotten (recall 0.2)
    expect(MASTERY.minAnswers).toBeGreaterThan(2); // cqrs' 2 answers could never count
  });

  it("falls back to the concept's correct understanding when the option has no explanation", () => {
    const saga = bank.concepts.find((c) => c.id === 'saga');
    expect(correctionFor(questions.get('q1saga'), 'not an option', saga)).toBe(saga!.correct);
    expect(correctionFor(undefined, 'x', undefined)).toBe('');
  });

  it('is empty for a channel without answers', () => {
    expect(
      buildMisconceptionMap({ concepts: bank.concepts, questions, tallies: [], wrongPicks: [] }),
    ).toEqual({ held: [], byConcept: [], mastered: [] });
  });
});

/** A "which of these is wrong?" question about Saga of the test bank, with these options. */
function sagaMisconception(id: string, prompt: string, choices: Question['choices']): Question {
  return {
    id,
    conceptId: 'saga',
    kind: 'misconception-about',
    prompt,
    choices,
    conceptName: 'Saga',
    asksFor: 'misconception',
    language: 'en',
    explanation: { why: null, notes: [], source: { file: 'notes.md', line: 1, section: null } },
    section: null,
  };
}

describe('a missed "which of these is wrong?" question', () => {
  it('holds the false statement that was not spotted, with its correction, whatever true option was chosen', () => {
    const bank = testBank();
    const question = sagaMisconception('qmis', 'Which is wrong about Saga?', [
      { text: 'Local transactions', correct: false, why: 'as in the notes' },
      { text: 'Uses 2PC', correct: true, why: 'Saga avoids 2PC' },
      { text: 'Async messages', correct: false, why: 'as in the notes' },
    ]);
    const map = buildMisconceptionMap({
      concepts: bank.concepts,
      questions: new Map([[question.id, question]]),
      tallies: [{ conceptId: 'saga', answered: 6, correct: 2 }],
      wrongPicks: [
        {
          conceptId: 'saga',
          questionId: 'qmis',
          choiceText: 'Local transactions',
          picks: 3,
          people: 3,
        },
        {
          conceptId: 'saga',
          questionId: 'qmis',
          choiceText: 'Async messages',
          picks: 1,
          people: 1,
        },
      ],
    });
    expect(map.held).toEqual([
      {
        conceptId: 'saga',
        conceptName: 'Saga',
        choiceText: 'Uses 2PC',
        picks: 4,
        people: 4,
        share: 4 / 6,
        correction: 'Saga avoids 2PC',
      },
    ]);
  });

  it('shows a misconception asked among siblings without the label naming its concept', () => {
    const bank = testBank();
    const question = sagaMisconception(
      'qamong',
      'Which of these statements is a common misconception?',
      [
        { text: 'Saga: Uses 2PC', correct: true, why: 'Saga avoids 2PC' },
        { text: 'CQRS: Splits reads from writes', correct: false, why: null },
        { text: 'gRPC: Runs over HTTP/2', correct: false, why: null },
      ],
    );
    const map = buildMisconceptionMap({
      concepts: bank.concepts,
      questions: new Map([[question.id, question]]),
      tallies: [{ conceptId: 'saga', answered: 4, correct: 2 }],
      wrongPicks: [
        {
          conceptId: 'saga',
          questionId: 'qamong',
          choiceText: 'CQRS: Splits reads from writes',
          picks: 2,
          people: 2,
        },
      ],
    });
    expect(map.held.map((h) => h.choiceText)).toEqual(['Uses 2PC']);
  });
});
