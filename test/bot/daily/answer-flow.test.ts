/**
 * The public post shows only how many have answered (edited at most every few seconds), and the
 * leaderboard shows the caller's own rank even outside the top 10.
 */
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { Bot } from '../../../src/bot/create-bot.ts';
import {
  REFRESH_DELAY_MS,
  TEAM_EDIT_INTERVAL_MS,
} from '../../../src/bot/daily/answer-count-refresher.ts';
import { messages } from '../../../src/bot/i18n/catalog.ts';
import type { ActionEvent, CommandEvent, Reply } from '../../../src/bot/types.ts';
import type { QuizStore } from '../../../src/store/types.ts';
import { createTestBot } from '../fixtures/test-bot.ts';
import { RecordingTransport } from './recording-transport.ts';

const CHANNEL = { platform: 'console' as const, teamId: 'T1', channelId: 'C1' };
const m = messages('ja');
let store: QuizStore;
let bot: Bot;
let transport: RecordingTransport;

function base(userId: string, admin = false) {
  return { ...CHANNEL, userId, userName: userId.toLowerCase(), isAdmin: async () => admin };
}

function command(name: string, args: string[], userId = 'UADMIN'): Promise<Reply[]> {
  const event: CommandEvent = { ...base(userId, userId === 'UADMIN'), name, args };
  return bot.handleCommand(event);
}

function click(userId: string, value: string): Promise<Reply[]> {
  const event: ActionEvent = { ...base(userId), actionId: 'answer', value };
  return bot.handleAction(event);
}

beforeEach(() => {
  vi.useFakeTimers({ now: Date.parse('2026-11-30T00:30:00Z') });
  ({ bot, store } = createTestBot({ seed: 5 }));
  transport = new RecordingTransport();
  bot.attach(transport);
});

afterEach(async () => {
  await bot.stop();
  store.close();
  vi.useRealTimers();
});

describe('answering a daily question', () => {
  it('edits the public count at most once per refresh delay, and never shows who chose what', async () => {
    await command('post', []);
    const [posted] = transport.questionPosts();
    const buttons = posted!.reply.buttons!;
    for (const user of ['U1', 'U2', 'U3']) await click(user, buttons[0]!.value);
    expect(transport.calls.filter((c) => c.kind === 'update')).toHaveLength(0);
    await vi.advanceTimersByTimeAsync(REFRESH_DELAY_MS);
    const updates = transport.calls.filter((c) => c.kind === 'update');
    expect(updates).toHaveLength(1);
    expect(updates[0]!.reply.footer).toContain(m.answeredCount(3));
    expect(updates[0]!.reply.text).toBe(posted!.reply.text);
    expect(JSON.stringify(updates[0]!.reply)).not.toMatch(/u1|u2|u3/i);
  });

  it('paces the count edits of one team’s posts, one at a time, each post getting its turn', async () => {
    const other = { ...CHANNEL, channelId: 'C2' };
    const elsewhere = { ...CHANNEL, teamId: 'T2' };
    for (const channel of [CHANNEL, other, elsewhere])
      await bot.handleCommand({ ...base('UADMIN', true), ...channel, name: 'post', args: [] });
    const posts = transport.questionPosts();
    expect(posts).toHaveLength(3);
    for (const [i, post] of posts.entries())
      await bot.handleAction({
        ...base(`U${i}`),
        ...post.channel,
        actionId: 'answer',
        value: post.reply.buttons![0]!.value,
      });
    const edited = () =>
      transport.calls
        .filter((c) => c.kind === 'update')
        .map((c) => `${c.channel.teamId}/${c.channel.channelId}`);
    await vi.advanceTimersByTimeAsync(REFRESH_DELAY_MS);
    // Team T1 edits the first of its two due posts now; team T2 is not held up by T1.
    expect(edited().sort()).toEqual(['T1/C1', 'T2/C1']);
    await vi.advanceTimersByTimeAsync(TEAM_EDIT_INTERVAL_MS - 1);
    expect(edited()).toHaveLength(2);
    await vi.advanceTimersByTimeAsync(1);
    expect(edited().sort()).toEqual(['T1/C1', 'T1/C2', 'T2/C1']);
  });

  it('shows the caller their own rank when they are outside the top 10', async () => {
    await command('post', []);
    const [posted] = transport.questionPosts();
    const buttons = posted!.reply.buttons!;
    const post = store.latestPost(CHANNEL)!;
    const right = buttons[post.correctIndex]!.value;
    const wrong = buttons[(post.correctIndex + 1) % buttons.length]!.value;
    for (let i = 1; i <= 11; i++) await click(`U${String(i).padStart(2, '0')}`, right);
    await click('ULAST', wrong);
    const [board] = await command('leaderboard', [], 'ULAST');
    expect(board!.text.split('\n')).toHaveLength(10);
    expect(board!.text).not.toContain('ulast');
    expect(board!.footer).toBe(m.yourRank(m.leaderboardRow(12, 'ulast', 0, 0, 1, '0%', 0)));
  });
});
