/**
 * Groups of one kind, read from how the notes lay their concepts out: the sections under one
 * heading, the concepts heading one table's columns, those labelling one table's rows, and the
 * names that end on one kind word. A player rules out an option of another kind at sight (a
 * measure among data structures, a component among Service types); the notes' own layout says
 * which concepts are of a kind. Built once per document, linear in the notes. Pure.
 */

import type { Concept, NotesDocument, Section } from '../types.ts';
import type { DocumentIndex } from './document-index.ts';
import { nameHeadKeys } from './name-head.ts';

/** How a group of one kind is read from the notes, with an example each. */
export const KIND_GROUP_RULES = [
  {
    name: 'one-heading',
    example:
      '### 2. LSMの構成要素 → #### WAL, #### memtable, #### SSTable: three parts of one structure',
  },
  {
    name: 'body-heading-is-no-kind',
    example:
      '## 学習内容 holding every concept’s section says nothing of their kinds (token buckets beside 429)',
  },
  {
    name: 'one-table-axis',
    example:
      '| 観点 | NFA | DFA | バックトラック | heads three engines; its rows 後方参照, 先読み are features',
  },
  {
    name: 'one-head-word',
    example: 'レベル型コンパクション, サイズ階層型コンパクション: two compactions',
  },
] as const;

/**
 * A heading under which this share of the concepts with a section or more sit is the notes' body
 * (`## 学習内容`, `## Notes`), not a kind.
 */
const BODY_SHARE = 0.75;

/** Each concept's groups of one kind (ids local to the document); none where the notes say none. */
export type KindGroups = ReadonlyMap<string, ReadonlySet<string>>;

/** The groups of one kind of a document's concepts ({@link KIND_GROUP_RULES}). */
export function kindGroups(doc: NotesDocument, index: DocumentIndex): KindGroups {
  const members = new Map<string, Set<string>>();
  const join = (group: string, concept: Concept): void => {
    let set = members.get(group);
    if (!set) {
      set = new Set();
      members.set(group, set);
    }
    set.add(concept.id);
  };
  // `one-heading`, without the body heading (`body-heading-is-no-kind`).
  const underHeading = new Map<Section | null, Concept[]>();
  let sectioned = 0;
  for (const c of doc.concepts) {
    const own = c.section === null ? undefined : index.byHeading.get(c.section);
    if (!own) continue;
    sectioned++;
    const parent = index.parent.get(own) ?? null;
    const list = underHeading.get(parent) ?? [];
    list.push(c);
    underHeading.set(parent, list);
  }
  let h = 0;
  for (const list of underHeading.values()) {
    h++;
    if (list.length >= BODY_SHARE * sectioned) continue;
    for (const c of list) join(`heading:${h}`, c);
  }
  // `one-table-axis`.
  index.links.forEach((links, t) => {
    for (const c of links.columns.values()) join(`columns:${t}`, c);
    for (const c of links.rows.values()) join(`rows:${t}`, c);
  });
  // `one-head-word`.
  for (const c of doc.concepts) for (const key of nameHeadKeys(c.name)) join(`name:${key}`, c);
  const out = new Map<string, Set<string>>();
  for (const [group, ids] of members) {
    if (ids.size < 2) continue;
    for (const id of ids) {
      let set = out.get(id);
      if (!set) {
        set = new Set();
        out.set(id, set);
      }
      set.add(group);
    }
  }
  return out;
}

/** True when the two concepts share a group of one kind. */
export function sameKind(groups: KindGroups, a: string, b: string): boolean {
  const of = groups.get(a);
  const other = groups.get(b);
  if (!of || !other) return false;
  for (const g of of) if (other.has(g)) return true;
  return false;
}

/** True when the notes put the concept in a group of one kind. */
function hasKind(groups: KindGroups, id: string): boolean {
  return (groups.get(id)?.size ?? 0) > 0;
}

/**
 * `other-kind`: true when the notes' layout sets `other` in another kind than `concept`: both
 * are in groups of one kind and share none (`書き込み増幅`, a measure, beside the structures B+木
 * and LSMツリー), or `concept` is in one and `other`, in none, is no sibling the notes set
 * against it in words (`contrasted`: `Pod IP` beside the Service types). A player rules such an
 * option out by its kind at sight.
 */
export function otherKind(
  groups: KindGroups,
  concept: string,
  other: string,
  contrasted: boolean,
): boolean {
  if (!hasKind(groups, concept)) return false;
  if (!hasKind(groups, other)) return !contrasted;
  return !sameKind(groups, concept, other);
}

/**
 * `other-kind-set`: true when a set of wrong names is one a player thins out by kind at sight — it
 * holds a name of another kind where the description left two of the concept's kind to offer
 * instead (`inKind`), or every wrong name is of another kind (the key alone of its kind). A set
 * of one of each, where only one of the kind fits, is the best the notes give.
 */
export function otherKindSet(
  wrongNames: readonly string[],
  otherKinds: ReadonlySet<string>,
  inKind: number,
): boolean {
  return inKind >= 2
    ? wrongNames.some((n) => otherKinds.has(n))
    : wrongNames.every((n) => otherKinds.has(n));
}
