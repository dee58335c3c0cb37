/**
 * Concept names and questions for cards that summarise past posts (stats, the team map, the weekly
 * report): taken from the questions as they were asked, so a concept renamed or removed from the
 * notes keeps its name, and never shown as a raw id.
 */
import type { Concept, Question } from '../quiz/types.ts';
import type { BotDeps } from './bot-deps.ts';
import type { Messages } from './i18n/catalog.ts';

/** Concept id → name: as asked in the posts, else as the notes name it now, else "no longer in the notes". */
export function conceptNamer(
  deps: BotDeps,
  asked: readonly Question[],
  m: Messages,
): (conceptId: string) => string {
  const names = new Map(deps.bank.concepts.map((c) => [c.id, c.name]));
  for (const q of asked) if (q.conceptName) names.set(q.conceptId, q.conceptName);
  return (id) => names.get(id) ?? m.conceptGone;
}

/**
 * The bank's concepts, named as the posts asked them, plus a stand-in for every concept in
 * `conceptIds` the notes no longer hold (its name from the posts; its correct understanding from
 * a key that states it, else empty).
 */
export function conceptsForPosts(
  deps: BotDeps,
  asked: readonly Question[],
  conceptIds: Iterable<string>,
  m: Messages,
): Concept[] {
  const name = conceptNamer(deps, asked, m);
  const concepts = deps.bank.concepts.map((c) => ({ ...c, name: name(c.id) }));
  const known = new Set(concepts.map((c) => c.id));
  for (const id of conceptIds) {
    if (known.has(id)) continue;
    known.add(id);
    const stated = asked.find((q) => q.conceptId === id && q.asksFor === 'correct');
    concepts.push({
      id,
      name: name(id),
      correct: stated?.choices.find((c) => c.correct)?.text ?? '',
      keyPhrases: [],
      misconceptions: [],
      section: stated?.section ?? null,
      aliases: [],
      source: {
        file: stated?.explanation.source.file ?? '',
        line: stated?.explanation.source.line ?? 0,
      },
    });
  }
  return concepts;
}

/** Question id → question: as last asked in the channel, else as the notes give it now. */
export function questionsForPosts(
  deps: BotDeps,
  asked: readonly Question[],
): ReadonlyMap<string, Question> {
  const questions = new Map(deps.questions);
  for (const q of asked) questions.set(q.id, q);
  return questions;
}
