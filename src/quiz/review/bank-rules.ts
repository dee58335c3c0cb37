/**
 * Bank rules (issue 11, items 1 and 3): every concept asked at least twice, few two-option
 * questions, no option set used twice, one fact asked once. Each rule shows an example. Pure;
 * linear in the number of questions (plus a sort).
 */
import type { ComparisonTable, Question } from '../types.ts';
import { compareKey } from './text-measures.ts';
import type { BankRule, Reason } from './types.ts';

/** Every concept of the misconception table gets at least this many questions. */
export const MIN_QUESTIONS_PER_CONCEPT = 2;
/** At most this share of the questions may have two options. */
export const MAX_TWO_OPTION_SHARE = 0.1;

/** 「ノンリピータブルリード」 with 0 questions — a row of the summary table nobody is asked about. */
const questionsPerConcept: BankRule = {
  name: 'questions-per-concept',
  description: `Every concept of the misconception table has at least ${MIN_QUESTIONS_PER_CONCEPT} questions.`,
  check(bank) {
    const ids = new Map<string, string[]>();
    for (const q of bank.questions) {
      const list = ids.get(q.conceptId);
      if (list) list.push(q.id);
      else ids.set(q.conceptId, [q.id]);
    }
    return bank.concepts.flatMap((concept): Reason[] => {
      const own = ids.get(concept.id) ?? [];
      const n = own.length;
      if (n >= MIN_QUESTIONS_PER_CONCEPT) return [];
      return [
        {
          rule: 'questions-per-concept',
          questionIds: own,
          message: `"${concept.name}" (${concept.source.file}:${concept.source.line}) has ${n} question${n === 1 ? '' : 's'}`,
          evidence: [concept.name],
        },
      ];
    });
  },
};

/** 21 of 72 questions with options `Docker Compose` / `Kubernetes` — a coin toss, 29 %. */
const twoOptionShare: BankRule = {
  name: 'two-option-share',
  description: `At most ${MAX_TWO_OPTION_SHARE * 100} % of the questions have two options.`,
  check(bank) {
    const two = bank.questions.filter((q) => q.choices.length === 2);
    const total = bank.questions.length;
    if (total === 0 || two.length <= MAX_TWO_OPTION_SHARE * total) return [];
    return [
      {
        rule: 'two-option-share',
        questionIds: two.map((q) => q.id),
        message: `${two.length} of ${total} questions (${Math.round((100 * two.length) / total)} %) have two options`,
        evidence: two.map((q) => q.choices.map((c) => c.text).join(' / ')),
      },
    ];
  },
};

/** The option set of a question, order and form ignored: `サイドカー|アダプター|アンバサダー`. */
export function optionSetKey(question: Question): string {
  return question.choices
    .map((c) => compareKey(c.text))
    .sort()
    .join('|');
}

/** Nine questions all offering `サイドカー` / `アンバサダー` / `アダプター`. */
const distinctOptionSets: BankRule = {
  name: 'distinct-option-sets',
  description: 'No two questions offer the same set of options.',
  check(bank) {
    const groups = new Map<string, Question[]>();
    for (const q of bank.questions) {
      const key = optionSetKey(q);
      const group = groups.get(key);
      if (group) group.push(q);
      else groups.set(key, [q]);
    }
    return [...groups.values()]
      .filter((group) => group.length > 1)
      .map((group) => ({
        rule: 'distinct-option-sets',
        questionIds: group.map((q) => q.id),
        message: `${group.length} questions share one option set`,
        evidence: [group[0]?.choices.map((c) => c.text).join(' / ') ?? ''],
      }));
  },
};

/** A table row a question is drawn from, and the columns it touches. */
interface TableCellRef {
  table: ComparisonTable;
  rowLine: number;
  /** Indexes of the entity columns the question involves (all of them for a two-entity table). */
  columns: number[];
}

/** The table each row line belongs to, for one notes file. */
function tablesByRowLine(tables: readonly ComparisonTable[]): Map<number, ComparisonTable> {
  const byLine = new Map<number, ComparisonTable>();
  for (const table of tables) for (const line of table.rowLines ?? []) byLine.set(line, table);
  return byLine;
}

/**
 * The row of a comparison table that a question cites, with the columns it mentions. `tables`
 * are those of the question's own notes file, by row line.
 */
function cellsOf(
  question: Question,
  tables: ReadonlyMap<number, ComparisonTable>,
): TableCellRef | null {
  const { line } = question.explanation.source;
  const table = tables.get(line);
  if (!table) return null;
  const entityColumns = table.header.map((_, i) => i).slice(1);
  if (entityColumns.length <= 2) return { table, rowLine: line, columns: entityColumns };
  const key = question.choices.find((c) => c.correct)?.text ?? '';
  const asked = compareKey(`${question.prompt} ${key}`);
  const named = entityColumns.filter((i) => {
    const header = compareKey(table.header[i] ?? '');
    return header !== '' && asked.includes(header);
  });
  return { table, rowLine: line, columns: named.length > 0 ? named : entityColumns };
}

/**
 * 「セルフヒーリングが ○ なのはどちら？」 and 「Docker Composeが × の項目はどれ？」 — one cell of a
 * two-column table asked from both sides. A question is tied to a table row by its source line;
 * in a table of two entities the whole row is one fact, in a wider matrix each entity column is.
 */
const oneFactOnce: BankRule = {
  name: 'one-fact-once',
  description: 'A fact of a comparison table is asked once, not from both sides of the comparison.',
  check(bank) {
    const reasons: Reason[] = [];
    const byFile = new Map(
      bank.documents.map((doc) => [doc.file, tablesByRowLine(doc.comparisons)]),
    );
    const seen = new Map<string, Question>();
    for (const q of bank.questions) {
      const file = q.explanation.source.file;
      const tables = byFile.get(file);
      const ref = tables ? cellsOf(q, tables) : null;
      if (!ref) continue;
      for (const column of ref.columns) {
        const cell = `${file}:${ref.table.line}:${ref.rowLine}:${column}`;
        const earlier = seen.get(cell);
        if (earlier && earlier.id !== q.id) {
          reasons.push({
            rule: 'one-fact-once',
            questionIds: [earlier.id, q.id],
            message: `two questions ask the fact of ${file}:${ref.rowLine} ("${ref.table.header[column] ?? ''}")`,
            evidence: [earlier.prompt, q.prompt],
          });
          break;
        }
        seen.set(cell, q);
      }
    }
    return reasons;
  },
};

/** The bank rules. */
export const BANK_RULES: readonly BankRule[] = [
  questionsPerConcept,
  twoOptionShare,
  distinctOptionSets,
  oneFactOnce,
];
