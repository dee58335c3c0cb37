/**
 * Measures of option text that work for Japanese and English alike, without a tokenizer: a
 * comparison key, content tokens (character bigrams for Japanese, words for English), the overlap
 * of two token sets, and a length in "units". Every function is one pass over the text; the only
 * patterns are single character classes with `+` (they cannot backtrack), so 1 MB of any
 * characters is fine. Pure.
 */
import { memoByText } from '../text/build-memo.ts';
import { marksKey, nfkcLower, onlyWordUnits } from '../text/normalize.ts';

/** What a character is, for splitting text into runs. */
export type CharClass = 'han' | 'hiragana' | 'katakana' | 'latin' | 'other';

/** The class of one character. `ー` and `々` count as the script they extend. */
export function charClass(ch: string): CharClass {
  return classOfCode(ch.codePointAt(0) ?? 0);
}

/** {@link charClass} of a code point or UTF-16 code unit (for loops over many characters). */
export function classOfCode(code: number): CharClass {
  if (code >= 0x3041 && code <= 0x309f) return 'hiragana';
  if ((code >= 0x30a0 && code <= 0x30ff) || (code >= 0xff66 && code <= 0xff9f)) return 'katakana';
  if (
    (code >= 0x4e00 && code <= 0x9fff) ||
    (code >= 0x3400 && code <= 0x4dbf) ||
    (code >= 0xf900 && code <= 0xfaff) ||
    code === 0x3005 ||
    code === 0x3006
  )
    return 'han';
  if (
    (code >= 0x30 && code <= 0x39) ||
    (code >= 0x41 && code <= 0x5a) ||
    (code >= 0x61 && code <= 0x7a) ||
    (code >= 0xc0 && code <= 0x24f && code !== 0xd7 && code !== 0xf7)
  )
    return 'latin';
  return 'other';
}

/** NFKC and lower case: the form every measure starts from. */
export function folded(text: string): string {
  return nfkcLower(text);
}

/**
 * The key options are compared by: NFKC, lower case, letters and digits only (no white space,
 * punctuation, marks or symbols). `「HTTP/2 専用」` and `http2専用` share one key. An option of
 * marks only (`$@`, `$<`: `symbol-names` of text/normalize.ts matchKey) keeps its marks.
 */
export const compareKey: (text: string) => string = memoByText((text) => {
  const plain = folded(text);
  // Letters and digits only (most option names): nothing to take out.
  if (plain !== '' && onlyWordUnits(plain)) return plain;
  const key = plain.replace(/[^\p{L}\p{N}]+/gu, '');
  return key !== '' ? key : marksKey(plain);
});

/** English words that carry no content of their own (left out of {@link contentTokens}). */
const STOP_WORDS = new Set([
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
  'does',
  'do',
  'did',
  // Quantity and modal words frame a statement without saying what it is about
  // (`Limits requests per second` / `Limiting how many requests a client may make`).
  'per',
  'how',
  'many',
  'much',
  'may',
  'can',
  'will',
]);

/** Japanese script (kanji, kana, their marks), or a word of Latin, Greek, Cyrillic or Hangul. */
const RUN =
  /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}ー々〆ヶ]+|[a-z0-9\u00c0-\u00d6\u00d8-\u00f6\u00f8-\u024f\u0370-\u052f\uac00-\ud7af]+/gu;
/** A katakana word, or a stretch of anything else (inside a Japanese run). */
const KATAKANA_SPLIT = /[\p{Script=Katakana}ー]+|[^\p{Script=Katakana}ー]+/gu;

/** A run of one kind of text: Japanese script (one string) or a word of another script. */
interface Run {
  text: string;
  japanese: boolean;
}

/** Splits folded text into Japanese runs and other words; everything else separates. */
function runs(text: string): Run[] {
  const out: Run[] = [];
  const key = folded(text);
  // One pattern stepped along the text (`matchAll` copies the pattern and makes an iterator at
  // each call); nothing in the loop uses RUN, and it starts over at 0 for every text.
  RUN.lastIndex = 0;
  for (let match = RUN.exec(key); match !== null; match = RUN.exec(key)) {
    const run = match[0];
    const cls = classOfCode(run.codePointAt(0) ?? 0);
    out.push({ text: run, japanese: cls !== 'latin' && cls !== 'other' ? true : isKanaMark(run) });
  }
  return out;
}

/** `ー々〆ヶ` are Japanese though their class is not a script. */
function isKanaMark(run: string): boolean {
  return 'ー々〆ヶ'.includes(run[0] ?? '');
}

/**
 * `requests` → `request`, `limiting` / `limits` / `limited` → `limit`; short words and `-ss`
 * words are kept as they are. A suffix is taken only when four letters remain, so `string` and
 * `need` stay whole. One pass over the word's end; no pattern.
 */
function stem(word: string): string {
  for (const suffix of ['ing', 'ed'])
    if (word.length - suffix.length >= 4 && word.endsWith(suffix))
      return word.slice(0, -suffix.length);
  return word.length > 3 && word.endsWith('s') && !word.endsWith('ss') ? word.slice(0, -1) : word;
}

/**
 * The content tokens of a text. Japanese: a katakana word is one token (`トランザクション`, so a
 * shared loanword counts once); kanji and hiragana give character bigrams, except those made only
 * of hiragana (particles and endings: `する`, `よう`); a lone character is its own token.
 * English: the words (plural `s` dropped) minus function words.
 * `Pod数を維持する` → pod, 数を, を維, 維持, 持す.
 */
export function contentTokens(text: string): Set<string> {
  const tokens = new Set<string>();
  for (const run of runs(text)) {
    if (!run.japanese) {
      if (!STOP_WORDS.has(run.text)) tokens.add(stem(run.text));
      continue;
    }
    // Stepped along as RUN is in runs(): nothing in the loop uses KATAKANA_SPLIT.
    KATAKANA_SPLIT.lastIndex = 0;
    for (
      let match = KATAKANA_SPLIT.exec(run.text);
      match !== null;
      match = KATAKANA_SPLIT.exec(run.text)
    ) {
      const segment = match[0];
      if (classOfCode(segment.charCodeAt(0)) === 'katakana' || segment[0] === 'ー') {
        tokens.add(segment);
        continue;
      }
      addBigrams(segment, tokens);
    }
  }
  return tokens;
}

/** Bigrams of a kanji/hiragana stretch, except hiragana-only ones; a lone character is a token. */
function addBigrams(segment: string, tokens: Set<string>): void {
  if (segment.length === 1) {
    if (classOfCode(segment.charCodeAt(0)) !== 'hiragana') tokens.add(segment);
    return;
  }
  for (let i = 0; i + 1 < segment.length; i++) {
    const a = segment.charCodeAt(i);
    const b = segment.charCodeAt(i + 1);
    if (classOfCode(a) === 'hiragana' && classOfCode(b) === 'hiragana') continue;
    tokens.add(segment.slice(i, i + 2));
  }
}

/**
 * Overlap coefficient of two token sets: shared tokens over the size of the smaller set (0 when
 * either is empty). 1 when one text's content is contained in the other's.
 */
export function overlap(a: ReadonlySet<string>, b: ReadonlySet<string>): number {
  if (a.size === 0 || b.size === 0) return 0;
  const [small, large] = a.size <= b.size ? [a, b] : [b, a];
  let shared = 0;
  for (const token of small) if (large.has(token)) shared++;
  return shared / small.size;
}

/** Dice coefficient: twice the shared tokens over both sizes (symmetric; 1 only for equal sets). */
export function dice(a: ReadonlySet<string>, b: ReadonlySet<string>): number {
  if (a.size === 0 || b.size === 0) return 0;
  let shared = 0;
  for (const token of a) if (b.has(token)) shared++;
  return (2 * shared) / (a.size + b.size);
}

/**
 * A length that means about the same in both languages: one unit per Japanese character, two per
 * Latin word or number (an English word carries about as much as two Japanese characters).
 * `即エラー` → 4, `Fails fast` → 4.
 */
export const lengthUnits: (text: string) => number = memoByText((text) => {
  let units = 0;
  for (const run of runs(text)) units += run.japanese ? run.text.length : 2;
  return units;
});

/**
 * True when the text is Japanese: it has hiragana, or its kanji and katakana are at least a third
 * of its Latin letters (`HTTP/2専用`, `gRPC-Web経由なら可`; not `Uses TLS 1.3`).
 */
export function isJapaneseText(text: string): boolean {
  let ja = 0;
  let latin = 0;
  for (let i = 0; i < text.length; i++) {
    const cls = classOfCode(text.charCodeAt(i));
    if (cls === 'hiragana') return true;
    if (cls === 'han' || cls === 'katakana') ja++;
    else if (cls === 'latin') latin++;
  }
  return ja > 0 && ja * 3 >= latin;
}

/** A Latin word, with `'` inside (`can't`). The apostrophe group starts with a literal: linear. */
const LATIN_WORD = /[a-z0-9\u00c0-\u00d6\u00d8-\u00f6\u00f8-\u024f]+(?:'[a-z0-9]+)*/g;

/** The Latin words of a text, lower case (`can't` stays one word; other punctuation separates). */
export function latinWords(text: string): string[] {
  return folded(text).match(LATIN_WORD) ?? [];
}

const OPENERS: Record<string, string> = { '）': '（', ')': '(' };

/**
 * The text without a parenthetical at its end: `あり（ブローカー）` → `あり`,
 * `Passes it through (usually)` → `Passes it through`. Nested parentheses are matched; a text
 * that is only a parenthetical is returned as it is.
 */
export function withoutTrailingParenthetical(text: string): string {
  const trimmed = text.trim();
  const close = trimmed.at(-1) ?? '';
  const open = OPENERS[close];
  if (!open) return trimmed;
  let depth = 0;
  for (let i = trimmed.length - 1; i >= 0; i--) {
    const ch = trimmed[i];
    if (ch === ')' || ch === '）') depth++;
    else if (ch === '(' || ch === '（') {
      depth--;
      if (depth === 0) {
        const head = trimmed.slice(0, i).trim();
        return head === '' ? trimmed : head;
      }
    }
  }
  return trimmed;
}
