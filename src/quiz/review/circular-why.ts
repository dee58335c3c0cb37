/**
 * Circular feedback: a why that only repeats the verdict ("listed as a common misconception",
 * 「まとめ表で『よくある誤解』に挙げられている」) or the option itself. Pure; compared on
 * {@link compareKey}, so quotes, brackets and spaces do not matter.
 */
import { compareKey } from './text-measures.ts';

/** Phrases that say where the notes classify a statement instead of why it is right or wrong. */
export const CIRCULAR_PHRASES: readonly string[] = [
  'よくある誤解に挙げられ',
  'よくある誤解として挙げ',
  'よくある誤解とされ',
  '誤解として挙げられ',
  '誤解に挙げられ',
  '誤解とされている',
  'まとめ表で',
  'まとめの表で',
  '誤りとされている',
  '誤りとして挙げ',
  'ノートでは誤り',
  'listed as a common misconception',
  'listed as a misconception',
  'is a common misconception',
  'listed as wrong',
  'marked as wrong',
  'marked as a misconception',
  'the notes call it wrong',
  'the notes list it as',
].map(compareKey);

/** What is left of a why that only gives a verdict once the option's own words are taken out. */
const VERDICTS: ReadonlySet<string> = new Set(
  [
    '',
    '誤り',
    'は誤り',
    'は誤りです',
    '誤りです',
    'ではない',
    'は正しくない',
    '正しくない',
    '不正解',
    '正解',
    'は正しい',
    '正しい',
    'wrong',
    'is wrong',
    'incorrect',
    'is incorrect',
    'is not correct',
    'false',
    'is false',
    'not true',
    'is not true',
    'correct',
    'is correct',
    'true',
    'is true',
    'right',
    'is right',
  ].map(compareKey),
);

/**
 * The circular phrase a why uses, or null when it teaches something. `option` is the text the
 * why explains: a why that is the option again, or the option plus a bare verdict, is circular.
 * `Listed as a common misconception` → `listedasacommonmisconception`;
 * (`Nodeを作成する`, `「Nodeを作成する」は誤り`) → `は誤り`; a real correction → null.
 */
export function circularPhrase(why: string, option?: string): string | null {
  const key = compareKey(why);
  for (const phrase of CIRCULAR_PHRASES) if (key.includes(phrase)) return phrase;
  if (option !== undefined) {
    const optionKey = compareKey(option);
    if (optionKey && key.includes(optionKey)) {
      const rest = key.replace(optionKey, '');
      if (VERDICTS.has(rest)) return rest === '' ? key : rest;
    }
  }
  if (key !== '' && VERDICTS.has(key)) return key;
  return null;
}
