/**
 * Words repeated back to back by a bad rewrite: `反映を待たずにコミットコミット`,
 * `the the cache`. Pure and linear: a text is scanned once per chunk length (2–12 characters).
 */
import { memoByText } from '../text/build-memo.ts';
import { classOfCode } from './text-measures.ts';

const MIN_CHUNK = 2;
const MAX_CHUNK = 12;
/** `一` of `一つ一つ` (one by one). */
const ICHI = 0x4e00;
/** English words that may legitimately follow themselves (`had had`, `that that`). */
const ENGLISH_DOUBLES_OK = new Set(['had', 'that']);

/**
 * The first chunk that is immediately repeated, or null. Japanese: 2–12 characters with at least
 * one katakana, kanji or Latin letter (hiragana doubling such as `いろいろ` or `ますます` is
 * ordinary Japanese, and so is `一つ一つ`); a run of one character (`ーーーー`) is not a word. English: a word followed by itself.
 * `コミットコミット` → `コミット`; `Retries retries calls` → `retries`; `いろいろ` → null.
 */
export const repeatedChunk: (text: string) => string | null = memoByText((text) =>
  findRepeatedChunk(text),
);

/** {@link repeatedChunk}, computed (memoised per build: the review reads the same whys in many drafts). */
function findRepeatedChunk(text: string): string | null {
  const n = text.length;
  const { codes, content, latin, other } = scratchFor(n);
  for (let i = 0; i < n; i++) {
    codes[i] = text.charCodeAt(i);
    const cls = classOfCode(codes[i] ?? 0);
    content[i] = cls === 'katakana' || cls === 'han' || cls === 'latin' ? 1 : 0;
    latin[i] = cls === 'latin' ? 1 : 0;
    other[i] = cls === 'other' ? 1 : 0;
  }
  for (let size = MIN_CHUNK; size <= MAX_CHUNK; size++) {
    let run = 0;
    let contentInWindow = 0;
    let latinInWindow = 0;
    let same = 0;
    for (let i = 0; i < n; i++) {
      // The window is the chunk codes[i - size + 1 .. i].
      contentInWindow += content[i] ?? 0;
      latinInWindow += latin[i] ?? 0;
      if (i >= size) {
        contentInWindow -= content[i - size] ?? 0;
        latinInWindow -= latin[i - size] ?? 0;
      }
      same = i > 0 && codes[i] === codes[i - 1] ? same + 1 : 0;
      if (i < size) continue;
      if (codes[i] === codes[i - size] && !other[i]) run++;
      else run = 0;
      if (
        run >= size &&
        contentInWindow > 0 &&
        latinInWindow < size &&
        same < size - 1 &&
        !(size === 2 && codes[i - 1] === ICHI)
      )
        return text.slice(i - size + 1, i + 1);
    }
  }
  return doubledWord(text);
}

/** Per-character tables of {@link findRepeatedChunk}. */
interface Scratch {
  codes: Uint16Array;
  content: Uint8Array;
  latin: Uint8Array;
  other: Uint8Array;
}

let scratch: Scratch = scratchOf(64);

function scratchOf(size: number): Scratch {
  return {
    codes: new Uint16Array(size),
    content: new Uint8Array(size),
    latin: new Uint8Array(size),
    other: new Uint8Array(size),
  };
}

/**
 * Tables of at least `n` characters, reused from one text to the next (a build reads tens of
 * thousands of short texts; four new arrays each were mostly garbage). Only the first `n` entries
 * are read, and each call writes them all first, so nothing carries over.
 */
function scratchFor(n: number): Scratch {
  if (scratch.codes.length < n) scratch = scratchOf(Math.max(n, 2 * scratch.codes.length));
  return scratch;
}

/** A Latin word (letters and digits; a single class with `+`, so it cannot backtrack). */
const LATIN_WORD = /[A-Za-z0-9\u00c0-\u00d6\u00d8-\u00f6\u00f8-\u024f]+/g;

/**
 * A Latin word followed, after spaces or tabs only, by itself: `the the`, `Retry retry`. Not a
 * word beside its own capitals (`scans the documents like LIKE '%fox%'`): one is an English word,
 * the other a keyword of code.
 */
function doubledWord(text: string): string | null {
  // Two words apart by spaces or tabs need one: most Japanese texts have neither.
  if (!text.includes(' ') && !text.includes('\t')) return null;
  let previous = '';
  let previousCapitals = false;
  let previousEnd = -1;
  for (const match of text.matchAll(LATIN_WORD)) {
    const word = match[0].toLowerCase();
    const capitals = match[0] !== word && match[0] === match[0].toUpperCase();
    const start = match.index ?? 0;
    if (
      word === previous &&
      word.length > 1 &&
      capitals === previousCapitals &&
      !ENGLISH_DOUBLES_OK.has(word) &&
      onlySpaces(text, previousEnd, start)
    )
      return word;
    previous = word;
    previousCapitals = capitals;
    previousEnd = start + match[0].length;
  }
  return null;
}

/** True when text[from, to) is one or more spaces or tabs. */
function onlySpaces(text: string, from: number, to: number): boolean {
  if (from < 0 || to <= from) return false;
  for (let i = from; i < to; i++) {
    const ch = text.charCodeAt(i);
    if (ch !== 0x20 && ch !== 0x09) return false;
  }
  return true;
}
