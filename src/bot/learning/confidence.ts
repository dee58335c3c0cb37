/**
 * The confidence buttons under a right practice answer: "sure" re-rates the review Easy, "unsure"
 * Hard (see quiz/learning/fsrs-card.ts). Without a click the review stays Good. A button value
 * names the question and the review's time, so a click on an old result changes nothing.
 */

import {
  type Confidence,
  intervalDays,
  rerateWithConfidence,
} from '../../quiz/learning/fsrs-card.ts';
import type { Question } from '../../quiz/types.ts';
import type { BotDeps } from '../bot-deps.ts';
import { viewChannel } from '../channel-view.ts';
import { UserError } from '../errors.ts';
import type { Messages } from '../i18n/catalog.ts';
import { literal } from '../markup.ts';
import type { ActionEvent, Button, Reply } from '../types.ts';
import { loadCard, saveCard } from './practice-cards.ts';
import { nextReviewText } from './review-format.ts';

/** Button action ids of the learning engine (≤ 16 characters). */
export const LEARNING_ACTION = { confidence: 'confidence' } as const;

const CODE: Record<Confidence, string> = { sure: 's', unsure: 'u' };

/** `s:QUESTIONID:REVIEWAT` (review time in base 36): about 20 characters, well under 80. */
export function confidenceValue(
  confidence: Confidence,
  questionId: string,
  reviewAt: number,
): string {
  return `${CODE[confidence]}:${questionId}:${reviewAt.toString(36)}`;
}

export function parseConfidenceValue(
  value: string,
): { confidence: Confidence; questionId: string; reviewAt: number } | null {
  const match = /^([su]):([^:]{1,40}):([0-9a-z]{1,12})$/.exec(value);
  if (!match) return null;
  const reviewAt = parseInt(match[3]!, 36);
  if (!Number.isSafeInteger(reviewAt)) return null;
  return { confidence: match[1] === 's' ? 'sure' : 'unsure', questionId: match[2]!, reviewAt };
}

export function confidenceButtons(question: Question, reviewAt: number, m: Messages): Button[] {
  return [
    {
      actionId: LEARNING_ACTION.confidence,
      label: m.confidenceSure,
      value: confidenceValue('sure', question.id, reviewAt),
      style: 'primary',
    },
    {
      actionId: LEARNING_ACTION.confidence,
      label: m.confidenceUnsure,
      value: confidenceValue('unsure', question.id, reviewAt),
    },
  ];
}

/** A click on "sure" / "unsure": re-rates the last review of that concept if it is still the last. */
export function confidenceAction(deps: BotDeps, event: ActionEvent): Reply {
  const { m, locale, timezone } = viewChannel(deps, event);
  const parsed = parseConfidenceValue(event.value);
  const question = parsed ? deps.questions.get(parsed.questionId) : undefined;
  if (!parsed || !question)
    throw new UserError(
      'unknown_question',
      m.unknownQuestion(literal(parsed?.questionId ?? event.value)),
    );
  const state = loadCard(deps, event.platform, event.userId, question.conceptId);
  const last = state?.last;
  if (!state || !last || last.at !== parsed.reviewAt || last.questionId !== question.id)
    throw new UserError('stale_confidence', m.confidenceStale);
  const rerated = rerateWithConfidence(state, parsed.confidence);
  if (!rerated) throw new UserError('stale_confidence', m.confidenceStale);
  saveCard(deps, event.platform, event.userId, question.conceptId, rerated);
  deps.logger.debug(
    {
      userId: event.userId,
      conceptId: question.conceptId,
      confidence: parsed.confidence,
      dueAt: rerated.card.due,
    },
    'practice review re-rated',
  );
  const label = parsed.confidence === 'sure' ? m.confidenceSure : m.confidenceUnsure;
  return {
    visibility: 'ephemeral',
    tone: 'info',
    text: m.confidenceRecorded(
      label,
      nextReviewText(m, intervalDays(rerated), rerated.card.due, timezone, locale),
    ),
  };
}
