/**
 * `/quiz lookup TERM`, autocomplete and `/quiz explain ID` look-ups over a question bank. Pure.
 *
 * A term matches a concept when, after dropping invisible characters (zero-width spaces, joiners),
 * NFKC (full-width → half-width), lower-casing, katakana → hiragana and dropping spaces and
 * punctuation, it equals the concept's name or one of its aliases (`grpc`, `ｇＲＰＣ`, `さーが` →
 * サーガ, `saga` → サーガ), or is part of exactly one concept's name (`メッシュ` →
 * サービスメッシュ). A part that would turn the name's meaning around is only suggested: `broker`
 * is not ブローカーレス ("broker-less"). Sections of the notes are found too, by their heading or a
 * part of it (`2PC` → 「2PC（Two-Phase Commit / 分散トランザクション）」, `API Gateway`,
 * `Protocol Buffer`), and a question id finds its concept.
 */
import { conceptFacts } from './facts/concept-facts.ts';
import { aboutAnother } from './facts/mentions.ts';
import { tableLinks } from './facts/table-links.ts';
import { fuzzy, partialMatches } from './lookup-match.ts';
import { type SectionEntry, sectionEntries } from './lookup-sections.ts';
import { displayAliases, tidyCorrection, withoutRepeats } from './lookup-text.ts';
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

/** A labelled list of a section (`機能：` + bullets), as the notes write it. */
export interface CardList {
  label: string;
  items: string[];
}

/**
 * What `/quiz lookup` shows: a concept of the summary table (`kind: 'concept'`), or a section of
 * the notes that is not one (`kind: 'section'`: 2PC, API Gateway). Text is in the notes' language.
 */
export interface ConceptCard {
  kind: 'concept' | 'section';
  /** The concept (for "quiz me"); null for a section card. */
  conceptId: string | null;
  name: string;
  /** Other names worth showing beside the name: no repeats, none that nests the name. */
  aliases: string[];
  /** A concept's correct understanding; a section's opening sentence (may be empty). */
  correct: string;
  keyPhrases: string[];
  /** The row's misconceptions first, then the section's other × bullets / denied points. */
  misconceptions: CardMisconception[];
  /** ポイント / Point lines that do not repeat a misconception shown above. */
  keyPoints: string[];
  /** A section card's labelled lists (特徴, 機能…); empty on a concept card. */
  lists: CardList[];
  comparisons: CardComparison[];
  /** A section card's concepts: the summary-table rows whose section it is. */
  related: string[];
  /** Ids of the questions about the concept (for `/quiz explain ID`). */
  questionIds: string[];
  /** Heading of the section, null when none was found. */
  section: string | null;
  source: { file: string; line: number };
  language: 'ja' | 'en';
}

/** How a term matched. */
export type MatchKind = 'name' | 'alias' | 'partial' | 'section' | 'id';

/** The answer of {@link lookupConcept}. `concept` is null for a section that is not a concept. */
export type LookupResult =
  | { found: true; concept: Concept | null; card: ConceptCard; matchedBy: MatchKind }
  | { found: false; term: string; suggestions: string[] };

const MAX_SUGGESTIONS = 3;
const AUTOCOMPLETE_LIMIT = 25;
/** A term longer than this is no name in any notes (keeps the fuzzy match bounded). */
const MAX_TERM_LENGTH = 200;

/** Zero-width spaces and joiners, BOM, soft hyphen, bidi marks, variation selectors. */
const INVISIBLE = /\p{Cf}|[\u{FE00}-\u{FE0F}]/gu;

/** The term as typed, without invisible characters and surrounding space. */
export function cleanTerm(term: string): string {
  return term.replace(INVISIBLE, '').trim();
}

/**
 * Looks a term up. `found: true` gives the card (and the concept, unless the term named a section
 * that is none); `found: false` gives up to three names to suggest ("did you mean"), best first —
 * empty when nothing is close.
 */
export function lookupConcept(bank: QuestionBank, typed: string): LookupResult {
  const term = cleanTerm(typed);
  const key = term.length > MAX_TERM_LENGTH ? '' : matchKey(term);
  if (!key) return { found: false, term: typed, suggestions: [] };
  for (const concept of bank.concepts) {
    if (matchKey(concept.name) === key) return found(bank, concept, 'name');
  }
  for (const concept of bank.concepts) {
    if (concept.aliases.some((a) => matchKey(a) === key)) return found(bank, concept, 'alias');
  }
  const sections = sectionEntries(bank);
  const bySection = sections.find((s) => s.keys.includes(key));
  if (bySection) return foundSection(bank, bySection, 'section');
  const question = findQuestion(bank, term);
  if (question) {
    const concept = bank.concepts.find((c) => c.id === question.conceptId);
    if (concept) return found(bank, concept, 'id');
  }
  const partial = partialMatches(bank.concepts, term);
  if (partial.accepted.length === 1 && partial.accepted[0])
    return found(bank, partial.accepted[0], 'partial');
  const partialSections = partialMatches(
    sections.filter((s) => !s.comparison && !partial.turned.some((c) => c.section === s.heading)),
    term,
  );
  if (partial.accepted.length === 0 && partialSections.accepted.length === 1) {
    const entry = sections.find((s) => s.id === partialSections.accepted[0]?.id);
    if (entry) return foundSection(bank, entry, 'partial');
  }
  const conceptsOfSections = bank.concepts.filter(
    (c) => c.section !== null && matchKey(c.section).includes(key),
  );
  const suggestions = [
    ...partial.accepted.map((c) => c.name),
    ...partial.turned.map((c) => c.name),
    ...conceptsOfSections.map((c) => c.name),
    ...partialSections.accepted.map((c) => c.name),
    ...fuzzy(bank.concepts, key),
    ...fuzzy(sections, key),
  ];
  return { found: false, term: typed, suggestions: unique(suggestions).slice(0, MAX_SUGGESTIONS) };
}

/**
 * Concept names for autocomplete (Discord allows 25): all of them, in notes order, for an empty
 * input; else those whose name or alias starts with, then contains, what was typed.
 */
export function conceptNames(bank: QuestionBank, typed = '', limit = AUTOCOMPLETE_LIMIT): string[] {
  const key = matchKey(cleanTerm(typed));
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
  const typed = cleanTerm(id);
  const wanted = canonicalId(typed);
  return bank.questions.find((q) => q.id === wanted || q.id === typed);
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
    correction: tidyCorrection(w.text, w.why),
  }));
  const keyPoints = (facts.section?.points ?? []).filter(
    (p) => !(facts.host && aboutAnother(p, concept, doc.concepts)),
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
    kind: 'concept',
    conceptId: concept.id,
    name: concept.name,
    aliases: displayAliases(concept.name, concept.aliases),
    correct: concept.correct,
    keyPhrases: concept.keyPhrases,
    misconceptions,
    keyPoints: withoutRepeats(
      keyPoints,
      misconceptions.map((x) => x.text),
    ),
    lists: [],
    comparisons,
    related: [],
    questionIds: bank.questions.filter((q) => q.conceptId === concept.id).map((q) => q.id),
    section: concept.section,
    // Where to read more: the concept's section when it has one, else its row of the table.
    source: facts.section ? { file: doc.file, line: facts.section.line } : concept.source,
    language: doc.language,
  };
}

/** Labels of lists a card shows in their own fields already (points, misconceptions). */
const OWN_FIELD_LABELS = new Set([
  'ポイント',
  'point',
  'points',
  'よくある誤解',
  'common misconceptions',
]);

function foundSection(bank: QuestionBank, entry: SectionEntry, matchedBy: MatchKind): LookupResult {
  // A section named after a concept (or its alias) is that concept: its card says more.
  const owner = bank.concepts.find(
    (c) =>
      c.section === entry.heading &&
      [c.name, ...c.aliases].some((n) => entry.keys.includes(matchKey(n))),
  );
  if (owner) return found(bank, owner, matchedBy);
  return { found: true, concept: null, card: sectionCard(bank, entry), matchedBy };
}

function sectionCard(bank: QuestionBank, entry: SectionEntry): ConceptCard {
  const { data, document } = entry;
  const misconceptions = data.misconceptions.map((b) => ({
    text: b.statement,
    correction: tidyCorrection(b.statement, b.correction),
  }));
  const lists = (data.lists ?? [])
    .filter((l) => l.items.length > 0 && !OWN_FIELD_LABELS.has(l.label.toLowerCase()))
    .map((l) => ({ label: l.label, items: l.items.map((i) => i.text) }));
  const comparisons = document.comparisons
    .filter((t) => t.section === entry.heading)
    .flatMap((t) => t.rows.map((row) => ({ table: entry.heading, header: t.header, row })));
  return {
    kind: 'section',
    conceptId: null,
    name: entry.name,
    aliases: displayAliases(entry.name, entry.aliases),
    correct: data.intro ?? '',
    keyPhrases: [],
    misconceptions,
    keyPoints: withoutRepeats(
      data.points,
      misconceptions.map((x) => x.text),
    ),
    lists,
    comparisons,
    related: bank.concepts.filter((c) => c.section === entry.heading).map((c) => c.name),
    questionIds: [],
    section: entry.heading,
    source: { file: document.file, line: data.line },
    language: document.language,
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
