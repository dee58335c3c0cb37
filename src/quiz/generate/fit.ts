/**
 * Whether a statement fits a concept as well as the one it is about — the test that keeps a
 * sibling out of a question where an expert could defend it (`補助機能を追加` fits every
 * container pattern: their shared heading says they add functions). A statement fits a concept
 * when the concept's own notes say most of its content words; it is generic for a group when the
 * heading they share says them. Pure.
 */

import { ownText } from '../facts/document-index.ts';
import { mentions } from '../facts/mentions.ts';
import { saidOfOther, sharersOf } from '../facts/shared-section.ts';
import { cellValue, isYesNo, type TableMatrix, withoutParenthesis } from '../facts/table-facts.ts';
import { saidInCorrection, statesCorrection } from '../review/option-rules.ts';
import { polarity } from '../review/polarity.ts';
import { memoByText, objectMemoTable } from '../text/build-memo.ts';
import { isNegated } from '../text/cues.ts';
import { nameAside } from '../text/name-aside.ts';
import { matchKey } from '../text/normalize.ts';
import {
  contentRuns,
  coverage,
  coverageAtLeast,
  coverageInAtLeast,
  type Haystack,
  haystackOf,
} from '../text/runs.ts';
import type { Concept, Section } from '../types.ts';
import type { GenerationContext } from './context.ts';
import { type Places, placesIn } from './matrix-places.ts';
import { type PropertyColumnIndex, propertyColumnIndex } from './property-columns.ts';

/** A statement whose words the concept's notes cover this much fits the concept. */
const FITS = 0.5;
/** A statement whose words a shared heading's text covers this much says what all siblings do. */
const GENERIC = 0.5;
/** A corpus is cut to this many characters (a section's text says what it says early). */
const CORPUS_CHARS = 4000;

const corpora = new WeakMap<GenerationContext, Map<string, string[]>>();

/** Everything the notes say about the concept, line by line. */
export function corpusOf(ctx: GenerationContext, concept: Concept): string[] {
  let cache = corpora.get(ctx);
  if (!cache) {
    cache = new Map();
    corpora.set(ctx, cache);
  }
  const cached = cache.get(concept.id);
  if (cached !== undefined) return cached;
  const facts = ctx.facts.get(concept.id);
  const section = facts?.section;
  // `sharer-lines-apart`: in a section two concepts share (`Precision and recall`), a line that
  // names the other and not this one (`× Precision … holds in production (precision changes with
  // the positive rate)`) is the other's, as its facts are: no line of this one's notes.
  const sharers = sharersOf(concept, ctx.doc.concepts);
  const sectionLines =
    section && !facts?.host ? section.body.slice(0, CORPUS_CHARS).split('\n') : [];
  const lines = [
    concept.correct,
    ...(facts?.trues.map((t) => t.text) ?? []),
    ...(sharers.length > 0
      ? sectionLines.filter((l) => !saidOfOther(l, concept, sharers))
      : sectionLines),
  ].filter((l) => l.trim() !== '');
  cache.set(concept.id, lines);
  return lines;
}

/**
 * True when one line of `lines` says the statement: it covers most of its content words and is
 * not its negation (`自律分散（指揮者なし）` does not say `指揮者のように各サービスに指示`).
 */
export function saidIn(statement: string, lines: readonly string[]): boolean {
  // No line covers more of the statement than all lines together: most statements are told
  // apart by that one look, before any line is read on its own.
  if (!coverageInAtLeast(statement, wholeOf(lines), FITS)) return false;
  const negative = isNegated(statement);
  return lines.some(
    (line) => coverageAtLeast(statement, line, FITS) && isNegated(line) === negative,
  );
}

const wholes = objectMemoTable<readonly string[], Haystack>();

/** The lines as one text, ready to be searched (cached per list: corpora are asked about many statements). */
function wholeOf(lines: readonly string[]): Haystack {
  let whole = wholes().get(lines);
  if (whole === undefined) {
    whole = haystackOf(lines.join('\n'));
    wholes().set(lines, whole);
  }
  return whole;
}

/**
 * A statement a contrasted sibling's own facts cover this much (asides set apart) is said of it.
 * Stricter than {@link FITS}: the notes set the two against each other in the words they share
 * (`直近のフル以降の変更` of 差分 beside 増分's `直前のバックアップ（フルか増分）以降の変更`).
 */
const CONTRAST_FITS = 0.8;

/**
 * `contrast-apart`: true when a sibling the notes contrast with the concept in words says not the
 * statement in a fact of its own — its summary cell or a true statement of its notes, asides
 * set apart. The section two contrasted concepts share, or the one that names both, speaks of
 * both in one breath: its lines are not read (they kept 増分 out of a question on 差分).
 */
export function contrastFitsNot(
  ctx: GenerationContext,
  statement: string,
  sibling: Concept,
): boolean {
  if (isDeniedOf(ctx, statement, sibling)) return true;
  if (isNonExclusive(statement)) return false;
  const bare = withoutParenthesis(statement);
  const own = [sibling.correct, ...(ctx.facts.get(sibling.id)?.trues.map((t) => t.text) ?? [])];
  return !own.some((line) => {
    const plain = withoutParenthesis(line);
    return coverage(bare, plain) >= CONTRAST_FITS && isNegated(plain) === isNegated(bare);
  });
}

/** Coverage at which a statement is one of a concept's misconceptions. */
const DENIED = 0.8;

/** True when the statement is one of the concept's misconceptions (each covers the other). */
function isDeniedOf(ctx: GenerationContext, statement: string, concept: Concept): boolean {
  const { denied, deniedHaystacks } = fitTextsOf(ctx, concept);
  return denied.some(
    (d, i) =>
      coverageInAtLeast(statement, deniedHaystacks[i] as Haystack, DENIED) &&
      coverageAtLeast(d, statement, DENIED),
  );
}

/**
 * True when the concept's own notes do not say the statement — or say it is wrong of it (the
 * statement is one of its misconceptions: `部分関数従属をなくす` for 第3正規形).
 */
export function statementFitsNot(
  ctx: GenerationContext,
  statement: string,
  concept: Concept,
): boolean {
  // Asked of one pair many times: each sibling of a pair reads the other's summary cell, and the
  // templates ask the same stems (71,500 calls for 44,000 pairs on a 5,000-row table).
  const memo = fitsNotMemo(ctx, concept);
  let fits = memo.get(statement);
  if (fits === undefined) {
    fits = statementFitsNotOf(ctx, statement, concept);
    memo.set(statement, fits);
  }
  return fits;
}

const fitsNotMemos = new WeakMap<GenerationContext, Map<string, Map<string, boolean>>>();

/** {@link statementFitsNot}'s answers for one concept of the context, by statement. */
function fitsNotMemo(ctx: GenerationContext, concept: Concept): Map<string, boolean> {
  let byConcept = fitsNotMemos.get(ctx);
  if (!byConcept) {
    byConcept = new Map();
    fitsNotMemos.set(ctx, byConcept);
  }
  let memo = byConcept.get(concept.id);
  if (!memo) {
    memo = new Map();
    byConcept.set(concept.id, memo);
  }
  return memo;
}

/** {@link statementFitsNot}, worked out. */
function statementFitsNotOf(ctx: GenerationContext, statement: string, concept: Concept): boolean {
  if (isDeniedOf(ctx, statement, concept)) return true;
  const { lines } = fitTextsOf(ctx, concept);
  // What one concept needs or may do, another may too: only a denial tells them apart.
  if (isNonExclusive(statement)) return false;
  return !saidIn(withoutParenthesis(statement), lines);
}

/**
 * Statements that say what a thing needs — a requirement, not a property that sets it apart:
 * イベントソーシング's `冪等なロジックが必要` is as true of サーガ (its steps and compensations
 * are redelivered too), so it is no wrong option for サーガ unless the notes deny it there.
 * Each rule reads the statement's end or its first words only (no backtracking on long lines).
 */
const NON_EXCLUSIVE: readonly { name: string; example: string; test: (s: string) => boolean }[] = [
  {
    name: 'ja-requirement',
    example: '冪等なロジックが必要',
    test: (s) => /(?:が|も|は)(?:必要|必須|不可欠)(?:である|です|だ)?[。.]?$/.test(s.slice(-16)),
  },
  {
    name: 'en-requirement',
    example: 'Needs a limit on the number of attempts',
    test: (s) =>
      /^(?:it\s+|they\s+)?(?:needs?|requires?|must\s+have)\b/i.test(s.slice(0, 40).trimStart()),
  },
  {
    name: 'en-possibility',
    example: 'Other clients may still see old values',
    test: (s) => EN_POSSIBILITY.test(s.slice(0, 400)) && !/[,;:]|\b(?:but|only)\b/i.test(s),
  },
];

/**
 * One clause whose subject, of one to three words and no question word, is followed by `may`
 * (`Response may be stored`, `A read may return an old value…`): what may happen or be done.
 * Not `How long resolvers may cache a record`, nor `May store, but revalidate…` (its subject is
 * the concept, and the clause after `but` sets it apart).
 */
const EN_POSSIBILITY = /^(?!(?:how|what|when|where|which|who|why)\b)(?:[\w'-]+ ){1,3}may /i;

/**
 * True when the statement says what a thing needs or may do, which sets it apart from nothing: it
 * fits another concept unless the notes deny it there (see {@link NON_EXCLUSIVE}).
 */
export function isNonExclusive(statement: string): boolean {
  return NON_EXCLUSIVE.some((rule) => rule.test(statement));
}

/** What {@link statementFitsNot} reads of a concept: what the notes deny of it, and what they say. */
interface FitTexts {
  denied: readonly string[];
  /** {@link haystackOf} each denied statement, in order (each is sought in every sibling's statements). */
  deniedHaystacks: readonly Haystack[];
  /** Whether each denied statement is negated, in order (read once, not per sibling statement). */
  deniedNegative: readonly boolean[];
  lines: readonly string[];
}

const fitTexts = new WeakMap<GenerationContext, Map<string, FitTexts>>();

/**
 * A concept's denied statements and corpus lines, built once per build (the same concept is
 * asked about every statement of its siblings; one list per concept also lets {@link saidIn}
 * join it once).
 */
function fitTextsOf(ctx: GenerationContext, concept: Concept): FitTexts {
  let cache = fitTexts.get(ctx);
  if (!cache) {
    cache = new Map();
    fitTexts.set(ctx, cache);
  }
  const cached = cache.get(concept.id);
  if (cached !== undefined) return cached;
  const facts = ctx.facts.get(concept.id);
  // What is true of what the concept is a kind of is true of it (サーガ's 補償トランザクション).
  const parent = ctx.kindParent.get(concept.id);
  const denied = [...concept.misconceptions, ...(facts?.falses.map((f) => f.text) ?? [])];
  const texts: FitTexts = {
    denied,
    deniedHaystacks: denied.map(haystackOf),
    deniedNegative: denied.map((d) => polarity(d).negative),
    lines: [...corpusOf(ctx, concept), ...(parent ? corpusOf(ctx, parent) : [])],
  };
  cache.set(concept.id, texts);
  return texts;
}

/** The section of a concept. */
function sectionOf(ctx: GenerationContext, concept: Concept): Section | undefined {
  return concept.section === null ? undefined : ctx.index.byHeading.get(concept.section);
}

/**
 * True when the concepts share a heading whose own text says the statement (it describes all of
 * them, so it tells none apart).
 */
export function genericFor(
  ctx: GenerationContext,
  statement: string,
  concepts: readonly Concept[],
): boolean {
  const parents = new Set(
    concepts.map((c) => {
      const s = sectionOf(ctx, c);
      return s ? (ctx.index.parent.get(s) ?? null) : undefined;
    }),
  );
  if (parents.size !== 1) return false;
  const [parent] = [...parents];
  if (!parent) return false;
  return coverage(statement, sharedText(ctx, parent, concepts)) >= GENERIC;
}

const sharedTexts = new WeakMap<GenerationContext, Map<string, string>>();

/**
 * `genus-sibling`: true when `concept` is the genus of `of`, a concept under the same heading —
 * the heading says `concept`'s summary cell of every concept
 * under it, the rows of them all set aside — サイドカー's `補助機能を追加` under コンテナパターン
 * (`サービスに機能を追加したり…`), and of no other concept there: the concept names what each of
 * them is, so it fits a description of any (アンバサダー's DB connection proxy is a sidecar too).
 * 第2正規形 and 第3正規形 are both said by 正規化's `関数従属とは…`: no genus.
 */
export function isGenusOfHeading(ctx: GenerationContext, concept: Concept, of: Concept): boolean {
  const own = sectionOf(ctx, concept);
  const parent = own ? ctx.index.parent.get(own) : undefined;
  if (!parent) return false;
  const group = conceptsUnder(ctx).get(parent) ?? [];
  if (!group.includes(of)) return false;
  if (group.length <= 2 || !genericFor(ctx, concept.correct, group)) return false;
  // One genus: where the heading says two rows' cells (関数従属 of 第2正規形 and 第3正規形), it
  // says what the rows share, not what one of them is.
  return group.every((c) => c === concept || !genericFor(ctx, c.correct, group));
}

const groups = new WeakMap<GenerationContext, Map<Section, Concept[]>>();

/**
 * `heading-groups-once`: the concepts whose sections sit right under each heading, in the notes'
 * order, gathered once per context: {@link isGenusOfHeading} asks it of every sibling pair, and
 * scanning every concept per pair grew with the square of the notes.
 */
function conceptsUnder(ctx: GenerationContext): Map<Section, Concept[]> {
  let byParent = groups.get(ctx);
  if (!byParent) {
    byParent = new Map();
    for (const c of ctx.doc.concepts) {
      const s = sectionOf(ctx, c);
      const parent = s === undefined ? undefined : ctx.index.parent.get(s);
      if (!parent) continue;
      const list = byParent.get(parent) ?? [];
      list.push(c);
      byParent.set(parent, list);
    }
    groups.set(ctx, byParent);
  }
  return byParent;
}

/**
 * What a shared heading says of all of `concepts`: its own text without the lines that name one of
 * them (a row of a table of them says what that one does, not what all do). Once per build and
 * group: every statement of every sibling asks.
 */
function sharedText(ctx: GenerationContext, parent: Section, concepts: readonly Concept[]): string {
  let cache = sharedTexts.get(ctx);
  if (!cache) {
    cache = new Map();
    sharedTexts.set(ctx, cache);
  }
  const id = [parent.line, ...concepts.map((c) => c.id)].join('\u0001');
  const known = cache.get(id);
  if (known !== undefined) return known;
  const text = ownText(parent, ctx.index)
    .slice(0, CORPUS_CHARS)
    .split('\n')
    .filter((line) => !concepts.some((c) => mentions(line, c)))
    .join('\n');
  cache.set(id, text);
  return text;
}

/**
 * Cells that say "no": the thing of the row does not have the thing of the column (`×`, `なし`
 * through {@link cellValue}; `防止` in a table of phenomena an isolation level prevents).
 */
const DENYING_CELLS = ['防止', '防ぐ', 'prevented', 'prevents', 'none'];

/**
 * True when a matrix of the notes puts the two concepts in one cell that does not deny it:
 * READ COMMITTED × ファントムリード = 発生 — the sibling's definition ("同じ条件の検索で行が増減
 * する") then happens under the concept, and is no wrong statement about it.
 */
export function matrixRelates(ctx: GenerationContext, a: Concept, b: Concept): boolean {
  for (const [x, y] of [
    [a, b],
    [b, a],
  ] as const) {
    const columns = placesOf(ctx, y.id).attribute;
    if (columns.size === 0) continue;
    for (const [i, e] of placesOf(ctx, x.id).entity) {
      const at = columns.get(i);
      if (at === undefined) continue;
      const value = ctx.matrices[i]?.cells[e]?.[at] ?? '';
      if (!value.trim() || cellValue(value) === 'no') continue;
      const plain = value.toLowerCase();
      if (DENYING_CELLS.some((w) => plain.includes(w))) continue;
      return true;
    }
  }
  return false;
}

/**
 * `row-includes`: true when a matrix of yes/no cells has both concepts as rows and `a`'s row says
 * yes wherever `b`'s does (and `b`'s somewhere): `a` has every property `b` has, so what defines
 * `b` holds of `a` too. 3NF (○ ○ × ×) includes 2NF (○ × × ×): `候補キーの一部への部分従属を除く`
 * (2NF) is true of 3NF — no wrong statement about it, and 3NF a defensible answer for it.
 */
export function rowIncludes(ctx: GenerationContext, a: Concept, b: Concept): boolean {
  const rowsB = placesOf(ctx, b.id).entity;
  if (rowsB.size === 0) return false;
  for (const [i, ea] of placesOf(ctx, a.id).entity) {
    const eb = rowsB.get(i);
    if (eb === undefined || eb === ea) continue;
    const cells = ctx.matrices[i]?.cells;
    const rowA = cells?.[ea] ?? [];
    const rowB = cells?.[eb] ?? [];
    let marks = 0;
    let included = true;
    for (let c = 0; c < rowB.length && included; c++) {
      const va = cellValue(rowA[c] ?? '');
      const vb = cellValue(rowB[c] ?? '');
      // A matrix of marks only: a text cell tells something no mark compares.
      if ((va !== 'yes' && va !== 'no') || (vb !== 'yes' && vb !== 'no')) {
        included = false;
        break;
      }
      if (vb === 'yes') {
        marks++;
        if (va !== 'yes') included = false;
      }
    }
    if (included && marks > 0 && definedByMarks(ctx.matrices[i] as TableMatrix, eb, b)) return true;
  }
  return false;
}

/**
 * True when a column `b`'s row marks yes is what `b`'s summary cell says (`部分従属を排除` beside
 * 2NF's `候補キーの一部への部分従属を除く`): the marks then speak of what defines it. UDP's one
 * yes (`Runs directly on IP`) is not what `Connectionless datagrams…` says, so TCP, marked yes
 * there too, does not have what defines UDP.
 */
function definedByMarks(m: TableMatrix, row: number, b: Concept): boolean {
  const cells = m.cells[row] ?? [];
  return m.attributes.some(
    (a, c) => cellValue(cells[c] ?? '') === 'yes' && coverage(a.label, b.correct) > 0,
  );
}

/**
 * `matrix-places-once`: {@link Places} of a concept, from an index of the context's matrices
 * built once: {@link matrixRelates} asks it of every sibling pair, and scanning every matrix per
 * pair (then per concept) grew with the notes' tables.
 */
function placesOf(ctx: GenerationContext, id: string): Places {
  return placesIn(ctx.matrices, id);
}

/**
 * True when a matrix of the notes has a yes/no column for each concept, and every row marked yes
 * for `a` is marked yes for `b`: whatever has `a`'s property has `b`'s, so what is true of `b`
 * holds of `a` too. In a table of HTTP methods with columns 安全 and 冪等, the one safe row (GET)
 * is idempotent: 「何回送っても同じ状態になる」 (冪等性) is true of 安全なメソッド as well, and
 * no wrong option about it. Not the other way: PUT is idempotent but not safe.
 */
export function propertyImplies(ctx: GenerationContext, a: Concept, b: Concept): boolean {
  const tables = propertyTablesOf(ctx);
  const colsB = propertyColumns(ctx, b, tables);
  if (colsB.size === 0) return false;
  for (const [i, ca] of propertyColumns(ctx, a, tables)) {
    const cb = colsB.get(i);
    if (cb === undefined || ca === cb) continue;
    const m = ctx.matrices[i] as TableMatrix;
    const rows = yesRows(m, ca, tables.yes);
    if (rows.length > 0 && rows.every((e) => cellValue(m.cells[e]?.[cb] ?? '') === 'yes'))
      return true;
  }
  return false;
}

/** What {@link propertyImplies} reads of a document's matrices, kept per context. */
interface PropertyTables {
  /** Per concept, by matrix index, the column that is its property (matrices with none left out). */
  columns: Map<Concept, ReadonlyMap<number, number>>;
  /** Per matrix and column, the rows marked yes there. */
  yes: Map<TableMatrix, (readonly number[] | undefined)[]>;
  /** The matrices' columns by concept and label, built at the first look-up. */
  index?: PropertyColumnIndex;
}

const propertyTables = new WeakMap<GenerationContext, PropertyTables>();

function propertyTablesOf(ctx: GenerationContext): PropertyTables {
  let tables = propertyTables.get(ctx);
  if (!tables) {
    tables = { columns: new Map(), yes: new Map() };
    propertyTables.set(ctx, tables);
  }
  return tables;
}

/**
 * `property-columns-once`: the first column of each matrix that is the concept's property
 * ({@link namesColumn}), read once per concept from an index of the context's columns:
 * {@link propertyImplies} asks it of every sibling pair, and notes with thousands of small tables
 * made that a scan of every column per pair, then of every column per concept.
 */
function propertyColumns(
  ctx: GenerationContext,
  concept: Concept,
  tables: PropertyTables,
): ReadonlyMap<number, number> {
  let found = tables.columns.get(concept);
  if (!found) {
    tables.index ??= propertyColumnIndex(ctx.matrices);
    found = tables.index.columnsOf(concept);
    tables.columns.set(concept, found);
  }
  return found;
}

/** The rows of `m` marked yes in column `c`, in order (read once per column). */
function yesRows(
  m: TableMatrix,
  c: number,
  yes: Map<TableMatrix, (readonly number[] | undefined)[]>,
): readonly number[] {
  let byColumn = yes.get(m);
  if (!byColumn) {
    byColumn = [];
    yes.set(m, byColumn);
  }
  let rows = byColumn[c];
  if (!rows) {
    rows = m.entities.map((_, e) => e).filter((e) => cellValue(m.cells[e]?.[c] ?? '') === 'yes');
    byColumn[c] = rows;
  }
  return rows;
}

/** A cell shorter than this (`可`) is too common a string to be read in a statement. */
const MIN_SAID_CELL = 2;

/**
 * True when the statement says a value that one table gives both concepts in one column, so it
 * fits the other as well: `コンテナを消してもデータは残る` (ボリューム) says `残る`, and the table
 * gives ボリューム and バインドマウント both `コンテナ削除後：残る` — バインドマウント is no wrong
 * option for it. A yes/no mark is said when the statement says its column (see {@link saysMark}).
 */
export function sharesSaidCell(
  ctx: GenerationContext,
  statement: string,
  a: Concept,
  b: Concept,
): boolean {
  return sharesSaidCellOf(ctx, statement, a, (t) => t.concept?.id === b.id);
}

/**
 * {@link sharesSaidCell} with a table peer (a row that is no concept): `損失ベース：パケットロスを
 * 輻輳シグナルとする` (CUBIC, `主な輻輳シグナル: 損失（ECN）`) says the `損失` the table gives Tahoe.
 */
export function sharesSaidCellWithPeer(
  ctx: GenerationContext,
  statement: string,
  a: Concept,
  peer: string,
): boolean {
  const key = matchKey(peer);
  return sharesSaidCellOf(ctx, statement, a, (t) => !t.concept && matchKey(t.name) === key);
}

function sharesSaidCellOf(
  ctx: GenerationContext,
  statement: string,
  a: Concept,
  isB: (entity: { name: string; concept?: Concept | null }) => boolean,
): boolean {
  // The statement's match key is read only once a table sets the two side by side (most pairs
  // of siblings share no table).
  let said: string | undefined;
  // Only the matrices where `a` is a row (the first such row of each, as placesOf reads them).
  for (const [i, ea] of placesOf(ctx, a.id).entity) {
    const m = ctx.matrices[i] as TableMatrix;
    const eb = m.entities.findIndex(isB);
    if (eb < 0) continue;
    for (let at = 0; at < m.attributes.length; at++) {
      const cell = m.cells[ea]?.[at] ?? '';
      const other = m.cells[eb]?.[at] ?? '';
      if (cellValue(cell) === cellValue(other) && isYesNo(cell)) {
        const label = m.attributes[at]?.label ?? '';
        if (saysMark(statement, label, cellValue(cell)) || saysLabelWord(statement, label))
          return true;
        continue;
      }
      const common = commonValue(cell, other);
      if (common === null) continue;
      const value = matchKey(common);
      said ??= matchKey(statement);
      if ([...value].length >= MIN_SAID_CELL && said.includes(value)) return true;
    }
  }
  return false;
}

/**
 * The value two cells of one column both give, or null: the same value, or the one that the other
 * opens on and only qualifies — `Milliseconds in the automatic tiers` (Intelligent-Tiering) still
 * says `Milliseconds` (Standard-IA), so `reads take milliseconds` fits both. Yes/no marks only as
 * written (`yes, except bulk` is its own mark).
 */
export function commonValue(a: string, b: string): string | null {
  const [x, y] = [withoutParenthesis(a).trim(), withoutParenthesis(b).trim()];
  if (cellValue(a) === cellValue(b)) return x;
  if (isYesNo(a) || isYesNo(b)) return null;
  const [shorter, longer] = x.length <= y.length ? [x, y] : [y, x];
  if (shorter === '') return null;
  const lower = longer.normalize('NFKC').toLowerCase();
  const head = shorter.normalize('NFKC').toLowerCase();
  if (!lower.startsWith(head)) return null;
  // Followed by a qualifier: a space or a mark in English (`Milliseconds in…`), not more letters
  // of a longer word (`Millisecond reads` is no `Milli`).
  const next = lower.charAt(head.length);
  if (!/[\s,;:(（、]/u.test(next)) return null;
  return addsAThing(lower.slice(head.length)) ? null : shorter;
}

/**
 * `adds-not-qualifies`: what follows the shared opening adds a second thing instead of qualifying
 * the first — `A function **and** some argument values` (partial application's input) says more
 * than currying's `A function`, so a statement that says `a function` does not fit both
 * (reading 56: Currying was kept out of `Fix some arguments now, get back a function of the rest`).
 * Reads the first word after the opening only.
 */
function addsAThing(rest: string): boolean {
  const word = /^[\s*_]*([a-z&+＋]+)/.exec(rest.slice(0, 40))?.[1] ?? '';
  return ADDING_WORDS.has(word);
}

const ADDING_WORDS: ReadonlySet<string> = new Set(['and', 'plus', '&', '+', '＋']);

/** A word of a label this heavy (`デプロイ`, `継続的`, `replay`) names what the column is about. */
const LABEL_WORD = 3;

/**
 * `shared-mark-word`: the statement says a word of a yes/no column's label that gives the two
 * concepts the same mark (`main は常にデプロイ可能な状態に保つ` says `デプロイ` of `継続的デプロイと
 * の相性: ○ ○`, GitHub Flow and trunk-based alike): it speaks of what the two share, so neither is
 * a wrong option for the other. Looser than {@link saysMark}: it only ever takes an option away.
 */
function saysLabelWord(statement: string, label: string): boolean {
  const words = labelWords(label);
  if (words.length === 0) return false;
  const said = haystackOf(statement).text;
  return words.some((w) => said.includes(w));
}

/** A label's words of {@link LABEL_WORD} or more, read once per build (labels are few). */
const labelWords = memoByText((label: string): readonly string[] =>
  contentRuns(label)
    .filter((r) => r.weight >= LABEL_WORD)
    .map((r) => r.text),
);

/** How much of a column's label a statement must say to say its yes/no cell. */
const SAID_LABEL = 0.8;

/**
 * True when the statement says a column's `no` mark: its label, negated. `No run-time check or
 * conversion` says `Checked at run time = no`, which a table of TypeScript features gives type
 * assertion and enum alike. A `yes` is not read: `等価検索専用` (hash index) says more than the
 * `等価 = ○` that B-tree shares.
 */
export function saysMark(statement: string, label: string, value: string): boolean {
  // Only a `no`: `等価検索専用` says more than the `等価 = ○` it shares with B-tree.
  if (value !== 'no' || coverage(label, statement) < SAID_LABEL) return false;
  return polarity(statement).negative;
}

/**
 * True when the statement, negated or not, is the denial of one of the concept's misconceptions,
 * so it is true of the concept: `No run-time check or conversion` (type assertion) denies
 * Generics' `Checked at run time` — generics have no run-time check either, and are no wrong
 * option for it.
 */
export function deniesMisconceptionOf(
  ctx: GenerationContext,
  statement: string,
  concept: Concept,
): boolean {
  const { denied, deniedNegative } = fitTextsOf(ctx, concept);
  const negative = polarity(statement).negative;
  return denied.some((d, i) => deniedNegative[i] !== negative && coverage(d, statement) >= DENIED);
}

/**
 * True when `statement` (true) is said in the correction `why` of a wrong statement: the pair
 * contradict each other (`A commit is a snapshot` / `A commit stores the changes since its
 * parent`), and offered together they tell the player one of the two is the answer
 * (ITEM-WRITING.md: options that contradict each other). Neither question kind offers both.
 */
export function isCorrectionOf(statement: string, why: string | null): boolean {
  return saidInCorrection(statement, why);
}

/** A clause of a correction is said when the statement holds this much of its words… */
const CLAUSE_SAID = 0.75;
/** …and it has at least this many words of content (`it declares ranges`: `declares`, `ranges`). */
const CLAUSE_MIN_WORDS = 2;

/**
 * `correction-clause-said`: one clause of a correction of several (cut at `;` and `。`) is said in
 * the statement — `it declares ranges; a lock file pins` corrects `pins the exact versions to
 * install`, and `[project] dependencies declares ranges the project works with` says its first
 * clause: the two options are one claim and its denial, though the statement says more than the
 * correction. Read by the correct-about template for its key (a misconception-about question's
 * true options are held by {@link answersWrong}).
 */
export function correctionClauseSaid(statement: string, why: string | null): boolean {
  if (why === null) return false;
  const clauses = why.split(/[;；。]/);
  if (clauses.length < 2) return false;
  return clauses.some((clause) => {
    const words = contentRuns(clause).filter((r) => r.weight >= 2);
    if (words.length < CLAUSE_MIN_WORDS) return false;
    return coverage(words.map((w) => w.text).join(' '), statement) >= CLAUSE_SAID;
  });
}

/**
 * True when `statement` (true) says what the correction `why` says, either way (the review rule
 * `no-correction-beside-key`): a true option beside the misconception it answers points at it.
 */
export function answersWrong(statement: string, why: string | null): boolean {
  return statesCorrection(statement, why);
}

/**
 * `near-correction`: a true statement that says a third or more of a misconception's correction
 * (`常温の腐食のほとんどは水を介した電気化学反応` beside `鉄と酸素が直接反応して錆びる`, corrected
 * `水を介した電池反応。乾いた酸素だけでは常温でほとんど進まない`; `障害は運動時に顕在化しやすい`
 * beside `拡散障害は安静時から著明な低酸素を起こす`, corrected `初期は運動時の低下が先`) is that
 * correction in other words: beside the misconception as the key of "which is a misconception",
 * the pair tells a player that one of the two is the answer (readers of reading 33). The
 * concept's whole correct cell is spared by the caller (misconception-about.ts): it says what the
 * concept is (`A ref holding one commit id` beside `Creating a branch copies the project's files`).
 */
export function nearCorrection(statement: string, why: string | null): boolean {
  return why !== null && coverage(why, statement) >= NEAR_CORRECTION;
}

/** The share of a correction's words a true statement says to be that correction again. */
const NEAR_CORRECTION = 0.34;

/** Words of content (runs of this many characters or more) that make a subject (`header`, `RANGE`; not `new`). */
const SUBJECT_WORD_MIN = 4;
/** How many such words two statements share to be about one and the same thing. */
const SAME_SUBJECT_WORDS = 2;

/**
 * `same-subject-opposite`: a true statement that shares two words of content with a misconception
 * (not words of the concept's own name) speaks of the very thing the misconception gets wrong,
 * and says the opposite: `ROWS は行数、RANGE は値の範囲でピアをまとめて含む` beside the key
 * `ROWS と RANGE はどちらを書いても結果が同じ`, `DEFAULT gen_random_uuid() … still forces a full
 * rewrite` beside `DEFAULT gen_random_uuid() is as cheap as a constant default`. Offered beside
 * it, the pair tells a player that one of the two is the answer.
 */
export function opposesOnSubject(
  statement: string,
  misconception: string,
  names: readonly string[],
): boolean {
  // The name without its aside: `ROWS` of `フレーム句（ROWS / RANGE / GROUPS）` is a part of it
  // the statements tell apart, not a word every statement of it says.
  const parts = names.flatMap((n) => nameAside(n).parts.map(matchKey));
  const nameKeys = names.map((n) => matchKey(nameAside(n).main)).filter((k) => !parts.includes(k));
  let shared = 0;
  for (const run of distinctRuns(misconception)) {
    if (run.weight < SUBJECT_WORD_MIN) continue;
    const key = matchKey(run.text);
    if (key === '' || nameKeys.some((n) => n.includes(key))) continue;
    if (saysRun(run.text, statement) && ++shared >= SAME_SUBJECT_WORDS) return true;
  }
  return false;
}

/** A word of content a correct cell shares with a misconception: Latin from three letters, else two characters. */
const REFUTED_WORD_MIN = { latin: 3, other: 2 } as const;

/**
 * `cell-refutes-misconception`: the concept's correct cell (its summary) is written as the answer
 * to its misconceptions. A piece of it that shares one word of content with a misconception (not a
 * word of the concept's names) speaks of the same thing and says the opposite: `Overflow → ±∞`
 * beside `Float overflow wraps around to negative like integers`, 「降伏点以下でも破断」 beside
 * 「降伏点以下の応力なら何回繰り返しても壊れない」, `NFC/NFD canonical, NFKC/NFKD lossy` beside
 * `NFKC is lossless`. Beside that misconception as the key of "which is a misconception", the
 * pair tells a player that one of the two is the answer (reading 27's `心房の脱分極である` beside
 * `心房の脱分極と再分極の両方を表す`). Over 161 notes, 32 of 571 such questions had one. It reads
 * words, not meaning: UDP's `Connectionless datagrams; …` beside `Datagrams arrive in the order
 * they were sent` is taken for such a pair too (the cell's `connectionless` answers it, not its
 * `datagrams`). The word test alone also serves `negation-pair` (correct-about.ts), where the key
 * of "which is correct" and an own misconception share a word and one of them is negated.
 */
export function cellRefutes(
  cellPiece: string,
  misconception: string,
  names: readonly string[],
): boolean {
  // As for `same-subject-opposite`: a part the name sets aside (`ROWS` of `フレーム句（ROWS / RANGE
  // / GROUPS）`) is a word the statements tell apart, not one every statement of it says.
  const nameKeys = names.map((n) => matchKey(nameAside(n).main));
  for (const run of distinctRuns(misconception)) {
    const latin = /^[a-z0-9]/.test(run.text);
    if (run.weight < (latin ? REFUTED_WORD_MIN.latin : REFUTED_WORD_MIN.other)) continue;
    const key = matchKey(run.text);
    if (key === '' || nameKeys.some((n) => n.includes(key))) continue;
    if (saysRun(run.text, cellPiece)) return true;
  }
  return false;
}

/** The content runs of a text, each once. */
function distinctRuns(text: string): ReturnType<typeof contentRuns> {
  const seen = new Set<string>();
  return contentRuns(text).filter((run) => {
    if (seen.has(run.text)) return false;
    seen.add(run.text);
    return true;
  });
}

/** True when `statement` holds the run whole. */
function saysRun(run: string, statement: string): boolean {
  return coverage(run, statement) === 1;
}

/** Share of the misconception's words (beyond the concept's names) a true statement must say. */
const FRAME_SHARE = 0.5;
/** …in this many words at least, a word of the name among them (`ANALYZE` and `実行`). */
const FRAME_WORDS = 2;

/**
 * `same-frame`: a true statement that says half the misconception's words (counted as words, not
 * letters: `最新` weighs as much as `latest`), two or more of them, says the same frame with another
 * slot — `引数はCMDを置き換え` beside the key `docker run の引数は ENTRYPOINT を置き換える`,
 * `ANALYZEは実際に実行する` beside `EXPLAIN ANALYZEはDMLを実行しない`, `「最新版を自動で指す」機能は
 * ない` beside `latest は最新を指す`. Offered beside it, the pair tells a player that one of the two
 * is the answer (reading 4 found such pairs in five banks of six).
 */
export function sharesFrame(
  statement: string,
  misconception: string,
  names: readonly string[],
): boolean {
  const nameWords = new Set(names.flatMap((n) => contentRuns(n).map((r) => r.text)));
  let own = 0;
  let ownShared = 0;
  let shared = 0;
  for (const run of distinctRuns(misconception)) {
    const said = saysRun(run.text, statement);
    if (said) shared++;
    if (nameWords.has(run.text)) continue;
    own++;
    if (said) ownShared++;
  }
  return shared >= FRAME_WORDS && ownShared > 0 && ownShared >= FRAME_SHARE * own;
}
