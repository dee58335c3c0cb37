/**
 * `/quiz lookup TERM`, autocomplete and `/quiz explain ID` look-ups over a question bank. Pure.
 *
 * A term matches a concept when, after NFKC (full-width → half-width), lower-casing, katakana →
 * hiragana and dropping spaces and punctuation, it equals the concept's name or one of its
 * aliases (`grpc`, `ｇＲＰＣ`, `さーが` → サーガ, `saga` → サーガ), or is part of exactly one
 * concept's name (`メッシュ` → サービスメッシュ). A part that would turn the name's meaning
 * around is only suggested: `broker` / `ブローカー` is not ブローカーレス ("broker-less").
 */
import { conceptFacts } from './facts/concept-facts.ts';
import { aboutAnother } from './facts/mentions.ts';
import { tableLinks } from './facts/table-links.ts';
import { fuzzy, partialMatches } from './lookup-match.ts';
import { canonicalId } from './text/hash.ts';
import { matchKey } from './text/normalize.ts';
import type { Concept, NotesDocument, Question, QuestionBank } from './types.ts';

/** A misconception about the concept and what the notes say instead. */
export interface CardMisconception {
  /** The misconception, written out where the notes allow (`中継` → `外部接続を中継`). */
  text: string;
  /** The notes' correction (or where the statement belongs), null when they say nothing more. */
  correction: string | null;
}

/** A row of a comparison table that concerns the concept. */
export interface CardComparison {
  /** Heading of the section the table sits in (or its columns). */
  table: string;
  header: string[];
  row: string[];
}

/** What `/quiz lookup` shows about a concept. Text is in the notes' language. */
export interface ConceptCard {
  conceptId: string;
  name: string;
  aliases: string[];
  /** The correct understanding (plain text) and its bold key phrases. */
  correct: string;
  keyPhrases: string[];
  /** The row's misconceptions first, then the section's other × bullets / denied points. */
  misconceptions: CardMisconception[];
  /** ポイント / Point lines of the concept's section. */
  keyPoints: string[];
  comparisons: CardComparison[];
  /** Ids of the questions about the concept (for `/quiz explain ID`). */
  questionIds: string[];
  /** Heading of the concept's section, null when none was found. */
  section: string | null;
  source: { file: string; line: number };
  language: 'ja' | 'en';
}

/** How a term matched. */
export type MatchKind = 'name' | 'alias' | 'partial';

/** The answer of {@link lookupConcept}. */
export type LookupResult =
  | { found: true; concept: Concept; card: ConceptCard; matchedBy: MatchKind }
  | { found: false; term: string; suggestions: string[] };

const MAX_SUGGESTIONS = 3;
const AUTOCOMPLETE_LIMIT = 25;

/**
 * Looks a term up. `found: true` gives the concept and its card; `found: false` gives up to three
 * concept names to suggest ("did you mean"), best first — empty when nothing is close.
 */
export function lookupConcept(bank: QuestionBank, term: string): LookupResult {
  const key = matchKey(term);
  if (!key) return { found: false, term, suggestions: [] };
  for (const concept of bank.concepts) {
    if (matchKey(concept.name) === key) return found(bank, concept, 'name');
  }
  for (const concept of bank.concepts) {
    if (concept.aliases.some((a) => matchKey(a) === key)) return found(bank, concept, 'alias');
  }
  const partial = partialMatches(bank.concepts, term);
  if (partial.accepted.length === 1 && partial.accepted[0])
    return found(bank, partial.accepted[0], 'partial');
  const bySection = bank.concepts.filter(
    (c) => c.section !== null && matchKey(c.section).includes(key),
  );
  const suggestions = [...partial.accepted, ...partial.turned, ...bySection].map((c) => c.name);
  const names = unique([...suggestions, ...fuzzy(bank.concepts, key)]);
  return { found: false, term, suggestions: names.slice(0, MAX_SUGGESTIONS) };
}

/**
 * Concept names for autocomplete (Discord allows 25): all of them, in notes order, for an empty
 * input; else those whose name or alias starts with, then contains, what was typed.
 */
export function conceptNames(bank: QuestionBank, typed = '', limit = AUTOCOMPLETE_LIMIT): string[] {
  const key = matchKey(typed);
  if (!key) return bank.concepts.slice(0, limit).map((c) => c.name);
  const keysOf = (c: Concept): string[] => [c.name, ...c.aliases].map(matchKey);
  const starts = bank.concepts.filter((c) => keysOf(c).some((k) => k.startsWith(key)));
  const contains = bank.concepts.filter(
    (c) => !starts.includes(c) && keysOf(c).some((k) => k.includes(key)),
  );
  return [...starts, ...contains].slice(0, limit).map((c) => c.name);
}

/** The question with this id, forgiving case, full-width input, `#`/brackets and o/0, l/1 mix-ups. */
export function findQuestion(bank: QuestionBank, id: string): Question | undefined {
  const wanted = canonicalId(id);
  return bank.questions.find((q) => q.id === wanted || q.id === id.trim());
}

function found(bank: QuestionBank, concept: Concept, matchedBy: MatchKind): LookupResult {
  return { found: true, concept, card: conceptCard(bank, concept), matchedBy };
}

/** The card of a concept of the bank. */
export function conceptCard(bank: QuestionBank, concept: Concept): ConceptCard {
  const doc = documentOf(bank, concept);
  const facts = conceptFacts(doc, concept, tableLinks(doc));
  const misconceptions = [...facts.rowWrongs, ...facts.extraWrongs].map((w) => ({
    text: w.text,
    correction: w.why,
  }));
  const keyPoints = (facts.section?.points ?? []).filter(
    (p) => !facts.host || !aboutAnother(p, concept, doc.concepts),
  );
  const comparisons: CardComparison[] = [];
  for (const links of facts.tables) {
    const whole =
      links.owner?.id === concept.id ||
      [...links.columns.values()].some((c) => c.id === concept.id);
    links.table.rows.forEach((row, r) => {
      if (whole || links.rows.get(r)?.id === concept.id)
        comparisons.push({ table: links.title, header: links.table.header, row });
    });
  }
  return {
    conceptId: concept.id,
    name: concept.name,
    aliases: concept.aliases,
    correct: concept.correct,
    keyPhrases: concept.keyPhrases,
    misconceptions,
    keyPoints,
    comparisons,
    questionIds: bank.questions.filter((q) => q.conceptId === concept.id).map((q) => q.id),
    section: concept.section,
    source: concept.source,
    language: doc.language,
  };
}

function documentOf(bank: QuestionBank, concept: Concept): NotesDocument {
  const doc = bank.documents.find((d) => d.concepts.some((c) => c.id === concept.id));
  if (!doc) throw new Error(`concept ${concept.id} is not in the bank's documents`);
  return doc;
}

function unique(names: readonly string[]): string[] {
  return [...new Set(names)];
}
