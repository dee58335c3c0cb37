/**
 * Words repeated back to back by a bad rewrite: `反映を待たずにコミットコミット`,
 * `the the cache`. Pure and linear: a text is scanned once per chunk length (2–12 characters).
 */
import { charClass } from './text-measures.ts';

const MIN_CHUNK = 2;
const MAX_CHUNK = 12;
/** English words that may legitimately follow themselves (`had had`, `that that`). */
const ENGLISH_DOUBLES_OK = new Set(['had', 'that']);

/**
 * The first chunk that is immediately repeated, or null. Japanese: 2–12 characters with at least
 * one katakana, kanji or Latin letter (hiragana doubling such as `いろいろ` or `ますます` is
 * ordinary Japanese, and so is `一つ一つ`); a run of one character (`ーーーー`) is not a word. English: a word followed by itself.
 * `コミットコミット` → `コミット`; `Retries retries calls` → `retries`; `いろいろ` → null.
 */
export function repeatedChunk(text: string): string | null {
  const chars = Array.from(text);
  const content = chars.map(isContentChar);
  const latin = chars.map((ch) => charClass(ch) === 'latin');
  for (let size = MIN_CHUNK; size <= MAX_CHUNK; size++) {
    let run = 0;
    let contentInWindow = 0;
    let latinInWindow = 0;
    let same = 0;
    for (let i = 0; i < chars.length; i++) {
      // The window is the chunk chars[i - size + 1 .. i].
      if (content[i]) contentInWindow++;
      if (latin[i]) latinInWindow++;
      if (i >= size) {
        if (content[i - size]) contentInWindow--;
        if (latin[i - size]) latinInWindow--;
      }
      same = i > 0 && chars[i] === chars[i - 1] ? same + 1 : 0;
      if (i < size) continue;
      if (chars[i] === chars[i - size] && charClass(chars[i] ?? '') !== 'other') run++;
      else run = 0;
      if (
        run >= size &&
        contentInWindow > 0 &&
        latinInWindow < size &&
        same < size - 1 &&
        !(size === 2 && chars[i - 1] === '一')
      )
        return chars.slice(i - size + 1, i + 1).join('');
    }
  }
  return doubledWord(text);
}

/** A Latin word followed, after white space only, by itself: `the the`, `Retry retry`. */
function doubledWord(text: string): string | null {
  let previous = '';
  let current = '';
  let gapIsSpace = false;
  const end = (): string | null => {
    const word = current.toLowerCase();
    const doubled =
      gapIsSpace && word === previous && word.length > 1 && !ENGLISH_DOUBLES_OK.has(word);
    previous = word;
    current = '';
    gapIsSpace = true;
    return doubled ? word : null;
  };
  for (const ch of text) {
    if (charClass(ch) === 'latin') {
      current += ch;
      continue;
    }
    if (current) {
      const found = end();
      if (found) return found;
    }
    if (ch !== ' ' && ch !== '\t') gapIsSpace = false;
  }
  return current ? end() : null;
}

/** Katakana, kanji or Latin: the characters a word of content is made of. */
function isContentChar(ch: string): boolean {
  const cls = charClass(ch);
  return cls === 'katakana' || cls === 'han' || cls === 'latin';
}
