import { describe, expect, it } from 'vitest';
import {
  type ConceptSignal,
  chooseAdaptiveQuestion,
  conceptNeed,
  explainSelection,
  UNEXPLORED_NEED,
} from '../../../src/quiz/learning/adaptive-selection.ts';
import { seededRandom } from '../../../src/quiz/text/seeded-random.ts';
import type { Question } from '../../../src/quiz/types.ts';

function q(id: string, conceptId: string): Question {
  return {
    id,
    conceptId,
    conceptName: conceptId,
    kind: 'correct-about',
    asksFor: 'correct',
    prompt: id,
    choices: [],
    explanation: { why: null, notes: [], source: { file: 'notes.md', line: 1, section: null } },
    section: null,
    language: 'en',
  };
}

// Two questions per concept; W is what the channel gets wrong, M1–M3 are mastered, N is new.
const bank = ['W', 'M1', 'M2', 'M3', 'N'].flatMap((c) => [q(`${c}-a`, c), q(`${c}-b`, c)]);
const mastered = { recent: { answered: 10, correct: 10 }, recall: { mean: 0.95, members: 4 } };
const signals = new Map<string, ConceptSignal>([
  ['W', { recent: { answered: 10, correct: 2 }, recall: { mean: 0.4, members: 4 } }],
  ['M1', mastered],
  ['M2', mastered],
  ['M3', mastered],
]);

describe('conceptNeed', () => {
  it('rises as accuracy and predicted recall fall; unknown concepts sit in the middle', () => {
    expect(conceptNeed(undefined)).toBe(UNEXPLORED_NEED);
    const weak = conceptNeed(signals.get('W'));
    const strong = conceptNeed(mastered);
    expect(weak).toBeGreaterThan(UNEXPLORED_NEED);
    expect(strong).toBeLessThan(UNEXPLORED_NEED);
    // Same accuracy, worse recall → more need.
    expect(
      conceptNeed({ recent: { answered: 4, correct: 3 }, recall: { mean: 0.3, members: 2 } }),
    ).toBeGreaterThan(
      conceptNeed({ recent: { answered: 4, correct: 3 }, recall: { mean: 0.9, members: 2 } }),
    );
    // One wrong answer does not outweigh ten: smoothed towards the middle.
    expect(conceptNeed({ recent: { answered: 1, correct: 0 } })).toBeLessThan(
      conceptNeed({ recent: { answered: 10, correct: 0 } }),
    );
  });
});

describe('chooseAdaptiveQuestion', () => {
  it('asks the concept the channel gets wrong before the new one, and both before mastered ones, with no repeats', () => {
    for (let seed = 0; seed < 20; seed++) {
      const random = seededRandom(seed);
      const asked: string[] = [];
      for (let i = 0; i < bank.length; i++) {
        const s = chooseAdaptiveQuestion({ questions: bank, askedIds: asked, signals, random })!;
        expect(asked).not.toContain(s.question.id);
        asked.push(s.question.id);
      }
      expect(new Set(asked).size).toBe(bank.length);
      const concepts = asked.map((id) => id.split('-')[0]);
      const lastWeak = Math.max(concepts.indexOf('W'), concepts.lastIndexOf('W'));
      const firstMastered = concepts.findIndex((c) => c!.startsWith('M'));
      expect(concepts[0]).toBe('W');
      expect(lastWeak).toBeLessThan(firstMastered);
      expect(concepts.lastIndexOf('N')).toBeLessThan(firstMastered);
    }
  });

  it('starts a new round once the bank is used up', () => {
    const all = bank.map((x) => x.id);
    const s = chooseAdaptiveQuestion({
      questions: bank,
      askedIds: all,
      signals,
      random: seededRandom(1),
    })!;
    expect(s.question.conceptId).toBe('W');
    expect(s.candidates).toBe(bank.length - 2); // the previous post's concept (N) is avoided
  });

  it('uses predicted recall when the channel has no recent answers', () => {
    const recallOnly = new Map<string, ConceptSignal>([
      ['W', { recall: { mean: 0.2, members: 3 } }],
      ['M1', { recall: { mean: 0.97, members: 3 } }],
      ['M2', { recall: { mean: 0.97, members: 3 } }],
      ['M3', { recall: { mean: 0.97, members: 3 } }],
      ['N', { recall: { mean: 0.97, members: 3 } }],
    ]);
    for (let seed = 0; seed < 10; seed++) {
      expect(
        chooseAdaptiveQuestion({
          questions: bank,
          askedIds: [],
          signals: recallOnly,
          random: seededRandom(seed),
        })!.question.conceptId,
      ).toBe('W');
    }
  });

  it('explains the choice in one line with the numbers behind it', () => {
    const s = chooseAdaptiveQuestion({
      questions: bank,
      askedIds: [],
      signals,
      random: seededRandom(3),
    })!;
    expect(s.shortlist).toEqual(['W']);
    expect(s.recentAccuracy).toBeCloseTo(0.2);
    expect(s.predictedRecall).toBeCloseTo(0.4);
    const why = explainSelection(s, 'Weak concept');
    expect(why).toContain('"Weak concept"');
    expect(why).toContain('recent accuracy 20% of 10 answers');
    expect(why).toContain('predicted recall 40% across 4 members');
    expect(why).toContain('the highest of 5 concepts');
  });

  it('returns null for an empty bank', () => {
    expect(
      chooseAdaptiveQuestion({ questions: [], askedIds: [], signals, random: seededRandom(1) }),
    ).toBeNull();
  });
});
