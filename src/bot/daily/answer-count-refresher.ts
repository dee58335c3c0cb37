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
import type { MessageRef, Reply } from '../types.ts';
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
    if (team.timer) return;
    const wait = team.lastEditAt + TEAM_EDIT_INTERVAL_MS - Date.now();
    if (team.due.size === 0) {
      // Nothing due: a team is kept only while its pacing still holds back its next edit.
      if (wait <= 0) this.teams.delete(key);
      else {
        team.timer = setTimeout(() => {
          team.timer = null;
          this.nextTurn(key, team);
        }, wait);
        team.timer.unref?.();
      }
      return;
    }
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

  /**
   * Edits the team's post that has waited longest and is still open, then schedules the next turn.
   * A post that closed (or lost its message) meanwhile is dropped without spending the turn.
   */
  private takeTurn(key: string, team: TeamTurns): void {
    for (const noted of team.due.values()) {
      team.due.delete(noted.id);
      const edit = this.countEdit(noted);
      if (!edit) continue;
      team.lastEditAt = Date.now();
      const run = this.send(noted.id, edit).finally(() => this.inFlight.delete(run));
      this.inFlight.add(run);
      break;
    }
    this.nextTurn(key, team);
  }

  /** Teams with a count edit due or still pacing (for tests and diagnostics). */
  get teamsPacing(): number {
    return this.teams.size;
  }

  /** The post's card with its count now, or null when the post is no longer open or has no message. */
  private countEdit({
    id: postId,
    locale,
    timezone,
  }: Noted): { ref: MessageRef; card: Reply } | null {
    const post = this.deps.store.getPost(postId);
    if (!post || post.closedAt !== null || post.messageId === null || !post.question) return null;
    const card = questionCard({
      question: post.question,
      post,
      answered: this.deps.store.answerCount(postId),
      m: messages(locale),
      locale,
      timezone,
    });
    return { ref: { ...channelKey(post), messageId: post.messageId }, card };
  }

  private async send(postId: number, edit: { ref: MessageRef; card: Reply }): Promise<void> {
    try {
      await transportFor(this.deps, edit.ref).updateMessage(edit.ref, edit.card);
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
