/**
 * Memos of text measures that live for one bank build. A build compares the same strings many
 * times (a 5,000-row table: tens of thousands of distinct options, statements and names), so a
 * memo bounded by size thrashes on big notes; a memo per build holds every text of that build and
 * is dropped when the build ends, so nothing grows across builds. Outside a build (the CLI's
 * lookups, a test calling one function) a small bounded memo serves instead. Pure in effect: a
 * memo only returns what its function would compute.
 */

/** The memos of the build under way (one map per memo table), or null between builds. */
let buildMemos: Map<object, { clear(): void }> | null = null;

/** Which build is under way (each memo table keeps its map for it at hand: see {@link memoTable}). */
let buildNumber = 0;

/**
 * Runs `build` with memos that last until it returns (nested calls share the outer build's
 * memos).
 */
export function withBuildMemos<T>(build: () => T): T {
  if (buildMemos) return build();
  const memos = new Map<object, { clear(): void }>();
  buildMemos = memos;
  buildNumber++;
  try {
    return build();
  } finally {
    buildMemos = null;
    // A memo table still holds its map of this build until it is next used: emptied here, it
    // keeps nothing of the build alive.
    for (const memo of memos.values()) memo.clear();
  }
}

/** Outside a build, each memo keeps at most this many texts (then starts over). */
const OUTSIDE_BUILD_LIMIT = 5_000;

/**
 * A memo table: the build's own while one is under way, else a table of at most
 * {@link OUTSIDE_BUILD_LIMIT} entries (emptied when full). Call it for each lookup.
 */
export function memoTable<T>(): () => Map<string, T> {
  const token = {};
  const outside = new Map<string, T>();
  // This table's map for the build under way, and which build that is (no look-up per call).
  let memo = new Map<string, T>();
  let memoBuild = -1;
  return () => {
    if (buildMemos) {
      if (memoBuild !== buildNumber) {
        memo = new Map();
        memoBuild = buildNumber;
        buildMemos.set(token, memo);
      }
      return memo;
    }
    if (outside.size >= OUTSIDE_BUILD_LIMIT) outside.clear();
    return outside;
  };
}

/** What an {@link objectMemoTable} gives: a Map during a build, a WeakMap outside one. */
export interface ObjectMemo<K extends object, V> {
  get(key: K): V | undefined;
  set(key: K, value: V): unknown;
}

/**
 * A memo keyed by an object (a draft, an option list, a concept): the build's own Map while one
 * is under way, else one WeakMap. A build makes tens of thousands of drafts and reads each one's
 * keys many times; a Map is cheaper to read and write than a WeakMap (whose entries the collector
 * must also trace as ephemerons), and dropped when the build ends it keeps nothing longer than
 * the build: the drafts live until the bank is assembled anyway. Call it for each lookup.
 */
export function objectMemoTable<K extends object, V>(): () => ObjectMemo<K, V> {
  const token = {};
  const outside = new WeakMap<K, V>();
  let memo = new Map<K, V>();
  let memoBuild = -1;
  return () => {
    if (!buildMemos) return outside;
    if (memoBuild !== buildNumber) {
      memo = new Map();
      memoBuild = buildNumber;
      buildMemos.set(token, memo);
    }
    return memo;
  };
}

/** How many recent texts each {@link memoByText} compares before it looks in its table. */
const RECENT = 8;

/**
 * `compute` memoised per text (see {@link memoTable}). The value is shared: read it, never
 * change it.
 */
export function memoByText<T>(compute: (text: string) => T): (text: string) => T {
  const table = memoTable<T>();
  // The last few texts asked and their values, newest first from `next - 1`: callers often ask
  // for one text many times in a row (a statement sought in each line of a section) or take
  // turns between a few (a question's options, checked one by one for each rule); comparing a
  // few strings costs less than a look-up in a table of tens of thousands (which hashes a
  // freshly built text). On a 5,000-row table 8 recent texts answer 29 % of the look-ups the
  // last one alone did not. Valid across builds: the value depends on the text alone.
  // Their lengths, compared first: most texts asked differ in length from most recent ones.
  const lengths = new Int32Array(RECENT).fill(-1);
  const texts = new Array<string | undefined>(RECENT).fill(undefined);
  const values = new Array<T | undefined>(RECENT).fill(undefined);
  let next = 0;
  return (text) => {
    for (let n = 1, i = next; n <= RECENT; n++) {
      i = i === 0 ? RECENT - 1 : i - 1;
      if (lengths[i] === text.length && texts[i] === text) return values[i] as T;
    }
    const memo = table();
    let value = memo.get(text);
    // A value is never undefined but by accident of `compute`: then it is computed again.
    if (value === undefined) {
      value = compute(text);
      memo.set(text, value);
    }
    lengths[next] = text.length;
    texts[next] = text;
    values[next] = value;
    next = next === RECENT - 1 ? 0 : next + 1;
    return value;
  };
}

/**
 * `compute` memoised per object for the build (see {@link objectMemoTable}), keeping the answer
 * for the language and the owner last asked (a fact's renderings about its concept, read by
 * several templates). The value is shared: read it, never change it.
 */
export function memoPerObject<K extends object, O, T>(
  compute: (key: K, language: 'ja' | 'en', owner: O) => T,
): (key: K, language: 'ja' | 'en', owner: O) => T {
  const table = objectMemoTable<K, { language: 'ja' | 'en'; owner: O; value: T }>();
  return (key, language, owner) => {
    const memo = table();
    const known = memo.get(key);
    if (known && known.language === language && known.owner === owner) return known.value;
    const value = compute(key, language, owner);
    memo.set(key, { language, owner, value });
    return value;
  };
}
