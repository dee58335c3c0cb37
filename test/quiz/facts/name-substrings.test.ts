import { describe, expect, it } from 'vitest';
import { nameSubstringIndex } from '../../../src/quiz/facts/name-substrings.ts';

/** Many items, so that the index reads the text rather than leaving it to a scan of names. */
const items = Array.from({ length: 60 }, (_, i) => [`Item${i}`, `別名${i}`]);
items.push(['HPACK', 'QPACK'], ['Tag']);

describe('nameSubstringIndex', () => {
  const index = nameSubstringIndex(items, (names) => names);

  it('finds every item with a name anywhere in the text, in list order', () => {
    expect(index.itemsIn('QPACK と Item7 と 別名3', false)).toEqual([3, 7, 60]);
    // A substring, not yet a whole word: the caller checks the candidates.
    expect(index.itemsIn('Item12', false)).toEqual([1, 12]);
  });

  it('reads names in lower case when asked to', () => {
    expect(index.itemsIn('tag and digest', true)).toEqual([61]);
    expect(index.itemsIn('tag and digest', false)).toEqual([]);
  });

  it('gives the same items as seeking every name', () => {
    const text = 'Item3, Item45 and 別名59 beside HPACK';
    const seek = items.flatMap((names, i) => (names.some((n) => text.includes(n)) ? [i] : []));
    expect(index.itemsIn(text, false)).toEqual(seek);
  });

  it('leaves a short list of names to the caller', () => {
    expect(nameSubstringIndex([['A1'], ['B2']], (n) => n).itemsIn('A1', false)).toBeNull();
  });
});
