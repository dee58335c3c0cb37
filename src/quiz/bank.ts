/**
 * The question bank: notes in, concepts and questions out. Pure and deterministic — the same
 * notes and seed give the same questions, ids and option order; a question's id comes from its
 * concept, kind and content, so editing an unrelated row leaves it alone.
 *
 * The pipeline (see docs in README, "How questions are made"): notes → facts (true and false
 * statements with their evidence) → drafts from templates → review (every item rule; a draft that
 * fails is dropped and the reason kept) → assembly (one question per fact, no shared option sets,
 * every concept covered, kinds and option counts varied).
 */
import type { AliasMap } from './aliases.ts';
import { authoredQuestions } from './authored/authored-questions.ts';
import { documentQuestions } from './generate/document-questions.ts';
import { type Draft, finish } from './generate/draft.ts';
import { draftCue } from './generate/draft-memo.ts';
import { parseNotes } from './notes/parse-notes.ts';
import { reviewDraft } from './review-gate.ts';
import { withBuildMemos } from './text/build-memo.ts';

import { hash53 } from './text/hash.ts';
import { shuffled } from './text/seeded-random.ts';
import type {
  Concept,
  ConceptCoverage,
  NotesDocument,
  NotesProblem,
  NotesSource,
  Question,
  QuestionBank,
} from './types.ts';

/** Options of {@link buildQuestionBank}. */
export interface BankOptions {
  /** Seed of the option order (default {@link DEFAULT_SEED}). Ids do not depend on it. */
  seed?: string;
  /** Other names of concepts, e.g. parsed from `data/aliases.json` with `parseAliasFile`. */
  aliases?: AliasMap;
}

/** Any string will do; this one spreads the keys of the shipped notes over every position. */
export const DEFAULT_SEED = 'quizbot-2';

/**
 * Builds the bank from notes files (their text: the caller reads them). Bad rows are left out
 * and reported in `problems` (the same messages as `quizbot check`); a concept defined in two
 * files is kept once.
 */
export function buildQuestionBank(
  sources: readonly NotesSource[],
  options: BankOptions = {},
): QuestionBank {
  return withBuildMemos(() => buildBank(sources, options));
}

/** {@link buildQuestionBank} inside its build's memos. */
function buildBank(sources: readonly NotesSource[], options: BankOptions): QuestionBank {
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
  const coverage: ConceptCoverage[] = [];
  const ids = new Map<string, Question>();
  const drafts: Draft[] = [];
  for (const doc of documents) {
    const built = documentQuestions(doc, (draft) => reviewDraft(draft, seed, doc));
    coverage.push(...built.coverage);
    drafts.push(...built.drafts);
  }
  const positions = keyPositions(drafts, seed);
  drafts.forEach((draft, i) => {
    addQuestion(draft, seed, ids, questions, positions[i]);
  });
  // Hand-written questions (issue 12 item 3): appended after the generated ones.
  const authored = authoredQuestions(documents, seed);
  problems.push(...authored.problems);
  for (const question of authored.questions) {
    if (ids.has(question.id)) continue;
    ids.set(question.id, question);
    questions.push(question);
  }
  return {
    documents,
    concepts: documents.flatMap((d) => d.concepts),
    questions,
    problems,
    coverage,
    seed,
  };
}

/** Finishes a draft into the bank, salting its id in the rare case another question has it. */
function addQuestion(
  draft: Draft,
  seed: string,
  ids: Map<string, Question>,
  questions: Question[],
  keyAt: number | undefined,
): void {
  let question = finish(draft, seed, 0, keyAt);
  for (let salt = 1; clashes(ids.get(question.id), question); salt++)
    question = finish(draft, seed, salt, keyAt);
  if (ids.has(question.id)) return;
  ids.set(question.id, question);
  questions.push(question);
}

/**
 * Where each question's key goes: among questions with the same number of options, every
 * position equally often (in an order drawn from the seed), so that no position gives the key
 * away — not even by chance in a small bank. Questions where no surface cue points anywhere are
 * counted apart: a reader with nothing to go on picks by position, and finds the key there no
 * more often than chance.
 */
function keyPositions(drafts: readonly Draft[], seed: string): number[] {
  const out: number[] = new Array(drafts.length).fill(0);
  const bySize = new Map<string, number[]>();
  drafts.forEach((d, i) => {
    const cued = draftCue(d);
    const group = `${d.choices.length}:${cued ? 'cued' : 'plain'}`;
    const list = bySize.get(group) ?? [];
    list.push(i);
    bySize.set(group, list);
  });
  for (const [group, list] of bySize) {
    const size = Number(group.split(':')[0]);
    const rank = new Map(list.map((i) => [i, hash53(`${seed}:${draftKey(drafts[i])}`)]));
    const order = [...list].sort((a, b) => (rank.get(a) ?? 0) - (rank.get(b) ?? 0));
    const cycle = shuffled(
      Array.from({ length: size }, (_, p) => p),
      `${seed}:positions:${size}`,
    );
    order.forEach((index, n) => {
      out[index] = cycle[n % size] ?? 0;
    });
  }
  return out;
}

/** What tells a draft apart from the others (its prompt and options), for ordering. */
function draftKey(draft: Draft | undefined): string {
  return draft ? `${draft.prompt}\u0001${draft.choices.map((c) => c.text).join('\u0001')}` : '';
}

/** Two different questions with one id (the same question twice is not a clash). */
function clashes(existing: Question | undefined, question: Question): boolean {
  if (!existing) return false;
  const text = (q: Question): string =>
    JSON.stringify([q.kind, q.conceptId, q.prompt, q.choices.map((c) => c.text).sort()]);
  return text(existing) !== text(question);
}
