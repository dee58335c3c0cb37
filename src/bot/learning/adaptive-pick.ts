/**
 * Gathers what the adaptive daily choice needs for one channel — its recent accuracy per concept
 * and its members' predicted recall — and asks the pure chooser (quiz/learning/adaptive-selection.ts).
 */
import {
  type AdaptiveSelection,
  type ConceptSignal,
  chooseAdaptiveQuestion,
  explainSelection,
} from '../../quiz/learning/adaptive-selection.ts';
import { teamRecall } from '../../quiz/learning/team-recall.ts';
import { addDays, localDateTime } from '../../quiz/zoned-time.ts';
import type { ChannelKey } from '../../store/types.ts';
import type { BotDeps } from '../bot-deps.ts';
import { askableQuestions } from '../notes/askable-questions.ts';

/** "Recent": answers to posts of the last 28 local days; members: people who answered in them. */
export const RECENT_DAYS = 28;
const DAY_MS = 86_400_000;

export interface AdaptiveChoice {
  selection: AdaptiveSelection;
  /** One sentence: why this concept today. */
  why: string;
}

/** The channel's signals per concept: recent accuracy and mean predicted recall of its members. */
export function channelSignals(
  deps: BotDeps,
  key: ChannelKey,
  now: number,
): Map<string, ConceptSignal> {
  const timezone = deps.store.getChannel(key)?.timezone ?? deps.settings.defaultTimezone;
  const today = localDateTime(now, timezone).date;
  const signals = new Map<string, ConceptSignal>();
  for (const t of deps.store.conceptTallies(key, { from: addDays(today, -(RECENT_DAYS - 1)) })) {
    signals.set(t.conceptId, { recent: { answered: t.answered, correct: t.correct } });
  }
  for (const [conceptId, recall] of teamRecall(
    deps.store.memberPracticeStates(key, now - RECENT_DAYS * DAY_MS),
    now,
  )) {
    signals.set(conceptId, { ...signals.get(conceptId), recall });
  }
  return signals;
}

/** The channel's next question and why, or null for an empty bank. */
export function adaptiveChoice(deps: BotDeps, key: ChannelKey): AdaptiveChoice | null {
  const now = deps.clock();
  const selection = chooseAdaptiveQuestion({
    questions: askableQuestions(deps, key),
    askedIds: deps.store.postedQuestionIds(key),
    signals: channelSignals(deps, key, now),
    random: deps.random,
  });
  if (!selection) return null;
  const name =
    deps.bank.concepts.find((c) => c.id === selection.question.conceptId)?.name ??
    selection.question.conceptId;
  return { selection, why: explainSelection(selection, name) };
}
