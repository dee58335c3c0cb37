import { describe, expect, it } from 'vitest';
import { listsProperties } from '../../../src/quiz/text/property-list.ts';

describe('listsProperties', () => {
  it.each([
    ['密結合、低レイテンシ', 'ja', true],
    ['Millisecond reads, retrieval fee, 30-day minimum', 'en', true],
    ['**Cheap**, fast', 'en', true],
    // One clause with a comma in it says one thing.
    ['Decides after the trace ends, in a collector', 'en', false],
    ['外部接続を中継し、疎結合を実現', 'ja', false],
    ['A majority; any two majorities overlap', 'en', false],
    ['ローカルTx + 非同期メッセージ', 'ja', false],
    ['Aggregated time series', 'en', false],
  ] as const)('%s → %s', (cell, language, expected) => {
    expect(listsProperties(cell, language)).toBe(expected);
  });

  it('reads a cell of a million characters at once', () => {
    expect(listsProperties(`${'a, '.repeat(300_000)}b`, 'en')).toBe(true);
    expect(listsProperties('、'.repeat(1_000_000), 'ja')).toBe(false);
  });
});
