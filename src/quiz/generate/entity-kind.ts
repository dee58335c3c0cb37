/**
 * What a table's rows are (`entity-kind`): the first header cell of a table that lists things in
 * its rows (`| 指標 | 測るもの | … |`, `| Algorithm | Worst-case time | … |`), so that a look-up
 * stem asks for one of them — 「指標のうち、「測るもの」が「操作への反応」なのはどれ？」, “Which
 * algorithm has “cubic” for “Worst-case time”?” — and never points at a table the player cannot
 * see (readers of reading 24: “In the table under …” is a look-up in a table never shown). A header
 * cell that names no kind of thing (a value, a situation told as a clause, a symbol) is refused by
 * one of the named rules below. Pure.
 */
import { type TableMatrix, withoutParenthesis } from '../facts/table-facts.ts';

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

/**
 * A question word or a condition opening an English header cell: the cell is a clause, no noun of
 * a kind (reading 56 asked “Which what you know has “triangular” for “Assumed distribution”?”).
 */
const ENGLISH_CLAUSE_OPENING = /^(?:what|when|where|why|how|which|who|whose|if|whether)\b/i;

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
    name: 'variable-in-kind',
    example:
      'Type of a, Minimum distance d, 利用率 ρ (a one-letter word is a variable of an example)',
    refuses: (label) =>
      label.split(/[\s（(]/u).some((w) => /^\p{L}$/u.test(w) && !/\p{Script=Han}/u.test(w)),
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
    name: 'english-clause-kind',
    example: 'What you know, When to use it, How it fails (a clause: “Which what you know has …”)',
    refuses: (label, language) => language === 'en' && ENGLISH_CLAUSE_OPENING.test(label),
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
  if (m.transposed) return null;
  const own = m.orientation === 'entity-rows' ? labelKind(m.entityLabel, language) : null;
  if (own) return own;
  if (!m.links.titleIsHeading) return null;
  for (const rule of HEADING_KINDS) {
    const kind = rule.kind(m.title.trim(), language);
    if (kind) return language === 'ja' ? kind : lowercased(kind);
  }
  return null;
}

/** A first header cell as a kind, its closing parenthesis left out (`URL（比較元 …）` → `URL`). */
function labelKind(cell: string | null, language: 'ja' | 'en'): string | null {
  const label = withoutParenthesis(cell ?? '').trim();
  if (!label || KIND_REFUSALS.some((r) => r.refuses(label, language))) return null;
  return language === 'ja' ? label : lowercased(label);
}

/** English words capitalised only as written first are lowercased; acronyms are kept. */
function lowercased(kind: string): string {
  return kind
    .split(' ')
    .map((word) => (/^\p{Lu}[\p{Ll}-]+$/u.test(word) ? word.toLowerCase() : word))
    .join(' ');
}

/** Plural kind words of English headings, and each one's singular. */
const KIND_WORDS: ReadonlyMap<string, string> = new Map([
  ['types', 'type'],
  ['kinds', 'kind'],
  ['forms', 'form'],
  ['classes', 'class'],
  ['levels', 'level'],
  ['modes', 'mode'],
]);

/** A heading this long, in words, names no kind (it is a sentence). */
const MAX_HEADING_WORDS = 5;

/**
 * Headings that say what a table sets side by side, where its first header cell does not
 * (`| Property | Type I | Type IIa |` under `Muscle fiber types`): a named rule each, with an
 * example; word and suffix checks only.
 */
export const HEADING_KINDS: readonly {
  name: string;
  example: string;
  kind(heading: string, language: 'ja' | 'en'): string | null;
}[] = [
  {
    name: 'kinds-of',
    example: 'Forms of yeast → form of yeast',
    kind: (heading, language) => {
      if (language !== 'en') return null;
      const words = heading.split(' ');
      const one = KIND_WORDS.get((words[0] ?? '').toLowerCase());
      if (!one || words[1] !== 'of' || words.length < 3 || words.length > MAX_HEADING_WORDS)
        return null;
      return [one, ...words.slice(1)].join(' ');
    },
  },
  {
    name: 'plural-kind-word',
    example: 'Muscle fiber types → muscle fiber type',
    kind: (heading, language) => {
      if (language !== 'en') return null;
      const words = heading.split(' ');
      const one = KIND_WORDS.get((words.at(-1) ?? '').toLowerCase());
      if (!one || words.length < 2 || words.length > MAX_HEADING_WORDS) return null;
      if (words.some((w) => !/^[\p{L}\p{N}-]+$/u.test(w))) return null;
      return [...words.slice(0, -1), one].join(' ');
    },
  },
  {
    name: 'japanese-kinds',
    example: '地震波の種類 → 地震波',
    kind: (heading, language) => {
      if (language !== 'ja' || !heading.endsWith('の種類')) return null;
      const kind = heading.slice(0, -'の種類'.length);
      return labelKind(kind, 'ja');
    },
  },
];
