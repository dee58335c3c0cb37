/** Reads the shipped notes, the aliases file and the fixtures for the question-bank tests. */

import { readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { type AliasMap, parseAliasFile } from '../../src/quiz/aliases.ts';
import { type ConceptFacts, conceptFacts } from '../../src/quiz/facts/concept-facts.ts';
import type { Draft } from '../../src/quiz/generate/draft.ts';
import type { Concept, NotesDocument, NotesSource } from '../../src/quiz/types.ts';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..');

export const SHIPPED_NOTES = 'data/notes/microservices.ja.md';

export function readSource(relative: string): NotesSource {
  return { path: relative, text: readFileSync(path.join(ROOT, relative), 'utf8') };
}

export function shippedNotes(): NotesSource {
  return readSource(SHIPPED_NOTES);
}

export function fixture(name: string): NotesSource {
  return readSource(`test/fixtures/notes/${name}`);
}

export function shippedAliases(): AliasMap {
  const { aliases, problems } = parseAliasFile(
    readFileSync(path.join(ROOT, 'data/aliases.json'), 'utf8'),
    'data/aliases.json',
  );
  if (problems.length > 0) throw new Error(problems.map((p) => p.message).join('\n'));
  return aliases;
}

/** A notes source from inline text (lines joined with \n). */
export function inline(lines: readonly string[], file = 'inline.md'): NotesSource {
  return { path: file, text: lines.join('\n') };
}

/** The facts of the concept of `doc` called `name` (a test names concepts, not ids). */
export function factsNamed(doc: NotesDocument, name: string): ConceptFacts {
  const concept = doc.concepts.find((c) => c.name === name);
  if (!concept) throw new Error(`no concept ${name}`);
  return conceptFacts(doc, concept);
}

/**
 * A correct-about draft of statements about `conceptName`, the first choice its key: what an
 * option check reads (`no-name-echo` and its kin).
 */
export function statementDraft(
  conceptName: string,
  prompt: string,
  language: 'ja' | 'en',
  texts: readonly string[],
): Draft {
  return {
    template: 'correct-about',
    conceptId: 'c',
    conceptName,
    kind: 'correct-about',
    asksFor: 'correct',
    optionKind: 'statement',
    prompt,
    choices: texts.map((text, i) => ({
      text,
      correct: i === 0,
      truth: i === 0,
      why: null,
      keys: [text],
    })),
    section: null,
    language,
    why: null,
    notes: [],
    source: { file: 'x.md', line: 1, section: null },
    asks: [],
    quality: 1,
  };
}

/** A concept with only a name (and an id and line where a test needs them): no cells, no section. */
export function bareConcept(name: string, id = name, line = 1): Concept {
  return {
    id,
    name,
    correct: '',
    keyPhrases: [],
    misconceptions: [],
    section: null,
    aliases: [],
    source: { file: 'notes.md', line },
  };
}
