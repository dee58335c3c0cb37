/**
 * The daily flow end to end against the REAL bot core, through the real Slack adapter in both
 * modes: /quiz schedule 09:00 → the scheduler posts at 09:00 → clicks → private results →
 * the window closes (chat.update + reveal) → leaderboard. And what happens when Slack refuses:
 * a vanished channel pauses the schedule and the admin hears of it by DM; a rate limit is retried.
 */
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { explanationLines } from '../../../src/bot/cards/explanation-text.ts';
import { type Bot, createBot } from '../../../src/bot/create-bot.ts';
import { SEND_LEASE_MS } from '../../../src/bot/daily/post-question.ts';
import { messages } from '../../../src/bot/i18n/catalog.ts';
import { silentLogger } from '../../../src/logger.ts';
import { seededRandom } from '../../../src/quiz/text/seeded-random.ts';
import { openStore } from '../../../src/store/index.ts';
import type { QuizStore } from '../../../src/store/types.ts';
import { testBank } from '../../bot/fixtures/test-bank.ts';
import type { HarnessUser, SeenMessage } from '../harness.ts';
import { type SlackHarness, startSlackHarness } from './slack-harness.ts';

const m = messages('ja');
const admin: HarnessUser = { id: 'U0ADMIN', name: 'admin', admin: true };
const alice: HarnessUser = { id: 'U0ALICE', name: 'alice' };
const bob: HarnessUser = { id: 'U0BOB', name: 'bob' };
const carol: HarnessUser = { id: 'U0CAROL', name: 'carol' };

/** Sunday 2026-11-29 20:00 in Tokyo. */
const SUNDAY_EVENING = Date.parse('2026-11-29T11:00:00Z');
/** Monday 2026-11-30 09:00 in Tokyo. */
const MONDAY_0900 = Date.parse('2026-11-30T00:00:00Z');

function one(list: SeenMessage[], visibility: 'channel' | 'ephemeral'): SeenMessage {
  const found = list.filter((s) => s.visibility === visibility);
  expect(found).toHaveLength(1);
  return found[0]!;
}

describe.each(['http', 'socket'] as const)(
  'daily flow with the real core over Slack (%s mode)',
  (mode) => {
    let now: number;
    let store: QuizStore;
    let bot: Bot;
    let harness: SlackHarness;

    beforeEach(async () => {
      now = SUNDAY_EVENING;
      store = openStore(':memory:');
      bot = createBot({
        bank: testBank(),
        store,
        logger: silentLogger(),
        settings: { locale: 'ja', defaultTimezone: 'Asia/Tokyo', answerWindowMinutes: 60 },
        clock: () => now,
        random: seededRandom(7),
      });
      harness = await startSlackHarness(bot, mode);
      bot.attach(harness.adapter);
    });

    afterEach(async () => {
      await harness.close();
      await bot.stop();
      store.close();
    });

    it('schedule → post at 09:00 → answers → reveal → leaderboard', async () => {
      const scheduled = await harness.command(admin, 'schedule 09:00');
      expect(scheduled.map((s) => s.text).join('\n')).toContain(m.scheduleSet('').slice(0, 10));
      const before = harness.channelMessages().length;

      now = MONDAY_0900;
      await bot.tick();
      const posts = harness.api.callsOf('chat.postMessage');
      const question = harness.channelMessages().at(-1)!;
      expect(harness.channelMessages()).toHaveLength(before + 1);
      expect(posts.at(-1)?.args.blocks).toEqual(
        expect.arrayContaining([
          expect.objectContaining({ type: 'actions', block_id: 'quiz-actions-0' }),
        ]),
      );
      expect(question.text).toContain(m.questionTitle('2026-11-30'));
      expect(question.buttons).toHaveLength(4);
      const asked = testBank().questions.find((q) => question.text.includes(q.prompt))!;
      const right = asked.choices.findIndex((c) => c.correct);
      const rightButton = question.buttons[right]!;
      const wrongButton = question.buttons[(right + 1) % 4]!;

      const aliceResult = one(await harness.click(alice, question, rightButton), 'ephemeral');
      expect(aliceResult.userId).toBe(alice.id);
      expect(aliceResult.text).toContain(m.resultCorrect);
      expect(one(await harness.click(bob, question, wrongButton), 'ephemeral').text).toContain(
        m.resultWrong,
      );
      expect(one(await harness.click(carol, question, rightButton), 'ephemeral').text).toContain(
        m.resultCorrect,
      );
      expect(one(await harness.click(alice, question, wrongButton), 'ephemeral').text).toContain(
        m.alreadyAnswered('').slice(0, 4),
      );

      const explain = aliceResult.buttons.find((b) => b.actionId === 'explain')!;
      expect(one(await harness.click(alice, aliceResult, explain), 'ephemeral').text).toContain(
        explanationLines(asked, m)[0]!,
      );

      now += 61 * 60_000;
      await bot.tick();
      const updates = harness.api
        .callsOf('chat.update')
        .filter((c) => c.args.ts === question.ref!.messageId);
      expect(updates.length).toBeGreaterThan(0);
      const channel = harness.channelMessages();
      const closed = channel.find((s) => s.ref?.messageId === question.ref?.messageId)!;
      expect(closed.buttons.map((b) => b.disabled)).toEqual([true, true, true, true]);
      const reveal = channel.find((s) => s.text.includes(m.revealTitle('2026-11-30')))!;
      expect(reveal.text).toContain(asked.choices[right]!.text);
      expect(reveal.text).toMatch(/alice|U0ALICE/);

      const board = (await harness.command(bob, 'leaderboard')).map((s) => s.text).join('\n');
      expect(board).toMatch(/1\. (alice|carol)/);
      expect(board).toMatch(/3\. bob/);
    });

    it('pauses a channel that vanished and tells the admin by DM; retries after a rate limit', async () => {
      await harness.command(admin, 'schedule 09:00');
      now = MONDAY_0900;
      harness.api.failNext('chat.postMessage', { error: 'channel_not_found' });
      harness.api.failNext('chat.postEphemeral', { error: 'channel_not_found' });
      await bot.tick();
      const settings = store.listChannels().find((c) => c.channelId === harness.channel.channelId);
      expect(settings?.pausedReason).toBe('channel_unavailable: channel_not_found');
      const dm = harness.api.messages.find((msg) => msg.channel === `D${admin.id.slice(1)}`);
      expect(dm?.text).toBe(
        m.channelPaused(m.pauseDetail(m.pauseChannelUnavailable, 'channel_not_found')),
      );
      const attempts = harness.api.callsOf('chat.postMessage').length;
      now += 60_000;
      await bot.tick();
      expect(harness.api.callsOf('chat.postMessage')).toHaveLength(attempts);

      // Resumed, then rate limited: the post is not lost, the next try (after the send lease) lands.
      await harness.command(admin, 'schedule 09:00');
      const beforeRetry = harness.api.callsOf('chat.postMessage').length;
      harness.api.failNext('chat.postMessage', { status: 429, retryAfter: 30 });
      now += SEND_LEASE_MS;
      await bot.tick();
      expect(harness.api.callsOf('chat.postMessage')).toHaveLength(beforeRetry + 1);
      expect(
        store.listChannels().find((c) => c.channelId === harness.channel.channelId)?.pausedReason,
      ).toBeNull();
      expect(harness.channelMessages().filter((s) => s.buttons.length > 0)).toHaveLength(0);
      now += SEND_LEASE_MS;
      await bot.tick();
      expect(harness.channelMessages().filter((s) => s.buttons.length > 0)).toHaveLength(1);
    });
  },
);
