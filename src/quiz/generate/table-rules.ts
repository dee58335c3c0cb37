/**
 * Which parts of a comparison table are facts to ask, as named rules with an example each
 * (readers of banks built from new notes flagged table questions made of remarks, inventories and
 * two-row coin tosses). Every rule matches whole labels after {@link matchKey}: no pattern runs
 * over a cell's text. Pure.
 */

import type { TableMatrix } from '../facts/table-facts.ts';
import { withoutParenthesis } from '../facts/table-facts.ts';
import { matchKey } from '../text/normalize.ts';

/** A named rule of what a table question may ask. */
export interface TableRule {
  name: string;
  /** A table and the question the rule stops (or changes). */
  example: string;
}

/** The rules, for `check` and the README. */
export const TABLE_RULES: readonly TableRule[] = [
  {
    name: 'remarks-column',
    example:
      '| Tool | Good for |: "which one has “local experiments” for “Good for”" — another row is fine for that too; ' +
      '| DB | 備考 |: 「単一ファイル」→ SQLite is trivia. A column headed notes / remarks / use / good for is not asked, nor its cells offered',
  },
  {
    name: 'inventory-table',
    example:
      '## What we run | Product | Algorithm | Notes |, | City | UTC offset | DST |: rows that are instances ' +
      '(products, cities, dates) and no concept of the summary give trivia ("which one has half-hour offset")',
  },
  {
    name: 'two-row-coin-toss',
    example:
      '| Aspect | L4 | L7 |: "which one reads the HTTP request? L4 / L7" is a coin toss; asked only when another ' +
      'table gives a third row the same column (a yes/no column of the same label)',
  },
  {
    name: 'mark-as-condition',
    example:
      '“which one has “○” for “Can go down”” → “which one is marked yes for “Can go down”?” (「「否認防止」が○のものは' +
      'どれ？」): a yes/no cell is asked as a mark of the row, never as a quoted value; two marks read as one clause ' +
      '(“marked yes for “Range” but no for “ORDER BY””), not “does … hold and does … not hold”',
  },
  {
    name: 'trivia-column',
    example:
      '| Setting | Default | Meaning |: "which one has “latest” for “Default”?", "what does seq_page_cost have for ' +
      'デフォルト?" — a default, a version, a vendor, a platform or a date is looked up, not understood: neither asked nor offered',
  },
  {
    name: 'quantity-value',
    example:
      '| Codec | Ratio | Speed |: "which one has “~2.1” for “Ratio”?", "what does DuckDB have for “Vector size”? 2048" — ' +
      'a measurement (a unit, a decimal, an approximation, three digits) is trivia: not asked as the value a row has ' +
      '(the row is still asked by its other columns); a small bare count (`1` zone) says what the row is and stays',
  },
  {
    name: 'code-rows',
    example:
      '| Opcode | Frame type |, | Type | メッセージ |, | date | amount |: rows labelled `0x1`, `133`, `SC2155`, `2026-02-01` ' +
      'or one character (`e`) are codes or sample data; "which one has “Redirect”? 133 / 134 / 137" is rote ' +
      'lookup: a row of such a table that is no concept of the summary is asked of nothing. Ports are ' +
      'no codes (`| Port | Purpose |`: 2377 is Swarm management)',
  },
  {
    name: 'ditto-cell',
    example:
      '| VoiceOver | … | 同上。ローター操作での見出し |: a cell that opens on 同上 / 〃 / ditto / same as above says ' +
      'what the row above says, which the question does not show: neither asked nor offered',
  },
  {
    name: 'names-a-row',
    example:
      '| remote_apply | … | on と同じ＋読み取りも最新 |: "what does on have for クラッシュ時?" cannot offer a value that ' +
      'says "same as on", and remote_apply\'s value, said by another row, is not asked',
  },
  {
    name: 'heading-is-a-place',
    example:
      'A table of binary and decimal formats under “Decimal types” is “the table under “Decimal types””, not ' +
      '“the table “Decimal types””: a heading names the section, not the table',
  },
  {
    name: 'two-tables-one-heading',
    example:
      'Two tables under “Test commands” are “the table of “Option” and “Effect” under “Test commands”” and ' +
      '“the table of “Feature” and “[ ] / test” under …”: the heading alone says not which (facts/table-links.ts)',
  },
];

const keys = (words: readonly string[]): Set<string> => new Set(words.map(matchKey));

/** Headers of columns that hold remarks, uses or opinions (`remarks-column`). */
const REMARK_HEADERS = keys([
  'notes',
  'note',
  'remarks',
  'remark',
  'comments',
  'comment',
  'memo',
  'misc',
  'other',
  'others',
  'good for',
  'best for',
  'suited for',
  'use',
  'uses',
  'usage',
  'use case',
  'use cases',
  'typical use',
  'typical uses',
  'used for',
  'when to use',
  'メモ',
  '備考',
  '補足',
  '注',
  '注記',
  'コメント',
  'その他',
  '用途',
  '主な用途',
  'ユースケース',
  '使いどころ',
  '使い所',
  '向いている',
  '向いている用途',
  '向いている場面',
  '向き',
]);

/** How a cell opens that says the row above again (`ditto-cell`), lower case. */
const DITTO_OPENINGS = ['同上', '上に同じ', '同左', 'ditto', 'same as above', '〃', '″'];

/**
 * True for a cell that refers to the row above (`同上。ローター操作…`, `Ditto`, `〃`): one of
 * {@link DITTO_OPENINGS}, then the cell's end or a mark (not `同上位`): `ditto-cell`.
 */
export function isDittoCell(cell: string): boolean {
  const head = cell.trim().slice(0, 24).toLowerCase();
  return DITTO_OPENINGS.some((d) => {
    if (!head.startsWith(d)) return false;
    const next = head[d.length] ?? '';
    return next === '' || !/[\p{L}\p{N}]/u.test(next);
  });
}

/** True for a column of remarks: its header names notes, uses or what a row is good for. */
export function isRemarksColumn(label: string): boolean {
  return REMARK_HEADERS.has(matchKey(withoutParenthesis(label)));
}

/** First header cells that name instances, not kinds of things (`inventory-table`). */
const INSTANCE_HEADERS = keys([
  'product',
  'products',
  'city',
  'cities',
  'country',
  'countries',
  'region',
  'location',
  'place',
  'site',
  'company',
  'vendor',
  'customer',
  'team',
  'person',
  'date',
  'year',
  'example',
  'examples',
  '製品',
  '都市',
  '国',
  '地域',
  '場所',
  '拠点',
  '会社',
  '企業',
  'ベンダー',
  '顧客',
  'チーム',
  '日付',
  '年',
  '例',
]);

/** Words of a heading about the team's own things (`What we run`, `社内で使っているもの`). */
const OWN_WORDS = keys(['we', 'our', 'ours', 'us']);
const OWN_JA = ['社内', '自社', '弊社', '当社', 'うちの', '我々', '私たち'];

/** True when a heading speaks of the team's own things. */
function ownHeading(heading: string): boolean {
  const words = heading.toLowerCase().split(/[^a-z]+/u);
  return words.some((w) => OWN_WORDS.has(w)) || OWN_JA.some((w) => heading.includes(w));
}

/**
 * True for an inventory table (`inventory-table`): its first column names instances
 * (`Product`, `City`, `製品`) or its heading speaks of the team's own things (`What we run`).
 * Only its rows that are no concept of the summary are left unasked.
 */
export function isInventory(m: TableMatrix): boolean {
  const table = m.links.table;
  if (table.section !== null && ownHeading(table.section)) return true;
  if (m.orientation !== 'entity-rows' || m.transposed) return false;
  return INSTANCE_HEADERS.has(matchKey(withoutParenthesis(table.header[0] ?? '')));
}

/**
 * A row label that is a code or a datum, not a name (`code-rows`): a number with separators
 * (`1000`, `3000–3999`, `2026-02-01`), a hexadecimal (`0x8`), letters then digits (`SC2155`,
 * `E501`). Each a single pass, no nested repeats.
 */
const CODE_LABELS: readonly RegExp[] = [/^\d[\d\-–.:/]*$/, /^0x[0-9a-f]+$/i, /^[a-z]{1,4}\d{2,}$/i];
/**
 * One letter or digit (`e` of a scope field, `R` of a process state): a code, unless an aside
 * names it (`M（Managed）`).
 */
const ONE_CHARACTER = /^[a-z0-9]$/i;
/** A row label longer than this is no code. */
const MAX_CODE_CHARS = 24;

/** True for a row label that is a code or a datum (`code-rows`). */
export function isCodeLabel(label: string): boolean {
  const text = withoutParenthesis(label).trim();
  if (ONE_CHARACTER.test(text)) return text === label.trim();
  return text.length <= MAX_CODE_CHARS && CODE_LABELS.some((r) => r.test(text));
}

/**
 * True for a table of codes or sample data (`code-rows`): its rows (two or more) are all labelled
 * by codes or data (`0x1`, `133`, `2026-02-01`). Only its rows that are no concept of the summary
 * are left unasked.
 */
export function isCodeTable(m: TableMatrix): boolean {
  if (m.orientation !== 'entity-rows' || m.transposed || m.entities.length < 2) return false;
  if (PORT_HEADERS.has(matchKey(withoutParenthesis(m.links.table.header[0] ?? '')))) return false;
  return m.entities.every((e) => isCodeLabel(e.name));
}

/**
 * First header cells of a table of port numbers: a port is a number an engineer is expected to
 * know (`465` is implicit TLS, `2377` Swarm management), not a code looked up; readers of
 * readings 8 and 9 judged such questions sound.
 */
const PORT_HEADERS = keys(['port', 'ports', 'port number', 'ポート', 'ポート番号']);

/** Headers of columns whose cells are looked up, not understood (`trivia-column`). */
const TRIVIA_HEADERS = keys([
  'default',
  'defaults',
  'default value',
  'version',
  'versions',
  'since',
  'introduced',
  'added in',
  'vendor',
  'maker',
  // `| Function | Engine |`: which product has which function is vendor trivia (reading 16:
  // `which one has “SQL Server” for “Engine”?`, "vendor-only lookup-table questions").
  'engine',
  'engines',
  'dbms',
  'product',
  'products',
  'platform',
  'platforms',
  'os',
  'license',
  'price',
  'release',
  'released',
  // `| Event | Date | What went wrong |`: when an incident happened is a date to look up
  // (reading 12: `which one has “2012-06-30” for “Date”`).
  'date',
  'year',
  'when',
  'デフォルト',
  'デフォルト値',
  '既定値',
  '初期値',
  'バージョン',
  '導入',
  '導入バージョン',
  '提供元',
  '開発元',
  'ベンダー',
  'エンジン',
  '製品',
  'プラットフォーム',
  '対応os',
  'ライセンス',
  '価格',
  '日付',
  '日時',
  '年',
  '時期',
]);

/** True for a column of defaults, versions, vendors, platforms or dates (`trivia-column`). */
export function isTriviaColumn(label: string): boolean {
  return TRIVIA_HEADERS.has(matchKey(withoutParenthesis(label)));
}

/** A cell longer than this is more than a quantity. */
const MAX_QUANTITY_CHARS = 24;
/**
 * A quantity: an optional approximation mark, a number, an optional unit of letters or a
 * percent sign (`~2.1`, `2048`, `1.0`, `64 B`, `10 ms`, `約 3 倍`). One pass, no nested repeats.
 */
const QUANTITY = /^(?:[~≈約]\s*)?[\d.,]+\s*[\p{L}%µ]{0,7}$/u;

/** A bare count below this (`1` zone, `3` ways) says what a row is, not a figure of it. */
const MIN_MEASURE = 100;

/**
 * True for a cell that is only a measurement: a number with a unit, a decimal, an approximation
 * or a figure of three digits and more (`~2.1`, `1.0`, `2048`, `64 B`), not a bare small count
 * (`1` Availability Zone, `2` bytes), which says what the row is (`quantity-value`).
 */
export function isQuantity(cell: string): boolean {
  const text = withoutParenthesis(cell).trim();
  if (text.length === 0 || text.length > MAX_QUANTITY_CHARS || !/\d/.test(text)) return false;
  if (!QUANTITY.test(text)) return false;
  return !/^\d+$/.test(text) || Number(text) >= MIN_MEASURE;
}
