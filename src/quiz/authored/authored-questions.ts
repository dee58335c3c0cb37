/**
 * Hand-written questions become {@link Question}s of kind `authored`: each is tied to its concept
 * (named by `概念:`, else the concept whose section the questions sit in) and its source section,
 * gets an id from its content (the same question keeps its id when its options are reordered or
 * the notes around it change) and its options shuffled with the bank's seed. Pure.
 */
import { headingNames } from '../notes/heading-match.ts';
import { conceptIdOf } from '../notes/parse-notes.ts';
import { shortId } from '../text/hash.ts';
import { matchKey } from '../text/normalize.ts';
import { shuffled } from '../text/seeded-random.ts';
import type {
  AuthoredDraft,
  Choice,
  Concept,
  NotesDocument,
  NotesProblem,
  Question,
  Section,
  SourceRef,
} from '../types.ts';

/** The hand-written questions of every document, and what is wrong with them. */
export function authoredQuestions(
  documents: readonly NotesDocument[],
  seed: string,
): { questions: Question[]; problems: NotesProblem[] } {
  const questions: Question[] = [];
  const problems: NotesProblem[] = [];
  const allConcepts = documents.flatMap((d) => d.concepts);
  const firstLine = new Map<string, SourceRef>();
  for (const doc of documents) {
    const names = new ConceptNames(doc.concepts, allConcepts);
    for (const draft of doc.authored ?? []) {
      const topic = topicOf(draft, doc, names);
      if ('problem' in topic) {
        problems.push({ file: doc.file, line: topic.line, message: topic.problem });
        continue;
      }
      const source = sourceOf(draft, doc, topic);
      if ('problem' in source) {
        problems.push({ file: doc.file, line: source.line, message: source.problem });
        continue;
      }
      const question = toQuestion(draft, doc, topic, source, seed);
      const earlier = firstLine.get(question.id);
      if (earlier) {
        problems.push({
          file: doc.file,
          line: draft.line,
          message: `the same question as ${earlier.file}:${earlier.line}`,
        });
        continue;
      }
      firstLine.set(question.id, { file: doc.file, line: draft.line, section: null });
      questions.push(question);
    }
  }
  return { questions, problems };
}

/** What a question is about: a concept of a misconception table, or a section of the notes. */
interface Topic {
  id: string;
  name: string;
  concept: Concept | null;
  section: Section | null;
}

/** Concepts by the keys of their names and aliases: this document's first, then any file's. */
class ConceptNames {
  private readonly own: Map<string, Concept>;
  private readonly any: Map<string, Concept>;

  constructor(own: readonly Concept[], all: readonly Concept[]) {
    this.own = keyed(own);
    this.any = keyed(all);
  }

  find(name: string): Concept | null {
    const key = matchKey(name);
    return this.own.get(key) ?? this.any.get(key) ?? null;
  }
}

function keyed(concepts: readonly Concept[]): Map<string, Concept> {
  const map = new Map<string, Concept>();
  for (const c of concepts)
    for (const name of [c.name, ...c.aliases]) {
      const key = matchKey(name);
      if (key && !map.has(key)) map.set(key, c);
    }
  return map;
}

function topicOf(
  draft: AuthoredDraft,
  doc: NotesDocument,
  names: ConceptNames,
): Topic | { problem: string; line: number } {
  if (!draft.concept)
    return {
      line: draft.line,
      problem: 'name the concept the question is about: add "概念: NAME" / "Concept: NAME"',
    };
  const { name, line, given } = draft.concept;
  const concept = names.find(name) ?? conceptOwningSection(doc, name);
  if (concept) {
    const section = doc.sections.find((s) => s.heading === concept.section) ?? null;
    return { id: concept.id, name: concept.name, concept, section };
  }
  const section = given ? sectionNamed(doc, name) : null;
  if (section)
    return { id: conceptIdOf(section.heading), name: section.heading, concept: null, section };
  return given
    ? {
        line,
        problem: `unknown concept "${name}": name a concept of the misconception table or a heading of the notes`,
      }
    : {
        line,
        problem: `"${name}" is not a concept of the misconception table: add "概念: NAME" / "Concept: NAME" to the question`,
      };
}

/** The concept whose own section has this heading. */
function conceptOwningSection(doc: NotesDocument, heading: string): Concept | null {
  return doc.concepts.find((c) => c.section === heading) ?? null;
}

/** The first section whose heading (or one of its names) is `name`. */
function sectionNamed(doc: NotesDocument, name: string): Section | null {
  const key = matchKey(name);
  return doc.sections.find((s) => headingNames(s.heading).some((n) => matchKey(n) === key)) ?? null;
}

function sourceOf(
  draft: AuthoredDraft,
  doc: NotesDocument,
  topic: Topic,
): SourceRef | { problem: string; line: number } {
  if (draft.source) {
    const section = sectionNamed(doc, draft.source.heading);
    if (!section)
      return {
        line: draft.source.line,
        problem: `no heading "${draft.source.heading}" in this file to point to`,
      };
    return { file: doc.file, line: section.line, section: section.heading };
  }
  if (topic.section)
    return { file: doc.file, line: topic.section.line, section: topic.section.heading };
  return { file: doc.file, line: draft.line, section: null };
}

function toQuestion(
  draft: AuthoredDraft,
  doc: NotesDocument,
  topic: Topic,
  source: SourceRef,
  seed: string,
): Question {
  const key = draft.options.find((o) => o.key);
  const others = draft.options.filter((o) => !o.key).map((o) => o.text);
  const content = ['authored', topic.name, draft.stem, key?.text ?? '', ...others.sort()]
    .map(matchKey)
    .join('\u0001');
  const id = shortId(`question:${content}`);
  const choices: Choice[] = draft.options.map((o) => ({
    text: o.text,
    correct: o.key,
    why: o.why,
  }));
  return {
    id,
    conceptId: topic.id,
    conceptName: topic.name,
    kind: 'authored',
    asksFor: draft.asksFor,
    prompt: draft.stem,
    choices: shuffled(choices, `${seed}:${id}`),
    explanation: { why: draft.explanation ?? key?.why ?? null, notes: [], source },
    section: source.section,
    language: doc.language,
  };
}
