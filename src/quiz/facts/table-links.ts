/**
 * Which concepts a comparison table is about: a column headed by the concept
 * (`| 観点 | CQRS | APIコンポジション |`), a row labelled with it (`| セルフヒーリング | × | ○ |`),
 * or the concept's own section holding the table (`SOA vs MSA`). Pure.
 */

import { bareHeading } from '../notes/heading-match.ts';
import { nameAside } from '../text/name-aside.ts';
import { matchKey } from '../text/normalize.ts';
import type { ComparisonTable, Concept, NotesDocument } from '../types.ts';
import { namesAnAspect } from './aspect-words.ts';
import { type ConceptNameKeys, conceptNameKeys } from './concept-name-keys.ts';
import { nameKeys } from './mentions.ts';
import { conceptHeadKeys } from './name-head.ts';

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
  // Each concept's own head words, as match keys, read at the first table that needs them.
  let heads: Map<Concept, Set<string>> | undefined;
  const headsOf = (): Map<Concept, Set<string>> => {
    heads ??= ownHeadWords(doc.concepts);
    return heads;
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
        headsOf,
      ))
        rows.set(i, c);
    if (columns.size === 0)
      for (const [i, c] of namedWithoutHead(table.header.slice(1), nameKeysOf, headsOf))
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
 * (`Kind of tag`) when that is no label either and names no aspect, else its header joined. A
 * table outside any section is called by its header joined.
 *
 * `aspect-is-no-title`: a first header cell that names the rows' aspect (`観点`, `Aspect`:
 * aspect-words.ts) names no table: readers of readings 62–63 read `「観点」の表では、「自己収縮」の「効く
 * 対策」は…` as a table they could not see; `「自己収縮 / 乾燥収縮」の表では…` says which.
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
  return first !== '' && !named(first) && !namesAnAspect(first) ? first : header;
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
  ownHeads: () => Map<Concept, Set<string>>,
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
  return namedWithoutOwnHeads(labels, names, ownHeads());
}

/**
 * `own-head-words`: `| ブラシ付きDC | … |`, `| 三相誘導（かご形） | … |`, `| ステッピング | … |` beside
 * ブラシ付きDCモータ, 三相誘導電動機 and ステッピングモータ: every label, its aside left out, is a
 * concept's name without the kind word that name ends on (`モータ`, `電動機`: name-head.ts), though
 * not one word for all. A label two names extend (`同期` → 同期速度, 同期電動機) takes the head the
 * other labels take most; every label (at least two) must fit one concept, each a different one.
 */
function namedWithoutOwnHeads(
  labels: readonly string[],
  names: ConceptNameKeys,
  ownHeads: Map<Concept, Set<string>>,
): Map<number, Concept> {
  const none = new Map<number, Concept>();
  if (labels.length > MAX_SHORT_LABELS) return none;
  const fits: { head: string; concept: Concept }[][] = [];
  for (const label of labels) {
    const key = matchKey(nameAside(label).main);
    const fit: { head: string; concept: Concept }[] = [];
    for (const name of key.length < 2 ? [] : names.extending(key)) {
      const [concept, ...more] = names.named(name);
      const head = name.slice(key.length);
      if (concept && more.length === 0 && ownHeads.get(concept)?.has(head))
        fit.push({ head, concept });
    }
    if (fit.length === 0) return none;
    fits.push(fit);
  }
  const count = new Map<string, number>();
  for (const f of fits)
    for (const head of new Set(f.map((x) => x.head))) count.set(head, (count.get(head) ?? 0) + 1);
  const found = new Map<number, Concept>();
  for (const [i, f] of fits.entries()) {
    const most = Math.max(...f.map((x) => count.get(x.head) ?? 0));
    const best = f.filter((x) => (count.get(x.head) ?? 0) === most);
    if (best.length !== 1 || !best[0]) return none;
    found.set(i, best[0].concept);
  }
  return new Set(found.values()).size === labels.length ? found : none;
}

/** A table of more labels than this is no matrix of short names (each label is looked up). */
const MAX_SHORT_LABELS = 40;

/** Each concept's head words (name-head.ts) as match keys: `モータ` → `もーた`, `parser` → `parser`. */
function ownHeadWords(concepts: readonly Concept[]): Map<Concept, Set<string>> {
  const keys = conceptHeadKeys(concepts);
  const out = new Map<Concept, Set<string>>();
  concepts.forEach((c, i) => {
    const words = new Set<string>();
    for (const key of keys[i] ?? []) if (key.startsWith('ja:')) words.add(matchKey(key.slice(3)));
    // An English name's head is its last word as written (the key is a stem).
    if ((keys[i] ?? []).some((k) => k.startsWith('en:'))) {
      const last = nameAside(c.name).main.trim().split(/\s+/u).at(-1) ?? '';
      if (last !== '') words.add(matchKey(last));
    }
    out.set(c, words);
  });
  return out;
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
