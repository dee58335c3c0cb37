/**
 * Practice reminders, driven by the store-backed scheduler tick with a clock the test moves: off
 * unless asked for; one private message a day at the channel's question time when cards are due;
 * never a second one that day — across ticks, restarts and two processes on one database.
 */
import { describe, expect, it } from 'vitest';
import { messages } from '../../../src/bot/i18n/catalog.ts';
import { REMINDER_WINDOW_MS } from '../../../src/bot/learning/reminders.ts';
import type { Reply } from '../../../src/bot/types.ts';
import {
  HOUR,
  one,
  optionButton,
  questionOf,
  startTestBot,
  type TestBot,
  TestClock,
  tempDbPath,
} from './learning-harness.ts';

const m = messages('en');
/** Sat 12:00 Tokyo: a practice card missed now is due again by Monday (FSRS: about a day). */
const SATURDAY_NOON = '2026-11-28T03:00:00Z';
const MONDAY_0900 = '2026-11-30T00:00:00Z';

function reminders(...bots: TestBot[]): { userId: string; reply: Reply }[] {
  return bots.flatMap((b) =>
    b.transport.calls
      .filter((c) => c.kind === 'private' && c.reply.title === m.reminderTitle)
      .map((c) => ({ userId: c.userId!, reply: c.reply })),
  );
}

/** Alice gets a practice question wrong: her card for its concept is due again the next day. */
async function missOnePractice(t: TestBot): Promise<string> {
  const card = one(await t.command('UALICE', 'practice'));
  const question = questionOf(card, t.bot.deps.questions);
  await t.click('UALICE', optionButton(card, t.bot.deps.questions, false));
  return t.bot.deps.bank.concepts.find((c) => c.id === question.conceptId)!.name;
}

async function setUp(dbPath = tempDbPath(), clock = new TestClock(Date.parse(SATURDAY_NOON))) {
  const t = startTestBot({ dbPath, clock });
  await t.command('UADMIN', 'schedule 09:00 daily Asia/Tokyo');
  return { t, clock, dbPath };
}

describe('/quiz remind', () => {
  it('is off by default, says so, and answers on and off', async () => {
    const { t } = await setUp();
    expect(one(await t.command('UALICE', 'remind')).text).toBe(m.remindShowOff);
    expect(one(await t.command('UALICE', 'remind on')).text).toBe(
      m.remindOn('09:00', 'Asia/Tokyo'),
    );
    expect(one(await t.command('UALICE', 'remind')).text).toBe(m.remindShowOn);
    expect(one(await t.command('UALICE', 'remind OFF')).text).toBe(m.remindOff);
    expect(one(await t.command('UALICE', 'remind')).text).toBe(m.remindShowOff);
    const bad = one(await t.command('UALICE', 'remind maybe'));
    expect([bad.tone, bad.text]).toEqual(['error', m.badRemindWord('maybe')]);
    expect(t.store.getReminder('console', 'UALICE')?.enabled).toBe(false);
  });

  it('warns that nothing comes while the channel’s daily quiz is off', async () => {
    const { t } = await setUp();
    await t.command('UADMIN', 'schedule off');
    expect(one(await t.command('UALICE', 'remind on')).text).toContain(m.remindOnQuizOff);
  });
});

describe('practice reminders', () => {
  it('come once a day at the question time, only to those who asked and have cards due', async () => {
    const { t, clock } = await setUp();
    const concept = await missOnePractice(t);
    await missOnePractice({
      ...t,
      command: (_u, text) => t.command('UBOB', text),
      click: (_u, b) => t.click('UBOB', b),
    });
    await t.command('UALICE', 'remind on');
    await t.command('UCAROL', 'remind on'); // nothing due: no reminder

    clock.set('2026-11-29T23:59:00Z'); // Mon 08:59
    await t.bot.tick();
    expect(reminders(t)).toHaveLength(0);
    clock.set(MONDAY_0900);
    await t.bot.tick();
    const sent = reminders(t);
    expect(sent.map((r) => r.userId)).toEqual(['UALICE']);
    expect(sent[0]!.reply.text).toBe(m.reminderText(1, concept));
    expect(sent[0]!.reply.buttons?.map((b) => b.actionId)).toEqual(['practice-next']);

    for (let i = 0; i < 6; i++) {
      clock.advance(HOUR / 2);
      await t.bot.tick();
    }
    expect(reminders(t)).toHaveLength(1);

    // The next day, again once (the card is still due).
    clock.set('2026-12-01T00:00:00Z');
    await t.bot.tick();
    await t.bot.tick();
    expect(reminders(t)).toHaveLength(2);

    // Turned off: none.
    await t.command('UALICE', 'remind off');
    clock.set('2026-12-02T00:00:00Z');
    await t.bot.tick();
    expect(reminders(t)).toHaveLength(2);
  });

  it('are sent at most once a day per person across restarts and with two processes', async () => {
    const { t, clock, dbPath } = await setUp();
    await missOnePractice(t);
    await t.command('UALICE', 'remind on');
    clock.set(MONDAY_0900);
    await t.bot.tick();
    expect(reminders(t)).toHaveLength(1);
    await t.stop();

    // Restarted later that morning (the start-up tick catches up): nothing more today.
    clock.set('2026-11-30T01:00:00Z');
    const again = startTestBot({ dbPath, clock });
    await again.bot.startScheduler();
    expect(reminders(again)).toHaveLength(0);
    await again.stop();

    // Two processes on one database reach Tuesday 09:00 together: one reminder between them.
    clock.set('2026-12-01T00:00:00Z');
    const a = startTestBot({ dbPath, clock, seed: 2 });
    const b = startTestBot({ dbPath, clock, seed: 3 });
    await Promise.all([a.bot.tick(), b.bot.tick(), a.bot.tick(), b.bot.tick()]);
    expect(reminders(a, b)).toHaveLength(1);
  });

  it('are caught up after downtime only within a few hours of the question time', async () => {
    const { t, clock, dbPath } = await setUp();
    await missOnePractice(t);
    await t.command('UALICE', 'remind on');
    await t.stop();
    clock.set(MONDAY_0900);
    clock.advance(REMINDER_WINDOW_MS + 60_000); // down until after the window
    const late = startTestBot({ dbPath, clock });
    await late.bot.startScheduler();
    expect(reminders(late)).toHaveLength(0);
    clock.set('2026-12-01T01:00:00Z'); // Tue 10:00: within the window
    await late.bot.tick();
    expect(reminders(late)).toHaveLength(1);
  });

  it('a failed send is logged and not retried that day', async () => {
    const { t, clock } = await setUp();
    await missOnePractice(t);
    await t.command('UALICE', 'remind on');
    clock.set(MONDAY_0900);
    const original = t.transport.sendPrivate.bind(t.transport);
    let refused = 0;
    t.transport.sendPrivate = async () => {
      refused++;
      throw new Error('HTTP 503');
    };
    await t.bot.tick();
    t.transport.sendPrivate = original;
    clock.advance(HOUR);
    await t.bot.tick();
    expect(refused).toBe(1);
    expect(reminders(t)).toHaveLength(0);
    expect(t.logs.some((l) => l.msg === 'practice reminder not delivered; not retried today')).toBe(
      true,
    );
  });
});
