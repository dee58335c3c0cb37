/**
 * Text keys for matching what people type against what the notes say. Pure.
 */
import { memoByText } from './build-memo.ts';

const KATAKANA_START = 0x30a1;
const KATAKANA_END = 0x30f6;
const KANA_OFFSET = 0x60;

/** Katakana → hiragana (ー and other marks untouched), so `サーガ` and `さーが` compare equal. */
export function foldKana(text: string): string {
  // Katakana is in the BMP and no surrogate falls in its range, so a text is folded unit by unit.
  // A text with no katakana (most English) is returned as it is, with nothing built; the rest is
  // made from char codes a chunk at a time (not a string per character, each joined to the last).
  const length = text.length;
  let at = 0;
  while (at < length && !isKatakana(text.charCodeAt(at))) at++;
  if (at === length) return text;
  let out = text.slice(0, at);
  let filled = 0;
  for (; at < length; at++) {
    const code = text.charCodeAt(at);
    foldBuffer[filled++] = isKatakana(code) ? code - KANA_OFFSET : code;
    if (filled === FOLD_CHUNK) {
      out += String.fromCharCode(...foldBuffer);
      filled = 0;
    }
  }
  return out + String.fromCharCode(...foldBuffer.slice(0, filled));
}

/** How many char codes {@link foldKana} turns into a string at once (a spread has a limit). */
const FOLD_CHUNK = 4_096;

/** {@link foldKana}'s char codes, reused (nothing of one call is read by the next). */
const foldBuffer: number[] = new Array<number>(FOLD_CHUNK).fill(0);

function isKatakana(code: number): boolean {
  return code >= KATAKANA_START && code <= KATAKANA_END;
}

/**
 * NFKC (full-width → half-width) and lower case: the form the text measures start from. A text
 * shorter than {@link NFKC_MEMO_FROM} is worked out afresh: the measures that ask for it are
 * memoised themselves, and on a 5,000-row table (340,000 asks, 95,000 texts, most under 30
 * characters) a look-up in a table of tens of thousands cost three times the work it saved. A
 * longer text (a 1 MB line) is memoised per build, shared by the measures.
 */
export function nfkcLower(text: string): string {
  return text.length < NFKC_MEMO_FROM ? nfkcLowerOf(text) : nfkcLowerMemo(text);
}

/** Texts from this length on are memoised by {@link nfkcLower}. */
const NFKC_MEMO_FROM = 64;

function nfkcLowerOf(text: string): string {
  // Most texts of notes are ASCII, kana, kanji and the common Japanese marks, which NFKC leaves
  // as they are (none composes with the character before it): one scan of the code units tells,
  // and only ASCII capitals are then lowered. On a 5,000-row table, normalising such texts anyway
  // was 70 ms a build.
  let capitals = false;
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (code < 0x80) {
      if (code >= 0x41 && code <= 0x5a) capitals = true;
    } else if (!keptByNfkc(code)) return text.normalize('NFKC').toLowerCase();
  }
  return capitals ? text.toLowerCase() : text;
}

/**
 * True for a UTF-16 unit beyond ASCII that NFKC keeps and that has no lower case, whatever stands
 * around it: 、。, 「」『』, hiragana, katakana (with ・ and ー) and the CJK unified ideographs. Not
 * the ideographic space, full-width forms, half-width katakana or the combining sound marks
 * (NFKC changes each of those).
 */
function keptByNfkc(code: number): boolean {
  return (
    (code >= 0x4e00 && code <= 0x9fff) ||
    (code >= 0x3041 && code <= 0x3096) ||
    (code >= 0x30a1 && code <= 0x30fc) ||
    code === 0x3001 ||
    code === 0x3002 ||
    (code >= 0x300c && code <= 0x300f)
  );
}

const nfkcLowerMemo = memoByText(nfkcLowerOf);

/** NFKC (full-width → half-width), lower case, katakana folded to hiragana. */
export function softKey(text: string): string {
  return foldKana(nfkcLower(text));
}

/**
 * The key two names are compared by: {@link softKey} without spaces, punctuation or symbols.
 * `Docker Compose`, `docker-compose` and `ＤＯＣＫＥＲＣＯＭＰＯＳＥ` share one key.
 * `symbol-names`: a text that is only marks (Make's `$@`, `$<`, `$^`; `&&`, `=>`) keeps them, so
 * that two such names are not one empty key (gnu-make.ja's automatic variables got no question:
 * every option set of `$@` / `$<` / `$^` read as one option three times).
 * (Memoised per build: the bank compares the same strings many times.)
 */
export function matchKey(text: string): string {
  return text.length < NFKC_MEMO_FROM && isOwnMatchKey(text) ? text : matchKeyMemo(text);
}

/** {@link matchKey} worked out, memoised per build. */
const matchKeyMemo = memoByText((text) => {
  const soft = softKey(text);
  // A key of letters and digits only (most names: `概念12`, `grpc`) has nothing to take out.
  if (soft !== '' && onlyWordUnits(soft)) return soft;
  const key = soft.replace(/[\s\p{P}\p{S}]+/gu, '');
  return key !== '' ? key : marksKey(soft);
});

/**
 * True when a text is its own {@link matchKey}: not empty, and every UTF-16 unit a lower-case
 * ASCII letter or digit, a CJK unified ideograph, a hiragana, ー or one of the katakana
 * {@link foldKana} leaves (ヷ–ヺ) — what NFKC and lower case keep, folding finds no katakana in,
 * and {@link onlyWordUnits} accepts. Most keys asked of a 5,000-row table are such names
 * (`概念12`: 215,000 of 327,000 asks a build): one scan of a short text costs less than its
 * look-up in a memo of tens of thousands of texts (the look-ups were a fifth of the memos' time).
 */
function isOwnMatchKey(text: string): boolean {
  return text.length > 0 && unitsKeptFrom(text, FOLDED_KATAKANA_FROM);
}

/**
 * True when every UTF-16 unit of the text is a lower-case ASCII letter or digit, a kana (ー too)
 * or a CJK unified ideograph: letters and digits that {@link matchKey} and review's compareKey
 * keep. Then their patterns of spaces, punctuation and symbols find nothing, and are not run (on
 * a 5,000-row table most keys are names).
 */
export function onlyWordUnits(text: string): boolean {
  return unitsKeptFrom(text, KATAKANA_FROM);
}

/** The first katakana (ァ): every katakana from it to ヺ is a word's. */
const KATAKANA_FROM = 0x30a1;
/** The first katakana {@link foldKana} leaves as it is (ヷ): those from it to ヺ are their own key. */
const FOLDED_KATAKANA_FROM = 0x30f7;

/**
 * True when every UTF-16 unit is a lower-case ASCII letter or digit, a CJK unified ideograph, a
 * hiragana, ー, or a katakana from `katakanaFrom` to ヺ. One scan, no pattern.
 */
function unitsKeptFrom(text: string, katakanaFrom: number): boolean {
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    const kept =
      (code >= 0x61 && code <= 0x7a) ||
      (code >= 0x30 && code <= 0x39) ||
      (code >= 0x4e00 && code <= 0x9fff) ||
      (code >= 0x3041 && code <= 0x3096) ||
      (code >= katakanaFrom && code <= 0x30fa) ||
      code === 0x30fc;
    if (!kept) return false;
  }
  return true;
}

/** The key of a text of marks only (`symbol-names`): its marks, without spaces and code ticks. */
export function marksKey(text: string): string {
  return text.replace(/[\s`]+/gu, '');
}

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
