/**
 * Which concepts a comparison table is about: a column headed by the concept
 * (`| 観点 | CQRS | APIコンポジション |`), a row labelled with it (`| セルフヒーリング | × | ○ |`),
 * or the concept's own section holding the table (`SOA vs MSA`). Pure.
 */

import { bareHeading } from '../notes/heading-match.ts';
import { nameAside } from '../text/name-aside.ts';
import { matchKey } from '../text/normalize.ts';
import type { ComparisonTable, Concept, NotesDocument } from '../types.ts';
import { type ConceptNameKeys, conceptNameKeys } from './concept-name-keys.ts';
import { nameKeys } from './mentions.ts';

/** A comparison table and the concepts it names. */
export interface TableLinks {
  table: ComparisonTable;
  /** Title for prompts: the heading the table sits under, else its columns joined. */
  title: string;
  /** True when {@link title} is the heading of the table's section (a place, not a name). */
  titleIsHeading: boolean;
  /**
   * `two-tables-one-heading`: true when another table sits under the same heading, so "the table
   * under `Test commands`" says not which one: prompts name it by its columns too.
   */
  headingShared?: boolean;
  /** Column index (≥ 1) → the concept heading it, when one does. */
  columns: Map<number, Concept>;
  /** Row index → the concept labelling it. */
  rows: Map<number, Concept>;
  /** The concept whose own section holds the table. */
  owner: Concept | null;
}

/** Links of every comparison table of the document. */
export function tableLinks(doc: NotesDocument): TableLinks[] {
  const byName = new Map<string, Concept>();
  for (const c of doc.concepts)
    for (const key of [matchKey(c.name), ...nameKeys(c)])
      if (key && !byName.has(key)) byName.set(key, c);
  // `aside-label`: a row labelled by a name's aside (`2NF` of `第2正規形（2NF）`) is that concept,
  // after every name and alias has had its say.
  for (const c of doc.concepts)
    for (const part of nameAside(c.name).parts) {
      const key = matchKey(part);
      if ([...key].length >= 2 && !byName.has(key)) byName.set(key, c);
    }
  const bySection = new Map<string, Concept>();
  for (const c of doc.concepts)
    if (c.section !== null && !bySection.has(c.section)) bySection.set(c.section, c);
  // `永続性（Durability）` names 永続性: the part before a parenthesis is tried too.
  const conceptNamed = (cell: string): Concept | null =>
    byName.get(matchKey(cell)) ?? byName.get(matchKey(cell.replace(/[（(].*$/u, ''))) ?? null;
  // The concepts by name key, indexed at the first table that needs them.
  let keys: ConceptNameKeys | undefined;
  const nameKeysOf = (): ConceptNameKeys => {
    keys ??= conceptNameKeys(doc.concepts);
    return keys;
  };
  const links = doc.comparisons.map((table): TableLinks => {
    const columns = new Map<number, Concept>();
    const rows = new Map<number, Concept>();
    table.header.forEach((cell, i) => {
      const concept = i > 0 ? conceptNamed(cell) : null;
      if (concept) columns.set(i, concept);
    });
    table.rows.forEach((row, i) => {
      const concept = conceptNamed(row[0] ?? '');
      if (concept) rows.set(i, concept);
    });
    if (rows.size === 0)
      for (const [i, c] of namedWithoutHead(
        table.rows.map((row) => row[0] ?? ''),
        nameKeysOf,
      ))
        rows.set(i, c);
    if (columns.size === 0)
      for (const [i, c] of namedWithoutHead(table.header.slice(1), nameKeysOf))
        columns.set(i + 1, c);
    const owner = table.section === null ? null : (bySection.get(table.section) ?? null);
    const title = tableTitle(table);
    const titleIsHeading = table.section !== null && title === bareHeading(table.section);
    return { table, title, titleIsHeading, columns, rows, owner };
  });
  const underHeading = new Map<string, number>();
  const place = (l: TableLinks): string => `${l.table.section}\u0001${l.title}`;
  for (const l of links)
    if (l.titleIsHeading) underHeading.set(place(l), (underHeading.get(place(l)) ?? 0) + 1);
  for (const l of links)
    if (l.titleIsHeading && (underHeading.get(place(l)) ?? 0) > 1) l.headingShared = true;
  return links;
}

/**
 * What prompts call a table: its section's heading, unless the heading is the label of one of
 * its rows or columns (a table under 「Annotated tag」 comparing `Annotated tag` with `Lightweight
 * tag`: "In the table “Annotated tag”, which one…" names the key); then its first header cell
 * (`Kind of tag`) when that is no label either, else its header joined. A table outside any
 * section is called by its header joined.
 */
function tableTitle(table: ComparisonTable): string {
  const header = table.header.slice(1).join(' / ');
  if (table.section === null) return header;
  const heading = bareHeading(table.section);
  const labels = [...table.header.slice(1), ...table.rows.map((row) => row[0] ?? '')];
  const named = (text: string): boolean =>
    labels.some((l) => l !== '' && matchKey(l) === matchKey(text));
  if (!named(heading)) return heading;
  const first = table.header[0]?.trim() ?? '';
  return first !== '' && !named(first) ? first : header;
}

/**
 * `| B-tree | … |`, `| ハッシュ | … |`, `| GIN | … |` beside the concepts B-treeインデックス,
 * ハッシュインデックス and GINインデックス: every label is a concept's name without one head word
 * that all of them share (`インデックス`), so the labels are those concepts. Only when every label
 * (at least two) fits with one and the same head, and each fits one concept: a table of
 * `Hash` / `Sort` beside `Hash index` alone links nothing.
 */
function namedWithoutHead(
  labels: readonly string[],
  conceptKeys: () => ConceptNameKeys,
): Map<number, Concept> {
  const none = new Map<number, Concept>();
  const keys = labels.map(matchKey);
  if (keys.length < 2 || keys.some((k) => k.length < 2)) return none;
  const names = conceptKeys();
  // The heads the first label allows; each must fit every other label too.
  const first = keys[0] ?? '';
  const heads = names.extending(first).map((key) => key.slice(first.length));
  for (const head of new Set(heads)) {
    const found = new Map<number, Concept>();
    for (const [i, key] of keys.entries()) {
      const fits = names.named(`${key}${head}`);
      if (fits.length !== 1 || !fits[0]) break;
      found.set(i, fits[0]);
    }
    if (found.size === keys.length && new Set([...found.values()]).size === keys.length)
      return found;
  }
  return none;
}

/**
 * Issue 11 item 7 (i11a): the tables that relate to a concept, from an index built once per list
 * of tables (in their order), instead of testing every table for every concept.
 */
export function tablesAbout(links: readonly TableLinks[], concept: Concept): TableLinks[] {
  let index = aboutCache.get(links);
  if (!index) {
    index = new Map();
    for (const link of links) {
      const ids = new Set<string>();
      if (link.owner) ids.add(link.owner.id);
      for (const c of link.columns.values()) ids.add(c.id);
      for (const c of link.rows.values()) ids.add(c.id);
      for (const id of ids) {
        const list = index.get(id);
        if (list) list.push(link);
        else index.set(id, [link]);
      }
    }
    aboutCache.set(links, index);
  }
  return index.get(concept.id) ?? [];
}

const aboutCache = new WeakMap<readonly TableLinks[], Map<string, TableLinks[]>>();

/** True when the table relates to the concept in any way. */
export function tableIsAbout(links: TableLinks, concept: Concept): boolean {
  return (
    links.owner?.id === concept.id ||
    [...links.columns.values()].some((c) => c.id === concept.id) ||
    [...links.rows.values()].some((c) => c.id === concept.id)
  );
}

const MARKS = /^[○◯〇×✕✗△✓✔\-–—]$/u;

/** True for a cell that is only a mark (○, ×, △, ✓ …). */
export function isMark(cell: string): boolean {
  return MARKS.test(cell.trim());
}

/** ○-like → 'yes', ×-like → 'no', △ → 'partly', else null. */
export function markValue(cell: string): 'yes' | 'no' | 'partly' | null {
  const c = cell.trim();
  if (/^[○◯〇✓✔]$/u.test(c)) return 'yes';
  if (/^[×✕✗\-–—]$/u.test(c)) return 'no';
  if (c === '△') return 'partly';
  return null;
}
