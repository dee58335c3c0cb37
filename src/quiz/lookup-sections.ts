/**
 * The sections of the notes as the look-up sees them: each found by its whole heading, the main
 * part of it and each name in its closing brackets (`2PC（Two-Phase Commit / 分散トランザクション）`
 * → `2PC`, `Two-Phase Commit`, `分散トランザクション`), shaped like a concept so the same
 * matchers (partial words, typos) apply. Pure.
 */
import { matchKey } from './text/normalize.ts';
import type { Concept, NotesDocument, QuestionBank, Section } from './types.ts';

/** A section of the notes, as the look-up sees it. */
export interface SectionEntry extends Concept {
  heading: string;
  /** Match keys of the whole heading, its main part and each part in brackets. */
  keys: string[];
  /** `A vs B`: about two things, so never the answer to a part of a name. */
  comparison: boolean;
  section: string;
  document: NotesDocument;
  data: Section;
}

const CLOSING = [')', '）'];
const OPENING = ['(', '（'];
const PART_SEPARATORS = /[/／,、]/u;
const COMPARISON_HEADING = /\s(?:vs\.?|versus|対)\s/iu;

/** `2PC（Two-Phase Commit / 分散トランザクション）` → `2PC` and `Two-Phase Commit`, `分散トランザクション`. */
export function headingParts(heading: string): { main: string; parts: string[] } {
  const text = heading.trim();
  if (!CLOSING.includes(text.slice(-1))) return { main: text, parts: [] };
  const open = Math.max(...OPENING.map((o) => text.lastIndexOf(o)));
  const main = open > 0 ? text.slice(0, open).trim() : '';
  if (main === '') return { main: text, parts: [] };
  const parts = text
    .slice(open + 1, -1)
    .split(PART_SEPARATORS)
    .map((p) => p.trim())
    .filter(Boolean);
  return { main, parts };
}

const cache = new WeakMap<QuestionBank, SectionEntry[]>();

/** Every section of the bank's documents, with the keys it is found by (kept per bank). */
export function sectionEntries(bank: QuestionBank): SectionEntry[] {
  const known = cache.get(bank);
  if (known) return known;
  const entries = bank.documents.flatMap((document) =>
    document.sections.map((data, i): SectionEntry => {
      const { main, parts } = headingParts(data.heading);
      const keys = [...new Set([data.heading, main, ...parts].map(matchKey).filter(Boolean))];
      return {
        id: `section:${document.file}:${i}`,
        name: main,
        aliases: parts,
        correct: '',
        keyPhrases: [],
        misconceptions: [],
        section: data.heading,
        source: { file: document.file, line: data.line },
        heading: data.heading,
        keys,
        comparison: COMPARISON_HEADING.test(` ${main} `),
        document,
        data,
      };
    }),
  );
  cache.set(bank, entries);
  return entries;
}
