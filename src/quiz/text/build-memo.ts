/**
 * Memos of text measures that live for one bank build. A build compares the same strings many
 * times (a 5,000-row table: tens of thousands of distinct options, statements and names), so a
 * memo bounded by size thrashes on big notes; a memo per build holds every text of that build and
 * is dropped when the build ends, so nothing grows across builds. Outside a build (the CLI's
 * lookups, a test calling one function) a small bounded memo serves instead. Pure in effect: a
 * memo only returns what its function would compute.
 */

/** The memos of the build under way (one map per memoised function), or null between builds. */
let buildMemos: Map<object, Map<string, unknown>> | null = null;

/** Which build is under way (each memo table keeps its map for it at hand: see {@link memoTable}). */
let buildNumber = 0;

/**
 * Runs `build` with memos that last until it returns (nested calls share the outer build's
 * memos).
 */
export function withBuildMemos<T>(build: () => T): T {
  if (buildMemos) return build();
  const memos = new Map<object, Map<string, unknown>>();
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
        buildMemos.set(token, memo as Map<string, unknown>);
      }
      return memo;
    }
    if (outside.size >= OUTSIDE_BUILD_LIMIT) outside.clear();
    return outside;
  };
}

/**
 * `compute` memoised per text (see {@link memoTable}). The value is shared: read it, never
 * change it.
 */
export function memoByText<T>(compute: (text: string) => T): (text: string) => T {
  const table = memoTable<T>();
  // The last text asked and its value: callers often ask for one text many times in a row (a
  // statement sought in each line of a section), and comparing it costs less than a look-up in
  // a table of tens of thousands. Valid across builds: the value depends on the text alone.
  let lastText: string | undefined;
  let lastValue: T | undefined;
  return (text) => {
    if (text === lastText) return lastValue as T;
    const memo = table();
    let value = memo.get(text);
    if (value === undefined && !memo.has(text)) {
      value = compute(text);
      memo.set(text, value);
    }
    lastText = text;
    lastValue = value;
    return value as T;
  };
}
