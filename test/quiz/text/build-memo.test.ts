import { describe, expect, it } from 'vitest';
import {
  memoByText,
  memoPerObject,
  memoTable,
  objectMemoTable,
  withBuildMemos,
} from '../../../src/quiz/text/build-memo.ts';

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
      // Texts among the last few asked: no look-up at all (the value depends on the text alone).
      expect(length('de')).toBe(2);
      expect(length('abc')).toBe(3);
      expect(computed).toBe(2);
      // Eight other texts push them out: the new build's table has not got them.
      for (const t of ['f', 'gg', 'hhh', 'iiii', 'j', 'kk', 'lll', 'mmmm']) length(t);
      expect(computed).toBe(10);
      expect(length('abc')).toBe(3);
    });
    expect(computed).toBe(11);
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

  it('keep objects per build too, and nothing of a build once it ends', () => {
    const table = objectMemoTable<object, number>();
    const key = {};
    const first = withBuildMemos(() => {
      table().set(key, 1);
      expect(withBuildMemos(() => table().get(key))).toBe(1);
      return table();
    });
    expect(first.get(key)).toBeUndefined();
    expect(withBuildMemos(() => table().get(key))).toBeUndefined();
    // Outside a build: a table of its own, holding its keys weakly.
    table().set(key, 2);
    expect(table().get(key)).toBe(2);
    expect(withBuildMemos(() => table().get(key))).toBeUndefined();
  });
});

describe('memoPerObject', () => {
  it('computes once per object for the language and owner last asked, within a build', () => {
    const calls: string[] = [];
    const read = memoPerObject((key: { id: string }, language: 'ja' | 'en', owner: string) => {
      calls.push(`${key.id}/${language}/${owner}`);
      return [`${key.id}:${owner}`];
    });
    const fact = { id: 'f1' };
    withBuildMemos(() => {
      const first = read(fact, 'en', 'A');
      expect(read(fact, 'en', 'A')).toBe(first);
      expect(read(fact, 'en', 'B')).toEqual(['f1:B']);
      expect(read(fact, 'ja', 'B')).toEqual(['f1:B']);
    });
    expect(calls).toEqual(['f1/en/A', 'f1/en/B', 'f1/ja/B']);
    // A new build reads afresh.
    withBuildMemos(() => read(fact, 'en', 'A'));
    expect(calls).toHaveLength(4);
  });
});
