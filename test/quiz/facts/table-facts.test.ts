/**
 * Which side of a table names the things compared: one concept among the column headers is a
 * column about it, not a row of entities (`Catches` is no entity of `| Alert | … | Burn rate |
 * Catches |`); a first header cell naming an aspect (`観点`) still makes the columns the entities.
 */
import { describe, expect, it } from 'vitest';
import { documentIndex } from '../../../src/quiz/facts/document-index.ts';
import {
  CONDITIONAL_MARK_RULES,
  cellValue,
  EXCEPTED_NO_RULES,
  tableMatrices,
} from '../../../src/quiz/facts/table-facts.ts';
import { parseNotes } from '../../../src/quiz/notes/parse-notes.ts';

const summary = [
  '| Concept | Correct understanding | Common misconceptions |',
  '|---|---|---|',
  '| Burn rate | How fast the budget is spent | A burn rate of 1 means the budget is gone |',
  '| Error budget | The failures an SLO allows | It carries over to the next window |',
  '',
];
const entitiesOf = (lines: readonly string[]): string[][] => {
  const doc = parseNotes({
    path: 'notes.en.md',
    text: ['# Notes', '', ...summary, ...lines].join('\n'),
  });
  return tableMatrices(doc, documentIndex(doc)).map((m) => m.entities.map((e) => e.name));
};

describe('tableMatrices', () => {
  it('reads no matrix from a table whose columns are its own rows (cross-table)', () => {
    // `Tx \ Rx`: each cell relates two of its things (reading 74 asked "What does “RHCP” have for
    // “LHCP”?"); the table beside it, whose columns are aspects, is still read.
    const entities = entitiesOf([
      '## Polarization mismatch',
      '',
      '| Tx \\ Rx | Vertical | Horizontal | RHCP | LHCP |',
      '|---|---|---|---|---|',
      '| Vertical | 0 dB | ~20-30 dB | 3 dB | 3 dB |',
      '| Horizontal | ~20-30 dB | 0 dB | 3 dB | 3 dB |',
      '| RHCP | 3 dB | 3 dB | 0 dB | large |',
      '| LHCP | 3 dB | 3 dB | large | 0 dB |',
      '',
      '## Polarizations',
      '',
      '| Polarization | Used by |',
      '|---|---|',
      '| RHCP | GNSS |',
      '| Vertical | FM broadcast |',
    ]);
    expect(entities).toEqual([['RHCP', 'Vertical']]);
  });

  it('reads no matrix from a table whose rows go on from the row above (continued-rows)', () => {
    // A score sheet whose blank first cells continue the item above (reading 78 offered `：6週以上`,
    // `：2` and `A. 関節病変：0`); the table beside it, each row its own, is still read.
    const entities = entitiesOf([
      '## Score sheet',
      '',
      '| Item | Finding | Points |',
      '|---|---|---|',
      '| A. Joints | 1 large joint | 0 |',
      '| | 2-10 large joints | 1 |',
      '| B. Serology | RF and ACPA negative | 0 |',
      '| | Low positive | 2 |',
      '',
      '## Tests',
      '',
      '| Test | Measures |',
      '|---|---|',
      '| CRP | Acute inflammation |',
      '| ESR | Red cell sedimentation |',
    ]);
    expect(entities).toEqual([['CRP', 'ESR']]);
  });

  it('reads a table with one concept among its column headers by its rows', () => {
    const entities = entitiesOf([
      '## Alert kinds',
      '',
      '| Alert | Window | Burn rate | Catches |',
      '|---|---|---|---|',
      '| Fast burn | 1 hour | 14.4 | Outages |',
      '| Slow burn | 3 days | 1 | Slow degradations |',
    ]);
    expect(entities).toContainEqual(['Fast burn', 'Slow burn']);
    expect(entities.flat()).not.toContain('Catches');
  });

  it('reads the columns as the things compared under an aspect header, or with two concepts', () => {
    const aspect = entitiesOf([
      '## Compared',
      '',
      '| Aspect | Burn rate | Something else |',
      '|---|---|---|',
      '| Unit | a ratio | a count |',
      '| Window | any | 30 days |',
    ]);
    expect(aspect).toContainEqual(['Burn rate', 'Something else']);
    const two = entitiesOf([
      '## Compared',
      '',
      '| | Burn rate | Error budget |',
      '|---|---|---|',
      '| Unit | a ratio | a share of requests |',
      '| Window | any | 30 days |',
    ]);
    expect(two).toContainEqual(['Burn rate', 'Error budget']);
  });
});

describe('measured-columns (reading 39)', () => {
  it('reads the rows as the things compared where the concepts heading columns are measured per row', () => {
    const entities = entitiesOf([
      '## Parts',
      '',
      '| Part | Kind | Burn rate | Error budget |',
      '|---|---|---|---|',
      '| LM741 | Bipolar | ~0.5 per hour | 1 % |',
      '| TL072 | JFET | ≈ 13 per hour | 0.1 % |',
      '| NE5532 | Bipolar | 9 per hour | — |',
    ]);
    expect(entities).toContainEqual(['LM741', 'TL072', 'NE5532']);
    expect(entities.flat()).not.toContain('Burn rate');
  });

  it('still reads two concepts heading columns of words as the things compared', () => {
    const entities = entitiesOf([
      '## Compared',
      '',
      '| | Burn rate | Error budget |',
      '|---|---|---|',
      '| Unit | 14.4 per hour | a share of requests |',
      '| Window | any | 30 days |',
    ]);
    expect(entities).toContainEqual(['Burn rate', 'Error budget']);
  });
});

describe('question-header (reading 57)', () => {
  it('reads the rows as the things compared where the concepts head columns as questions', () => {
    // A hypo grid: each column asks its question of every scenario.
    const entities = entitiesOf([
      '## Hypo grid',
      '',
      '| Scenario | Burn rate? | Error budget？ |',
      '|---|---|---|',
      '| A deploy doubles the errors | Yes | No |',
      '| A quiet weekend | No | Yes |',
    ]);
    expect(entities).toContainEqual(['A deploy doubles the errors', 'A quiet weekend']);
    expect(entities.flat()).not.toContain('Burn rate?');
  });
});

describe('named-columns: a table read both ways', () => {
  it('takes as things only the columns that name a concept, never a property column beside them', () => {
    const doc = parseNotes({
      path: 'notes.en.md',
      text: [
        '# Dynamic programming',
        '',
        '| Concept | Correct understanding | Common misconceptions |',
        '|---|---|---|',
        '| Optimal substructure | An optimal answer is built from optimal answers to parts | Every recursion has it |',
        '| Overlapping subproblems | The same parts come up again and again | Any recursion has them |',
        '| Edit distance | The fewest edits from one string to another | It counts only substitutions |',
        '| Merge sort | Sorts by splitting and merging | It is dynamic programming |',
        '',
        '## Which technique fits?',
        '',
        '| Problem | Optimal substructure | Overlapping subproblems | Greedy choice works | Usual technique |',
        '|---|---|---|---|---|',
        '| Edit distance | ○ | ○ | × | DP, O(mn) |',
        '| Merge sort | ○ | × | — | divide and conquer |',
      ].join('\n'),
    });
    const matrices = tableMatrices(doc, documentIndex(doc));
    const transposed = matrices.find((m) => m.transposed);
    expect(transposed?.entities.map((e) => e.name)).toEqual([
      'Optimal substructure',
      'Overlapping subproblems',
    ]);
    // Each thing keeps its own cells, one per row of the table.
    expect(transposed?.cells).toEqual([
      ['○', '○'],
      ['○', '×'],
    ]);
  });
});

describe('conditional-mark: a yes that holds only under a condition is partly, as △ is', () => {
  it.each(CONDITIONAL_MARK_RULES.map((r) => [r.name, r.example]))('%s reads %s', (_n, cell) => {
    expect(cellValue(cell)).toBe('partly');
  });

  it('keeps a yes whose parenthesis says no condition (reading 56: ESP `NAT越え：○（NAT-T使用時）`)', () => {
    expect(cellValue('○（NAT-T使用時）')).toBe('partly');
    expect(cellValue('○（restartPolicy次第）')).toBe('partly');
    expect(cellValue('○ (usually)')).toBe('partly');
    for (const cell of [
      '○',
      '○（最優先）',
      'あり（ブローカー）',
      'yes (both)',
      '○（以降のRUNにも効く）',
    ])
      expect(cellValue(cell)).toBe('yes');
    expect(cellValue('× (usually)')).toBe('no');
  });

  it.each(EXCEPTED_NO_RULES.map((r) => [r.name, r.example]))(
    'excepted-no: %s reads %s as partly',
    (_n, cell) => {
      expect(cellValue(cell)).toBe('partly');
    },
  );

  it('excepted-no: keeps a no whose parenthesis states no exception (reading 84: `dict` and `添字アクセス`)', () => {
    expect(cellValue('×（キーでは引けるがビューは添字×）')).toBe('partly');
    for (const cell of [
      '×',
      '×（ブローカー不要）',
      'なし（常に同期）',
      '× (usually)',
      '×（seek不可）',
    ])
      expect(cellValue(cell)).toBe('no');
  });

  it('direction-arrows: keeps the arrows of a cell in its value', () => {
    expect(cellValue('N/↓')).not.toBe(cellValue('N/↑'));
    expect(cellValue('N/↓')).not.toBe(cellValue('N'));
    // `N/↓` (normal or low) holds `↓`: the values overlap.
    expect(cellValue('N/↓')).toContain(cellValue('↓'));
    expect(cellValue('↓ with KCO N/↑')).toContain(cellValue('↓'));
    expect(cellValue('↑')).not.toBe(cellValue('↓'));
    expect(cellValue('Milliseconds')).toBe('milliseconds');
  });
});
