/**
 * Table cells that repeat another cell by pointing at it (`Same`, `同左`, `〃`, `同上`): read as
 * the cell they point at. Left as written, `Same` was a value of its own: reading 75 offered
 * `Overlapping plans: Generally prohibited` as a wrong option for the column whose cell said
 * `Same` (it is as true there), and the question had three right answers. One named rule per
 * way of pointing, each with an example. Pure; one pass over the rows.
 */

/** A way a cell points at another cell. */
interface DittoRule {
  name: string;
  example: string;
  /** The whole cell, lower case and without a final stop. */
  cells: readonly string[];
  /** Which cell it repeats. */
  from: 'left' | 'above';
}

export const DITTO_RULES: readonly DittoRule[] = [
  {
    name: 'same-as-left',
    example: '| Overlapping plans | Generally prohibited | Same | → the cell of the column before',
    cells: ['same', 'same as left', 'same as the left', '同左', '左に同じ', '同じ'],
    from: 'left',
  },
  {
    name: 'same-as-above',
    example: '| 保存期間 | 〃 | → the cell of the row above',
    cells: ['〃', '″', '同上', '上に同じ', 'same as above', 'ditto'],
    from: 'above',
  },
];

/** The rule a cell's text points by, if any. */
function dittoRule(cell: string): DittoRule | undefined {
  let text = cell.trim().toLowerCase();
  if (text.endsWith('.') || text.endsWith('。')) text = text.slice(0, -1).trimEnd();
  if (text === '' || text.length > 20) return undefined;
  return DITTO_RULES.find((rule) => rule.cells.includes(text));
}

/**
 * The rows with each ditto cell replaced by the cell it points at, once that one is known: the
 * first column (the rows' names) is never read as a ditto, and a ditto with nothing to point at
 * stays as written.
 */
export function withDittoCells(rows: readonly (readonly string[])[]): string[][] {
  const out: string[][] = [];
  for (const [r, row] of rows.entries()) {
    const resolved = [...row];
    for (let c = 1; c < resolved.length; c++) {
      const rule = dittoRule(resolved[c] ?? '');
      if (!rule) continue;
      const source = rule.from === 'left' ? (c > 1 ? resolved[c - 1] : undefined) : out[r - 1]?.[c];
      if (source !== undefined && source.trim() !== '' && !dittoRule(source)) resolved[c] = source;
    }
    out.push(resolved);
  }
  return out;
}
