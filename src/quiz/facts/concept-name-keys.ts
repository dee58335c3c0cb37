/**
 * The concepts of a document by their names' match keys: those named by a key, and the keys that
 * extend a given start (`bツリー` → `bツリーインデックス`), looked up in a sorted list instead of
 * every concept being read for every table label. Pure.
 */
import { matchKey } from '../text/normalize.ts';
import type { Concept } from '../types.ts';

/** The concepts' name keys, looked up two ways. */
export interface ConceptNameKeys {
  /** The concepts whose name's key is `key`, in the concepts' order. */
  named(key: string): readonly Concept[];
  /** The keys longer than `start` that begin with it, one per concept, in the concepts' order. */
  extending(start: string): string[];
}

/** Indexes the keys of the concepts' names ({@link matchKey} of each name). */
export function conceptNameKeys(concepts: readonly Concept[]): ConceptNameKeys {
  const byKey = new Map<string, Concept[]>();
  const keys = concepts.map((c, at) => ({ key: matchKey(c.name), at }));
  for (const { key, at } of keys) {
    const concept = concepts[at] as Concept;
    const list = byKey.get(key);
    if (list) list.push(concept);
    else byKey.set(key, [concept]);
  }
  // In code-unit order, the keys that begin with a text are one run.
  const sorted = [...keys].sort((a, b) => (a.key < b.key ? -1 : a.key > b.key ? 1 : a.at - b.at));
  return {
    named: (key) => byKey.get(key) ?? [],
    extending(start) {
      const found: { key: string; at: number }[] = [];
      for (let i = lowerBound(sorted, start); i < sorted.length; i++) {
        const entry = sorted[i] as { key: string; at: number };
        if (!entry.key.startsWith(start)) break;
        if (entry.key.length > start.length) found.push(entry);
      }
      return found.sort((a, b) => a.at - b.at).map((e) => e.key);
    },
  };
}

/** The first position of `sorted` whose key is not below `text`. */
function lowerBound(sorted: readonly { key: string }[], text: string): number {
  let low = 0;
  let high = sorted.length;
  while (low < high) {
    const mid = (low + high) >> 1;
    if ((sorted[mid] as { key: string }).key < text) low = mid + 1;
    else high = mid;
  }
  return low;
}
