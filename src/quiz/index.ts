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
export { buildQuestionBank, DEFAULT_SEED, type BankOptions } from './bank.ts';
export { parseAliasFile, type AliasMap } from './aliases.ts';
export { parseNotes, type ParseNotesOptions } from './notes/parse-notes.ts';
export {
  conceptCard,
  conceptNames,
  findQuestion,
  lookupConcept,
  type CardComparison,
  type CardMisconception,
  type ConceptCard,
  type LookupResult,
  type MatchKind,
} from './lookup.ts';
export type * from './types.ts';
