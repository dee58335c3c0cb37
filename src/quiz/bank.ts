/**
 * The question bank: notes in, concepts and questions out. Pure and deterministic — the same
 * notes and seed give the same questions, ids and option order; a question's id comes from its
 * concept, kind and content, so editing an unrelated row leaves it alone.
 */
import type { AliasMap } from './aliases.ts';
import { authoredQuestions } from './authored/authored-questions.ts';
import { conceptFacts } from './facts/concept-facts.ts';
import { tableLinks } from './facts/table-links.ts';
import { comparisonDrafts } from './generate/comparison.ts';
import { correctAboutDrafts } from './generate/correct-about.ts';
import { type Draft, finish } from './generate/draft.ts';
import { misconceptionAboutDrafts } from './generate/misconception-about.ts';
import { whichConceptDrafts } from './generate/which-concept.ts';
import { parseNotes } from './notes/parse-notes.ts';
import type {
  Concept,
  NotesDocument,
  NotesProblem,
  NotesSource,
  Question,
  QuestionBank,
  QuestionKind,
} from './types.ts';

/** Options of {@link buildQuestionBank}. */
export interface BankOptions {
  /** Seed of the option order (default {@link DEFAULT_SEED}). Ids do not depend on it. */
  seed?: string;
  /** Other names of concepts, e.g. parsed from `data/aliases.json` with `parseAliasFile`. */
  aliases?: AliasMap;
}

/**
 * Any string will do; this one spreads the correct options of the shipped notes over every
 * position (with only ~20 four-option questions, some seeds happen to leave one position empty).
 */
export const DEFAULT_SEED = 'quizbot-2';

const KIND_ORDER: readonly QuestionKind[] = [
  'correct-about',
  'which-concept',
  'misconception-about',
  'comparison',
];

/**
 * Builds the bank from notes files (their text: the caller reads them). Bad rows are left out
 * and reported in `problems` (the same messages as `quizbot check`); a concept defined in two
 * files is kept once.
 */
export function buildQuestionBank(
  sources: readonly NotesSource[],
  options: BankOptions = {},
): QuestionBank {
  const seed = options.seed ?? DEFAULT_SEED;
  const problems: NotesProblem[] = [];
  const seen = new Map<string, Concept>();
  const documents: NotesDocument[] = sources.map((source) => {
    const doc = parseNotes(source, { aliases: options.aliases });
    problems.push(...doc.problems);
    const concepts = doc.concepts.filter((concept) => {
      const earlier = seen.get(concept.id);
      if (!earlier) {
        seen.set(concept.id, concept);
        return true;
      }
      problems.push({
        file: doc.file,
        line: concept.source.line,
        message: `duplicate concept "${concept.name}" (first in ${earlier.source.file}:${earlier.source.line})`,
      });
      return false;
    });
    return { ...doc, concepts };
  });
  const questions: Question[] = [];
  const ids = new Map<string, Question>();
  for (const doc of documents) {
    for (const draft of orderedDrafts(doc)) {
      let question = finish(draft, seed);
      if (!question) continue;
      for (let salt = 1; question && clashes(ids.get(question.id), question); salt++)
        question = finish(draft, seed, salt);
      if (!question || ids.has(question.id)) continue;
      ids.set(question.id, question);
      questions.push(question);
    }
  }
  // Hand-written questions (issue 12 item 3): appended after the generated ones.
  const authored = authoredQuestions(documents, seed);
  problems.push(...authored.problems);
  for (const question of authored.questions) {
    if (ids.has(question.id)) continue;
    ids.set(question.id, question);
    questions.push(question);
  }
  return { documents, concepts: documents.flatMap((d) => d.concepts), questions, problems, seed };
}

/** Drafts of one document, grouped by concept in notes order, kinds in a fixed order. */
function orderedDrafts(doc: NotesDocument): Draft[] {
  const links = tableLinks(doc);
  const byConcept = new Map<string, Draft[]>(doc.concepts.map((c) => [c.id, []]));
  for (const concept of doc.concepts) {
    const facts = conceptFacts(doc, concept, links);
    byConcept
      .get(concept.id)
      ?.push(
        ...correctAboutDrafts(facts),
        ...whichConceptDrafts(facts),
        ...misconceptionAboutDrafts(facts),
      );
  }
  for (const table of links)
    for (const draft of comparisonDrafts(doc, table)) byConcept.get(draft.conceptId)?.push(draft);
  return [...byConcept.values()].flatMap((drafts) =>
    [...drafts].sort((a, b) => KIND_ORDER.indexOf(a.kind) - KIND_ORDER.indexOf(b.kind)),
  );
}

/** Two different questions with one id (the same question twice is not a clash). */
function clashes(existing: Question | undefined, question: Question): boolean {
  if (!existing) return false;
  const text = (q: Question): string =>
    JSON.stringify([q.kind, q.conceptId, q.prompt, q.choices.map((c) => c.text).sort()]);
  return text(existing) !== text(question);
}
