import { describe, expect, it } from 'vitest';
import { memoByText, memoTable, withBuildMemos } from '../../../src/quiz/text/build-memo.ts';

describe('build memos', () => {
  it('compute a text once per build, and afresh in the next build', () => {
    let computed = 0;
    const length = memoByText((text: string) => {
      computed++;
      return text.length;
    });
    withBuildMemos(() => {
      expect([length('abc'), length('de'), length('abc'), length('de')]).toEqual([3, 2, 3, 2]);
    });
    expect(computed).toBe(2);
    withBuildMemos(() => {
      expect(length('de')).toBe(2); // the last text asked: no look-up at all
      expect(length('abc')).toBe(3);
    });
    expect(computed).toBe(3);
  });

  it('give each build a table of its own, and keep nothing of it once the build ends', () => {
    const table = memoTable<number>();
    const first = withBuildMemos(() => {
      const memo = table();
      memo.set('x', 1);
      // Nested builds share the outer build's table.
      expect(withBuildMemos(() => table())).toBe(memo);
      expect(table()).toBe(memo);
      return memo;
    });
    expect(first.size).toBe(0);
    const second = withBuildMemos(() => table());
    expect(second).not.toBe(first);
    expect(second.has('x')).toBe(false);
    // Outside a build: a bounded table of its own.
    expect(table()).not.toBe(second);
  });
});
