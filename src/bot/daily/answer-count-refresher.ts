/**
 * Keeps the "N answered" count on a public question post up to date without editing the
 * message on every click: at most one edit per post every {@link REFRESH_DELAY_MS}, and at most one
 * edit per team (Slack workspace, Discord server) every {@link TEAM_EDIT_INTERVAL_MS}, the edits of a
 * team's posts taking turns. (Slack allows `chat.update` about 50 times a minute per workspace;
 * many open posts must not spend that on counts.) The click hands over its channel's language and
 * time zone, so an edit reads the post once (is it still open, which message) and its count.
 */
import type { ClickedPost } from '../../store/types.ts';
import type { BotDeps } from '../bot-deps.ts';
import { questionCard } from '../cards/question-card.ts';
import { channelKey } from '../channel-view.ts';
import { messages } from '../i18n/catalog.ts';
import { transportFor } from './delivery.ts';

export const REFRESH_DELAY_MS = 3_000;
/** Shortest time between two count edits in one team. */
export const TEAM_EDIT_INTERVAL_MS = 1_000;

type Noted = Pick<ClickedPost, 'id' | 'platform' | 'teamId' | 'locale' | 'timezone'>;

/** A team's posts whose count is due, in the order they became due, and its pacing. */
interface TeamTurns {
  due: Map<number, Noted>;
  timer: ReturnType<typeof setTimeout> | null;
  lastEditAt: number;
}

export class AnswerCountRefresher {
  private readonly pending = new Map<number, ReturnType<typeof setTimeout>>();
  private readonly teams = new Map<string, TeamTurns>();
  private readonly inFlight = new Set<Promise<void>>();

  constructor(private readonly deps: BotDeps) {}

  /** Schedules an edit of the post's count (no-op when one is already scheduled). */
  note(clicked: Noted): void {
    const postId = clicked.id;
    if (this.pending.has(postId)) return;
    const timer = setTimeout(() => {
      this.pending.delete(postId);
      this.due(clicked);
    }, REFRESH_DELAY_MS);
    timer.unref?.();
    this.pending.set(postId, timer);
  }

  /** The post's count may be edited now: it takes its turn among its team's. */
  private due(post: Noted): void {
    const key = `${post.platform}\u0000${post.teamId}`;
    let team = this.teams.get(key);
    if (!team) {
      team = { due: new Map(), timer: null, lastEditAt: Number.NEGATIVE_INFINITY };
      this.teams.set(key, team);
    }
    team.due.set(post.id, post);
    this.nextTurn(key, team);
  }

  private nextTurn(key: string, team: TeamTurns): void {
    if (team.timer || team.due.size === 0) return;
    const wait = team.lastEditAt + TEAM_EDIT_INTERVAL_MS - Date.now();
    if (wait <= 0) {
      this.takeTurn(key, team);
      return;
    }
    team.timer = setTimeout(() => {
      team.timer = null;
      this.takeTurn(key, team);
    }, wait);
    team.timer.unref?.();
  }

  /** Edits the team's post that has waited longest, then schedules the next turn. */
  private takeTurn(key: string, team: TeamTurns): void {
    const [first] = team.due.values();
    if (!first) return;
    team.due.delete(first.id);
    team.lastEditAt = Date.now();
    const run = this.refresh(first).finally(() => this.inFlight.delete(run));
    this.inFlight.add(run);
    if (team.due.size > 0) this.nextTurn(key, team);
  }

  private async refresh({ id: postId, locale, timezone }: Noted): Promise<void> {
    const post = this.deps.store.getPost(postId);
    if (!post || post.closedAt !== null || post.messageId === null) return;
    const question = post.question;
    if (!question) return;
    const key = channelKey(post);
    try {
      await transportFor(this.deps, key).updateMessage(
        { ...key, messageId: post.messageId },
        questionCard({
          question,
          post,
          answered: this.deps.store.answerCount(postId),
          m: messages(locale),
          locale,
          timezone,
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
    for (const team of this.teams.values()) if (team.timer) clearTimeout(team.timer);
    this.teams.clear();
    await Promise.allSettled([...this.inFlight]);
  }
}
