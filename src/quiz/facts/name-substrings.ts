/**
 * Which of many items have a name that stands in a text, found without reading every item: the
 * names are indexed once by their text (as written, and in lower case), and a text is read once
 * per length the names come in. Candidates only: a name found here is somewhere in the text, not
 * yet whole nor counted as the caller counts it, so the caller checks each candidate as it would
 * have checked every item. Pure.
 */

/** About how many `indexOf` scans of a text cost as much as one look-up at each of its positions. */
const SLICE_COST = 16;

/** One way of reading the names: the keys by length, and the items each key names. */
interface KeyTable {
  items: Map<string, number[]>;
  /** The lengths of the keys, shortest first. */
  lengths: number[];
}

/** Names of items (positions in a list), found as substrings of a text. */
export interface NameSubstringIndex {
  /**
   * The positions (ascending) of the items with a name in `text`: in lower case when
   * `lowerCase`, else as written. Null when the names are few enough to seek one by one (an
   * `indexOf` per name costs far less per character than a look-up per position and length).
   */
  itemsIn(text: string, lowerCase: boolean): number[] | null;
}

/** Indexes the names of `items` (a list's positions stand for its items). */
export function nameSubstringIndex<T>(
  items: readonly T[],
  namesOf: (item: T) => readonly string[],
): NameSubstringIndex {
  const written = new Map<string, number[]>();
  const lower = new Map<string, number[]>();
  let names = 0;
  items.forEach((item, i) => {
    for (const name of namesOf(item)) {
      names++;
      add(written, name, i);
      add(lower, name.toLowerCase(), i);
    }
  });
  const tables = { written: table(written), lower: table(lower) };
  return {
    itemsIn(text, lowerCase) {
      const { items: byKey, lengths } = lowerCase ? tables.lower : tables.written;
      if (names <= SLICE_COST * lengths.length) return null;
      const found = new Set<number>();
      for (const length of lengths) {
        if (length > text.length) break;
        for (let at = 0; at + length <= text.length; at++)
          for (const i of byKey.get(text.slice(at, at + length)) ?? []) found.add(i);
      }
      return [...found].sort((a, b) => a - b);
    },
  };
}

function add(map: Map<string, number[]>, key: string, item: number): void {
  if (key === '') return;
  const list = map.get(key);
  if (!list) map.set(key, [item]);
  else if (list.at(-1) !== item) list.push(item);
}

function table(items: Map<string, number[]>): KeyTable {
  const lengths = [...new Set([...items.keys()].map((k) => k.length))].sort((a, b) => a - b);
  return { items, lengths };
}
