/**
 * A post whose question is gone: it was posted before questions were kept with posts, and the
 * notes no longer hold it as it was asked. The post is edited to say so and the reveal says it
 * was withdrawn; nothing about it is scored any more (no answer can be added to a closed post).
 */
import type { PostRecord } from '../../store/types.ts';
import type { Messages } from '../i18n/catalog.ts';
import type { Reply } from '../types.ts';

/** The original post, edited: no buttons, a line saying it was withdrawn. */
export function withdrawnQuestionCard(post: PostRecord, m: Messages): Reply {
  return {
    visibility: 'channel',
    tone: 'question',
    title: m.questionTitle(post.localDate),
    text: m.questionWithdrawn,
    footer: [m.questionId(post.questionId), m.closedFooter].join(' · '),
  };
}

/** The reveal of a withdrawn question. */
export function withdrawnRevealCard(post: PostRecord, m: Messages): Reply {
  return {
    visibility: 'channel',
    tone: 'info',
    title: m.revealTitle(post.localDate),
    text: m.questionWithdrawnReveal,
    footer: m.questionId(post.questionId),
  };
}
