import { describe, expect, it } from 'vitest';
import { assemble, type Candidate } from '../../../src/quiz/generate/assemble.ts';
import type { Draft } from '../../../src/quiz/generate/draft.ts';

/** A draft of `concept` asking `asks`, with the options `names` (the first is the key). */
function draft(
  concept: string,
  template: string,
  asks: string,
  names: string[],
  quality = 1,
): Candidate {
  const d: Draft = {
    template,
    conceptId: concept,
    conceptName: concept,
    kind: template === 'which-concept' ? 'which-concept' : 'correct-about',
    asksFor: 'correct',
    optionKind: template === 'which-concept' ? 'name' : 'statement',
    prompt: `${template} ${asks}`,
    choices: names.map((text, i) => ({
      text,
      correct: i === 0,
      truth: i === 0,
      why: null,
      keys: [],
    })),
    section: null,
    language: 'en',
    why: null,
    notes: [],
    source: { file: 'x.md', line: 1, section: null },
    asks: [asks],
    quality,
  };
  return { draft: d, owner: { type: 'concept', key: concept } };
}

describe('assemble: coverage', () => {
  it('lets the concept whose only second question needs a shared option set choose it first', () => {
    // Three concepts under one heading share one which-concept option set. B and C have a
    // correct-about question each besides; A has a second correct-about question, so A should not
    // take the one set that B or C need.
    const set = (key: string) => [key, ...['A', 'B', 'C'].filter((n) => n !== key)];
    const candidates = [
      draft('A', 'correct-about', 'a1', ['a one', 'wrong 1', 'wrong 2']),
      draft('A', 'correct-about', 'a2', ['a two', 'wrong 3', 'wrong 4']),
      draft('A', 'which-concept', 'na', set('A'), 2),
      draft('B', 'correct-about', 'b1', ['b one', 'wrong 5', 'wrong 6']),
      draft('B', 'which-concept', 'nb', set('B')),
      draft('C', 'correct-about', 'c1', ['c one', 'wrong 7', 'wrong 8']),
      draft('C', 'which-concept', 'nc', set('C')),
    ];
    const kept = assemble(candidates, ['A', 'B', 'C']);
    const count = (id: string) => kept.filter((d) => d.conceptId === id).length;
    expect(count('A')).toBeGreaterThanOrEqual(2);
    // One of B and C gets the set; the other cannot (one set, asked once): B or C has 2.
    expect(Math.max(count('B'), count('C'))).toBe(2);
    expect(kept.filter((d) => d.template === 'which-concept')).toHaveLength(1);
  });
});
