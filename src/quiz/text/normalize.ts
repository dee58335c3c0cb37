/**
 * Text keys for matching what people type against what the notes say. Pure.
 */
import { memoByText } from './build-memo.ts';

const KATAKANA_START = 0x30a1;
const KATAKANA_END = 0x30f6;
const KANA_OFFSET = 0x60;

/** Katakana → hiragana (ー and other marks untouched), so `サーガ` and `さーが` compare equal. */
export function foldKana(text: string): string {
  let out = '';
  for (const ch of text) {
    const code = ch.codePointAt(0) ?? 0;
    out +=
      code >= KATAKANA_START && code <= KATAKANA_END
        ? String.fromCodePoint(code - KANA_OFFSET)
        : ch;
  }
  return out;
}

/** NFKC (full-width → half-width), lower case, katakana folded to hiragana. */
export function softKey(text: string): string {
  return foldKana(text.normalize('NFKC').toLowerCase());
}

/**
 * The key two names are compared by: {@link softKey} without spaces, punctuation or symbols.
 * `Docker Compose`, `docker-compose` and `ＤＯＣＫＥＲＣＯＭＰＯＳＥ` share one key.
 * (Memoised per build: the bank compares the same strings many times.)
 */
export const matchKey: (text: string) => string = memoByText((text) =>
  softKey(text).replace(/[\s\p{P}\p{S}]+/gu, ''),
);

/** Collapses runs of white space and trims. */
export function squash(text: string): string {
  return text.replace(/\s+/g, ' ').trim();
}

/** True when the text is mostly Japanese script (kana or kanji). */
export function looksJapanese(text: string): boolean {
  const japanese =
    text.match(/[\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Han}]/gu)?.length ?? 0;
  const latin = text.match(/[A-Za-z]/g)?.length ?? 0;
  return japanese > 0 && japanese * 3 >= latin;
}
