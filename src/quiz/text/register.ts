/**
 * The register of an option: *note* style (the shorthand of a summary cell — `Immutable; update =
 * delete + add`, `Source → sink`, `宣言、毎回実行`) or *prose* (a sentence a person would say —
 * `Overlay traffic is encrypted by default`, `ログインシェルでレシピが実行される`). Readers of
 * reading 24 picked the one full sentence among summary shorthand as the key at sight, and the one
 * shorthand cell among sentences as well: an option set is best in one register. Pure; one pass
 * over the text per rule, no backtracking.
 */
import { englishForm, lastWordChar, PREDICATE_ENDINGS } from '../review/option-form.ts';
import { isJapaneseText, withoutTrailingParenthetical } from '../review/text-measures.ts';

/** `note`: shorthand; `prose`: a sentence; `unclear`: neither can be told (counts as either). */
export type Register = 'note' | 'prose' | 'unclear';

/** A named mark of note style, with an example it finds. */
export interface NoteMark {
  name: string;
  example: string;
  /** True when the text (without its trailing parenthesis) carries the mark. */
  marks(text: string, japanese: boolean): boolean;
}

/** Marks that a sentence does not carry, one rule each. */
export const NOTE_MARKS: readonly NoteMark[] = [
  {
    name: 'semicolon-joined',
    example: 'Immutable; update = delete + add; merges reclaim space',
    marks: (t) => t.includes(';') || t.includes('；'),
  },
  {
    name: 'arrow',
    example: 'Source → sink; living sieve elements',
    marks: (t) => t.includes('→') || t.includes('⇒') || t.includes('->'),
  },
  {
    name: 'formula',
    example: "OCR = σ'p/σ'v0。過圧密は過去により大きな応力を受けた履歴",
    marks: (t) => t.includes(' = ') || t.includes('≈') || t.includes('＝'),
  },
  {
    name: 'plus-joined',
    example: 'Bit array + k hashes. No false negatives',
    marks: (t) => t.includes(' + ') || t.includes('＋'),
  },
  {
    name: 'clipped-sentences',
    example: '事後分布の最頻値。平坦な事前分布なら最尤推定と一致。変換で不変ではない',
    marks: (t, japanese) => clippedSentence(t, japanese),
  },
  {
    name: 'japanese-noun-ending',
    example: '宣言、毎回実行 (a sentence ends on a verb, an adjective or the copula)',
    marks: (t, japanese) => japanese && !endsOnPredicateKana(t),
  },
];

/**
 * Kana a Japanese sentence ends on: the predicate endings of the one-form rule
 * (review/option-form.ts) but `て`, which ends a clause (`…を確認して`), not a sentence.
 */
const SENTENCE_ENDINGS: ReadonlySet<string> = new Set(
  [...PREDICATE_ENDINGS].filter((kana) => kana !== 'て'),
);

/** True when the Japanese text ends on a predicate (`…実行される`, `…ではない`), not on a noun. */
function endsOnPredicateKana(text: string): boolean {
  return SENTENCE_ENDINGS.has(text[lastWordChar(text)] ?? '');
}

/**
 * True when a text of several sentences has one that is no sentence: a Japanese one that ends on a
 * noun (`…回復する処理。大容量ディスクほど…`), an English one of two words or more with no verb
 * found (`Bit array and k hashes. No false negatives`).
 */
function clippedSentence(text: string, japanese: boolean): boolean {
  const parts = text.split(japanese ? '。' : '. ');
  if (parts.length < 2) return false;
  return parts.some((part) => {
    const p = part.trim();
    if (!p) return false;
    if (japanese) return !endsOnPredicateKana(p);
    return p.split(' ', 3).length >= 2 && englishForm(p) !== 'statement';
  });
}

/**
 * `Immutable; update = delete + add` → note, `宣言、毎回実行` → note, `Overlay traffic is encrypted
 * by default` → prose, `ログインシェルでレシピが実行される` → prose, `Requests per second` → unclear
 * (a name is neither: the one-form rule reads names).
 */
export function registerOf(text: string): Register {
  const head = withoutTrailingParenthetical(text).trim();
  const japanese = isJapaneseText(head);
  if (NOTE_MARKS.some((m) => m.marks(head, japanese))) return 'note';
  if (japanese) return 'prose';
  return englishForm(head) === 'statement' ? 'prose' : 'unclear';
}

/** How an option set stands by register: one register, two, or the key alone in its own. */
export type RegisterMix = 'one' | 'mixed' | 'key-alone';

/**
 * `key-alone` when the key is the only option of its register among options of the other (the
 * one sentence among shorthand cells: readers pick it at sight), `mixed` when both registers
 * stand in the set otherwise, `one` when they do not. `registers[0]` is the key's.
 */
export function registerMix(registers: readonly Register[]): RegisterMix {
  let notes = 0;
  let proses = 0;
  for (const r of registers) {
    if (r === 'note') notes++;
    else if (r === 'prose') proses++;
  }
  if (notes === 0 || proses === 0) return 'one';
  const key = registers[0];
  const alone = (key === 'note' && notes === 1) || (key === 'prose' && proses === 1);
  return alone && notes + proses === registers.length ? 'key-alone' : 'mixed';
}
