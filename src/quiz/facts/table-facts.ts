/**
 * Comparison tables as matrices of entities × attributes. A table either sets entities side by
 * side in its columns (`| 観点 | SOA | マイクロサービス |`, `| Feature | Retry | Timeout |`: the
 * first header cell names an aspect) or lists entities in its rows (`| 戦略 | 特徴 |`,
 * `| 分離レベル | ダーティリード | … |`: the first column names things). Each entity is a concept
 * of the summary when one is named so; the table's questions attach to its host concept
 * otherwise. Cell values are compared after reading ○/×/あり/なし as yes/no. Pure.
 */
import { comparisonParts } from '../notes/heading-match.ts';
import { matchKey } from '../text/normalize.ts';
import { endsAsQuestion } from '../text/trim.ts';
import type { Concept, NotesDocument, Section } from '../types.ts';
import { namesAnAspect } from './aspect-words.ts';
import type { DocumentIndex } from './document-index.ts';
import type { TableLinks } from './table-links.ts';

/** One entity of a table: a column or a row. */
export interface TableEntity {
  name: string;
  /** The summary concept it names, if any. */
  concept: Concept | null;
}

/** One attribute of a table: a row or a column. */
export interface TableAttribute {
  label: string;
  /** The summary concept it names, if any (`ファントムリード` as a column of a matrix). */
  concept: Concept | null;
}

/** A comparison table read as entities × attributes. */
export interface TableMatrix {
  links: TableLinks;
  /** Title for prompts: the section heading, else the header joined. */
  title: string;
  orientation: 'entity-columns' | 'entity-rows';
  /** What the entities are called (`戦略`, `分離レベル`), for entity-rows tables. */
  entityLabel: string | null;
  entities: TableEntity[];
  attributes: TableAttribute[];
  /** Cell text by [entity][attribute]. */
  cells: string[][];
  /** Whether the cell was bold in the notes, by [entity][attribute]. */
  bold: boolean[][];
  /** The notes line of each [entity][attribute] cell. */
  lines: number[][];
  /** The concept questions about non-concept entities attach to. */
  host: Concept | null;
  file: string;
  /** True for the transposed reading of a matrix whose rows and columns both name concepts. */
  transposed?: boolean;
}

/**
 * True when the table's rows are aspects, not things: read with its rows as entities (they name
 * concepts) although its first header cell names an aspect (`| 機能 | HTTP/1.1 | HTTP/2 |` with rows
 * `トランスポート`, `暗号化`, `サーバープッシュ`). Its other rows are labels of the comparison, no
 * peers of the row that is a concept (reading 5: `トランスポート` offered beside サーバープッシュ).
 */
export function rowsAreAspects(m: TableMatrix): boolean {
  const cell = m.links.table.header[0] ?? '';
  if (m.orientation !== 'entity-rows' || m.transposed) return false;
  if (columnsAreHeadingParts(m.links)) return true;
  if (matchKey(cell) === '' || !namesAnAspect(cell)) return false;
  // A matrix of marks (`○`, `×`) compares its columns; `| 特性 | 意味 |` lists its rows (the ACID
  // properties), each a thing of its own.
  if (m.cells.some((row) => row.some((cell) => isYesNo(cell)))) return true;
  // `compared-columns`: `| 観点 | 日食 | 月食 |` compares the two things heading its columns, row by
  // row; its row `月相` (the aside of 月の満ち欠け（月相）) is an aspect, and `並び順`, `見える範囲`
  // beside it are no things of that concept's kind (reading 34 offered them as names).
  const compared = m.links.table.header.slice(1).map(matchKey);
  return (
    compared.length >= MIN_ENTITY_COLUMNS &&
    compared.every((c) => c !== '' && !ATTRIBUTE_COLUMNS.has(c))
  );
}

/**
 * `heading-columns`: true when the table's columns are the sides of the comparison heading it
 * (`#### Term vs whole life` over `| | Term | Whole life |`): its rows (`Typical purpose`, `At
 * death`) are what the two are compared on, whatever its first header cell says (reading 73
 * offered them as names beside `Premium`, the row that is a concept).
 */
function columnsAreHeadingParts(links: TableLinks): boolean {
  if (!links.titleIsHeading) return false;
  const parts = new Set((comparisonParts(links.title) ?? []).map(matchKey));
  const compared = links.table.header.slice(1).map(matchKey);
  return compared.length >= MIN_ENTITY_COLUMNS && compared.every((c) => c !== '' && parts.has(c));
}

/** Column headers that name what is said of each row (`| 特性 | 意味 | 例 |`), not a thing compared. */
const ATTRIBUTE_COLUMNS = new Set(
  [
    '意味',
    '説明',
    '例',
    '具体例',
    '内容',
    '備考',
    'メモ',
    '定義',
    '用途',
    '特徴',
    '注意',
    'meaning',
    'description',
    'example',
    'examples',
    'notes',
    'note',
    'definition',
    'details',
    'use',
    'usage',
  ].map(matchKey),
);

/** Concepts the header must name for its columns to be the things compared. */
const MIN_ENTITY_COLUMNS = 2;

/**
 * How many columns name a concept as a thing compared. `measured-columns`: a column headed by a
 * concept whose cells are mostly measures (`| Part | Type / inputs | GBW | Slew rate |` with `~1
 * MHz`, `~0.5 V/µs` under `GBW` and `Slew rate`) gives that quantity for each row: the rows are
 * the things compared (parts), not the columns (reading 39 asked "which one has `Bipolar, dual`
 * for `LM358`?" with `GBW` and `Slew rate` as options).
 */
function comparedColumns(links: TableLinks): number {
  let n = 0;
  for (const column of links.columns.keys())
    if (!measuredColumn(links, column) && !askedColumn(links, column)) n++;
  return n;
}

/**
 * `question-header`: a column headed by a question (`| Scenario | Custody? | Interrogation? |`)
 * asks it of every row: a property, not a thing compared, whatever concept its words name.
 * Reading 57's hypo grid was read the other way round (`Which of these fits “Custody?”?`, with
 * the scenarios as options).
 */
function askedColumn(links: TableLinks, column: number): boolean {
  return endsAsQuestion(links.table.header[column] ?? '');
}

/** True when most body cells of the column are measures (`~0.5 V/µs`, `≈ 10 MHz`, `3 dB`). */
function measuredColumn(links: TableLinks, column: number): boolean {
  const cells = links.table.rows.map((row) => row[column] ?? '').filter((c) => c.trim() !== '');
  if (cells.length === 0) return false;
  const measures = cells.filter((c) => MEASURE_OPENING.test(c.normalize('NFKC'))).length;
  return measures * 2 > cells.length;
}

/** A cell that opens on a number, after an approximation or bound mark (`~1 MHz`, `≈ 3`, `< 5 ms`). */
const MEASURE_OPENING = /^\s*[~≈≒<>≤≥±約]?\s*[+\-−]?\d/u;

/** The table read as a matrix. */
export function tableMatrix(links: TableLinks, index: DocumentIndex): TableMatrix {
  const { table } = links;
  // Concepts named in the header make its columns entities, concepts named in the first column
  // make the rows entities; otherwise a first header cell naming an aspect (観点, Feature) does.
  // One concept among the column headers (`| Alert | Window | Burn rate | Catches |`) is a column
  // about it, not a table of columns to compare: `Catches` is no entity.
  // A first header cell naming an aspect (観点, Feature) says the columns are the things compared.
  const aspectHeader = namesAnAspect(table.header[0] ?? '');
  const columns = comparedColumns(links);
  const entityColumns =
    (columns > links.rows.size && (aspectHeader || columns >= MIN_ENTITY_COLUMNS)) ||
    (columns === links.rows.size && aspectHeader);
  const bodyRows = table.rows;
  const rowLine = (r: number): number => table.rowLines?.[r] ?? table.line;
  let entities: TableEntity[];
  let attributes: TableAttribute[];
  let cells: string[][];
  let bold: boolean[][];
  let lines: number[][];
  if (entityColumns) {
    entities = table.header
      .slice(1)
      .map((name, i) => ({ name, concept: links.columns.get(i + 1) ?? null }));
    attributes = bodyRows.map((row, r) => ({
      label: row[0] ?? '',
      concept: links.rows.get(r) ?? null,
    }));
    cells = entities.map((_, e) => bodyRows.map((row) => row[e + 1] ?? ''));
    bold = entities.map((_, e) => bodyRows.map((_, r) => table.emphasis?.[r]?.[e + 1] ?? false));
    lines = entities.map(() => bodyRows.map((_, r) => rowLine(r)));
  } else {
    entities = bodyRows.map((row, r) => ({
      name: row[0] ?? '',
      concept: links.rows.get(r) ?? null,
    }));
    attributes = table.header
      .slice(1)
      .map((label, i) => ({ label, concept: links.columns.get(i + 1) ?? null }));
    cells = bodyRows.map((row) => attributes.map((_, a) => row[a + 1] ?? ''));
    bold = bodyRows.map((_, r) => attributes.map((_, a) => table.emphasis?.[r]?.[a + 1] ?? false));
    lines = bodyRows.map((_, r) => attributes.map(() => rowLine(r)));
  }
  return {
    links,
    title: links.title,
    orientation: entityColumns ? 'entity-columns' : 'entity-rows',
    entityLabel: entityColumns ? null : (table.header[0] ?? null),
    entities,
    attributes,
    cells,
    bold,
    lines,
    host: hostConcept(links, entities, index),
    file: index.doc.file,
  };
}

/**
 * The concept a table's questions attach to: the owner of its section, else a concept it names,
 * else the concept of the nearest section under the same heading.
 */
function hostConcept(
  links: TableLinks,
  entities: readonly TableEntity[],
  index: DocumentIndex,
): Concept | null {
  if (links.owner) return links.owner;
  const named = entities.find((e) => e.concept)?.concept;
  if (named) return named;
  const section = links.table.section === null ? null : index.byHeading.get(links.table.section);
  return section ? nearestConcept(section, index) : null;
}

/**
 * The concept owning the closest section that shares `section`'s parent (earlier ones first);
 * when no section under that parent is a concept's (a `### 5. 検定の選び方` table beside
 * `### 1. 検定の基本` whose concepts sit one level down), the concept of the closest owned
 * section anywhere in the notes, earlier ones first.
 */
export function nearestConcept(section: Section, index: DocumentIndex): Concept | null {
  const parent = index.parent.get(section) ?? null;
  const pick = closestBefore(ownedChildren(index).get(parent) ?? [], section);
  const near = pick ?? closestBefore(ownedChildren(index).get(ANYWHERE) ?? [], section);
  return near ? (index.ownerOf.get(near.heading) ?? null) : null;
}

/** The last section of `sorted` (line order) before `section`, else the first after it. */
function closestBefore(siblings: readonly Section[], section: Section): Section | undefined {
  // Binary search: the first owned sibling after the section (siblings are in line order).
  let lo = 0;
  let hi = siblings.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if ((siblings[mid]?.line ?? 0) <= section.line) lo = mid + 1;
    else hi = mid;
  }
  let before = siblings[lo - 1];
  if (before === section) before = siblings[lo - 2];
  return before ?? siblings[lo];
}

/** The key under which {@link ownedChildren} lists every owned section, whatever its parent. */
const ANYWHERE = 'anywhere';

const ownedByParent = new WeakMap<
  DocumentIndex,
  Map<Section | null | typeof ANYWHERE, Section[]>
>();

/**
 * Per parent section (null: top level), its children that a concept owns, in line order; under
 * {@link ANYWHERE}, every owned section.
 */
function ownedChildren(index: DocumentIndex): Map<Section | null | typeof ANYWHERE, Section[]> {
  let map = ownedByParent.get(index);
  if (!map) {
    map = new Map();
    const all: Section[] = [];
    map.set(ANYWHERE, all);
    for (const s of index.doc.sections) {
      if (!index.owned.has(s.heading)) continue;
      all.push(s);
      const parent = index.parent.get(s) ?? null;
      const list = map.get(parent) ?? [];
      list.push(s);
      map.set(parent, list);
    }
    ownedByParent.set(index, map);
  }
  return map;
}

/**
 * A cell's value for comparing: ○ / あり / 可能 → `yes`, × / なし / 不可 → `no`, else its key. A
 * yes whose parenthesis holds only under a condition (`conditional-mark`) is `partly`, as △ is.
 * Direction arrows are part of the key (`direction-arrows`).
 */
export function cellValue(cell: string): string {
  const bare = withoutParenthesis(cell).trim();
  if (/^(?:[○◯〇✓✔]|あり|有り?|yes|supported)$/iu.test(bare))
    return conditionalMark(cell, bare) ? 'partly' : 'yes';
  if (/^(?:[×✕✗✖]|なし|無し?|no|none|not supported)$/iu.test(bare))
    return excepted(cell, bare) ? 'partly' : 'no';
  if (/^[△▲]$/u.test(bare)) return 'partly';
  return matchKey(withArrowsSpelled(bare));
}

/**
 * `direction-arrows`: an arrow in a cell says which way a value goes, and {@link matchKey} drops
 * it as a symbol when letters stand beside it. Read so, `N/↓` (normal or low) was `N` and `↓ with
 * KCO N/↑` was `with KCO N`: a matrix question asked which condition has `↓` for FVC and DLCO,
 * and offered emphysema (FVC `N/↓`, DLCO `↓`) as a wrong option (reading 69's `a`). Each arrow is
 * spelled as a letter of the key, so `N/↓` holds `↓` and is no wrong option beside it. The
 * letters are Canadian syllabics, which no notes' key holds: a spelled word (`down`) would hold
 * the `n` of `N` and tell `↓` from nothing.
 */
const ARROW_LETTERS: ReadonlyMap<string, string> = new Map([
  ['↑', 'ᐃ'],
  ['⬆', 'ᐃ'],
  ['↓', 'ᐁ'],
  ['⬇', 'ᐁ'],
]);

/** The cell with each direction arrow spelled as a letter ({@link ARROW_LETTERS}); no arrow, as is. */
function withArrowsSpelled(cell: string): string {
  // Most cells hold no arrow: one scan, no copy.
  if (!ANY_ARROW.test(cell)) return cell;
  let out = '';
  for (const ch of cell) out += ARROW_LETTERS.get(ch) ?? ch;
  return out;
}

/** Any of the arrows of {@link ARROW_LETTERS}. */
const ANY_ARROW = /[↑⬆↓⬇]/u;

/** A named reading of the parenthesis after a mark, with an example cell. */
export interface MarkParenthesisRule {
  name: string;
  example: string;
  /** True when the words inside the parenthesis are this rule's. */
  test: (inside: string) => boolean;
}

/**
 * `conditional-mark`: a yes whose parenthesis says when it holds (`○（NAT-T使用時）`, `○ (if
 * M1/M2 > ~25)`, `○（restartPolicy次第）`, `○ (3.28+)`) is no plain yes: asked as `NAT越え：○`, the
 * condition is lost and the key is arguable (reading 56: plain ESP does not pass NAPT). Named
 * rules, each with an example, read the parenthesis only.
 */
export const CONDITIONAL_MARK_RULES: readonly MarkParenthesisRule[] = [
  {
    name: 'ja-condition-word',
    example: '○（NAT-T使用時）',
    test: (inside) => JA_CONDITIONS.some((w) => inside.includes(w)),
  },
  {
    name: 'en-condition-word',
    example: '○ (if M1/M2 > ~25)',
    test: (inside) => holdsEnglishWord(inside, EN_CONDITIONS),
  },
  {
    name: 'from-a-version',
    example: '○ (3.28+)',
    test: (inside) => /^v?\d+(?:\.\d+)*\s*\+$|^[≥>]/u.test(inside.trim()),
  },
];

/** Japanese words of a condition (`使用時`, `…の場合`, `…次第`, `仮定の下で`, `原則`). */
const JA_CONDITIONS = [
  '時',
  '場合',
  '次第',
  'の下で',
  '条件',
  'のみ',
  'だけ',
  '一部',
  '原則',
  '通常',
];
/** English words of a condition (`if`, `when`, `only`, `weakly`). */
const EN_CONDITIONS: ReadonlySet<string> = new Set([
  'if',
  'when',
  'unless',
  'only',
  'weakly',
  'usually',
  'partly',
  'partially',
  'sometimes',
  'depends',
  'optional',
  'optionally',
]);

/**
 * `excepted-no`: a no whose parenthesis says where it does not hold (`×（キーでは引けるがビューは
 * 添字×）`, `×（seek(0) すれば再読込）`) is no plain no: reading 84 asked which object has no
 * subscript access and keyed `dict`. A hedge (`× (usually)`) and an English `but` (`× (but can
 * withdraw consent)`, `no (but validate efficiency once)`: what to do instead) leave it a no. Named
 * rules, each with an example, read the parenthesis only.
 */
export const EXCEPTED_NO_RULES: readonly MarkParenthesisRule[] = [
  {
    // A clause that turns against the mark: `…るが`, `…いが`, `…たが`, `…だが`, `けど`, `ただし`.
    name: 'ja-contrast',
    example: '×（キーでは引けるがビューは添字×）',
    test: (inside) => JA_CONTRASTS.some((w) => inside.includes(w)),
  },
  {
    // A verb's conditional form: `すれば`, `あれば`.
    name: 'ja-conditional-form',
    example: '×（seek(0) すれば再読込）',
    test: (inside) => inside.includes('れば'),
  },
  {
    name: 'en-exception-word',
    example: '× (except by key)',
    test: (inside) => holdsEnglishWord(inside, EN_EXCEPTIONS),
  },
];

/** Japanese words that turn a clause against what comes before (`引けるが`, `ただし`). */
const JA_CONTRASTS = ['るが', 'いが', 'たが', 'だが', 'けど', 'けれど', 'ただし', '例外'];
/** English words that open where a no does not hold. */
const EN_EXCEPTIONS: ReadonlySet<string> = new Set(['except', 'unless', 'if', 'when']);

/** True when the no `bare` of `cell` has an exception its parenthesis states. */
function excepted(cell: string, bare: string): boolean {
  return parenthesisReads(cell, bare, EXCEPTED_NO_RULES);
}

/** True when the yes `bare` of `cell` holds only under the condition its parenthesis states. */
function conditionalMark(cell: string, bare: string): boolean {
  return parenthesisReads(cell, bare, CONDITIONAL_MARK_RULES);
}

/** True when `text` holds one of `words` (lower case) as a whole English word. */
function holdsEnglishWord(text: string, words: ReadonlySet<string>): boolean {
  return text
    .toLowerCase()
    .split(/[^a-z]+/u)
    .some((w) => words.has(w));
}

/** True when a rule of `rules` reads the parenthesis after the mark `bare` of `cell`. */
function parenthesisReads(
  cell: string,
  bare: string,
  rules: readonly MarkParenthesisRule[],
): boolean {
  const t = cell.trim();
  if (t === bare) return false;
  const inside = t.slice(bare.length).trim().slice(1, -1);
  return rules.some((rule) => rule.test(inside));
}

/** True for a cell that is only a mark or a yes/no word. */
export function isYesNo(cell: string): boolean {
  const v = cellValue(cell);
  return v === 'yes' || v === 'no' || v === 'partly';
}

/** `あり（ブローカー）` → `あり`. */
export function withoutParenthesis(cell: string): string {
  const t = cell.trim();
  const close = t.at(-1);
  if (close !== '）' && close !== ')') return t;
  // The opening of the closing kind: `×（seek(0) すれば再読込）` holds a `(` of its own.
  const open = t.lastIndexOf(close === '）' ? '（' : '(');
  return open > 0 ? t.slice(0, open).trim() : t;
}

/**
 * The key of a table fact: one per attribute of an entity-columns table (a row compares the
 * entities: asking it from either side is one fact), one per entity otherwise.
 */
export function tableKey(m: TableMatrix, entity: number, attribute: number): string {
  const line = m.links.table.line;
  const side = m.transposed ? 't' : '';
  return m.orientation === 'entity-columns'
    ? `T:${line}:${side}a${attribute}`
    : `T:${line}:${side}e${entity}`;
}

/**
 * The matrix read the other way: its attributes that name a concept as entities. `named-columns`:
 * a column that names none (`Greedy choice works`, `Usual technique` beside `Overlapping
 * subproblems` in `| Problem | Optimal substructure | Overlapping subproblems | Greedy choice works
 * | Usual technique |`) is a property of the rows, not a thing of the concepts' kind: offered as
 * a name beside them, a reader rules it out at sight (reading 26 `pkpr5zzn`: "Typical examples").
 */
export function transpose(m: TableMatrix): TableMatrix {
  const at = (grid: readonly (readonly unknown[])[], a: number, e: number): unknown => grid[e]?.[a];
  const named = m.attributes.flatMap((a, i) => (a.concept ? [i] : []));
  return {
    ...m,
    orientation: m.orientation === 'entity-columns' ? 'entity-rows' : 'entity-columns',
    entityLabel: null,
    entities: named.map((a) => ({
      name: m.attributes[a]?.label ?? '',
      concept: m.attributes[a]?.concept ?? null,
    })),
    attributes: m.entities.map((e) => ({ label: e.name, concept: e.concept })),
    cells: named.map((a) => m.entities.map((_, e) => at(m.cells, a, e) as string)),
    bold: named.map((a) => m.entities.map((_, e) => at(m.bold, a, e) as boolean)),
    lines: named.map((a) => m.entities.map((_, e) => at(m.lines, a, e) as number)),
    transposed: true,
  };
}

/** Matrices read both ways: both sides name two concepts or more. */
function bothWays(m: TableMatrix): boolean {
  const named = (list: readonly { concept: Concept | null }[]): number =>
    list.filter((x) => x.concept).length;
  return named(m.entities) >= 2 && named(m.attributes) >= 2 && m.attributes.length >= 2;
}

/**
 * `cross-table`: true when the table's columns are its own rows (`| Tx \ Rx | Vertical | … | RHCP |
 * LHCP |` over the rows `Vertical` … `LHCP`, or which special members a user-declared one leaves
 * generated): each cell relates two of its things, no attribute of one. Read as rows of
 * attributes, it asked "What does “RHCP” have for “LHCP”?" (reading 74), which no player can
 * parse. Two such columns at least, and at least half of the columns.
 */
function isCrossTable(m: TableMatrix): boolean {
  const rows = new Set(m.entities.map((e) => matchKey(e.name)));
  let shared = 0;
  for (const a of m.attributes) if (rows.has(matchKey(a.label))) shared++;
  return shared >= MIN_ENTITY_COLUMNS && shared * 2 >= m.attributes.length;
}

/**
 * `continued-rows`: true when a row of the table leaves its first cell empty under a filled one:
 * it goes on with the row above, as a merged cell would (`| A. 関節病変 | 大関節1か所 | 0 |` then
 * `| | 大関節2〜10か所 | 1 |`, a score sheet of reading 78). Its rows are no things of their own:
 * read as one, it asked "「内容」にあてはまるものはどれ？" with the options `：6週以上`, `：2` and
 * `A. 関節病変：0`, which no player can parse.
 */
function hasContinuedRows(m: TableMatrix): boolean {
  const rows = m.links.table.rows;
  for (let r = 1; r < rows.length; r++)
    if ((rows[r]?.[0] ?? '').trim() === '' && (rows[r - 1]?.[0] ?? '').trim() !== '') return true;
  return false;
}

/**
 * The matrices of every comparison table of the document with two entities or more, but cross
 * tables ({@link isCrossTable}) and tables whose rows go on from the row above
 * ({@link hasContinuedRows}).
 */
export function tableMatrices(doc: NotesDocument, index: DocumentIndex): TableMatrix[] {
  void doc;
  return index.links
    .map((l) => tableMatrix(l, index))
    .filter(
      (m) =>
        m.entities.length >= 2 &&
        m.attributes.length >= 1 &&
        !isCrossTable(m) &&
        !hasContinuedRows(m),
    )
    .flatMap((m) => (bothWays(m) ? [m, transpose(m)] : [m]));
}
