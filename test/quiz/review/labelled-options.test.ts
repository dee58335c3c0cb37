/** Options that each name their concept before a colon: a labelled set, as the review reads it. */
import { describe, expect, it } from 'vitest';
import { labelledByConcepts, optionLabel } from '../../../src/quiz/review/labelled-options.ts';

const texts = (...t: string[]) => t.map((text) => ({ text }));

describe('labelled options', () => {
  it('reads the label before a colon in either language', () => {
    expect(optionLabel('Token bucket: Forbids bursts')).toBe('Token bucket');
    expect(optionLabel('準同期レプリケーション：タイムアウトしても拒否する')).toBe(
      '準同期レプリケーション',
    );
    expect(optionLabel('No label here')).toBeNull();
    expect(optionLabel('Ends on a colon: ')).toBeNull();
  });

  it('takes no clause longer than a name for a label', () => {
    expect(optionLabel(`${'a'.repeat(80)}: then more`)).toBeNull();
  });

  it('is a labelled set when every option has its own label and one is the concept', () => {
    const set = texts(
      'Token bucket: Unused tokens pile up forever',
      'Leaky bucket: Drains at a constant rate',
      'GCRA: Stores one arrival time per key',
    );
    expect(labelledByConcepts(set, ['Token bucket'])).toBe(true);
  });

  it('is no labelled set when the concept is no label (table cells: `attribute: value`)', () => {
    const set = texts('Memory per key: 1 counter', 'Bursts: up to 2×', 'Exact: no');
    expect(labelledByConcepts(set, ['Fixed window counter'])).toBe(false);
  });

  it('is no labelled set when a label repeats, an option has none, or there are two options', () => {
    expect(
      labelledByConcepts(texts('Token bucket: a', 'Token bucket: b', 'GCRA: c'), ['Token bucket']),
    ).toBe(false);
    expect(
      labelledByConcepts(texts('Token bucket: a', 'Plain statement', 'GCRA: c'), ['Token bucket']),
    ).toBe(false);
    expect(labelledByConcepts(texts('Token bucket: a', 'GCRA: c'), ['Token bucket'])).toBe(false);
  });

  it('reads a 1 MB option in one pass', () => {
    const long = `${'x'.repeat(1_000_000)}: y`;
    expect(optionLabel(long)).toBeNull();
    expect(labelledByConcepts(texts(long, long, long), ['x'])).toBe(false);
  });
});
