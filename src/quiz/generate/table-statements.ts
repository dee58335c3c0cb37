/**
 * Facts of comparison tables as statements about a concept: where X's column says `a` and
 * another column says `b`, "X's row is b" is wrong according to the notes. Only rows the notes
 * emphasise (a bold cell), whose cells are text, distinct, and not contained in each other. Pure.
 */
import type { ConceptFacts, WrongStatement } from '../facts/concept-facts.ts';
import { isMark, type TableLinks } from '../facts/table-links.ts';
import { matchKey } from '../text/normalize.ts';
import { coverage } from '../text/runs.ts';

const SAME_FACT = 0.75;

import { wordingFor } from '../wording.ts';

/** Row `r` of the table has text cells that can be told apart (no cell inside another). */
export function distinctTextCells(links: TableLinks, r: number): boolean {
  const cells = (links.table.rows[r] ?? []).slice(1);
  if (cells.length < 2 || cells.some((c) => !c.trim() || isMark(c))) return false;
  const keys = cells.map(matchKey);
  return keys.every((a, i) => keys.every((b, j) => i === j || (!a.includes(b) && !b.includes(a))));
}

/** The column a table fact about `facts.concept` is told from: its own column, else the first. */
export function subjectColumn(links: TableLinks, conceptId: string): number | null {
  for (const [column, concept] of links.columns) if (concept.id === conceptId) return column;
  return links.owner?.id === conceptId ? 1 : null;
}

/**
 * Wrong statements about the concept from the other columns of its table rows — emphasised
 * rows first. A row that states the correct understanding itself (`共有DB`/`専用DB`) is left
 * out: its swap would only repeat the row's own misconception.
 */
export function tableSwaps(facts: ConceptFacts): WrongStatement[] {
  const w = wordingFor(facts.document.language);
  const emphasised: WrongStatement[] = [];
  const plain: WrongStatement[] = [];
  for (const links of facts.tables) {
    const column = subjectColumn(links, facts.concept.id);
    if (column === null) continue;
    const subject = links.table.header[column] ?? facts.concept.name;
    links.table.rows.forEach((row, r) => {
      if (!distinctTextCells(links, r)) return;
      const label = row[0] ?? '';
      const own = row[column] ?? '';
      const cells = row.slice(1).join(' ');
      if (facts.concept.keyPhrases.some((phrase) => coverage(phrase, cells) >= SAME_FACT)) return;
      const out = links.table.emphasis?.[r]?.some(Boolean) ? emphasised : plain;
      row.forEach((cell, c) => {
        if (c === 0 || c === column) return;
        out.push({
          text: w.cellStatement(subject, label, cell),
          why: w.tableSays(links.title, subject, label, own),
          origin: 'table',
          section: links.table.section,
        });
      });
    });
  }
  return [...emphasised, ...plain];
}
