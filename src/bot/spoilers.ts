/**
 * No spoilers: while a question is open somewhere in a team, someone who has not answered it sees
 * nothing that gives its answer away — not the explanation (explain.ts), and not through look-up,
 * practice or stats either. A question involves its own concept and, when its options are concept
 * names ("which concept …?"), those concepts too: looking any of them up would tell the answer.
 */
import { matchKey } from '../quiz/text/normalize.ts';
import type { Question } from '../quiz/types.ts';
import type { BotDeps } from './bot-deps.ts';
import type { ChannelRef } from './types.ts';

/** The concepts a question's answer depends on: its own, and any option that names a concept. */
export function involvedConcepts(deps: BotDeps, question: Question): Set<string> {
  const involved = new Set([question.conceptId]);
  const options = new Set(question.choices.map((c) => matchKey(c.text)).filter(Boolean));
  for (const concept of deps.bank.concepts) {
    if ([concept.name, ...concept.aliases].some((name) => options.has(matchKey(name))))
      involved.add(concept.id);
  }
  return involved;
}

/** Questions open in the team (same platform and team) that `userId` has not answered. */
export function unansweredOpenQuestions(
  deps: BotDeps,
  ref: ChannelRef,
  userId: string,
): Question[] {
  return deps.store
    .openPosts()
    .filter(
      (p) =>
        p.platform === ref.platform &&
        p.teamId === ref.teamId &&
        p.question !== null &&
        deps.store.findAnswer(p.id, userId) === null,
    )
    .map((p) => p.question as Question);
}

/** Concepts `userId` may not see the answer to yet (empty when nothing is open for them). */
export function spoilerConcepts(deps: BotDeps, ref: ChannelRef, userId: string): Set<string> {
  const hidden = new Set<string>();
  for (const question of unansweredOpenQuestions(deps, ref, userId))
    for (const id of involvedConcepts(deps, question)) hidden.add(id);
  return hidden;
}
