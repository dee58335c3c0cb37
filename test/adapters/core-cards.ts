/**
 * Real cards of the core for renderer and transport tests: the question card of the test bank's
 * first question, exactly as the core would post it.
 */
import { questionCard } from '../../src/bot/cards/question-card.ts';
import { messages } from '../../src/bot/i18n/catalog.ts';
import type { Reply } from '../../src/bot/types.ts';
import type { Question } from '../../src/quiz/types.ts';
import type { PostRecord } from '../../src/store/types.ts';
import { testBank } from '../bot/fixtures/test-bank.ts';

/** The question the card asks (`q1saga`: four options, the second one right). */
export const CARD_QUESTION: Question = testBank().questions[0]!;

/** Post 1 of 2026-11-30 in a Tokyo channel, open until the next morning. */
export const CARD_POST: PostRecord = {
  id: 1,
  platform: 'discord',
  teamId: 'G1',
  channelId: 'C1',
  kind: 'daily',
  localDate: '2026-11-30',
  seq: 1,
  questionId: CARD_QUESTION.id,
  conceptId: CARD_QUESTION.conceptId,
  correctIndex: 1,
  choiceCount: 4,
  seasonId: null,
  messageId: null,
  openedAt: Date.parse('2026-11-30T00:00:00Z'),
  closesAt: Date.parse('2026-11-30T23:55:00Z'),
  closedAt: null,
  revealedAt: null,
  question: CARD_QUESTION,
  void: null,
};

/** The core's question card after `answered` answers, in Japanese. */
export function sampleQuestionCard(answered = 0): Reply {
  return questionCard({
    question: CARD_QUESTION,
    post: CARD_POST,
    answered,
    m: messages('ja'),
    locale: 'ja',
    timezone: 'Asia/Tokyo',
  });
}
