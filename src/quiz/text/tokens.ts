/**
 * Content tokens of a statement, for telling paraphrases and contradictions apart: katakana
 * words whole (`サービス`), kanji and mixed stretches as character pairs (`分散`, `散ト`), Latin
 * words stemmed; hiragana-only pairs (particles, endings) and English function words left out.
 * And the length of an option as a reader weighs it (one unit per Japanese character, two per
 * Latin word). One pass each; no backtracking. Pure.
 */
import { englishStem } from './runs.ts';

type CharClass = 'hiragana' | 'katakana' | 'han' | 'latin' | 'other';

function charClass(ch: string): CharClass {
  const code = ch.codePointAt(0) ?? 0;
  if (code >= 0x3041 && code <= 0x309f) return 'hiragana';
  if ((code >= 0x30a0 && code <= 0x30ff) || (code >= 0xff66 && code <= 0xff9f)) return 'katakana';
  if ((code >= 0x4e00 && code <= 0x9fff) || (code >= 0x3400 && code <= 0x4dbf) || code === 0x3005)
    return 'han';
  if ((code >= 0x30 && code <= 0x39) || (code >= 0x61 && code <= 0x7a)) return 'latin';
  return 'other';
}

const STOP = new Set([
  'a',
  'an',
  'the',
  'of',
  'to',
  'in',
  'on',
  'for',
  'and',
  'or',
  'is',
  'are',
  'be',
  'it',
  'its',
  'by',
  'with',
  'as',
  'at',
  'that',
  'this',
  'from',
]);

/** The content tokens of a text. */
export function contentTokens(text: string): Set<string> {
  const out = new Set<string>();
  const chars = [...text.normalize('NFKC').toLowerCase()];
  let i = 0;
  while (i < chars.length) {
    const cls = charClass(chars[i] ?? '');
    if (cls === 'other') {
      i++;
      continue;
    }
    if (cls === 'latin') {
      let word = '';
      while (i < chars.length && charClass(chars[i] ?? '') === 'latin') word += chars[i++];
      if (!STOP.has(word)) out.add(englishStem(word));
      continue;
    }
    if (cls === 'katakana') {
      let word = '';
      while (i < chars.length && charClass(chars[i] ?? '') === 'katakana') word += chars[i++];
      out.add(word);
      continue;
    }
    // Kanji and hiragana: pairs that hold a kanji (hiragana pairs are particles and endings).
    const start = i;
    while (i < chars.length && ['han', 'hiragana'].includes(charClass(chars[i] ?? ''))) i++;
    const run = chars.slice(start, i);
    if (run.length === 1 && charClass(run[0] ?? '') === 'han') out.add(run[0] ?? '');
    for (let k = 0; k + 1 < run.length; k++) {
      const a = run[k] ?? '';
      const b = run[k + 1] ?? '';
      if (charClass(a) === 'hiragana' && charClass(b) === 'hiragana') continue;
      out.add(a + b);
    }
  }
  return out;
}

/** Shared tokens over the smaller set, 0…1. */
export function tokenOverlap(a: ReadonlySet<string>, b: ReadonlySet<string>): number {
  if (a.size === 0 || b.size === 0) return 0;
  const [small, large] = a.size <= b.size ? [a, b] : [b, a];
  let shared = 0;
  for (const t of small) if (large.has(t)) shared++;
  return shared / small.size;
}

/** Twice the shared tokens over both sizes (1 only for equal sets). */
export function tokenDice(a: ReadonlySet<string>, b: ReadonlySet<string>): number {
  if (a.size === 0 || b.size === 0) return 0;
  let shared = 0;
  for (const t of a) if (b.has(t)) shared++;
  return (2 * shared) / (a.size + b.size);
}

/** One unit per Japanese character, two per Latin word or number. */
export function lengthUnits(text: string): number {
  let units = 0;
  let inWord = false;
  for (const ch of text.normalize('NFKC').toLowerCase()) {
    const cls = charClass(ch);
    if (cls === 'latin') {
      if (!inWord) units += 2;
      inWord = true;
      continue;
    }
    inWord = false;
    if (cls !== 'other') units += 1;
  }
  return units;
}
