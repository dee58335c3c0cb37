/** Which concepts a piece of text names (by name or alias). Pure. */
import { matchKey } from '../text/normalize.ts';
import type { Concept } from '../types.ts';

/** The match keys a concept is named by (at least two characters each). */
export function nameKeys(concept: Concept): string[] {
  return [concept.name, ...concept.aliases].map(matchKey).filter((k) => [...k].length >= 2);
}

/** True when `text` names the concept. */
export function mentions(text: string, concept: Concept): boolean {
  const key = matchKey(text);
  return nameKeys(concept).some((k) => key.includes(k));
}

/** True when `text` names another concept of `all` and not `concept`. */
export function aboutAnother(text: string, concept: Concept, all: readonly Concept[]): boolean {
  if (mentions(text, concept)) return false;
  return all.some((other) => other.id !== concept.id && mentions(text, other));
}
