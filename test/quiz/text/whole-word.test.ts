/** A name found as a whole word. */
import { describe, expect, it } from 'vitest';
import { holdsWholeWord, wholeWordIndex } from '../../../src/quiz/text/whole-word.ts';

describe('wholeWordIndex', () => {
  it('finds a Latin name only where no letter or digit touches its Latin edges', () => {
    expect(holdsWholeWord('INNER JOIN で書く', 'IN')).toBe(false);
    expect(holdsWholeWord('NOT IN は0件', 'NOT IN')).toBe(true);
    expect(holdsWholeWord('std::atomic', 'c')).toBe(false);
    expect(wholeWordIndex('INNER IN', 'IN')).toBe(6);
  });

  it('keeps no boundary at a Japanese edge', () => {
    expect(holdsWholeWord('アンチ結合はNOT EXISTSで書く', 'アンチ結合')).toBe(true);
    expect(holdsWholeWord('xアンチ結合', 'アンチ結合')).toBe(true);
  });

  it('reads a 1 MB text of near-misses in linear time', () => {
    expect(holdsWholeWord(`${'NOT I'.repeat(200_000)}`, 'NOT IN')).toBe(false);
    expect(wholeWordIndex('', '')).toBe(-1);
  });
});
