/**
 * Hedges: the words that soften a claim (`〜ことがある`, `〜とされる`, might, often…), which a
 * test-wise player reads as "this one is true" — the other side of absolute words
 * (absolute-words.ts). Pure; one pass per word over the text.
 */
import { memoByText } from '../text/build-memo.ts';
import { latinWords } from './text-measures.ts';

/** A list of hedge words and a statement it softens. */
interface HedgeList {
  name: string;
  example: string;
  words: readonly string[];
}

/**
 * Japanese hedges, found anywhere in the text (Japanese has no spaces). Readers of reading 88
 * named `めまい単独で発症しうる` and `前庭神経炎とそっくりに見えることがある` beside the key
 * `頭部CTが陰性なら否定できる`, and `内リンパ水腫が病態の中心とされる` beside `…で確定`.
 */
export const JAPANESE_HEDGES: readonly HedgeList[] = [
  {
    name: 'can-happen',
    example: 'めまい単独で発症しうる',
    words: ['しうる', 'し得る', 'ありうる', 'あり得る', 'なりうる', 'なり得る', '起こりうる'],
  },
  {
    name: 'sometimes',
    example: '前庭神経炎とそっくりに見えることがある',
    words: ['ことがある', 'こともある', '場合がある', '場合もある', 'ことが多い', '場合が多い'],
  },
  {
    name: 'said-to-be',
    example: '内リンパ水腫が病態の中心とされる',
    words: ['とされる', 'とされている'],
  },
  {
    name: 'maybe',
    example: '塩分制限が効くかもしれない',
    words: ['かもしれ', '可能性がある', '可能性もある', '傾向がある', 'とは限らない'],
  },
];

/** English hedges, as whole words, lower case. */
export const ENGLISH_HEDGES: readonly HedgeList[] = [
  {
    // Not `may` nor `could`: as often permission or ability as a hedge (`The browser enforces
    // which origins may read responses`, a CORS key of the fixtures).
    name: 'might',
    example: 'The onset speed might rise with pressure',
    words: ['might'],
  },
  {
    name: 'how-often',
    example: 'Corrections usually arrive as RTCM 3 messages',
    words: [
      'often',
      'usually',
      'typically',
      'generally',
      'sometimes',
      'rarely',
      'mostly',
      'commonly',
    ],
  },
  {
    name: 'tends',
    example: 'Grip tends to fall with load',
    words: ['tend', 'tends', 'likely', 'unlikely'],
  },
];

const JAPANESE_WORDS = JAPANESE_HEDGES.flatMap((l) => l.words);
const ENGLISH_WORDS: ReadonlySet<string> = new Set(ENGLISH_HEDGES.flatMap((l) => l.words));

/** True when the text softens its claim with a hedge of {@link JAPANESE_HEDGES} or {@link ENGLISH_HEDGES}. */
export const isHedged: (text: string) => boolean = memoByText(
  (text) =>
    JAPANESE_WORDS.some((w) => text.includes(w)) ||
    latinWords(text).some((w) => ENGLISH_WORDS.has(w)),
);
