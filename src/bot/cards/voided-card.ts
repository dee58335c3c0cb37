/** A question post after an admin voided its question: no buttons, the reason, answers not counted. */
import type { PostRecord } from '../../store/types.ts';
import type { Messages } from '../i18n/catalog.ts';
import type { Reply } from '../types.ts';
import { numberedChoices } from './question-card.ts';

export function voidedQuestionCard(post: PostRecord, m: Messages): Reply {
  const question = post.question;
  const body = question ? `${question.prompt}\n\n${numberedChoices(question, false)}` : '';
  const notice = m.voidedPostNotice(post.void?.reason ?? null);
  return {
    visibility: 'channel',
    tone: 'info',
    title: m.questionTitle(post.localDate),
    text: body ? `${body}\n\n${notice}` : notice,
    footer: [m.questionId(post.questionId), m.voidedFooter].join(' · '),
  };
}
