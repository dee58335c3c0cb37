/**
 * One pass of the scheduler, run every minute and once at start-up. Everything it needs is in
 * the store, so a restart (or a second process) picks up exactly where the last one left off:
 *
 * 0. fold new answers into the leaderboards (background upkeep; reads fold too);
 * 1. close (and reveal) posts whose answer window is over;
 * 2. retry reveals that failed and sends that failed;
 * 3. post the day's question in every running channel whose slot is due and has no post yet
 *    (this is also how a slot missed during downtime is caught up, once);
 * 4. the weekly reports, then the practice reminders players asked for (once a day each).
 */
import type { BotDeps } from '../bot-deps.ts';
import { channelKey } from '../channel-view.ts';
import { runReminders } from '../learning/reminders.ts';
import { runWeeklyReports } from '../learning/weekly-report.ts';
import { dueSlot } from '../schedule/slots.ts';
import { postQuestion, sendPost } from './post-question.ts';
import { closeAndReveal, reveal } from './reveal.ts';

export async function tick(deps: BotDeps): Promise<void> {
  // Keep the leaderboards' backlog small; a read folds whatever is left, so boards are always exact.
  await guarded(deps, 'fold boards', async () => deps.store.foldBoards());
  const now = deps.clock();
  const channels = deps.store.listChannels();
  const id = (c: { platform: string; teamId: string; channelId: string }) =>
    `${c.platform}\u0000${c.teamId}\u0000${c.channelId}`;
  const manual = new Set(channels.filter((c) => c.revealMode === 'manual').map(id));
  const paused = new Set(channels.filter((c) => c.pausedReason !== null).map(id));

  for (const post of deps.store.openPosts()) {
    // A post without its question (made before questions were kept, gone from the notes since)
    // cannot be answered: it is closed and revealed as withdrawn at once.
    const withdrawn = post.question === null && deps.transports.has(post.platform);
    if ((post.closesAt <= now && !manual.has(id(post))) || withdrawn)
      await guarded(deps, 'close', () => closeAndReveal(deps, post));
    else if (
      post.messageId === null &&
      !paused.has(id(post)) &&
      deps.transports.has(post.platform)
    ) {
      await guarded(deps, 'resend', () => sendPost(deps, post));
    }
  }
  for (const post of deps.store.unrevealedPosts()) {
    if (deps.transports.has(post.platform) && !paused.has(id(post)))
      await guarded(deps, 'reveal', () => reveal(deps, post));
  }
  for (const settings of channels) {
    if (
      !settings.enabled ||
      settings.pausedReason !== null ||
      !deps.transports.has(settings.platform)
    )
      continue;
    const slot = dueSlot(settings, now);
    // A slot from before the schedule was set is not "missed": the first post is the next slot.
    if (!slot || (settings.scheduleSince !== null && slot.at < settings.scheduleSince)) continue;
    const key = channelKey(settings);
    if (deps.store.latestPost(key)?.localDate === slot.localDate) continue;
    await guarded(deps, 'post', () =>
      postQuestion(deps, key, slot, (previous) => closeAndReveal(deps, previous)),
    );
  }
  await guarded(deps, 'weekly report', () => runWeeklyReports(deps)); // learning engine: once per channel and local ISO week
  await guarded(deps, 'reminders', () => runReminders(deps)); // opt-in: once per person and local day
}

/** One channel's failure never stops the others. */
async function guarded(deps: BotDeps, what: string, work: () => Promise<unknown>): Promise<void> {
  try {
    await work();
  } catch (error) {
    deps.logger.error({ err: error, what }, 'scheduler step failed; will retry on the next tick');
  }
}
