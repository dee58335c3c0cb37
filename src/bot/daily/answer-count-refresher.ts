/**
 * Keeps the "N answered" count on a public question post up to date without editing the
 * message on every click: at most one edit per post every {@link REFRESH_DELAY_MS}.
 */
import type { BotDeps } from '../bot-deps.ts';
import { questionCard } from '../cards/question-card.ts';
import { channelKey, ensureChannel } from '../channel-view.ts';
import { messages } from '../i18n/catalog.ts';
import { transportFor } from './delivery.ts';

export const REFRESH_DELAY_MS = 3_000;

export class AnswerCountRefresher {
  private readonly pending = new Map<number, ReturnType<typeof setTimeout>>();
  private readonly inFlight = new Set<Promise<void>>();

  constructor(private readonly deps: BotDeps) {}

  /** Schedules an edit of the post's count (no-op when one is already scheduled). */
  note(postId: number): void {
    if (this.pending.has(postId)) return;
    const timer = setTimeout(() => {
      this.pending.delete(postId);
      const run = this.refresh(postId).finally(() => this.inFlight.delete(run));
      this.inFlight.add(run);
    }, REFRESH_DELAY_MS);
    timer.unref?.();
    this.pending.set(postId, timer);
  }

  private async refresh(postId: number): Promise<void> {
    const post = this.deps.store.getPost(postId);
    if (!post || post.closedAt !== null || post.messageId === null) return;
    const question = post.question;
    if (!question) return;
    const key = channelKey(post);
    const settings = ensureChannel(this.deps, key);
    try {
      await transportFor(this.deps, key).updateMessage(
        { ...key, messageId: post.messageId },
        questionCard({
          question,
          post,
          answered: this.deps.store.answerCount(postId),
          m: messages(settings.locale),
          locale: settings.locale,
          timezone: settings.timezone,
        }),
      );
    } catch (error) {
      // Only a count: the next answer or the reveal will fix it.
      this.deps.logger.warn({ err: error, postId }, 'could not update the answer count');
    }
  }

  /** Cancels scheduled edits and waits for running ones. */
  async stop(): Promise<void> {
    for (const timer of this.pending.values()) clearTimeout(timer);
    this.pending.clear();
    await Promise.allSettled([...this.inFlight]);
  }
}
