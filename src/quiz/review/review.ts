/**
 * The review stage of the question pipeline: every item rule on a question, every bank rule on a
 * bank, each answer a list of reasons naming the rule and the evidence. Pure.
 *
 * ```ts
 * reviewQuestion(question, { conceptNames: ['サーガ', 'SAGA'] });
 * // → [{ rule: 'absolute-words-balanced', questionIds: ['dse3xy77'],
 * //      message: 'absolute words appear only in false statements', evidence: ['個別操作のみ [のみ]'] }]
 * reviewBank(bank);          // bank rules: coverage, two-option share, option sets, one fact once
 * reviewBankQuestions(bank); // item rules on every question of the bank
 * ```
 */
import type { Concept, Question, QuestionBank } from '../types.ts';
import { BANK_RULES } from './bank-rules.ts';
import { OPTION_RULES } from './option-rules.ts';
import { TEXT_RULES } from './text-rules.ts';
import type { BankRule, ItemContext, ItemRule, Reason } from './types.ts';

export type { BankRule, Finding, ItemContext, ItemRule, Reason } from './types.ts';

/** Every item rule, options first, then text and feedback. */
export const ITEM_RULES: readonly ItemRule[] = [...OPTION_RULES, ...TEXT_RULES];

export { BANK_RULES };

/** The reasons a question breaks item rules (empty when it breaks none). */
export function reviewQuestion(
  question: Question,
  context: ItemContext,
  rules: readonly ItemRule[] = ITEM_RULES,
): Reason[] {
  const reasons: Reason[] = [];
  for (const rule of rules) {
    const finding = rule.check(question, context);
    if (finding) reasons.push({ rule: rule.name, questionIds: [question.id], ...finding });
  }
  return reasons;
}

/** The reasons a bank breaks bank rules (coverage and variety). */
export function reviewBank(bank: QuestionBank, rules: readonly BankRule[] = BANK_RULES): Reason[] {
  return rules.flatMap((rule) => rule.check(bank));
}

/**
 * The context of a question inside a bank: its concept's name and aliases. Two-option questions
 * pass the option-count rule here, because the bank rule `two-option-share` limits their share.
 */
export function itemContext(bank: QuestionBank, question: Question): ItemContext {
  return contextFrom(
    bank.concepts.find((c) => c.id === question.conceptId),
    question,
  );
}

function contextFrom(concept: Concept | undefined, question: Question): ItemContext {
  return {
    conceptNames: concept ? [concept.name, ...concept.aliases] : [question.conceptName],
    twoOptionsAllowed: true,
  };
}

/** Item rules on every question of a bank, in bank order (linear: concepts looked up by id). */
export function reviewBankQuestions(
  bank: QuestionBank,
  rules: readonly ItemRule[] = ITEM_RULES,
): Reason[] {
  const concepts = new Map(bank.concepts.map((c) => [c.id, c]));
  return bank.questions.flatMap((q) =>
    reviewQuestion(q, contextFrom(concepts.get(q.conceptId), q), rules),
  );
}
