/** A plain-text table for the terminal. */

export type Row = [string, string, string, string];

export function printTable(header: Row, rows: readonly Row[]): void {
  const all = [header, ...rows];
  const widths = header.map((_, i) => Math.max(...all.map((r) => [...r[i]!].length)));
  const line = (r: readonly string[]): string =>
    r.map((cell, i) => cell + ' '.repeat(widths[i]! - [...cell].length)).join(' | ');
  console.log(line(header));
  console.log(widths.map((w) => '-'.repeat(w)).join('-|-'));
  for (const r of rows) console.log(line(r));
}
