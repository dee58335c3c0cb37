import { describe, expect, it } from 'vitest';
import { repeatedFactAt } from '../../../src/quiz/generate/draft.ts';

describe('repeatedFactAt', () => {
  const keys = (x: readonly string[]): readonly string[] => x;
  it('finds the first option that repeats an earlier option’s fact', () => {
    expect(repeatedFactAt([['a'], ['b'], ['c', 'a'], ['b']], keys)).toBe(2);
    expect(repeatedFactAt([['a', 'b'], ['c'], ['d', 'b']], keys)).toBe(2);
  });
  it('is -1 when every option states facts of its own (one option may hold a key twice)', () => {
    expect(repeatedFactAt([['a'], ['b'], ['c']], keys)).toBe(-1);
    expect(repeatedFactAt([['a', 'a'], ['b']], keys)).toBe(-1);
    expect(repeatedFactAt([[], [], ['a']], keys)).toBe(-1);
    expect(repeatedFactAt([], keys)).toBe(-1);
  });
});
