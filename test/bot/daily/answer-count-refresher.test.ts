/**
 * The count refresher on the real core: each post's count edited at most once per refresh delay,
 * a team's edits paced and taking turns, posts that closed meanwhile skipped, a failed edit
 * costing only that edit, nothing edited after stop, and idle teams forgotten.
 */
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { Bot } from '../../../src/bot/create-bot.ts';
import {
  AnswerCountRefresher,
  REFRESH_DELAY_MS,
  TEAM_EDIT_INTERVAL_MS,
} from '../../../src/bot/daily/answer-count-refresher.ts';
import { messages } from '../../../src/bot/i18n/catalog.ts';
import type { PostRecord, QuizStore } from '../../../src/store/types.ts';
import { captureLogger } from '../../adapters/discord/capture-logger.ts';
import { createTestBot } from '../fixtures/test-bot.ts';
import { RecordingTransport } from './recording-transport.ts';

const TEAM = { platform: 'console' as const, teamId: 'T1' };
const m = messages('ja');
let store: QuizStore;
let bot: Bot;
let transport: RecordingTransport;
let log: ReturnType<typeof captureLogger>;
let refresher: AnswerCountRefresher;

/** Posts today's question in each channel of the team and returns the posts. */
async function postIn(channelIds: string[], teamId = TEAM.teamId): Promise<PostRecord[]> {
  const posts: PostRecord[] = [];
  for (const channelId of channelIds) {
    const channel = { ...TEAM, teamId, channelId };
    await bot.handleCommand({
      ...channel,
      userId: 'UADMIN',
      userName: 'admin',
      isAdmin: async () => true,
      name: 'post',
      args: [],
    });
    posts.push(store.latestPost(channel)!);
  }
  return posts;
}

function answer(post: PostRecord, userId: string): void {
  store.recordAnswer({
    postId: post.id,
    userId,
    userName: userId,
    choiceIndex: 0,
    choiceText: post.question!.choices[0]!.text,
    at: Date.now(),
  });
}

const note = (post: PostRecord) =>
  refresher.note({ ...post, locale: 'ja', timezone: 'Asia/Tokyo' });

/** Edits so far: channel id and the time of each. */
const edits = () =>
  transport.calls.filter((c) => c.kind === 'update').map((c) => [c.channel.channelId, c.at]);

beforeEach(() => {
  vi.useFakeTimers({ now: Date.parse('2026-11-30T00:30:00Z') });
  log = captureLogger('warn');
  ({ bot, store } = createTestBot({ seed: 5, logger: log.logger }));
  transport = new RecordingTransport();
  bot.attach(transport);
  refresher = new AnswerCountRefresher(bot.deps);
});

afterEach(async () => {
  await refresher.stop();
  await bot.stop();
  store.close();
  vi.useRealTimers();
});

describe('AnswerCountRefresher', () => {
  it('edits a team’s posts one turn apart, oldest due first, and forgets the team once idle', async () => {
    const posts = await postIn(['C1', 'C2', 'C3', 'C4']);
    const start = Date.now();
    for (const post of posts) {
      answer(post, 'U1');
      note(post);
      note(post); // a second click before the edit adds no edit
    }
    await vi.advanceTimersByTimeAsync(REFRESH_DELAY_MS + 3 * TEAM_EDIT_INTERVAL_MS);
    const at = start + REFRESH_DELAY_MS;
    expect(edits()).toEqual([0, 1, 2, 3].map((i) => [`C${i + 1}`, at + i * TEAM_EDIT_INTERVAL_MS]));
    expect(refresher.teamsPacing).toBe(1);
    await vi.advanceTimersByTimeAsync(TEAM_EDIT_INTERVAL_MS);
    expect(refresher.teamsPacing).toBe(0);
  });

  it('edits a post again after new answers, with the new count, no sooner than the delay and the team’s pace', async () => {
    const [post] = await postIn(['C1']);
    answer(post!, 'U1');
    note(post!);
    await vi.advanceTimersByTimeAsync(REFRESH_DELAY_MS);
    answer(post!, 'U2');
    note(post!);
    await vi.advanceTimersByTimeAsync(REFRESH_DELAY_MS - 1);
    expect(edits()).toHaveLength(1);
    await vi.advanceTimersByTimeAsync(1);
    const footers = transport.calls.filter((c) => c.kind === 'update').map((c) => c.reply.footer);
    expect(footers).toHaveLength(2);
    expect(footers[0]).toContain(m.answeredCount(1));
    expect(footers[1]).toContain(m.answeredCount(2));
  });

  it('skips a post closed before its turn; the team’s next post keeps its turn', async () => {
    const [first, second] = await postIn(['C1', 'C2']);
    for (const post of [first!, second!]) {
      answer(post, 'U1');
      note(post);
    }
    store.closePost(first!.id, Date.now());
    await vi.advanceTimersByTimeAsync(REFRESH_DELAY_MS);
    expect(edits().map(([channel]) => channel)).toEqual(['C2']);
  });

  it('logs a failed edit and goes on with the next turn', async () => {
    const [first, second] = await postIn(['C1', 'C2']);
    for (const post of [first!, second!]) {
      answer(post, 'U1');
      note(post);
    }
    transport.failUpdatesWith = new Error('ratelimited');
    await vi.advanceTimersByTimeAsync(REFRESH_DELAY_MS);
    transport.failUpdatesWith = null;
    await vi.advanceTimersByTimeAsync(TEAM_EDIT_INTERVAL_MS);
    expect(edits().map(([channel]) => channel)).toEqual(['C2']);
    expect(log.find(/could not update the answer count/)).toHaveLength(1);
  });

  it('does not hold one team back for another, and edits nothing after stop', async () => {
    const [a1, a2] = await postIn(['C1', 'C2']);
    const [b1] = await postIn(['C1'], 'T2');
    for (const post of [a1!, a2!, b1!]) {
      answer(post, 'U1');
      note(post);
    }
    await vi.advanceTimersByTimeAsync(REFRESH_DELAY_MS);
    expect(transport.calls.filter((c) => c.kind === 'update')).toHaveLength(2);
    await refresher.stop();
    await vi.advanceTimersByTimeAsync(10 * TEAM_EDIT_INTERVAL_MS);
    expect(transport.calls.filter((c) => c.kind === 'update')).toHaveLength(2);
    expect(refresher.teamsPacing).toBe(0);
  });
});
