/**
 * Which concept a terse misconception cell points at: `中継` in サイドカー's row is アンバサダー's
 * key phrase (`外部接続を**中継**`), so the cell means "that is the ambassador". Built once per
 * document in time linear in the notes: only cells up to {@link MAX_POINTER_CHARS} characters are
 * looked for, so each phrase contributes a bounded number of substrings. Pure.
 */
import { matchKey } from '../text/normalize.ts';
import type { Concept } from '../types.ts';

/** Longer cells are statements of their own, not pointers. */
export const MAX_POINTER_CHARS = 10;
/** Phrases longer than this are not searched (a key phrase is short). */
const MAX_PHRASE_CHARS = 60;

/** Cell key → the concepts whose key phrases (or, failing that, correct cells) contain it. */
export interface PointerIndex {
  /** A cell that is another concept's whole correct understanding (`推移的関数従属をなくす`). */
  byWhole: Map<string, Set<string>>;
  byPhrase: Map<string, Set<string>>;
  byCorrect: Map<string, Set<string>>;
  concepts: Map<string, Concept>;
}

function cellKey(cell: string): string | null {
  const key = matchKey(cell);
  const n = [...key].length;
  return n >= 2 && n <= MAX_POINTER_CHARS ? key : null;
}

/** The cells' keys, and every start of one (`ab` of `abc`): a substring that starts no key
 * cannot be extended into one, so the scan of a text stops there. */
interface Wanted {
  keys: ReadonlySet<string>;
  starts: ReadonlySet<string>;
  /**
   * The first code point of every key (the one-character starts, as numbers): most characters of
   * a text start no key, and a number is looked up without making and hashing a string.
   */
  firsts: ReadonlySet<number>;
}

function wantedOf(keys: ReadonlySet<string>): Wanted {
  const starts = new Set<string>();
  const firsts = new Set<number>();
  for (const key of keys) {
    let start = '';
    for (const ch of key) {
      start += ch;
      starts.add(start);
    }
    const first = key.codePointAt(0);
    if (first !== undefined) firsts.add(first);
  }
  return { keys, starts, firsts };
}

/** Adds `id` under every wanted substring of `text`. */
function collect(text: string, wanted: Wanted, into: Map<string, Set<string>>, id: string): void {
  const chars = [...matchKey(text)].slice(0, MAX_PHRASE_CHARS);
  for (let start = 0; start < chars.length; start++) {
    if (!wanted.firsts.has((chars[start] as string).codePointAt(0) as number)) continue;
    let sub = '';
    for (let end = start; end < Math.min(chars.length, start + MAX_POINTER_CHARS); end++) {
      sub += chars[end];
      if (!wanted.starts.has(sub)) break;
      if (wanted.keys.has(sub)) {
        const set = into.get(sub) ?? new Set<string>();
        set.add(id);
        into.set(sub, set);
      }
    }
  }
}

/** The index of every misconception cell of `concepts`. */
export function pointerIndex(concepts: readonly Concept[]): PointerIndex {
  const keys = new Set<string>();
  for (const c of concepts)
    for (const cell of c.misconceptions) {
      const key = cellKey(cell);
      if (key) keys.add(key);
    }
  const wanted = wantedOf(keys);
  const byPhrase = new Map<string, Set<string>>();
  const byCorrect = new Map<string, Set<string>>();
  const byWhole = new Map<string, Set<string>>();
  for (const c of concepts) {
    const whole = matchKey(c.correct);
    const set = byWhole.get(whole) ?? new Set<string>();
    set.add(c.id);
    byWhole.set(whole, set);
  }
  for (const c of concepts) {
    for (const phrase of c.keyPhrases) collect(phrase, wanted, byPhrase, c.id);
    collect(c.correct, wanted, byCorrect, c.id);
  }
  return { byWhole, byPhrase, byCorrect, concepts: new Map(concepts.map((c) => [c.id, c])) };
}

/**
 * The concept (other than `concept`) a cell points at: the one concept whose key phrase contains
 * the cell, else the one whose correct cell does. Null when none or several do.
 */
export function pointedConcept(
  cell: string,
  concept: Concept,
  index: PointerIndex,
): Concept | null {
  const whole = [...(index.byWhole.get(matchKey(cell)) ?? [])].filter((id) => id !== concept.id);
  if (whole.length === 1) return index.concepts.get(whole[0] ?? '') ?? null;
  const key = cellKey(cell);
  if (!key) return null;
  for (const map of [index.byPhrase, index.byCorrect]) {
    const ids = [...(map.get(key) ?? [])].filter((id) => id !== concept.id);
    if (ids.length === 1) return index.concepts.get(ids[0] ?? '') ?? null;
    if (ids.length > 1) return null;
  }
  return null;
}
