/**
 * *Comparison*: facts of the comparison tables that name a concept. For a row of ○/× marks,
 * which column has the one ○ (Docker Compose / Kubernetes: セルフヒーリング → Kubernetes) and,
 * per column, which row is its × among ○ rows; for a row of text cells, the value of the
 * concept's column (ブローカーレスの結合度 → 密結合). Rows whose cells overlap (`HTTP/1.x or
 * HTTP/2` vs `HTTP/2`) or mix marks and text (`○` vs `△（要プロキシ）`) are skipped: they could be
 * argued both ways. Pure.
 */
import { markValue, type TableLinks } from '../facts/table-links.ts';
import type { Choice, Concept, NotesDocument, SourceRef } from '../types.ts';
import { type Wording, wordingFor } from '../wording.ts';
import { type Draft, MAX_OPTIONS } from './draft.ts';
import { explanation, sourceOf, splitChoices } from './explain.ts';
import { distinctTextCells } from './table-statements.ts';

const YES = '○';
const NO = '×';

export function comparisonDrafts(doc: NotesDocument, links: TableLinks): Draft[] {
  const { table } = links;
  if (
    table.header.length < 3 ||
    (links.columns.size === 0 && links.rows.size === 0 && !links.owner)
  )
    return [];
  const w = wordingFor(doc.language);
  const drafts: Draft[] = [];
  table.rows.forEach((row, r) => {
    const marks = row.slice(1).map(markValue);
    if (marks.every((m) => m !== null)) {
      const draft = markRowDraft(doc, links, r, marks, w);
      if (draft) drafts.push(draft);
    } else if (distinctTextCells(links, r)) {
      const draft = valueDraft(doc, links, r, w);
      if (draft) drafts.push(draft);
    }
  });
  for (let column = 1; column < table.header.length; column++)
    drafts.push(...markedRowDrafts(doc, links, column, w));
  return drafts;
}

/** The table row a question is drawn from, as a source. */
function tableSource(doc: NotesDocument, links: TableLinks, r: number): SourceRef {
  return {
    ...sourceOf(null, links.table.section, doc.file),
    line: links.table.rowLines?.[r] ?? links.table.line,
  };
}

function rowText(links: TableLinks, r: number, w: Wording): string {
  const row = links.table.rows[r] ?? [];
  const cells = links.table.header
    .slice(1)
    .map((h, i) => `${h}: ${row[i + 1] ?? ''}`)
    .join(' / ');
  return w.tableRow(links.title, `${row[0] ?? ''} — ${cells}`);
}

function base(
  doc: NotesDocument,
  links: TableLinks,
  concept: Concept,
): Pick<Draft, 'conceptId' | 'conceptName' | 'kind' | 'section' | 'language'> {
  return {
    conceptId: concept.id,
    conceptName: concept.name,
    kind: 'comparison',
    section: links.table.section,
    language: doc.language,
  };
}

/** Which column has the single ○ (or the single × among ○s) in row `r`. */
function markRowDraft(
  doc: NotesDocument,
  links: TableLinks,
  r: number,
  marks: ('yes' | 'no' | 'partly' | null)[],
  w: Wording,
): Draft | null {
  const yes = marks.filter((m) => m === 'yes').length;
  const no = marks.filter((m) => m === 'no').length;
  if (yes + no !== marks.length) return null;
  const wanted = yes === 1 ? 'yes' : no === 1 && marks.length >= 3 ? 'no' : null;
  if (!wanted) return null;
  const column = marks.indexOf(wanted) + 1;
  const row = links.table.rows[r] ?? [];
  const concept =
    links.rows.get(r) ?? links.columns.get(column) ?? [...links.columns.values()][0] ?? links.owner;
  if (!concept) return null;
  const mark = wanted === 'yes' ? YES : NO;
  const choices: Choice[] = links.table.header.slice(1).map((h, i) => ({
    text: h,
    correct: i + 1 === column,
    why: w.tableSays(links.title, h, row[0] ?? '', row[i + 1] ?? ''),
  }));
  return {
    ...base(doc, links, concept),
    prompt: w.whichHasMark(links.title, row[0] ?? '', mark),
    choices: [...choices.filter((c) => c.correct), ...choices.filter((c) => !c.correct)].slice(
      0,
      MAX_OPTIONS,
    ),
    twoColumnFact: links.table.header.length === 3,
    explain: (final) => {
      const { answer } = splitChoices(final);
      const about = links.rows.get(r) ?? null;
      return explanation({
        answer,
        concept: about,
        why: null,
        notes: [rowText(links, r, w)],
        source: tableSource(doc, links, r),
      });
    },
  };
}

/** The value of the concept's column (or the first column) in a row of text cells. */
function valueDraft(doc: NotesDocument, links: TableLinks, r: number, w: Wording): Draft | null {
  const row = links.table.rows[r] ?? [];
  const conceptColumns = [...links.columns.keys()].sort((a, b) => a - b);
  const column = conceptColumns[0] ?? 1;
  const concept = links.columns.get(column) ?? links.owner ?? links.rows.get(r);
  if (!concept) return null;
  const subject = links.table.header[column] ?? concept.name;
  const choices: Choice[] = row.slice(1).map((cell, i) => ({
    text: cell,
    correct: i + 1 === column,
    why: w.tableSays(links.title, links.table.header[i + 1] ?? '', row[0] ?? '', cell),
  }));
  return {
    ...base(doc, links, concept),
    prompt: w.valueOf(links.title, subject, row[0] ?? ''),
    choices: [...choices.filter((c) => c.correct), ...choices.filter((c) => !c.correct)].slice(
      0,
      MAX_OPTIONS,
    ),
    twoColumnFact: links.table.header.length === 3,
    explain: (final) => {
      const { answer } = splitChoices(final);
      return explanation({
        answer,
        concept,
        why: null,
        notes: [rowText(links, r, w)],
        source: tableSource(doc, links, r),
      });
    },
  };
}

/** For one column of a ○/× table: which row is its ×, among rows where it has ○. */
function markedRowDrafts(
  doc: NotesDocument,
  links: TableLinks,
  column: number,
  w: Wording,
): Draft[] {
  const concept = links.columns.get(column);
  if (!concept) return [];
  const rows = links.table.rows.map((row, r) => ({
    r,
    label: row[0] ?? '',
    mark: markValue(row[column] ?? ''),
  }));
  const noRows = rows.filter((x) => x.mark === 'no');
  const yesRows = rows.filter((x) => x.mark === 'yes');
  if (yesRows.length < 2) return [];
  const subject = links.table.header[column] ?? concept.name;
  return noRows.map((no) => ({
    ...base(doc, links, concept),
    prompt: w.whichRowMarked(links.title, subject, NO),
    choices: [
      { text: no.label, correct: true, why: w.tableSays(links.title, subject, no.label, NO) },
      ...yesRows.slice(0, MAX_OPTIONS - 1).map((yes) => ({
        text: yes.label,
        correct: false,
        why: w.tableSays(links.title, subject, yes.label, YES),
      })),
    ],
    explain: (final) => {
      const { answer } = splitChoices(final);
      return explanation({
        answer,
        concept: null,
        why: null,
        notes: [rowText(links, no.r, w)],
        source: tableSource(doc, links, no.r),
      });
    },
  }));
}
