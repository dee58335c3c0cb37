/**
 * Measures of option text that work for Japanese and English alike, without a tokenizer: a
 * comparison key, content tokens (character bigrams for Japanese, words for English), the overlap
 * of two token sets, and a length in "units". Every function is one pass over the text (no regex
 * that can backtrack), so 1 MB of any characters is fine. Pure.
 */

/** What a character is, for splitting text into runs. */
export type CharClass = 'han' | 'hiragana' | 'katakana' | 'latin' | 'other';

/** The class of one code point. `ー` and `々` count as the script they extend. */
export function charClass(ch: string): CharClass {
  const code = ch.codePointAt(0) ?? 0;
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
    (code >= 0xc0 && code <= 0x24f)
  )
    return 'latin';
  return 'other';
}

/** True for a class that belongs to Japanese script. */
export function isJapaneseClass(cls: CharClass): boolean {
  return cls === 'han' || cls === 'hiragana' || cls === 'katakana';
}

/**
 * The key options are compared by: NFKC, lower case, no white space, punctuation or symbols.
 * `「HTTP/2 専用」` and `http2専用` share one key.
 */
export function compareKey(text: string): string {
  let out = '';
  for (const ch of text.normalize('NFKC').toLowerCase()) {
    const cls = charClass(ch);
    if (cls !== 'other' || isLetterLike(ch)) out += ch;
  }
  return out;
}

/** Letters of other scripts (Greek, Cyrillic, Hangul…) are content too; marks are not. */
function isLetterLike(ch: string): boolean {
  const code = ch.codePointAt(0) ?? 0;
  return (code >= 0x370 && code <= 0x52f) || (code >= 0xac00 && code <= 0xd7af);
}

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
]);

/** A run of one kind of text: Japanese script (one string) or a Latin word. */
interface Run {
  text: string;
  japanese: boolean;
}

/** Splits NFKC, lower-cased text into Japanese runs and Latin words; everything else separates. */
function runs(text: string): Run[] {
  const out: Run[] = [];
  let current = '';
  let japanese = false;
  const flush = (): void => {
    if (current) out.push({ text: current, japanese });
    current = '';
  };
  for (const ch of text.normalize('NFKC').toLowerCase()) {
    const cls = charClass(ch);
    const isJa = isJapaneseClass(cls);
    if (cls === 'other' && !isLetterLike(ch)) {
      flush();
      continue;
    }
    if (current && isJa !== japanese) flush();
    japanese = isJa;
    current += ch;
  }
  flush();
  return out;
}

/** `requests` → `request`; short words and `-ss` words are kept as they are. */
function stem(word: string): string {
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
    for (const segment of japaneseSegments(run.text)) {
      if (segment.katakana) {
        tokens.add(segment.text);
        continue;
      }
      const chars = Array.from(segment.text);
      if (chars.length === 1) {
        if (charClass(chars[0] ?? '') !== 'hiragana') tokens.add(segment.text);
        continue;
      }
      for (let i = 0; i + 1 < chars.length; i++) {
        const a = chars[i] ?? '';
        const b = chars[i + 1] ?? '';
        if (charClass(a) === 'hiragana' && charClass(b) === 'hiragana') continue;
        tokens.add(a + b);
      }
    }
  }
  return tokens;
}

/** A Japanese run split into katakana words and kanji/hiragana stretches. */
function japaneseSegments(run: string): { text: string; katakana: boolean }[] {
  const out: { text: string; katakana: boolean }[] = [];
  let current = '';
  let katakana = false;
  for (const ch of run) {
    const isKatakana = charClass(ch) === 'katakana';
    if (current && isKatakana !== katakana) {
      out.push({ text: current, katakana });
      current = '';
    }
    katakana = isKatakana;
    current += ch;
  }
  if (current) out.push({ text: current, katakana });
  return out;
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
export function lengthUnits(text: string): number {
  let units = 0;
  for (const run of runs(text)) units += run.japanese ? Array.from(run.text).length : 2;
  return units;
}

/** True when the text has more Japanese characters than Latin letters. */
export function isJapaneseText(text: string): boolean {
  let ja = 0;
  let latin = 0;
  for (const ch of text) {
    const cls = charClass(ch);
    if (isJapaneseClass(cls)) ja++;
    else if (cls === 'latin') latin++;
  }
  return ja > 0 && ja * 2 >= latin;
}

/** The Latin words of a text, lower case (`can't` → `can't`; other punctuation separates). */
export function latinWords(text: string): string[] {
  const words: string[] = [];
  let current = '';
  for (const ch of text.normalize('NFKC').toLowerCase()) {
    if (charClass(ch) === 'latin' || (ch === "'" && current)) current += ch;
    else {
      if (current) words.push(current);
      current = '';
    }
  }
  if (current) words.push(current);
  return words.map((w) => (w.endsWith("'") ? w.slice(0, -1) : w));
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
