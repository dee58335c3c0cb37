/**
 * Ditto cells (notes/ditto-cells.ts): `Same`, `同左`, `〃` are read as the cell they repeat.
 */
import { describe, expect, it } from 'vitest';
import { DITTO_RULES, withDittoCells } from '../../../src/quiz/notes/ditto-cells.ts';
import { parseNotes } from '../../../src/quiz/notes/parse-notes.ts';
import { inline } from '../notes-helpers.ts';

describe('withDittoCells', () => {
  it('reads a cell that says the same as the one before it as that one (same-as-left)', () => {
    // Reading 75: `Same` under `Other persons` was offered as a value of its own, and the options
    // taken from the column before it were as true there.
    expect(
      withDittoCells([
        ['Overlapping plans', 'Generally prohibited', 'Same', 'Not covered'],
        ['テンポ', '100〜120回/分', '同じ', '同左'],
      ]),
    ).toEqual([
      ['Overlapping plans', 'Generally prohibited', 'Generally prohibited', 'Not covered'],
      ['テンポ', '100〜120回/分', '100〜120回/分', '100〜120回/分'],
    ]);
  });

  it('reads 〃 and 同上 as the cell above, and leaves a ditto with nothing to point at', () => {
    expect(
      withDittoCells([
        ['同じ', '〃', 'Same'],
        ['保存期間', '5年', '7年'],
        ['閲覧期間', '〃', '同上.'],
      ]),
    ).toEqual([
      ['同じ', '〃', 'Same'],
      ['保存期間', '5年', '7年'],
      ['閲覧期間', '5年', '7年'],
    ]);
  });

  it('leaves a cell that only contains the word (`Same as before, but slower`)', () => {
    expect(withDittoCells([['Latency', 'Low', 'Same as before, but slower']])).toEqual([
      ['Latency', 'Low', 'Same as before, but slower'],
    ]);
  });

  it('names each rule with an example', () => {
    for (const rule of DITTO_RULES) {
      expect(rule.name).not.toBe('');
      expect(rule.example).toContain('|');
    }
  });

  it('reads the tables of parsed notes so', () => {
    const doc = parseNotes(
      inline([
        '# Plans',
        '',
        '## Rule 10b5-1 plans',
        '',
        '| Rule | D&O | Other persons |',
        '|---|---|---|',
        '| Cooling-off | 90 days | 30 days |',
        '| Overlapping plans | Generally prohibited | Same |',
      ]),
    );
    expect(doc.comparisons[0]?.rows[1]).toEqual([
      'Overlapping plans',
      'Generally prohibited',
      'Generally prohibited',
    ]);
  });
});
