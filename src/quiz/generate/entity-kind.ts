/**
 * What a table's rows are (`entity-kind`): the first header cell of a table that lists things in
 * its rows (`| 指標 | 測るもの | … |`, `| Algorithm | Worst-case time | … |`), so that a look-up
 * stem asks for one of them — 「指標のうち、「測るもの」が「操作への反応」なのはどれ？」, “Which
 * algorithm has “cubic” for “Worst-case time”?” — and never points at a table the player cannot
 * see (readers of reading 24: “In the table under …” is a look-up in a table never shown). A header
 * cell that names no kind of thing (a value, a situation told as a clause, a symbol) is refused by
 * one of the named rules below. Pure.
 */
import type { TableMatrix } from '../facts/table-facts.ts';

/** A named reason a first header cell is no kind of thing, with a cell it refuses. */
export interface KindRefusal {
  name: string;
  example: string;
  refuses(label: string, language: 'ja' | 'en'): boolean;
}

/** Longest kind, in characters (Japanese) or words (English). */
const MAX_JA_CHARS = 10;
const MAX_EN_WORDS = 3;

/** Header cells that say the rows are values or examples, not things of a kind. */
const NOT_KINDS_JA = new Set([
  '名前',
  '例',
  '年',
  '値',
  '場合',
  '場面',
  '状況',
  '項目',
  '観点',
  '範囲',
  '期間',
  '度数',
  '条件',
]);
const NOT_KINDS_EN = new Set([
  'name',
  'value',
  'example',
  'case',
  'thing',
  'fact',
  'point',
  'use',
  'amount',
  'increase',
  'year',
  'bits',
  'question',
  'aspect',
  'item',
  'you see',
]);

export const KIND_REFUSALS: readonly KindRefusal[] = [
  {
    name: 'marks-in-kind',
    example: 'f(n), 保持中 ＼ 要求, Setting / command, If you want…, method=',
    refuses: (label) => /[^\p{L}\p{N} ー・-]/u.test(label),
  },
  {
    name: 'symbol-kind',
    example: 'α, a (a letter is a variable, not a kind)',
    refuses: (label) => [...label].length < 2 && !/\p{Script=Han}/u.test(label),
  },
  {
    name: 'starts-with-number',
    example: '1スレッドのレジスタ数 (rows of amounts)',
    refuses: (label) => /^\p{N}/u.test(label),
  },
  {
    name: 'japanese-clause-kind',
    example: 'やりたいこと, ラベルにしてよいもの (a clause, not a noun of a kind)',
    refuses: (label, language) => language === 'ja' && /\p{Script=Hiragana}$/u.test(label),
  },
  {
    name: 'japanese-count',
    example: '文字数, パーティション数, 小数点以下の桁数 (rows are numbers)',
    refuses: (label, language) => language === 'ja' && label.endsWith('数'),
  },
  {
    name: 'too-long',
    example: 'Aspect at same f-number and framing',
    refuses: (label, language) =>
      language === 'ja' ? [...label].length > MAX_JA_CHARS : label.split(' ').length > MAX_EN_WORDS,
  },
  {
    name: 'no-kind-word',
    example: '名前, Name, Example, Value (the rows are names or values, of no kind)',
    refuses: (label, language) =>
      language === 'ja' ? NOT_KINDS_JA.has(label) : NOT_KINDS_EN.has(label.toLowerCase()),
  },
  {
    name: 'english-plural',
    example: 'Methods (“Which methods has …” would read wrong)',
    refuses: (label, language) => language === 'en' && /[^siu]s$/.test(label),
  },
];

/**
 * What the rows of `m` are, as a stem may name them (`指標`, `algorithm`, `QoS class`, `API`), or
 * null: a table of things in its columns, or a first header cell a rule of
 * {@link KIND_REFUSALS} refuses. English words written capitalised only as the cell's first
 * letter are lowercased (`Isolation level` → `isolation level`); acronyms are kept.
 */
export function entityKind(m: TableMatrix, language: 'ja' | 'en'): string | null {
  if (m.orientation !== 'entity-rows' || m.transposed) return null;
  const label = (m.entityLabel ?? '').trim();
  if (!label || KIND_REFUSALS.some((r) => r.refuses(label, language))) return null;
  if (language === 'ja') return label;
  return label
    .split(' ')
    .map((word) => (/^\p{Lu}[\p{Ll}-]+$/u.test(word) ? word.toLowerCase() : word))
    .join(' ');
}
