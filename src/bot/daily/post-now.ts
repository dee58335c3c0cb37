/**
 * `/quiz post` (admin): post today's question now, and tell the truth about it. "Posted" only once
 * the platform confirmed the message; otherwise what failed and what to do. Today's post that
 * exists but never reached the channel is sent again instead of being called "already posted";
 * one that did is shown again to whoever asked (already-posted.ts).
 */
import { localDateTime } from '../../quiz/zoned-time.ts';
import type { BotDeps } from '../bot-deps.ts';
import type { ChannelView } from '../channel-view.ts';
import { ensureChannel } from '../channel-view.ts';
import { DeliveryError, UserError } from '../errors.ts';
import type { Messages } from '../i18n/catalog.ts';
import { nextSlot } from '../schedule/slots.ts';
import type { Reply } from '../types.ts';
import { alreadyPostedReplies } from './already-posted.ts';
import { postQuestion, type SendResult, sendPost } from './post-question.ts';
import { closeAndReveal } from './reveal.ts';

/** What the admin is told when the platform did not take the post. */
export function sendFailureText(m: Messages, result: Exclude<SendResult, { status: 'sent' }>) {
  if (result.status === 'busy') return m.postInProgress;
  if (result.status === 'withdrawn') return m.questionWithdrawn;
  if (result.status === 'closed') return m.postClosedUnsent;
  const error = result.error;
  if (!(error instanceof DeliveryError)) return m.postFailedRetry;
  switch (error.failure) {
    case 'channel_unavailable':
      return m.postFailedChannel;
    case 'missing_permission':
      return m.postFailedPermission(error.options.detail ?? error.failure);
    case 'rate_limited':
      return m.postFailedWait(Math.max(1, Math.ceil((error.options.retryAfterMs ?? 1000) / 1000)));
    default:
      return m.postFailedRetry;
  }
}

export async function postNow(deps: BotDeps, channel: ChannelView, by: string): Promise<Reply[]> {
  const m = channel.m;
  // Someone to tell should this channel ever be paused, also when no schedule was ever set.
  const settings = ensureChannel(deps, channel.key).updatedBy
    ? ensureChannel(deps, channel.key)
    : deps.store.upsertChannel(channel.key, { updatedBy: by });
  const now = deps.clock();
  const windowEnd = now + settings.answerWindowMinutes * 60_000;
  const next = settings.enabled ? nextSlot(settings, now) : null;
  const closesAt = next ? Math.min(windowEnd, next.at) : windowEnd;
  const localDate = localDateTime(now, settings.timezone).date;
  const outcome = await postQuestion(deps, channel.key, { localDate, closesAt }, (p) =>
    closeAndReveal(deps, p),
  );
  if (outcome.status === 'empty-bank') throw new UserError('empty_bank', m.emptyBank);
  let result: SendResult;
  if (outcome.status === 'exists') {
    // Already posted today: shown again to whoever asked (already-posted.ts), unless it never
    // reached the channel (then it goes now).
    if (outcome.post.messageId !== null || outcome.post.closedAt !== null)
      return alreadyPostedReplies(deps, channel, outcome.post, by);
    result = await sendPost(deps, outcome.post);
  } else {
    result = outcome.send;
  }
  if (result.status !== 'sent') {
    deps.logger.warn(
      { by, postId: outcome.post.id, status: result.status },
      'an admin asked for a post; it did not go out',
    );
    return [{ visibility: 'ephemeral', tone: 'error', text: sendFailureText(m, result) }];
  }
  deps.logger.info({ by, postId: outcome.post.id }, 'question posted by an admin');
  return [{ visibility: 'ephemeral', tone: 'info', text: m.posted(outcome.post.questionId) }];
}
