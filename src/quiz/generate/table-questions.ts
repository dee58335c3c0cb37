/**
 * Questions from comparison tables read as matrices (entities × attributes):
 * - *which has* — which entity has value v for attribute a (yes/no cells become "which one has
 *   「単一障害点」「あり」?"; entities of other tables with the same attribute join the options, so a
 *   two-column table still gives three options);
 * - *which has both* — the one entity with a = x and b = y, where no single column tells it;
 * - *true of entity* — which `attribute：value` fits an entity (the others are other entities'
 *   values of other rows);
 * - *value of* — an entity's value of an attribute, among the other entities' (three entities or more).
 * Cells that overlap (`HTTP/1.x or HTTP/2` / `HTTP/2`) or are only partly so (`△`) are never told
 * apart. Pure.
 */

import {
  cellValue,
  isYesNo,
  rowsAreAspects,
  type TableMatrix,
  tableKey,
  withoutParenthesis,
} from '../facts/table-facts.ts';
import { isMark } from '../facts/table-links.ts';
import { objectMemoTable } from '../text/build-memo.ts';
import { sameContent } from '../text/cues.ts';
import { matchKey } from '../text/normalize.ts';
import { holdsWholeWord } from '../text/whole-word.ts';
import type { Concept } from '../types.ts';
import type { Condition, TableName } from '../wording.ts';
import { cellReason } from './cell-reason.ts';
import { CANDIDATES_TRIED, type Chosen, chooseOptions } from './choose-options.ts';
import type { GenerationContext } from './context.ts';
import { namesOf } from './context.ts';
import type { Draft, DraftChoice, OptionKind } from './draft.ts';
import { entityKind } from './entity-kind.ts';
import { statementFitsNot } from './fit.ts';
import {
  isCodeTable,
  isDittoCell,
  isInventory,
  isQuantity,
  isRemarksColumn,
  isTriviaColumn,
} from './table-rules.ts';

/**
 * A question of a table attaches to the entity's concept, else to the table's host. A row of an
 * inventory table (`inventory-table`) or of a table of codes (`code-rows`) that is no concept is
 * asked of nothing.
 */
function conceptOf(m: TableMatrix, e: number): Concept | null {
  const own = m.entities[e]?.concept;
  if (own) return own;
  return isInventory(m) || isCodeTable(m) ? null : m.host;
}

/**
 * True for a column that is asked and offered: not one of remarks (`remarks-column`), nor of
 * defaults, versions or vendors (`trivia-column`).
 */
function factColumn(m: TableMatrix, a: number): boolean {
  const label = m.attributes[a]?.label ?? '';
  return !isRemarksColumn(label) && !isTriviaColumn(label);
}

/** A cell's text; empty for one that only refers to the row above (`ditto-cell`). */
function cell(m: TableMatrix, e: number, a: number): string {
  const text = m.cells[e]?.[a]?.trim() ?? '';
  return isDittoCell(text) ? '' : text;
}

/** What stems call the table: its heading as a place, else its own name (`heading-is-a-place`). */
function nameOf(m: TableMatrix, language: 'ja' | 'en'): TableName {
  const memo = tableNames();
  let name = memo.get(m);
  if (!name) {
    name = readName(m, language);
    memo.set(m, name);
  }
  return name;
}

/** Each table's {@link nameOf}, per build: read once, not for every stem and why it is in. */
const tableNames = objectMemoTable<TableMatrix, TableName>();

function readName(m: TableMatrix, language: 'ja' | 'en'): TableName {
  const name: TableName = { text: m.title, heading: m.links.titleIsHeading };
  const kind = entityKind(m, language);
  if (kind) name.kind = kind;
  // `two-tables-one-heading`: named by its first two header cells as well.
  if (m.links.headingShared)
    name.columns = m.links.table.header.filter((c) => c.trim() !== '').slice(0, TABLE_NAME_COLUMNS);
  return name;
}

/** Header cells that name a table among others under one heading. */
const TABLE_NAME_COLUMNS = 2;

/** A cell as an option: a parenthesis naming another entity (`あり（ブローカー）`) is dropped. */
export function display(m: TableMatrix, e: number, a: number): string {
  const text = cell(m, e, a);
  const bare = withoutParenthesis(text);
  if (bare === text) return text;
  const inside = matchKey(text.slice(bare.length));
  const namesOther = m.entities.some(
    (x, i) => i !== e && inside.length >= 2 && matchKey(x.name).includes(inside),
  );
  return namesOther || isYesNo(text) ? bare : text;
}

/**
 * `dash-says-nothing`: a cell that is only a dash or "n/a" (`—`, `-`, `該当なし`) says nothing of its
 * row: no question asks which row has it (`Which owned has “—” for “Borrowed”?`,
 * 「「下位の番号」が「—」なのはどれ？」). Beside another row's value it stays a wrong option: there it
 * is as often "none" (`PLAIN` has `—` for `Bad for`) as "not said".
 */
const SAYS_NOTHING = /^(?:[-–—－―]+|n\/?a|該当なし)$/iu;

/** True for a cell that says nothing of its row ({@link SAYS_NOTHING}). */
function saysNothing(cellText: string): boolean {
  return SAYS_NOTHING.test(cellText.trim());
}

/** True when two cells can be told apart: both filled, neither `partly`, of one type, not overlapping. */
function distinct(x: string, y: string): boolean {
  if (!x || !y) return false;
  const vx = cellValue(x);
  const vy = cellValue(y);
  if (vx === 'partly' || vy === 'partly' || vx === vy) return false;
  if (isYesNo(x) !== isYesNo(y)) return false;
  if (isYesNo(x)) return true;
  return !vx.includes(vy) && !vy.includes(vx) && !sameContent(x, y);
}

/** Yes/no words that read as words in a Japanese stem (`「ディスクI/O」が「あり」`): kept as values. */
const WORD_MARKS = new Set(['あり', 'なし', '有', '有り', '無', '無し']);

/**
 * A cell as a condition of a which-has stem: a yes/no cell (`○`, `✓`, `yes`) as whether its
 * column holds (`mark-as-condition`), any other cell as its value.
 */
function condition(label: string, cellText: string, shown: string): Condition {
  const v = cellValue(cellText);
  if ((v === 'yes' || v === 'no') && !WORD_MARKS.has(withoutParenthesis(cellText)))
    return { label, holds: v === 'yes' };
  return { label, value: shown };
}

interface Place {
  m: TableMatrix;
  e: number;
  a: number;
}

/** The same attribute in every matrix (matched by its label), for which-has across tables. */
function attributeIndex(ctx: GenerationContext): Map<string, Place[]> {
  const out = new Map<string, Place[]>();
  for (const m of ctx.matrices) {
    if (m.orientation !== 'entity-columns') continue;
    m.attributes.forEach((attr, a) => {
      const key = matchKey(attr.label);
      if (!key) return;
      const list = out.get(key) ?? [];
      m.entities.forEach((_, e) => {
        list.push({ m, e, a });
      });
      out.set(key, list);
    });
  }
  return out;
}

/** The why of a key cell: the notes' sentence that says it (`cell-reason`), else the cell itself. */
function keyWhy(ctx: GenerationContext, p: Place): string {
  return cellReason(ctx, p.m, p.e, p.a) ?? why(ctx, p);
}

function why(ctx: GenerationContext, p: Place): string {
  const { m, e, a } = p;
  return ctx.wording.tableSays(
    nameOf(m, ctx.doc.language),
    m.entities[e]?.name ?? '',
    m.attributes[a]?.label ?? '',
    cell(m, e, a),
  );
}

const rowConceptMemo = objectMemoTable<TableMatrix, ReadonlySet<string>>();

/**
 * The ids of the concepts a matrix's rows are, read once per matrix (a draft of a row is asked of
 * its host where it is none: {@link Draft.hosted}).
 */
function rowConcepts(m: TableMatrix): ReadonlySet<string> {
  const memo = rowConceptMemo();
  let ids = memo.get(m);
  if (!ids) {
    const found = new Set<string>();
    for (const e of m.entities) if (e.concept) found.add(e.concept.id);
    ids = found;
    memo.set(m, ids);
  }
  return ids;
}

function baseDraft(
  ctx: GenerationContext,
  m: TableMatrix,
  concept: Concept,
  template: string,
  optionKind: OptionKind,
  prompt: string,
  line: number,
  asks: string[],
  keyWhy: string,
): (choices: DraftChoice[]) => Draft {
  const hosted = !rowConcepts(m).has(concept.id);
  return (choices) => ({
    template,
    conceptId: concept.id,
    conceptName: concept.name,
    kind: template === 'which-has' || template === 'which-has-both' ? 'table-row' : 'comparison',
    asksFor: 'correct',
    optionKind,
    prompt,
    choices,
    section: m.links.table.section,
    language: ctx.doc.language,
    why: keyWhy,
    notes: [],
    source: { file: m.file, line, section: m.links.table.section },
    asks,
    binary: choices.length === 2,
    quality: 1,
    ...(hosted ? { hosted } : {}),
  });
}

/**
 * The fact a wrong option of which-has stands on: its cell. In an entity-columns table one key
 * covers a whole row (`T:line:a1`, asked from either side is one fact), so the key and every
 * other column of that row would read as one fact told twice (`distinct-facts`) and no
 * which-has of such a table was ever kept but the two-option one.
 */
function optionKey(p: Place): string {
  const key = tableKey(p.m, p.e, p.a);
  return p.m.orientation === 'entity-columns' ? `${key}:e${p.e}` : key;
}

/** The match keys of a matrix's entity names (read once per matrix). */
function entityKeys(m: TableMatrix): ReadonlySet<string> {
  let keys = entityKeySets.get(m);
  if (!keys) {
    keys = new Set(m.entities.map((x) => matchKey(x.name)));
    entityKeySets.set(m, keys);
  }
  return keys;
}

const entityKeySets = new WeakMap<TableMatrix, ReadonlySet<string>>();

/** The first `limit` items of `list` that `keep` accepts, in order (the rest are not read). */
function firstOf<T>(list: readonly T[], limit: number, keep: (item: T) => boolean): T[] {
  const out: T[] = [];
  for (const item of list) {
    if (out.length >= limit) break;
    if (keep(item)) out.push(item);
  }
  return out;
}

/** Which entity has value v for attribute a. */
function whichHas(ctx: GenerationContext, m: TableMatrix, attrs: Map<string, Place[]>): Chosen {
  const out: Chosen = { drafts: [], rejected: [] };
  m.attributes.forEach((attr, a) => {
    if (!factColumn(m, a)) return;
    m.entities.forEach((entity, e) => {
      const value = cell(m, e, a);
      if (!value || cellValue(value) === 'partly' || isQuantity(value) || saysNothing(value))
        return;
      if (cellValue(value) === 'no') return; // asked from its `yes` side
      const same = m.entities.filter(
        (_, i) => i !== e && cellValue(cell(m, i, a)) === cellValue(value),
      );
      if (same.length > 0) return;
      const concept = conceptOf(m, e);
      if (!concept) return;
      // `value-names-its-row`: a value that names its own row (`SOHO (Sun–Earth L1)` of `L1`)
      // gives the key away in the stem (reading 24).
      if (namesRow(value, entity.name)) return;
      const local: Place[] = m.entities.map((_, i) => ({ m, e: i, a })).filter((p) => p.e !== e);
      const tableOthers = local.filter((p) => distinct(value, cell(m, p.e, a)));
      if (tableOthers.length < local.length) return; // a sibling cell overlaps: arguable
      // Other tables join only for yes/no attributes (単一障害点): a text value such as 用途 means
      // something else in each table.
      const elsewhere = isYesNo(value)
        ? (attrs.get(matchKey(attr.label)) ?? []).filter((p) => p.m !== m)
        : [];
      // The search reads the first CANDIDATES_TRIED candidates only, and below no more than
      // whether one or two rows of other tables came: the rest of them are not looked at (the
      // shipped notes copied 100 times have 99 other tables with each yes/no column).
      const own = entityKeys(m);
      const far = firstOf(
        elsewhere,
        CANDIDATES_TRIED,
        (p) =>
          distinct(value, cell(p.m, p.e, p.a)) && !own.has(matchKey(p.m.entities[p.e]?.name ?? '')),
      );
      const key: DraftChoice = {
        text: entity.name,
        correct: true,
        truth: true,
        why: null,
        keys: [tableKey(m, e, a)],
      };
      // `既定のGC` `世代別` (V8's): Java, whose `特徴` reads `世代別。…`, is no wrong option.
      const unsaid = tableOthers.filter((p) => !saidInRow(m, p.e, a, value));
      const candidates = [...unsaid, ...far].slice(0, CANDIDATES_TRIED).map(
        (p): DraftChoice => ({
          text: p.m.entities[p.e]?.name ?? '',
          correct: false,
          truth: false,
          why: why(ctx, p),
          keys: [optionKey(p)],
        }),
      );
      const shown = display(m, e, a);
      const cross = far.length > 0;
      const asked = condition(attr.label, value, shown);
      const prompt =
        'holds' in asked
          ? ctx.wording.whichMeets(cross ? null : nameOf(m, ctx.doc.language), [asked])
          : cross
            ? ctx.wording.whichHasAnyTable(attr.label, shown)
            : ctx.wording.whichHas(nameOf(m, ctx.doc.language), attr.label, shown);
      const make = baseDraft(
        ctx,
        m,
        concept,
        'which-has',
        'name',
        prompt,
        m.lines[e]?.[a] ?? m.links.table.line,
        [tableKey(m, e, a)],
        keyWhy(ctx, { m, e, a }),
      );
      const found = chooseOptions(
        key,
        candidates,
        make,
        { names: namesOf(concept) },
        {
          variants: 3,
          most: 2,
        },
      );
      const drafts = found.drafts.map((d) => ({ ...d, quality: cross ? 1.15 : 1 }));
      // A row of a two-entity table: two options are all the fact allows (`two-row-coin-toss`:
      // only when no other table gives a third row, and then within the bank's 10 % share).
      // (Not a row left alone by `unsaid`: the table offered more, the notes made them arguable.)
      if (
        found.drafts.length === 0 &&
        candidates.length === 1 &&
        tableOthers.length + far.length === 1
      )
        drafts.push({ ...make([key, ...candidates]), quality: 0.6 });
      out.drafts.push(...drafts);
      // `ファントムリードが「防止」なのはどれ？` is as much about the column's concept: the bank
      // may file it under either (one fact: it keeps one of them).
      const other = attr.concept;
      if (other && other.id !== concept.id)
        out.drafts.push(
          ...drafts.map((d) => ({
            ...d,
            conceptId: other.id,
            conceptName: other.name,
            quality: d.quality - 0.05,
          })),
        );
      out.rejected.push(...found.rejected);
    });
  });
  return out;
}

/** Entity-columns tables: which `attribute：value` fits an entity. */
function trueOfEntity(ctx: GenerationContext, m: TableMatrix): Chosen {
  const out: Chosen = { drafts: [], rejected: [] };
  if (m.orientation !== 'entity-columns' || m.attributes.length < 3) return out;
  const w = ctx.wording;
  m.entities.forEach((entity, e) => {
    const concept = conceptOf(m, e);
    if (!concept) return;
    m.attributes.forEach((attr, a) => {
      const value = cell(m, e, a);
      if (!factColumn(m, a) || !value || isMark(value) || cellValue(value) === 'partly') return;
      if (saysNothing(value)) return;
      if (!m.entities.some((_, i) => i !== e && distinct(value, cell(m, i, a)))) return;
      const key: DraftChoice = {
        text: w.cellOption(attr.label, display(m, e, a)),
        correct: true,
        truth: true,
        why: null,
        keys: [tableKey(m, e, a)],
      };
      const candidates: DraftChoice[] = [];
      m.attributes.forEach((other, b) => {
        if (b === a || !factColumn(m, b)) return;
        m.entities.forEach((_, i) => {
          if (i === e || isMark(cell(m, i, b)) || !distinct(cell(m, e, b), cell(m, i, b))) return;
          // Another entity's value the notes say of this one elsewhere is no wrong option
          // (コレオグラフィ recovers with compensating transactions too: it is a kind of saga).
          const own = entity.concept;
          if (own && !isYesNo(cell(m, i, b)) && !statementFitsNot(ctx, cell(m, i, b), own)) return;
          candidates.push({
            text: w.cellOption(other.label, display(m, i, b)),
            correct: false,
            truth: false,
            why: w.tableSays(nameOf(m, ctx.doc.language), entity.name, other.label, cell(m, e, b)),
            keys: [tableKey(m, i, b)],
          });
        });
      });
      const make = baseDraft(
        ctx,
        m,
        concept,
        'true-of-entity',
        'statement',
        w.trueOfEntity(nameOf(m, ctx.doc.language), entity.name),
        m.lines[e]?.[a] ?? m.links.table.line,
        [tableKey(m, e, a)],
        keyWhy(ctx, { m, e, a }),
      );
      const found = chooseOptions(
        key,
        candidates,
        make,
        { names: namesOf(concept) },
        {
          variants: 2,
          most: 2,
        },
      );
      const bold = m.bold[e]?.[a] ? 0.1 : 0;
      out.drafts.push(...found.drafts.map((d) => ({ ...d, quality: d.quality + bold })));
      out.rejected.push(...found.rejected);
    });
  });
  return out;
}

/** Three entities or more: an entity's value of an attribute among the others'. */
function entityValue(ctx: GenerationContext, m: TableMatrix): Chosen {
  const out: Chosen = { drafts: [], rejected: [] };
  if (m.entities.length < 3) return out;
  m.entities.forEach((entity, e) => {
    const concept = conceptOf(m, e);
    if (!concept) return;
    m.attributes.forEach((attr, a) => {
      const value = cell(m, e, a);
      if (!factColumn(m, a) || !value || isYesNo(value) || isQuantity(value)) return;
      if (saysNothing(value)) return;
      // A value said by another row's name (`on と同じ＋…`) is that row's value and more.
      if (m.entities.some((x, i) => i !== e && namesRow(value, x.name))) return;
      const others = m.entities
        .map((_, i) => i)
        .filter((i) => i !== e && distinct(value, cell(m, i, a)));
      if (others.length < m.entities.length - 1) return;
      const candidateRows = others.filter(
        (i) => !saidInRow(m, e, a, cell(m, i, a)) && !namesRow(cell(m, i, a), entity.name),
      );
      const key: DraftChoice = {
        text: display(m, e, a),
        correct: true,
        truth: true,
        why: null,
        keys: [tableKey(m, e, a)],
      };
      const candidates = candidateRows.map(
        (i): DraftChoice => ({
          text: display(m, i, a),
          correct: false,
          truth: false,
          why: ctx.wording.conceptIs(m.entities[i]?.name ?? '', cell(m, i, a)),
          keys: [tableKey(m, i, a)],
        }),
      );
      const make = baseDraft(
        ctx,
        m,
        concept,
        'value-of',
        'value',
        ctx.wording.valueOf(nameOf(m, ctx.doc.language), entity.name, attr.label),
        m.lines[e]?.[a] ?? m.links.table.line,
        [tableKey(m, e, a)],
        keyWhy(ctx, { m, e, a }),
      );
      const found = chooseOptions(
        key,
        candidates,
        make,
        { names: namesOf(concept) },
        {
          variants: 3,
          most: 2,
        },
      );
      out.drafts.push(...found.drafts);
      out.rejected.push(...found.rejected);
    });
  });
  return out;
}

/**
 * `names-a-row`: a wrong value that names the row asked about (`on と同じ＋読み取りも最新` for
 * `on`'s `クラッシュ時`) says it is another row's, and is ruled out without knowing anything; a
 * value that names another row is not asked (it is that row's value and more).
 */
function namesRow(value: string, name: string): boolean {
  const bare = withoutParenthesis(name).trim();
  if (bare === '') return false;
  return /^[\x20-\x7e]+$/.test(bare)
    ? holdsWholeWord(value.toLowerCase(), bare.toLowerCase())
    : value.includes(bare);
}

/** A value this short (`○`, `高`) is a mark, not a word another cell can say. */
const MIN_SAID_VALUE = 2;

/**
 * True when another cell of row `e` says `value` (a value of column `a`): asked for CPython's
 * `既定のGC`, `世代別` (V8's) is no wrong option when CPython's `特徴` reads `循環参照は別の世代別GCで
 * 回収する`; asked which row's `既定のGC` is `世代別`, Java is none when its `特徴` reads `世代別。…`
 * — an expert would argue for either from the row itself.
 */
function saidInRow(m: TableMatrix, e: number, a: number, value: string): boolean {
  const key = matchKey(withoutParenthesis(value));
  if ([...key].length < MIN_SAID_VALUE || isYesNo(value)) return false;
  // Said within a longer text of the row, not a mark of another column (`発生` / `防止`).
  return m.attributes.some((_, b) => {
    const other = matchKey(cell(m, e, b));
    return b !== a && other.length > key.length && other.includes(key);
  });
}

/** Rank of a which-has-both draft: above a one-cell look-up, which a reader finds at a glance. */
const BOTH_QUALITY = 1.2;
/**
 * How much lower a which-has-both set ranks when one of its two conditions rules out no wrong
 * option alone though the table has a row for that (`idle-condition`): readers of reading 27
 * found such a question one look-up with the real rival (Wi-Fi 6E) missing.
 */
const IDLE_CONDITION_COST = 0.5;

/**
 * Three entities or more: the one entity with a = x and b = y, where no single column tells it.
 * Every other entity differs from it in a or b by cells that can be told apart ({@link distinct}).
 */
function whichHasBoth(ctx: GenerationContext, m: TableMatrix): Chosen {
  const out: Chosen = { drafts: [], rejected: [] };
  if (m.entities.length < 3 || m.attributes.length < 2) return out;
  const unique = (e: number, a: number): boolean =>
    m.entities.every((_, i) => i === e || cellValue(cell(m, i, a)) !== cellValue(cell(m, e, a)));
  m.entities.forEach((entity, e) => {
    const concept = conceptOf(m, e);
    if (!concept) return;
    if (m.attributes.some((_, a) => unique(e, a))) return;
    for (let a = 0; a < m.attributes.length; a++)
      for (let b = a + 1; b < m.attributes.length; b++) {
        if (!factColumn(m, a) || !factColumn(m, b)) continue;
        // `overlap-fits-both`: a row whose cells cannot be told apart from the asked ones fits
        // too (`Milliseconds in the automatic tiers` has `Milliseconds`): it is no wrong option.
        const alike = (i: number, x: number) => !distinct(cell(m, i, x), cell(m, e, x));
        const fits = m.entities.map((_, i) => i).filter((i) => alike(i, a) && alike(i, b));
        if (fits.length !== 1) continue;
        if ([a, b].some((x) => !cell(m, e, x) || cellValue(cell(m, e, x)) === 'partly')) continue;
        const entityKey = `T:${m.links.table.line}:e${e}`;
        const key: DraftChoice = {
          text: entity.name,
          correct: true,
          truth: true,
          why: null,
          keys: [entityKey],
        };
        const lb = m.attributes[b]?.label ?? '';
        // `near-miss-first`: rows that meet one of the two conditions come first; each is the
        // wrong option only the other condition rules out.
        const nearMiss = (i: number): boolean => alike(i, a) || alike(i, b);
        const others = m.entities.map((x, i) => ({ x, i })).filter(({ i }) => i !== e);
        const candidates = [
          ...others.filter(({ i }) => nearMiss(i)),
          ...others.filter(({ i }) => !nearMiss(i)),
        ].map(
          ({ x, i }): DraftChoice => ({
            text: x.name,
            correct: false,
            truth: false,
            why: ctx.wording.andCell(why(ctx, { m, e: i, a }), lb, cell(m, i, b)),
            keys: [`T:${m.links.table.line}:e${i}`],
          }),
        );
        const make = baseDraft(
          ctx,
          m,
          concept,
          'which-has-both',
          'name',
          whichHasBothPrompt(ctx, m, e, a, b),
          m.lines[e]?.[a] ?? m.links.table.line,
          [entityKey],
          ctx.wording.andCell(why(ctx, { m, e, a }), lb, cell(m, e, b)),
        );
        const found = chooseOptions(
          key,
          candidates,
          make,
          { names: namesOf(concept) },
          {
            variants: 4,
            most: 2,
          },
        );
        // A condition no wrong option fails alone does no work (`「規格」が「802.11ax」、「6GHz」が×`
        // beside Wi-Fi 5 and Wi-Fi 4, both ruled out by the standard): the set is one look-up.
        const byName = new Map(others.map(({ x, i }) => [x.name, i]));
        // The conditions some row meets alone: each must rule out a wrong option of the set.
        const meetable = [a, b].filter((x) => others.some(({ i }) => alike(i, x)));
        const idle = (d: Draft): boolean => {
          const wrong = d.choices.flatMap((c) => {
            const i = c.correct ? undefined : byName.get(c.text);
            return i === undefined ? [] : [i];
          });
          return meetable.some((x) => !wrong.some((i) => alike(i, x)));
        };
        out.drafts.push(
          ...found.drafts.map((d) => ({
            ...d,
            quality: BOTH_QUALITY - (idle(d) ? IDLE_CONDITION_COST : 0),
          })),
        );
        out.rejected.push(...found.rejected);
        return;
      }
  });
  return out;
}

/** The stem of which-has-both: as conditions when either cell is a yes/no mark. */
function whichHasBothPrompt(
  ctx: GenerationContext,
  m: TableMatrix,
  e: number,
  a: number,
  b: number,
): string {
  const la = m.attributes[a]?.label ?? '';
  const lb = m.attributes[b]?.label ?? '';
  const ca = condition(la, cell(m, e, a), display(m, e, a));
  const cb = condition(lb, cell(m, e, b), display(m, e, b));
  return 'holds' in ca || 'holds' in cb
    ? ctx.wording.whichMeets(nameOf(m, ctx.doc.language), [ca, cb])
    : ctx.wording.whichHasBoth(
        nameOf(m, ctx.doc.language),
        la,
        display(m, e, a),
        lb,
        display(m, e, b),
      );
}

/** Endings of a row label that is a clause about the things compared, not a thing's name. */
const CLAUSE_ENDINGS = ['もの', 'こと', 'について', 'として', 'か'];

/** True when a row label ends as a clause ({@link CLAUSE_ENDINGS}): `言えること`, `…について`. */
function endsAsClause(label: string): boolean {
  const text = label.trim();
  return CLAUSE_ENDINGS.some((ending) => text.endsWith(ending) && text.length > ending.length);
}

/** Every table question of the document, by template. */
export function tableDrafts(ctx: GenerationContext): Chosen {
  const attrs = attributeIndex(ctx);
  const out: Chosen = { drafts: [], rejected: [] };
  for (const m of ctx.matrices) {
    // `clause-rows`: a table headed `観点` / `Aspect` whose rows are clauses (`確率的に扱うもの`,
    // `言えること` under `| 観点 | 95%信用区間 | 95%信頼区間 |`) has no rows to ask "which one has…"
    // of: the things it compares head its columns (`P波`, `PR間隔` are things, and stay).
    if (rowsAreAspects(m) && m.entities.some((e) => endsAsClause(e.name))) continue;
    for (const found of [
      whichHas(ctx, m, attrs),
      whichHasBoth(ctx, m),
      trueOfEntity(ctx, m),
      entityValue(ctx, m),
    ]) {
      out.drafts.push(...found.drafts);
      out.rejected.push(...found.rejected);
    }
  }
  return out;
}
