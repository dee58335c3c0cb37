/**
 * A name echoed in a statement: the part of a concept's name that an option repeats, so that a
 * reader who knows nothing picks the option that sounds like the question (`Adding a label to a
 * metric is free` in a question about `Metrics`). Pure; linear in the text per word or head tried.
 */
import { matchKey, nfkcLower } from './normalize.ts';
import { englishStem } from './runs.ts';

/** The shortest head of a Japanese name that still reads as the name: three characters… */
const NAME_HEAD_MIN = 3;
/**
 * …and two thirds of it (`キャッシュ` of `キャッシュアサイド` is the notes' common word, not the
 * name), or half of a name written in kanji only, whose characters are words (`多要素` of `多要素認証`).
 */
const NAME_HEAD_SHARE = 2 / 3;
const KANJI_NAME_HEAD_SHARE = 1 / 2;
/** A name of kanji only (one character class with `+`: it cannot backtrack). */
const KANJI_ONLY = /^\p{Script=Han}+$/u;
/** A first word shorter than this (`TLS`, `NAT`, `Log`) is left to the whole-name rules. */
const LATIN_WORD_MIN = 4;
/**
 * A Latin word: letters and digits, a hyphenated compound kept whole (`error-rate` is not `rate`).
 * Each repetition starts with a literal `-`, so the pattern cannot backtrack.
 */
const LATIN_WORD = /[a-z0-9]+(?:-[a-z0-9]+)*/g;

/** True when the name is written in Latin letters, digits and punctuation only. */
function isLatinName(name: string): boolean {
  for (const ch of name.normalize('NFKC')) if ((ch.codePointAt(0) ?? 0) > 0x24f) return false;
  return true;
}

function latinWordsOf(text: string): string[] {
  return nfkcLower(text).match(LATIN_WORD) ?? [];
}

/**
 * The part of `name` that `text` repeats, or null. A Latin name: its first word (four letters or
 * more) as a word of the text, by stem — `Adding a label to a metric is free` repeats `metrics` of
 * `Metrics`, `Two leaders can never exist` repeats `leader` of `Leader election`, but `terminates`
 * does not repeat `Term`. A Japanese name: its longest head (at least three characters and two
 * thirds of the name, half of a kanji-only name) anywhere in the text — `単一障害点がない（ブロー
 * カーがないため）` repeats `ブローカー` of `ブローカーレス`, `同じ種類の要素を重ねても多要素にはな
 * らない` repeats `多要素` of `多要素認証`. Only heads: a name's tail (`ション` of `セッション`) is a common
 * word ending.
 */
export function nameEcho(text: string, name: string): string | null {
  if (isLatinName(name)) {
    // The first word tells a name from its kind (`Detached` HEAD, `Head-based` sampling): the
    // last is the kind, which the notes' other statements name too.
    const [first] = latinWordsOf(name);
    if (!first || first.length < LATIN_WORD_MIN) return null;
    const stem = englishStem(first);
    return latinWordsOf(text).some((w) => englishStem(w) === stem) ? first : null;
  }
  const chars = [...matchKey(name)];
  const share = KANJI_ONLY.test(name.normalize('NFKC')) ? KANJI_NAME_HEAD_SHARE : NAME_HEAD_SHARE;
  // A numbered name (`話題12`, `第2正規形`) has no shorter head: `話題1` is another name's.
  const numbered = chars.some((c) => c >= '0' && c <= '9');
  const shortest = numbered
    ? chars.length
    : Math.max(NAME_HEAD_MIN, Math.ceil(chars.length * share));
  if (chars.length < shortest) return null;
  const haystack = matchKey(text);
  for (let n = chars.length; n >= shortest; n--) {
    const head = chars.slice(0, n).join('');
    if (haystack.includes(head)) return head;
  }
  return null;
}

/** A later word of a name this long or longer counts (`key` of `Object key`). */
const LATER_WORD_MIN = 3;
/**
 * Words that join the parts of a name, not words of it: `and` of `Token bucket and leaky bucket`
 * is in every sentence, and repeats nothing.
 */
const JOINING_WORDS: ReadonlySet<string> = new Set([
  'and',
  'the',
  'for',
  'with',
  'from',
  'into',
  'over',
  'not',
  'its',
  'via',
]);

/**
 * A later word of a Latin name (three letters or more) that `text` repeats, by stem, or null:
 * `incomplete uploads are billed` repeats `upload` of `Multipart upload`. {@link nameEcho} reads
 * only the first word, as the later one is often the kind the notes' other statements name too;
 * an option check that asks whether *one* option alone repeats it may read them all.
 */
export function laterWordEcho(text: string, name: string): string | null {
  if (!isLatinName(name)) return null;
  const later = latinWordsOf(name)
    .slice(1)
    .filter((w) => w.length >= LATER_WORD_MIN && !JOINING_WORDS.has(w));
  if (later.length === 0) return null;
  const words = new Set(latinWordsOf(text).map(englishStem));
  return later.find((w) => words.has(englishStem(w))) ?? null;
}
