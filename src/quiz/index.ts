/**
 * The question bank's public face. Everything here is pure: the caller reads the notes (and the
 * optional aliases file) and hands over their text.
 *
 * ```ts
 * const bank = buildQuestionBank([{ path, text }], { seed, aliases });
 * lookupConcept(bank, 'さーが');      // → サーガ and its card
 * findQuestion(bank, '7K2M9QXA');    // → the question, forgiving case
 * conceptNames(bank, 'サービス');     // → autocomplete
 * ```
 */

export { type AliasMap, parseAliasFile } from './aliases.ts';
export { type BankOptions, buildQuestionBank, DEFAULT_SEED } from './bank.ts';
export {
  type CardComparison,
  type CardMisconception,
  type ConceptCard,
  conceptCard,
  conceptNames,
  findQuestion,
  type LookupResult,
  lookupConcept,
  type MatchKind,
} from './lookup.ts';
export { type ParseNotesOptions, parseNotes } from './notes/parse-notes.ts';
export type * from './types.ts';
