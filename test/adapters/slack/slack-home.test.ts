/**
 * Slack's App Home end to end: the REAL core behind the real Slack adapter (Bolt, both modes)
 * against the local fake Web API. Opening the Home tab (app_home_opened) publishes the player's
 * home with views.publish; a "practice this" click on it sends a practice question to the
 * player's DM with the bot and publishes the Home tab again.
 */
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { type Bot, createBot } from '../../../src/bot/create-bot.ts';
import { formatWhen, messages } from '../../../src/bot/i18n/catalog.ts';
import { silentLogger } from '../../../src/logger.ts';
import { seededRandom } from '../../../src/quiz/text/seeded-random.ts';
import { openStore } from '../../../src/store/index.ts';
import type { QuizStore } from '../../../src/store/types.ts';
import { testBank } from '../../bot/fixtures/test-bank.ts';
import type { HarnessUser } from '../harness.ts';
import { type SlackHarness, startSlackHarness, TEAM_ID } from './slack-harness.ts';
import { fixture } from './slack-payloads.ts';

const m = messages('ja');
const admin: HarnessUser = { id: 'U0ADMIN', name: 'admin', admin: true };
const alice: HarnessUser = { id: 'U0ALICE', name: 'alice' };
const bob: HarnessUser = { id: 'U0BOB', name: 'bob' };

const SUNDAY_EVENING = Date.parse('2026-11-29T11:00:00Z'); // Sun 20:00 Tokyo
const MONDAY_0900 = Date.parse('2026-11-30T00:00:00Z'); // Mon 09:00 Tokyo
const TUESDAY_0900 = Date.parse('2026-12-01T00:00:00Z');

interface ViewBlock {
  type: string;
  text?: { text: string };
  fields?: { text: string }[];
  elements?: { type: string; action_id?: string; value?: string; text?: { text: string } }[];
}

/** Everything a person reads on the Home tab, and its buttons. */
function read(view: { blocks: unknown[] }) {
  const blocks = view.blocks as ViewBlock[];
  const text = blocks
    .flatMap((b) => [
      b.text?.text ?? '',
      ...(b.fields ?? []).map((f) => f.text),
      ...(b.type === 'context' ? (b.elements ?? []).map((e) => String(e.text ?? '')) : []),
    ])
    .join('\n');
  const buttons = blocks
    .filter((b) => b.type === 'actions')
    .flatMap((b) => b.elements ?? [])
    .map((e) => ({ actionId: e.action_id ?? '', value: e.value ?? '', label: e.text?.text ?? '' }));
  return { text, buttons, header: blocks.find((b) => b.type === 'header')?.text?.text };
}

function homeOpened(userId: string): Record<string, unknown> {
  const event = fixture<{ event: Record<string, unknown> }>('app-home-opened.event.json');
  return {
    ...event,
    team_id: TEAM_ID,
    event_id: `Ev${userId}${Date.now()}`,
    event: { ...event.event, user: userId, channel: `D${userId.slice(1)}` },
  };
}

describe.each(['http', 'socket'] as const)(
  'Slack App Home with the real core (%s mode)',
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

    it('publishes the player’s home on app_home_opened, and a "practice this" click sends a practice question to their DM', async () => {
      await harness.command(admin, 'schedule 09:00');
      now = MONDAY_0900;
      await bot.tick();
      const question = harness.channelMessages().at(-1)!;
      const asked = testBank().questions.find((q) => question.text.includes(q.prompt))!;
      const right = asked.choices.findIndex((c) => c.correct);
      await harness.click(
        alice,
        question,
        question.buttons[(right + 1) % question.buttons.length]!,
      );
      now += 61 * 60_000;
      await bot.tick(); // closed and revealed

      expect(await harness.deliverEvent(homeOpened(alice.id))).toBe(200);
      await harness.adapter.settled();
      const published = harness.api.homeViews.get(alice.id);
      expect(published?.view.type).toBe('home');
      const home = read(published!.view);
      expect(home.header).toBe(m.homeTitle);
      expect(home.text).toContain(`<#${harness.channel.channelId}>`);
      expect(home.text).toContain(m.homeStreakValue(0, 0));
      expect(home.text).toContain(m.homeWeekValue(0, 1));
      expect(home.text).toContain(m.homeAccuracyValue('0%', 0, 1));
      expect(home.text).toContain(formatWhen(TUESDAY_0900, 'Asia/Tokyo', 'ja'));
      const concept = testBank().concepts.find((c) => c.id === asked.conceptId)!;
      expect(home.text).toContain(m.homeWeakestLine(concept.name, '0%', 0, 1));
      expect(home.text).toContain(m.homeRemindOff);
      const practiceThis = home.buttons.find((b) => b.label === m.homePracticeThis(concept.name));
      expect(practiceThis).toMatchObject({ value: concept.id });

      // The click comes from the Home tab: no channel, no response_url.
      const click = fixture<Record<string, unknown>>('block-actions-home.payload.json');
      const payload = {
        ...click,
        user: { id: alice.id, username: alice.name, name: alice.name, team_id: TEAM_ID },
        trigger_id: `${Date.now()}.1111.home`,
        actions: [
          {
            ...(click.actions as Record<string, unknown>[])[0],
            action_id: practiceThis!.actionId,
            value: practiceThis!.value,
            text: { type: 'plain_text', text: practiceThis!.label, emoji: true },
          },
        ],
      };
      expect(await harness.deliverInteractive(payload as never)).toBe(200);
      await harness.adapter.settled();
      const dm = harness.api.messages.filter((msg) => msg.channel === `D${alice.id.slice(1)}`);
      expect(dm).toHaveLength(1);
      const practice = harness.seen(dm[0]!);
      const practiced = testBank().questions.find((q) => practice.text.includes(q.prompt));
      expect(practiced?.conceptId).toBe(concept.id);
      expect(practice.buttons.every((b) => b.actionId === 'practice-answer')).toBe(true);
      expect(harness.api.homeViews.get(alice.id)?.publishes).toBe(2);
    });

    it('greets a player who never answered with the channel’s next question time', async () => {
      await harness.command(admin, 'schedule 09:00');
      await harness.deliverEvent(homeOpened(bob.id));
      await harness.adapter.settled();
      const home = read(harness.api.homeViews.get(bob.id)!.view);
      expect(home.text).toContain(m.homeNoAnswers);
      expect(home.text).toContain(formatWhen(MONDAY_0900, 'Asia/Tokyo', 'ja'));
      expect(home.buttons).toEqual([]);
    });

    it('publishes nothing when the Messages tab is opened', async () => {
      const event = homeOpened(bob.id);
      await harness.deliverEvent({
        ...event,
        event: { ...(event.event as object), tab: 'messages' },
      });
      await harness.adapter.settled();
      expect(harness.api.callsOf('views.publish')).toEqual([]);
    });
  },
);
