/**
 * Statements a bank shows in more than one question: a which-concept stem that is another
 * question's option, a true option that another question offers again. A player who meets the
 * statement the second time is asked a fact again (readers flag it `f`). Pure; linear in the bank.
 */
import { promptStem } from './review/explanation-faults.ts';
import { optionBody } from './review/labelled-options.ts';
import { matchKey } from './text/normalize.ts';
import { unquote } from './text/trim.ts';
import type { Question, QuestionKind } from './types.ts';

/** Kinds whose options are statements (read without the label a set across concepts puts first). */
const STATEMENT_KINDS: ReadonlySet<QuestionKind> = new Set([
  'correct-about',
  'misconception-about',
]);

/**
 * The statements a question shows, as match keys: a which-concept stem, or a statement kind's
 * options (each without its label). None for a table's look-ups, whose options are cells, nor for
 * a team's own questions.
 */
export function statementsShown(question: Question): string[] {
  if (question.kind === 'which-concept') return [matchKey(unquote(promptStem(question.prompt)))];
  if (!STATEMENT_KINDS.has(question.kind)) return [];
  return question.choices.map((c) => matchKey(optionBody(c.text) ?? c.text));
}

/** The ids of the questions that show a statement another question of `questions` shows too. */
export function repeatedStatementIds(questions: readonly Question[]): Set<string> {
  const shown = questions.map((q) => new Set(statementsShown(q).filter((s) => s !== '')));
  const count = new Map<string, number>();
  for (const statements of shown) for (const s of statements) count.set(s, (count.get(s) ?? 0) + 1);
  const out = new Set<string>();
  questions.forEach((q, i) => {
    for (const s of shown[i] ?? []) if ((count.get(s) ?? 0) > 1) out.add(q.id);
  });
  return out;
}
