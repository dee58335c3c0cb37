/**
 * `parallel-label`: which concept a sentence opens on — its name, or the first word of a name of
 * several words set off by a mark (`Classical = duty to the shareholders you trade with` for
 * `Classical theory`, beside `Misappropriation = duty to the source…` for `Misappropriation
 * theory`). Notes write one such sentence per concept on one line; each says its own concept's.
 * Pure; an index of the names' first words per document, so a look-up reads one word.
 */
import type { Concept } from '../types.ts';

/** Marks that set a shortened name off as the subject of what follows (`Classical = …`). */
const SUBJECT_MARKS: readonly string[] = ['=', ':', '：', '—', '–', '→'];

/** A first word this short is no name to tell a sentence's subject by. */
const MIN_HEAD_WORD = 4;

/** The lower-case first word of a text: up to its first space or mark. */
function firstWord(text: string): string {
  let end = 0;
  while (end < text.length && /[\p{L}\p{N}_-]/u.test(text.charAt(end))) end++;
  return text.slice(0, end).toLowerCase();
}

/** One name of a concept, lower case, with its first word. */
interface NameEntry {
  concept: Concept;
  name: string;
  head: string;
}

const indexes = new WeakMap<readonly Concept[], Map<string, NameEntry[]>>();

/** The concepts' names by their first word, built once per list of concepts. */
function headIndex(concepts: readonly Concept[]): Map<string, NameEntry[]> {
  let index = indexes.get(concepts);
  if (index) return index;
  index = new Map();
  for (const concept of concepts)
    for (const raw of [concept.name, ...concept.aliases]) {
      const name = raw.trim().toLowerCase();
      const head = firstWord(name);
      if (head === '') continue;
      const list = index.get(head) ?? [];
      list.push({ concept, name, head });
      index.set(head, list);
    }
  indexes.set(concepts, index);
  return index;
}

/**
 * The concept of `concepts` whose name, or the first word of it, the sentence opens on as a label
 * ({@link SUBJECT_MARKS} after it: `Classical = …`, `ゼラチン: …`), or undefined. Reads the
 * sentence's first word and the few names that start with it.
 */
export function openedConcept(sentence: string, concepts: readonly Concept[]): Concept | undefined {
  const text = sentence.trimStart().toLowerCase();
  const head = firstWord(text);
  if (head === '') return undefined;
  for (const entry of headIndex(concepts).get(head) ?? []) {
    // The whole name, or its first word where the name has more (`Classical` of `Classical
    // theory`); a sentence that opens on a name as its topic (`Vmax は 1/α に低下` in the section on
    // 非競合阻害) says what the section's concept does to it, and is read elsewhere.
    const whole = text.startsWith(entry.name);
    const shortened = entry.head.length >= MIN_HEAD_WORD && entry.head !== entry.name;
    if (!whole && !shortened) continue;
    const rest = text.slice(whole ? entry.name.length : head.length).trimStart();
    if (SUBJECT_MARKS.some((mark) => rest.startsWith(mark))) return entry.concept;
  }
  return undefined;
}
