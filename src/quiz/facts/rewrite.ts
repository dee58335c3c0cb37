/**
 * Writing a terse misconception cell out as a statement, from the notes themselves:
 * `逆` → the correct understanding with its two key phrases swapped; `サービス別` → the correct
 * understanding with its key phrase replaced (`クライアント別にゲートウェイ` →
 * `サービス別にゲートウェイ`); `中継` → the statement of the concept whose key phrase it is. Pure.
 */
import { matchKey } from '../text/normalize.ts';
import { isSpace } from '../text/trim.ts';
import type { Concept } from '../types.ts';

const OTHER_WAY_ROUND =
  /^(逆|反対|その逆|the opposite|opposite|reversed?|the other way (a)?round|vice versa)$/i;

/** True for a cell that only says "the other way round". */
export function saysOtherWayRound(cell: string): boolean {
  return OTHER_WAY_ROUND.test(cell.trim());
}

/**
 * The correct understanding the other way round: its two key phrases swapped
 * (`SOAは**共有DB**、MSAは**専用DB**` → `SOAは専用DB、MSAは共有DB`), else its two clauses'
 * values swapped; null when the notes give no way to tell.
 */
export function swapped(concept: Concept): string | null {
  const [a, b] = concept.keyPhrases;
  const text = concept.correct;
  if (concept.keyPhrases.length === 2 && a && b && a !== b && once(text, a) && once(text, b)) {
    return text.replace(a, '\u0000').replace(b, a).replace('\u0000', b);
  }
  const clauses = text.split(/[、,]\s*/);
  if (clauses.length !== 2) return null;
  const parts = clauses.map(topicClause);
  const [p, q] = parts;
  if (!p || !q) return null;
  return `${p[1]}${p[2]}${q[3]}${text.includes('、') ? '、' : ', '}${q[1]}${q[2]}${p[3]}`;
}

/**
 * Issue 11 item 7 (i11a): what `/^(.+?)(は|:|：|\s+is\s+)(.+)$/` matched (`[, topic, joint, value]`),
 * found with one scan; the pattern backtracked quadratically on a long run of spaces.
 */
function topicClause(clause: string): [string, string, string, string] | null {
  for (let k = 1; k < clause.length; k++) {
    const ch = clause[k] ?? '';
    if (ch === 'は' || ch === ':' || ch === '：') {
      if (k + 1 < clause.length) return [clause, clause.slice(0, k), ch, clause.slice(k + 1)];
      continue;
    }
    if (!isSpace(ch)) continue;
    let e = k;
    while (isSpace(clause[e])) e++;
    if (clause.startsWith('is', e) && isSpace(clause[e + 2])) {
      let f = e + 2;
      while (isSpace(clause[f])) f++;
      if (f < clause.length)
        return [clause, clause.slice(0, k), clause.slice(k, f), clause.slice(f)];
      if (f - (e + 2) >= 2)
        return [clause, clause.slice(0, k), clause.slice(k, f - 1), clause.slice(f - 1)];
    }
    k = e - 1;
  }
  return null;
}

function once(text: string, part: string): boolean {
  return text.indexOf(part) >= 0 && text.indexOf(part) === text.lastIndexOf(part);
}

/**
 * The correct understanding with a key phrase replaced by the cell, when the two share a
 * beginning or an end (`クライアント別` / `サービス別`); null otherwise.
 */
export function parallel(concept: Concept, cell: string): string | null {
  const m = cell.normalize('NFKC');
  if ([...m].length > 16) return null;
  // Issue 11 item 7 (i11a): the correct understanding is normalised once, and each phrase tried
  // once (a cell of thousands of bold phrases made this quadratic).
  const correct = concept.correct.normalize('NFKC');
  for (const phrase of new Set(concept.keyPhrases)) {
    const k = phrase.normalize('NFKC');
    if (k === m || !once(correct, k)) continue;
    const prefix = commonPrefix(k, m);
    const suffix = commonPrefix([...k].reverse().join(''), [...m].reverse().join(''));
    const shared = Math.max(prefix, suffix);
    if (shared >= 1 && shared < Math.min([...k].length, [...m].length))
      return correct.replace(k, m);
  }
  return null;
}

function commonPrefix(a: string, b: string): number {
  const x = [...a];
  const y = [...b];
  let n = 0;
  while (n < x.length && n < y.length && x[n] === y[n]) n++;
  return n;
}

/**
 * The concept a cell points at: another concept whose key phrase (or, failing that, whose
 * correct understanding) contains the cell — `中継` → アンバサダー (`外部接続を**中継**`).
 * Only an unambiguous match counts.
 */
export function pointedConcept(
  cell: string,
  concept: Concept,
  all: readonly Concept[],
): Concept | null {
  const key = matchKey(cell);
  if ([...key].length < 2) return null;
  // Issue 11 item 7 (i11a): looked up in an index of `all` instead of scanning every concept.
  const index = pointerIndex(all);
  const byPhrase = index.phrases.containing(key, concept.id, 2);
  if (byPhrase.length === 1) return byPhrase[0] ?? null;
  if (byPhrase.length > 1) return null;
  const byCorrect = index.corrects.containing(key, concept.id, 2);
  return byCorrect.length === 1 ? (byCorrect[0] ?? null) : null;
}

/**
 * Issue 11 item 7 (i11a): for each concept, the other concepts whose misconception cells point at
 * it (see {@link pointedConcept}), in notes order — worked out once per list of concepts, so that
 * asking it for every concept stays linear.
 */
export function pointingAt(all: readonly Concept[]): ReadonlyMap<string, readonly Concept[]> {
  const index = pointerIndex(all);
  if (index.pointing) return index.pointing;
  const pointing = new Map<string, Concept[]>();
  for (const other of all) {
    for (const cell of other.misconceptions) {
      const target = pointedConcept(cell, other, all);
      if (!target) continue;
      const list = pointing.get(target.id) ?? [];
      if (list.at(-1) !== other) list.push(other);
      pointing.set(target.id, list);
    }
  }
  index.pointing = pointing;
  return pointing;
}

interface PointerIndex {
  phrases: ContainmentIndex;
  corrects: ContainmentIndex;
  pointing?: Map<string, Concept[]>;
}

const pointerIndexes = new WeakMap<readonly Concept[], PointerIndex>();

function pointerIndex(all: readonly Concept[]): PointerIndex {
  let index = pointerIndexes.get(all);
  if (!index) {
    index = {
      phrases: new ContainmentIndex(all, (c) => c.keyPhrases.map(matchKey)),
      corrects: new ContainmentIndex(all, (c) => [matchKey(c.correct)]),
    };
    pointerIndexes.set(all, index);
  }
  return index;
}

/**
 * Which concepts have a text (by match key) containing a key: the concepts are listed under each
 * pair of adjacent characters of their texts, and only those under the key's rarest pair are
 * checked with `includes`.
 */
class ContainmentIndex {
  private readonly byPair = new Map<string, number[]>();
  private readonly texts: string[][];

  constructor(
    private readonly concepts: readonly Concept[],
    textsOf: (concept: Concept) => string[],
  ) {
    this.texts = concepts.map(textsOf);
    this.texts.forEach((texts, i) => {
      for (const text of texts)
        for (let j = 0; j + 1 < text.length; j++) {
          const pair = text.slice(j, j + 2);
          const list = this.byPair.get(pair);
          if (!list) this.byPair.set(pair, [i]);
          else if (list.at(-1) !== i) list.push(i);
        }
    });
  }

  /** Up to `limit` concepts other than `exceptId` whose texts contain `key` (at least two characters), in order. */
  containing(key: string, exceptId: string, limit: number): Concept[] {
    let rarest: number[] | null = null;
    for (let j = 0; j + 1 < key.length; j++) {
      const list = this.byPair.get(key.slice(j, j + 2));
      if (!list) return [];
      if (!rarest || list.length < rarest.length) rarest = list;
    }
    const found: Concept[] = [];
    for (const i of rarest ?? []) {
      const concept = this.concepts[i];
      if (!concept || concept.id === exceptId) continue;
      if (!(this.texts[i] ?? []).some((t) => t.includes(key))) continue;
      found.push(concept);
      if (found.length >= limit) break;
    }
    return found;
  }
}
