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
 *
 * Channels are independent: each channel's steps run in order, but channels run side by side,
 * so a slow or rate-limited channel never delays another's post or reveal. A channel whose work
 * from an earlier pass is still running is left alone, and a channel the platform told to wait
 * (Retry-After) is skipped until then (channel-backoff.ts).
 */
import type { ChannelKey } from '../../store/types.ts';
import type { BotDeps } from '../bot-deps.ts';
import { channelKey } from '../channel-view.ts';
import { runReminders } from '../learning/reminders.ts';
import { runWeeklyReports } from '../learning/weekly-report.ts';
import { dueSlot } from '../schedule/slots.ts';
import { channelId, waitingFor } from './channel-backoff.ts';
import { postQuestion, sendPost } from './post-question.ts';
import { closeAndReveal, reveal } from './reveal.ts';

type Step = { what: string; run: () => Promise<unknown> };

interface TickState {
  /** Channels whose steps are running (from this pass or an earlier one). */
  busy: Set<string>;
  /** Whole-store steps running (fold, weekly reports): never two at once. */
  global: Set<string>;
}

const states = new WeakMap<BotDeps, TickState>();

function stateOf(deps: BotDeps): TickState {
  let state = states.get(deps);
  if (!state) {
    state = { busy: new Set(), global: new Set() };
    states.set(deps, state);
  }
  return state;
}

export async function tick(deps: BotDeps): Promise<void> {
  const state = stateOf(deps);
  // Keep the leaderboards' backlog small; a read folds whatever is left, so boards are always exact.
  await once(deps, state, 'fold boards', async () => deps.store.foldBoards());
  const now = deps.clock();
  const channels = deps.store.listChannels();
  const manual = new Set(channels.filter((c) => c.revealMode === 'manual').map(channelId));
  const paused = new Set(channels.filter((c) => c.pausedReason !== null).map(channelId));
  const plan = new Map<string, { key: ChannelKey; steps: Step[] }>();
  const add = (key: ChannelKey, step: Step): void => {
    const id = channelId(key);
    const entry = plan.get(id) ?? { key: channelKey(key), steps: [] };
    entry.steps.push(step);
    plan.set(id, entry);
  };

  for (const post of deps.store.openPosts()) {
    // A post without its question (made before questions were kept, gone from the notes since)
    // cannot be answered: it is closed and revealed as withdrawn at once.
    const withdrawn = post.question === null && deps.transports.has(post.platform);
    if ((post.closesAt <= now && !manual.has(channelId(post))) || withdrawn)
      add(post, { what: 'close', run: () => closeAndReveal(deps, post) });
    else if (
      post.messageId === null &&
      !paused.has(channelId(post)) &&
      deps.transports.has(post.platform)
    ) {
      add(post, { what: 'resend', run: () => sendPost(deps, post) });
    }
  }
  for (const post of deps.store.unrevealedPosts()) {
    if (deps.transports.has(post.platform) && !paused.has(channelId(post)))
      add(post, { what: 'reveal', run: () => reveal(deps, post) });
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
    add(key, {
      what: 'post',
      run: async () => {
        // Checked again when the step runs: an earlier step of this channel may have posted.
        if (deps.store.latestPost(key)?.localDate === slot.localDate) return;
        await postQuestion(deps, key, slot, (previous) => closeAndReveal(deps, previous));
      },
    });
  }

  await Promise.all(
    [...plan].map(([id, { key, steps }]) => runChannel(deps, state, id, key, steps, now)),
  );
  // learning engine: once per channel and local ISO week
  await once(deps, state, 'weekly report', () => runWeeklyReports(deps));
  // opt-in: once per person and local day
  await once(deps, state, 'reminders', () => runReminders(deps));
}

/** A channel's steps, in order, unless the channel is busy or told to wait. */
async function runChannel(
  deps: BotDeps,
  state: TickState,
  id: string,
  key: ChannelKey,
  steps: Step[],
  now: number,
): Promise<void> {
  if (state.busy.has(id)) return;
  if (waitingFor(deps, key, now) > 0) return;
  state.busy.add(id);
  try {
    for (const step of steps) {
      await guarded(deps, key, step);
      if (waitingFor(deps, key, deps.clock()) > 0) return;
    }
  } finally {
    state.busy.delete(id);
  }
}

async function once(
  deps: BotDeps,
  state: TickState,
  what: string,
  run: () => Promise<unknown>,
): Promise<void> {
  if (state.global.has(what)) return;
  state.global.add(what);
  try {
    await guarded(deps, null, { what, run });
  } finally {
    state.global.delete(what);
  }
}

/** One channel's failure never stops the others. */
async function guarded(deps: BotDeps, channel: ChannelKey | null, step: Step): Promise<void> {
  try {
    await step.run();
  } catch (error) {
    deps.logger.error(
      { err: error, what: step.what, ...(channel ? { channel } : {}) },
      'scheduler step failed; will retry on the next tick',
    );
  }
}
