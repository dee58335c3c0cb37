import { describe, expect, it } from 'vitest';
import { nameAside } from '../../../src/quiz/text/name-aside.ts';

describe('nameAside', () => {
  it('splits a name at its aside, and the aside into its parts', () => {
    expect(nameAside('アンチ結合（NOT EXISTS / NOT IN）')).toEqual({
      main: 'アンチ結合',
      parts: ['NOT EXISTS', 'NOT IN'],
    });
    expect(nameAside('overlay2 (storage driver)')).toEqual({
      main: 'overlay2',
      parts: ['storage driver'],
    });
  });

  it('gives the whole name and no parts when there is no aside, or it opens the name', () => {
    expect(nameAside('UTC offset')).toEqual({ main: 'UTC offset', parts: [] });
    expect(nameAside('(draft) notes')).toEqual({ main: '(draft) notes', parts: [] });
  });

  it('reads no aside in a parenthesis inside the name (`LALR(1) parser`)', () => {
    expect(nameAside('LALR(1) parser')).toEqual({ main: 'LALR(1) parser', parts: [] });
  });
});
