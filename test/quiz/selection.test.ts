import { describe, expect, it } from 'vitest';
import { chooseQuestion, conceptWeight } from '../../src/quiz/selection.ts';
import { seededRandom } from '../../src/quiz/text/seeded-random.ts';
import type { Question } from '../../src/quiz/types.ts';

function q(id: string, conceptId: string): Question {
  return { id, conceptId, kind: 'correct-about', prompt: id, choices: [], explanation: '', section: null };
}

const bank = [q('a1', 'A'), q('a2', 'A'), q('b1', 'B'), q('c1', 'C'), q('d1', 'D')];

describe('chooseQuestion', () => {
  it('never repeats a question until the bank is used up', () => {
    const random = seededRandom(7);
    const asked: string[] = [];
    for (let round = 0; round < 3; round++) {
      const seen = new Set<string>();
      for (let i = 0; i < bank.length; i++) {
        const s = chooseQuestion({ questions: bank, askedIds: asked, conceptRecords: new Map(), random })!;
        expect(seen.has(s.question.id)).toBe(false);
        seen.add(s.question.id);
        asked.push(s.question.id);
      }
      expect(seen.size).toBe(bank.length);
    }
  });

  it('favours the concepts the channel gets wrong', () => {
    const records = new Map([
      ['A', { answered: 10, correct: 10 }],
      ['B', { answered: 10, correct: 0 }],
      ['C', { answered: 10, correct: 10 }],
      ['D', { answered: 10, correct: 10 }],
    ]);
    const random = seededRandom(1);
    const counts = new Map<string, number>();
    for (let i = 0; i < 2000; i++) {
      const s = chooseQuestion({ questions: bank, askedIds: [], conceptRecords: records, random })!;
      counts.set(s.question.conceptId, (counts.get(s.question.conceptId) ?? 0) + 1);
    }
    // B weighs 4 against 1 for each of the four mastered questions: about half the picks.
    expect(counts.get('B')!).toBeGreaterThan(800);
    expect(counts.get('C')!).toBeLessThan(400);
  });

  it('avoids the previous concept when it can', () => {
    for (let seed = 0; seed < 50; seed++) {
      const s = chooseQuestion({ questions: bank, askedIds: ['a1'], conceptRecords: new Map(), random: seededRandom(seed) })!;
      expect(s.question.conceptId).not.toBe('A');
    }
  });

  it('returns null for an empty bank and weighs unanswered concepts in the middle', () => {
    expect(chooseQuestion({ questions: [], askedIds: [], conceptRecords: new Map(), random: Math.random })).toBeNull();
    expect(conceptWeight(undefined)).toBe(2);
    expect(conceptWeight({ answered: 4, correct: 4 })).toBe(1);
    expect(conceptWeight({ answered: 4, correct: 0 })).toBe(4);
  });
});
