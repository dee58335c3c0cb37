/**
 * Sibling concepts: the ones a reader could confuse with a concept, and that the notes set apart
 * from it — first those the notes explicitly tell apart (a misconception cell pointing at one,
 * two columns of one comparison table, one heading listing both), then the concepts of neighbouring sections under the
 * same heading, then the neighbouring rows of the summary table. Built once per document in
 * linear time. Pure.
 */

import { comparisonParts } from '../notes/heading-match.ts';
import { matchKey } from '../text/normalize.ts';
import { coverage } from '../text/runs.ts';
import type { Concept, NotesDocument, Section } from '../types.ts';
import type { DocumentIndex } from './document-index.ts';
import { nameKeys } from './mentions.ts';
import { conceptHeadKeys } from './name-head.ts';

/** How a sibling relates to the concept. */
export type SiblingRelation = 'told-apart' | 'same-kind' | 'same-heading' | 'neighbouring-row';

/** Heading endings that make a section a kind of the section before it (`オーケストレーション型`). */
const KIND_ENDINGS = ['型', '方式', 'type', 'variant', 'style'];

/**
 * The concept each kind is a kind of: sections headed `…型` right after a concept's section under
 * the same heading are kinds of it (SAGAパターン → オーケストレーション型, コレオグラフィ型). A kind
 * and what it is a kind of are never set against each other, and what is true of the one is taken
 * as true of its kinds.
 */
export function kindParents(doc: NotesDocument, index: DocumentIndex): Map<string, Concept> {
  const parents = new Map<string, Concept>();
  const sections = doc.sections;
  sections.forEach((section, i) => {
    const owner = index.ownerOf.get(section.heading);
    if (!owner || isKindHeading(section.heading)) return;
    const parent = index.parent.get(section);
    for (let j = i + 1; j < sections.length; j++) {
      const next = sections[j];
      if (!next || next.level < section.level) break;
      if (next.level > section.level || index.parent.get(next) !== parent) continue;
      if (!isKindHeading(next.heading)) break;
      const kind = index.ownerOf.get(next.heading);
      if (kind && !parents.has(kind.id)) parents.set(kind.id, owner);
    }
  });
  for (const [kind, parent] of [...kindsByExample(doc, index), ...kindsByColumns(doc, index)]) {
    if (!parents.has(kind.id) && parents.get(parent.id)?.id !== kind.id)
      parents.set(kind.id, parent);
  }
  return parents;
}

/**
 * `kinds-by-columns`: a concept whose own section compares columns that each name a kind of
 * another concept — each ends on its name (`| 観点 | 接触変成作用 | 広域変成作用 |` under
 * 接触変成と広域変成, each ending on 変成作用) — is a kind of that concept. Reading 57 offered
 * 接触変成と広域変成's cell as a wrong answer to "what is true of 変成作用", true of it as well.
 * The longest such name wins; one look-up per ending of the first column's name.
 */
function kindsByColumns(doc: NotesDocument, index: DocumentIndex): Map<Concept, Concept> {
  const byKey = new Map<string, Concept>();
  for (const concept of doc.concepts) {
    const key = matchKey(concept.name);
    if ([...key].length >= MIN_KIND_NAME && !byKey.has(key)) byKey.set(key, concept);
  }
  const out = new Map<Concept, Concept>();
  for (const links of index.links) {
    const owner = links.owner;
    if (!owner || out.has(owner)) continue;
    const columns = links.table.header.slice(1).map(matchKey);
    const first = columns[0] ?? '';
    if (columns.length < 2 || first.length > MAX_KIND_COLUMN) continue;
    for (let from = 1; from + MIN_KIND_NAME <= first.length; from++) {
      const parent = byKey.get(first.slice(from));
      const ending = first.slice(from);
      if (!parent || parent === owner) continue;
      if (columns.every((c) => c.length > ending.length && c.endsWith(ending))) {
        out.set(owner, parent);
        break;
      }
    }
  }
  return out;
}

/** A concept's name shorter than this (`型`, `A`) ends too many column names to name their kind. */
const MIN_KIND_NAME = 2;
/** A column name longer than this is a sentence, not the name of a kind. */
const MAX_KIND_COLUMN = 40;

/**
 * Kinds the notes show by their examples: a concept whose definition line names an example built
 * on another concept's example is a kind of that concept — 認証付き暗号 (`AES-GCM、ChaCha20-Poly1305
 * が代表的`) of 共通鍵暗号 (`AES、ChaCha20 が代表的`), MAC (`HMAC-SHA256`) of ハッシュ関数 (`SHA-256`).
 * An example is a Latin name with two capitals or a digit; two concepts naming the same example
 * tell nothing, so such an example is nobody's. Linear in the definition lines.
 */
function kindsByExample(doc: NotesDocument, index: DocumentIndex): Map<Concept, Concept> {
  const examples = new Map<Concept, string[][]>();
  const owner = new Map<string, Concept | null>();
  for (const concept of doc.concepts) {
    const section = concept.section === null ? undefined : index.byHeading.get(concept.section);
    const line = section?.body.split('\n', 1)[0] ?? '';
    const names = exampleNames(line);
    examples.set(concept, names);
    for (const parts of new Set(names.map((n) => n.join('')))) {
      owner.set(parts, owner.has(parts) && owner.get(parts) !== concept ? null : concept);
    }
  }
  const out = new Map<Concept, Concept>();
  for (const [concept, names] of examples) {
    for (const parts of names) {
      for (let from = 0; from < parts.length && !out.has(concept); from++) {
        for (let to = from + 1; to <= parts.length; to++) {
          if (to - from === parts.length) continue;
          const base = owner.get(parts.slice(from, to).join(''));
          if (base && base !== concept) {
            out.set(concept, base);
            break;
          }
        }
      }
    }
  }
  return out;
}

/**
 * The example names of a line, each as its hyphen-joined parts (`HMAC-SHA256` → HMAC, SHA256).
 * `component-is-no-example`: not a name joined to another by `+` (`RSASSA-PKCS1-v1_5 + SHA-256`
 * under RS256 / ES256): it is a part the concept is built from, which other concepts are built
 * from too (`HMAC-SHA256` under HS256 made HS256 a kind of RS256 / ES256, reading 64).
 */
function exampleNames(line: string): string[][] {
  const out: string[][] = [];
  for (const match of line.matchAll(/[A-Za-z0-9-]+/g)) {
    const at = match.index ?? 0;
    const word = match[0];
    if (joinedByPlus(line, at, at + word.length)) continue;
    const parts = word.split('-').filter((p) => p !== '');
    if (parts.length > 0 && isExampleName(parts.join(''))) out.push(fusedDigits(parts));
  }
  return out;
}

/** Marks that join the parts something is built from (`ECDSA + SHA-256`). */
const PLUS = new Set(['+', '＋']);

/** True when the first character other than a space before `start` or from `end` is a plus. */
function joinedByPlus(line: string, start: number, end: number): boolean {
  let before = start - 1;
  while (before >= 0 && line[before] === ' ') before--;
  let after = end;
  while (after < line.length && line[after] === ' ') after++;
  return PLUS.has(line[before] ?? '') || PLUS.has(line[after] ?? '');
}

/** `SHA-256` is one name (SHA256): a part of digits only belongs to the part before it. */
function fusedDigits(parts: string[]): string[] {
  const out: string[] = [];
  for (const part of parts) {
    const last = out.length - 1;
    if (last >= 0 && /^[0-9]+$/.test(part)) out[last] = `${out[last]}${part}`;
    else out.push(part);
  }
  return out;
}

function isExampleName(name: string): boolean {
  let capitals = 0;
  let digits = 0;
  for (const ch of name) {
    if (ch >= 'A' && ch <= 'Z') capitals++;
    else if (ch >= '0' && ch <= '9') digits++;
  }
  return capitals >= 2 || (digits > 0 && digits < name.length);
}

/** True when a misconception cell says what another concept's correct understanding says. */
function restates(cell: string, correct: string): boolean {
  return coverage(cell, correct) >= RESTATES && coverage(correct, cell) >= RESTATES;
}

const RESTATES = 0.6;

function isKindHeading(heading: string): boolean {
  const h = heading.trim().toLowerCase();
  return KIND_ENDINGS.some((e) => h.endsWith(e));
}

/** Concepts by the kind their names end on (name-head.ts), each kind's rows in notes order. */
function kindFamilies(concepts: readonly Concept[]): {
  nearest: (row: number, most: number) => Concept[];
} {
  const byKey = new Map<string, number[]>();
  const heads = conceptHeadKeys(concepts);
  // Each row's kinds, and its place in each kind's rows (no search of a long kind per row).
  const keysOf = concepts.map((_, row) =>
    (heads[row] ?? []).map((key) => {
      let rows = byKey.get(key);
      if (!rows) {
        rows = [];
        byKey.set(key, rows);
      }
      rows.push(row);
      return { key, at: rows.length - 1 };
    }),
  );
  return {
    nearest(row, most) {
      const found = new Map<number, number>();
      for (const { key, at } of keysOf[row] ?? []) {
        const rows = byKey.get(key) ?? [];
        // Outward from the row's own place in the kind: the nearest `most` on each side.
        for (let d = 1; d <= most; d++)
          for (const r of [rows[at - d], rows[at + d]])
            if (r !== undefined && !found.has(r)) found.set(r, Math.abs(r - row));
      }
      return [...found.entries()]
        .sort((a, b) => a[1] - b[1] || a[0] - b[0])
        .slice(0, most)
        .map(([r]) => concepts[r] as Concept);
    },
  };
}

/** A sibling and how it was found. */
export interface Sibling {
  concept: Concept;
  relation: SiblingRelation;
  /**
   * True when the notes set the two against each other in words, not only in one table: a
   * misconception of one points at the other, one heading names both, one's misconception is the
   * other's cell, or one's own section names the other (`Forward compatibility` in the section of
   * Backward compatibility). A big comparison table links every row it names; only these are the
   * sibling a reader must tell the concept from. Contrasted siblings come first.
   */
  contrasted: boolean;
}

/** How many siblings of each concept are kept (they are options of a question: a few are enough). */
const MAX_SIBLINGS = 8;
const ROW_REACH = 2;
/** A concept with fewer siblings than this reaches up to {@link FAR_REACH} rows away. */
const FEW_SIBLINGS = 3;
const FAR_REACH = 4;

/** Each concept's siblings, closest first. */
export function siblingIndex(
  doc: NotesDocument,
  index: DocumentIndex,
  pointsAt: ReadonlyMap<string, readonly Concept[]>,
): Map<string, Sibling[]> {
  const toldApart = new Map<string, Set<string>>(doc.concepts.map((c) => [c.id, new Set()]));
  const inWords = new Set<string>();
  const link = (a: string, b: string, words = false): void => {
    if (a === b) return;
    toldApart.get(a)?.add(b);
    toldApart.get(b)?.add(a);
    if (words) inWords.add(pairKey(a, b));
  };
  for (const [id, others] of pointsAt) for (const o of others) link(id, o.id, true);
  // `shared-heading`: concepts one heading lists side by side (`継続的デリバリーと継続的デプロイメント`,
  // `Tag and digest`) are the ones the notes set against each other.
  const sharing = new Map<string, Concept[]>();
  for (const c of doc.concepts) {
    if (!c.sharedSection || c.section === null) continue;
    const group = sharing.get(c.section);
    if (group) group.push(c);
    else sharing.set(c.section, [c]);
  }
  for (const group of sharing.values())
    for (let i = 0; i < group.length && i < MAX_SIBLINGS; i++)
      for (let j = i + 1; j < group.length && j < MAX_SIBLINGS; j++)
        link(group[i]?.id ?? '', group[j]?.id ?? '', true);
  // `vs-heading`: a heading that sets concepts against each other (`#### HS256 vs RS256/ES256`,
  // outside either's own section) tells them apart as a shared heading does (reading 64 offered
  // `JWE` and `alg検証` beside HS256, never RS256 / ES256).
  const byName = new Map<string, Concept>();
  for (const c of doc.concepts) for (const k of nameKeys(c)) if (!byName.has(k)) byName.set(k, c);
  for (const section of index.comparisonSections) {
    const named = (comparisonParts(section.heading) ?? [])
      .map((part) => byName.get(matchKey(part)))
      .filter((c): c is Concept => c !== undefined);
    for (let i = 0; i < named.length && i < MAX_SIBLINGS; i++)
      for (let j = i + 1; j < named.length && j < MAX_SIBLINGS; j++)
        link(named[i]?.id ?? '', named[j]?.id ?? '', true);
  }
  // `one-axis`: a table links the concepts heading its columns with each other, and those labelling
  // its rows with each other, never a column with a row: `| 増幅 | B+木 | LSMツリー |` with rows
  // 書き込み増幅 and 読み取り増幅 sets two structures apart and two measures apart, but a structure
  // is no option beside a measure (a player rules it out by its kind at sight).
  for (const links of index.links)
    for (const axis of [links.columns, links.rows]) {
      const named = [...axis.values()];
      // A long table links each named concept to its neighbours only (linear in the table).
      const reach = named.length <= MAX_SIBLINGS ? named.length : ROW_REACH;
      named.forEach((a, i) => {
        for (let d = 1; d <= reach && i + d < named.length; d++)
          link(a.id, named[i + d]?.id ?? a.id);
      });
    }
  const byParent = new Map<Section | null, Concept[]>();
  const parentOf = (c: Concept): Section | null | undefined => {
    const own = c.section === null ? undefined : index.byHeading.get(c.section);
    return own ? index.parent.get(own) : undefined;
  };
  const place = new Map<string, number>();
  for (const c of doc.concepts) {
    const p = parentOf(c);
    if (p === undefined) continue;
    const list = byParent.get(p) ?? [];
    place.set(c.id, list.length);
    list.push(c);
    byParent.set(p, list);
  }
  // A misconception of one row that is the correct understanding of a neighbour tells the two
  // apart (ファントムリード: `同じ行の値が変わる ×` is ノンリピータブルリード's `同じ行を読み直すと値が変わる`).
  doc.concepts.forEach((concept, row) => {
    const group = byParent.get(parentOf(concept) ?? null) ?? [];
    const at = place.get(concept.id) ?? -1;
    const near = [
      ...group.slice(Math.max(0, at - MAX_SIBLINGS), at + MAX_SIBLINGS + 1),
      ...doc.concepts.slice(Math.max(0, row - ROW_REACH), row + ROW_REACH + 1),
    ];
    for (const other of near) {
      if (other.id === concept.id) continue;
      if (concept.misconceptions.some((m) => restates(m, other.correct)))
        link(concept.id, other.id, true);
    }
  });
  const byId = new Map(doc.concepts.map((c) => [c.id, c]));
  const parents = kindParents(doc, index);
  const kinds = kindFamilies(doc.concepts);
  const out = new Map<string, Sibling[]>();
  const sectionKeys = new Map<string, string>();
  doc.concepts.forEach((concept, row) => {
    const found = new Map<string, Sibling>();
    const add = (c: Concept | undefined, relation: SiblingRelation): void => {
      if (!c || c.id === concept.id || found.has(c.id) || found.size >= MAX_SIBLINGS) return;
      if (parents.get(concept.id)?.id === c.id || parents.get(c.id)?.id === concept.id) return;
      found.set(c.id, { concept: c, relation, contrasted: false });
    };
    for (const id of toldApart.get(concept.id) ?? []) add(byId.get(id), 'told-apart');
    // `same-head-word` (name-head.ts): concepts whose names end on one kind word (parsers,
    // grammars, …結合), nearest rows first, before the neighbours of another kind.
    for (const c of kinds.nearest(row, MAX_SIBLINGS)) add(c, 'same-kind');
    const p = parentOf(concept);
    if (p !== undefined) {
      const group = byParent.get(p) ?? [];
      const at = place.get(concept.id) ?? 0;
      for (let d = 1; d <= MAX_SIBLINGS; d++) {
        add(group[at - d], 'same-heading');
        add(group[at + d], 'same-heading');
      }
    }
    for (let d = 1; d <= ROW_REACH; d++) {
      add(doc.concepts[row - d], 'neighbouring-row');
      add(doc.concepts[row + d], 'neighbouring-row');
    }
    // A row at the table's edge whose near rows are all under its own heading (Quorum, the first
    // of three) reaches a little further, so its questions need not all offer the same names.
    for (let d = ROW_REACH + 1; d <= FAR_REACH && found.size < FEW_SIBLINGS; d++) {
      add(doc.concepts[row - d], 'neighbouring-row');
      add(doc.concepts[row + d], 'neighbouring-row');
    }
    const siblings = [...found.values()];
    for (const s of siblings)
      s.contrasted =
        inWords.has(pairKey(concept.id, s.concept.id)) ||
        ownSectionNames(index, concept, s.concept, sectionKeys) ||
        ownSectionNames(index, s.concept, concept, sectionKeys);
    // Stable: within each group, the order found above.
    out.set(concept.id, [
      ...siblings.filter((s) => s.contrasted),
      ...siblings.filter((s) => !s.contrasted),
    ]);
  });
  return out;
}

/** One key per unordered pair of concept ids. */
function pairKey(a: string, b: string): string {
  return a < b ? `${a} ${b}` : `${b} ${a}`;
}

/** A section's text read for names of other concepts (its opening says what it sets apart). */
const NAMES_READ_CHARS = 4000;

/**
 * True when `concept`'s own section (not a heading it merely sits under) names `other`. Each
 * section's text is folded once (`keys`): a concept's eight siblings read it both ways.
 */
function ownSectionNames(
  index: DocumentIndex,
  concept: Concept,
  other: Concept,
  keys: Map<string, string>,
): boolean {
  if (concept.section === null) return false;
  if (!concept.sharedSection && index.ownerOf.get(concept.section)?.id !== concept.id) return false;
  let key = keys.get(concept.section);
  if (key === undefined) {
    key = matchKey(index.byHeading.get(concept.section)?.body.slice(0, NAMES_READ_CHARS) ?? '');
    keys.set(concept.section, key);
  }
  const text = key;
  return text !== '' && nameKeys(other).some((k) => text.includes(k));
}
