/**
 * Bare values: yes/no marks and grade adjectives that say nothing on their own (`あり`, `なし`,
 * `○`, `発生`, `低い`, `Yes`, `Lower`). A question whose options are all bare values is a table
 * cell read aloud, not a question. Pure.
 */
import { withoutTrailingParenthetical } from './text-measures.ts';

const BARE_VALUES: ReadonlySet<string> = new Set([
  // yes / no
  'あり',
  'なし',
  'ある',
  'ない',
  '有',
  '無',
  '○',
  '◯',
  '×',
  '△',
  '✓',
  '✔',
  '✗',
  '✕',
  '-',
  '—',
  '可',
  '不可',
  '可能',
  '不可能',
  '必要',
  '不要',
  '発生',
  '防止',
  'はい',
  'いいえ',
  'yes',
  'no',
  'true',
  'false',
  'possible',
  'impossible',
  'required',
  'optional',
  'allowed',
  'not allowed',
  'n/a',
  // grades
  '高い',
  '低い',
  '高め',
  '低め',
  '大きい',
  '小さい',
  '多い',
  '少ない',
  '速い',
  '遅い',
  '容易',
  '困難',
  '難しい',
  '簡単',
  '明確',
  '複雑',
  'シンプル',
  '中程度',
  '強い',
  '弱い',
  '良い',
  '悪い',
  'high',
  'low',
  'higher',
  'lower',
  'large',
  'small',
  'fast',
  'slow',
  'faster',
  'slower',
  'easy',
  'hard',
  'difficult',
  'simple',
  'complex',
  'medium',
  'moderate',
  'strong',
  'weak',
  'more',
  'less',
  'better',
  'worse',
]);

/**
 * True when the option is only a yes/no mark or a grade word (a trailing parenthetical aside):
 * `あり（ブローカー）` → true, `Lower` → true, `疎結合` → false, `Fails fast` → false.
 */
export function isBareValue(text: string): boolean {
  const head = withoutTrailingParenthetical(text).normalize('NFKC').toLowerCase();
  const core = head.replace(/^\*\*|\*\*$/g, '').trim();
  return BARE_VALUES.has(core);
}
