/**
 * Where a token occurs in a text, for scanners that must stay linear on any input: every start
 * index is found once (`indexOf` from the last hit), and the next occurrence at or after a
 * position is answered by a cursor that only moves forward (a binary search when asked about an
 * earlier position). Pure.
 */

/** The start indices of `token` in `text`, overlapping ones included (`***` has `**` at 0 and 1). */
export function occurrences(text: string, token: string): number[] {
  const found: number[] = [];
  if (token === '') return found;
  for (let at = text.indexOf(token); at >= 0; at = text.indexOf(token, at + 1)) found.push(at);
  return found;
}

/** Answers "the first occurrence at or after `from`" over a sorted list of positions. */
export class NextPosition {
  private cursor = 0;

  constructor(private readonly positions: readonly number[]) {}

  /** The first position ≥ `from`, or -1 when there is none. */
  at(from: number): number {
    const list = this.positions;
    // Callers mostly ask in increasing order: the answer is at the cursor or just after it.
    for (let step = 0; step < 2; step++) {
      const i = this.cursor + step;
      if (i > list.length) break;
      const before = i === 0 ? -1 : (list[i - 1] ?? -1);
      if (before < from && (i === list.length || (list[i] ?? 0) >= from)) {
        this.cursor = i;
        return list[i] ?? -1;
      }
    }
    this.cursor = lowerBound(list, from);
    return list[this.cursor] ?? -1;
  }
}

/** Index of the first element ≥ `value` in a sorted list. */
function lowerBound(list: readonly number[], value: number): number {
  let lo = 0;
  let hi = list.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if ((list[mid] ?? 0) < value) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** The next occurrence of `token` at or after a position, over one text. */
export function nextOf(text: string, token: string): NextPosition {
  return new NextPosition(occurrences(text, token));
}

/** Line terminators as JavaScript's `.` sees them (it matches anything but these). */
const LINE_BREAK = /[\n\r\u2028\u2029]/g;

/** Positions of the line terminators of a text. */
export function lineBreaks(text: string): NextPosition {
  const found: number[] = [];
  for (const match of text.matchAll(LINE_BREAK)) found.push(match.index ?? 0);
  return new NextPosition(found);
}

/**
 * How many of `items` (in line order) start at or above `line`: a binary search. The last of them
 * is the one a line falls under (a section, a run-in title); the next, the first after it.
 */
export function countAtOrAbove(items: readonly { line: number }[], line: number): number {
  let lo = 0;
  let hi = items.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if ((items[mid]?.line ?? 0) <= line) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}
