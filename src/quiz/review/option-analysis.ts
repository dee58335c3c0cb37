/**
 * What the rules measure of each option, computed once per question: several rules read the same
 * key, tokens, form or polarity, and an option of 1 MB should be read a few times, not dozens.
 * Cached per question object (a WeakMap) and per text (a bounded map), each measure computed on
 * first use. Pure.
 */

import { memoByText } from '../text/build-memo.ts';
import type { Choice, Question } from '../types.ts';
import { absoluteWords } from './absolute-words.ts';
import { type OptionForm, optionForm } from './option-form.ts';
import { type Polarity, polarity } from './polarity.ts';
import { compareKey, contentTokens, latinWords, lengthUnits } from './text-measures.ts';

/**
 * The measures of one text, each computed when first asked for and shared by every question the
 * text is an option of (the generator tries the same options in many sets). Read-only.
 */
class TextAnalysis {
  readonly text: string;
  #key?: string;
  #tokens?: Set<string>;
  #units?: number;
  #form?: OptionForm;
  #polarity?: Polarity;
  #coreTokens?: Set<string>;
  #absolutes?: string[];
  #words?: string;
  #clauseTexts?: string[];
  #clauses?: ClauseReading[];

  constructor(text: string) {
    this.text = text;
  }

  get key(): string {
    this.#key ??= compareKey(this.text);
    return this.#key;
  }
  get tokens(): Set<string> {
    this.#tokens ??= contentTokens(this.text);
    return this.#tokens;
  }
  get units(): number {
    this.#units ??= lengthUnits(this.text);
    return this.#units;
  }
  get form(): OptionForm {
    this.#form ??= optionForm(this.text);
    return this.#form;
  }
  get polarity(): Polarity {
    this.#polarity ??= polarity(this.text);
    return this.#polarity;
  }
  get coreTokens(): Set<string> {
    this.#coreTokens ??= contentTokens(this.polarity.core);
    return this.#coreTokens;
  }
  get absolutes(): string[] {
    this.#absolutes ??= absoluteWords(this.text);
    return this.#absolutes;
  }
  get spacedWords(): string {
    this.#words ??= ` ${latinWords(this.text).join(' ')} `;
    return this.#words;
  }
  get clauseTexts(): string[] {
    this.#clauseTexts ??= clausesOf(this.text);
    return this.#clauseTexts;
  }
  get clauses(): ClauseReading[] {
    this.#clauses ??= this.clauseTexts.map((clause) => {
      const p = polarity(clause);
      return { negative: p.negative, coreTokens: contentTokens(p.core) };
    });
    return this.#clauses;
  }
}

/** A clause of an option: whether it is negated, and the content tokens of what it says. */
export interface ClauseReading {
  negative: boolean;
  coreTokens: Set<string>;
}

/** Marks that end a clause of an option (`…no false negatives; cannot delete`). */
const CLAUSE_ENDS = new Set([';', '；', '。']);
/** An option is read in at most this many clauses (the rest is one clause). */
const MAX_CLAUSES = 6;

/** The clauses of a text, split at {@link CLAUSE_ENDS}; one pass. */
function clausesOf(text: string): string[] {
  const out: string[] = [];
  let from = 0;
  for (let i = 0; i < text.length && out.length < MAX_CLAUSES - 1; i++)
    if (CLAUSE_ENDS.has(text[i] ?? '')) {
      const clause = text.slice(from, i).trim();
      if (clause) out.push(clause);
      from = i + 1;
    }
  const rest = text.slice(from).trim();
  if (rest) out.push(rest);
  return out;
}

/** One analysis per text and build (the same options are reviewed in many sets). */
const textAnalysis = memoByText((text) => new TextAnalysis(text));

/** One option and its measures (each computed when first asked for, once per text). */
export class OptionAnalysis {
  readonly choice: Choice;
  readonly #t: TextAnalysis;

  constructor(choice: Choice) {
    this.choice = choice;
    this.#t = textAnalysis(choice.text);
  }

  get text(): string {
    return this.choice.text;
  }
  /** {@link compareKey} of the text. */
  get key(): string {
    return this.#t.key;
  }
  get tokens(): Set<string> {
    return this.#t.tokens;
  }
  get units(): number {
    return this.#t.units;
  }
  get form(): OptionForm {
    return this.#t.form;
  }
  get polarity(): Polarity {
    return this.#t.polarity;
  }
  /** Content tokens of the polarity core (the claim without its negation). */
  get coreTokens(): Set<string> {
    return this.#t.coreTokens;
  }
  get absolutes(): string[] {
    return this.#t.absolutes;
  }
  /** The Latin words joined by single spaces, padded: ` nat is a firewall `. */
  get spacedWords(): string {
    return this.#t.spacedWords;
  }
  /** Its clauses (split at `;` `；` `。`), each with its polarity and core tokens. */
  get clauses(): ClauseReading[] {
    return this.#t.clauses;
  }
  /**
   * How many {@link clauses} it has, without reading each one's polarity and tokens (most
   * options are one clause, and a rule on two clauses or more can stop there).
   */
  get clauseCount(): number {
    return this.#t.clauseTexts.length;
  }
}

const CACHE = new WeakMap<Question, OptionAnalysis[]>();

/** The analyses of a question's options, in option order. */
export function optionsOf(question: Question): OptionAnalysis[] {
  let analyses = CACHE.get(question);
  if (!analyses || analyses.length !== question.choices.length) {
    analyses = question.choices.map((choice) => new OptionAnalysis(choice));
    CACHE.set(question, analyses);
  }
  return analyses;
}
