/**
 * The shapes of the review stage: named rules that look at a finished question (item rules) or at
 * a whole bank (bank rules) and say what is wrong, with the evidence. Pure data.
 */
import type { Question, QuestionBank } from '../types.ts';

/** What a rule found: a sentence saying what is wrong, and the texts that show it. */
export interface Finding {
  message: string;
  /** The option texts, words or question ids the finding is about, verbatim. */
  evidence: string[];
}

/** A finding with the rule that made it and the questions it is about. */
export interface Reason extends Finding {
  /** The rule's {@link ItemRule.name} or {@link BankRule.name}. */
  rule: string;
  /** The questions concerned (one for an item rule; none when the bank lacks questions). */
  questionIds: string[];
}

/** What an item rule may know beyond the question itself. */
export interface ItemContext {
  /** Names the question's concept goes by (its name and aliases), for the name-clue rule. */
  conceptNames: readonly string[];
  /**
   * True when a two-option question may pass the option-count rule (a fact of a two-column
   * comparison, or a bank review where the share of two-option questions is a bank rule).
   */
  twoOptionsAllowed?: boolean;
}

/** A check of one finished question against one item-writing rule. */
export interface ItemRule {
  /** Kebab-case, stable: tests and `quizbot check` refer to rules by name. */
  name: string;
  /** One line: what a good question does. */
  description: string;
  check(question: Question, context: ItemContext): Finding | null;
}

/** A check of a whole bank (coverage, variety). */
export interface BankRule {
  name: string;
  description: string;
  check(bank: QuestionBank): Reason[];
}
