/**
 * Groups of one kind, read from how the notes lay their concepts out: the sections under one
 * heading, the concepts heading one table's columns, those labelling one table's rows, and the
 * names that end on one kind word. A player rules out an option of another kind at sight (a
 * measure among data structures, a component among Service types); the notes' own layout says
 * which concepts are of a kind. Built once per document, linear in the notes. Pure.
 */

import type { Concept, NotesDocument, Section } from '../types.ts';
import { describedKindKeys } from './described-kind.ts';
import type { DocumentIndex } from './document-index.ts';
import { conceptHeadKeys } from './name-head.ts';

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
    name: 'title-is-no-kind',
    example:
      '# 電動機 → ## 4. ステッピングモータ, ## 7. 始動方法: the chapters under the title are topics, not one kind',
  },
  {
    name: 'one-head-word',
    example: 'レベル型コンパクション, サイズ階層型コンパクション: two compactions',
  },
  {
    name: 'described-kind-word',
    example:
      '## 8. 工程能力指数 Cp, ## 10. Ppk（工程性能指数）: two indices (facts/described-kind.ts)',
  },
  {
    name: 'other-head-word',
    example: '効果量 beside 信頼区間: a 量 and a 区間, whatever heading they share',
  },
  {
    name: 'heads-differ-under-one-heading',
    example:
      '## 3. 交流モータ → 同期速度, 三相誘導電動機: a 速度 and a 電動機 share a chapter, not a kind',
  },
] as const;

/**
 * A heading under which this share of the concepts with a section or more sit is the notes' body
 * (`## 学習内容`, `## Notes`), not a kind.
 */
const BODY_SHARE = 0.75;

/** The groups of one kind the notes' layout puts each concept in. */
export interface KindGroups {
  /** Each concept's groups of one kind (ids local to the document); none where the notes say none. */
  readonly of: ReadonlyMap<string, ReadonlySet<string>>;
  /** Each concept's Japanese name heads (`ja:電動機`), grouped or not: what its name says it is. */
  readonly heads: ReadonlyMap<string, ReadonlySet<string>>;
}

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
  for (const [parent, list] of underHeading) {
    h++;
    // `title-is-no-kind`: the sections right under the title are the notes' chapters.
    if (parent === null || parent.level <= 1) continue;
    if (list.length >= BODY_SHARE * sectioned) continue;
    for (const c of list) join(`${HEADING_GROUP}${h}`, c);
  }
  // `one-table-axis`.
  index.links.forEach((links, t) => {
    for (const c of links.columns.values()) join(`columns:${t}`, c);
    for (const c of links.rows.values()) join(`rows:${t}`, c);
  });
  // `one-head-word`.
  const heads = new Map<string, Set<string>>();
  const headKeys = conceptHeadKeys(doc.concepts);
  doc.concepts.forEach((c, i) => {
    for (const key of headKeys[i] ?? []) {
      join(`${NAME_GROUP}${key}`, c);
      if (key.startsWith('ja:')) heads.set(c.id, (heads.get(c.id) ?? new Set()).add(key));
    }
    // `described-kind-word`: the kind the notes say beside the name (facts/described-kind.ts),
    // a group only: an aside says what the name stands for, not a kind its name ends on.
    const own = c.section === null ? undefined : index.byHeading.get(c.section);
    for (const key of describedKindKeys(c.name, own?.heading ?? null))
      join(`${NAME_GROUP}${key}`, c);
  });
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
  return { of: out, heads };
}

/**
 * True when the two concepts share a group of one kind. A heading they share does not count
 * where both names end on Japanese kind words and on none in common
 * (`heads-differ-under-one-heading`: 同期速度 and 三相誘導電動機 under `## 3. 交流モータ`).
 */
export function sameKind(groups: KindGroups, a: string, b: string): boolean {
  const of = groups.of.get(a);
  const other = groups.of.get(b);
  if (!of || !other) return false;
  const headsDiffer = differentHeads(groups, a, b);
  for (const g of of)
    if (other.has(g) && !(headsDiffer && g.startsWith(HEADING_GROUP))) return true;
  return false;
}

/**
 * `nearest-kind-first`: how closely the notes' layout sets two concepts in one kind — two for each
 * heading or table they share a group under, one for each kind word their names share. Under
 * `## 2. 消滅時効の期間`, 生命・身体侵害の特則 (one heading) is nearer 債権の消滅時効 than 取得時効,
 * a 時効 of its own chapter (reading 49 offered it for a loan's due date, ruled out at sight).
 */
export function kinship(groups: KindGroups, a: string, b: string): number {
  const of = groups.of.get(a);
  const other = groups.of.get(b);
  if (!of || !other) return 0;
  let n = 0;
  for (const g of of) if (other.has(g)) n += g.startsWith(NAME_GROUP) ? 1 : 2;
  return n;
}

/** The prefix of a group of names that end on one kind word (`one-head-word`). */
const NAME_GROUP = 'name:';

/** The prefix of a group of concepts under one heading (`one-heading`). */
export const HEADING_GROUP = 'heading:';

/** True when both names end on Japanese kind words and share none. */
function differentHeads(groups: KindGroups, a: string, b: string): boolean {
  const mine = groups.heads.get(a);
  const theirs = groups.heads.get(b);
  if (!mine || !theirs) return false;
  for (const h of mine) if (theirs.has(h)) return false;
  return true;
}

/** True when the notes put the concept in a group of one kind. */
function hasKind(groups: KindGroups, id: string): boolean {
  return (groups.of.get(id)?.size ?? 0) > 0;
}

/**
 * `other-kind`: true when both names end on Japanese kind words and share none
 * (`other-head-word`: 信頼区間 beside 効果量, 同期速度 beside 三相誘導電動機) and no table or
 * name sets them in one kind; else when the notes' layout sets `other` in another kind than
 * `concept`: both are in groups of one kind and share none (`書き込み増幅`, a measure, beside
 * the structures B+木 and LSMツリー), or `concept` is in one and `other`, in none, is no sibling
 * the notes set against it in words (`contrasted`: `Pod IP` beside the Service types). A player rules such an
 * option out by its kind at sight.
 */
export function otherKind(
  groups: KindGroups,
  concept: string,
  other: string,
  contrasted: boolean,
): boolean {
  if (differentHeads(groups, concept, other)) return !sameKind(groups, concept, other);
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
