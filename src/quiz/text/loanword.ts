/**
 * A katakana loanword and the English word it was borrowed from, by their consonants: `ファイナライザ`
 * and `finalize` are both f-n-r-s, so a which-concept description that quotes `finalize` names
 * the answer `ファイナライザ` as plainly as if it wrote the katakana. Each word becomes a
 * *skeleton*: its consonant sounds in a few classes that Japanese keeps apart (l and r are one, so
 * are s, z, sh and j; vowels, long marks and doubled letters are dropped). One pass per word,
 * no pattern. Pure.
 */

/** The consonant class of each katakana (a vowel, ー, ッ and small kana have none). */
const KANA_CONSONANT: ReadonlyMap<string, string> = new Map(
  (
    [
      ['カキクケコガギグゲゴ', 'k'],
      ['サシスセソザジズゼゾ', 's'],
      ['タテトダデド', 't'],
      ['チヂ', 't'],
      ['ツヅ', 't'],
      ['ナニヌネノ', 'n'],
      ['ン', 'n'],
      ['ハヒヘホ', 'h'],
      ['フ', 'f'],
      ['バビブベボヴ', 'b'],
      ['パピプペポ', 'p'],
      // One class with n, as English m is (`atomic` ~ `アトミック`, `compaction` ~ `コンパクション`).
      ['マミムメモ', 'n'],
      ['ラリルレロ', 'r'],
      ['ワヲ', 'w'],
    ] as const
  ).flatMap(([kana, c]) => [...kana].map((k) => [k, c] as const)),
);

/** English letter pairs read as one sound, before single letters. */
const DIGRAPHS: ReadonlyMap<string, string> = new Map([
  ['ph', 'f'],
  ['sh', 's'],
  ['ch', 't'],
  ['th', 's'],
  ['ck', 'k'],
  ['qu', 'k'],
  ['ng', 'n'],
]);

/** English consonants by class (soft c and g are read before e, i, y). */
const LETTER_CONSONANT: ReadonlyMap<string, string> = new Map([
  ['b', 'b'],
  ['v', 'b'],
  ['c', 'k'],
  ['k', 'k'],
  ['g', 'k'],
  ['q', 'k'],
  ['x', 'k'],
  ['d', 't'],
  ['t', 't'],
  ['f', 'f'],
  ['h', 'h'],
  ['j', 's'],
  ['l', 'r'],
  ['r', 'r'],
  ['m', 'n'],
  ['n', 'n'],
  ['p', 'p'],
  ['s', 's'],
  ['z', 's'],
  ['w', 'w'],
]);

/** `ファイナライザ` → `fnrs`; null when the text is not katakana. */
export function katakanaSkeleton(word: string): string | null {
  let out = '';
  for (const ch of word) {
    const code = ch.codePointAt(0) ?? 0;
    if (code < 0x30a0 || code > 0x30ff) return null;
    const c = KANA_CONSONANT.get(ch);
    // `マ` before p or b is m in English too; both are n here (`コンパクション`, `compaction`).
    if (c && out.at(-1) !== c) out += c;
  }
  return out;
}

/** `finalize` → `fnrs`; `compaction` → `knpkts`… (lower-case Latin letters only). */
export function englishSkeleton(word: string): string {
  let out = '';
  const w = word.toLowerCase();
  for (let i = 0; i < w.length; i++) {
    const pair = DIGRAPHS.get(w.slice(i, i + 2));
    let c: string | undefined;
    if (pair) {
      c = pair;
      i++;
    } else {
      const ch = w[i] ?? '';
      const next = w[i + 1] ?? '';
      // `-tion`, `-sion`: one sound (ション); soft c and g (`finalizer` has none, `page` has one).
      if ((ch === 't' || ch === 's') && next === 'i' && w[i + 2] === 'o') c = 's';
      else if ((ch === 'c' || ch === 'g') && 'eiy'.includes(next) && next !== '') c = 's';
      else c = LETTER_CONSONANT.get(ch);
      const afterVowel = i > 0 && 'aeiou'.includes(w[i - 1] ?? '');
      // h after a vowel has no sound of its own; nor has r after a vowel and before a consonant
      // or the end (`server` サーバー, `finalizer` ファイナライザ).
      if (ch === 'h' && afterVowel) c = undefined;
      if (ch === 'r' && afterVowel && !'aeiouy'.includes(next || 'x')) c = undefined;
    }
    if (c && out.at(-1) !== c) out += c;
    // `x` is two sounds, k and s (`index` インデックス, `proxy` プロキシ, reading 76).
    if (c === 'k' && w[i] === 'x') out += 's';
  }
  return out;
}

/**
 * Skeletons shorter than this say too little to match a word by (`ロック` / `lock` is k-r… two);
 * three is enough (`atomic` ~ `アトミック` t-n-k, `fence` ~ `フェンス` f-n-s).
 */
export const MIN_SKELETON = 3;

/**
 * True when the English word sounds like the katakana name (same skeleton of {@link MIN_SKELETON}
 * consonants or more): `finalize` ~ `ファイナライザ`, `compaction` ~ `コンパクション`.
 */
export function soundsLike(english: string, katakana: string): boolean {
  const k = katakanaSkeleton(katakana);
  if (k === null || k.length < MIN_SKELETON) return false;
  return englishSkeleton(english) === k;
}
