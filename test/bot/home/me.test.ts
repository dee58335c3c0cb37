/**
 * `/quiz me`: the player's home as a private card, from the real core and store: streak, points and
 * rank this week, accuracy, weakest concepts with "practice this", cards due, next question time.
 */
import { describe, expect, it } from 'vitest';
import { formatWhen, messages } from '../../../src/bot/i18n/catalog.ts';
import type { Reply } from '../../../src/bot/types.ts';
import {
  CHANNEL,
  HOUR,
  one,
  optionButton,
  questionOf,
  startTestBot,
  TestClock,
  tempDbPath,
} from '../learning/learning-harness.ts';

const m = messages('en');
const field = (reply: Reply, label: string) => reply.fields?.find((f) => f.label === label)?.value;

describe('/quiz me', () => {
  it('shows a new player how to start and when the next question comes', async () => {
    const clock = new TestClock(Date.parse('2026-11-29T03:00:00Z'));
    const t = startTestBot({ dbPath: tempDbPath(), clock });
    await t.command('UADMIN', 'schedule 09:00 daily Asia/Tokyo');
    const home = one(await t.command('UALICE', 'me'));
    expect(home).toMatchObject({
      visibility: 'ephemeral',
      title: m.homeTitle,
      text: m.homeNoAnswers,
    });
    expect(field(home, m.homeNext)).toBe(
      formatWhen(Date.parse('2026-11-30T00:00:00Z'), 'Asia/Tokyo', 'en'),
    );
    expect(field(home, m.homeWeek)).toBe(m.homeWeekNone);
    expect(field(home, m.homeDue)).toBe(m.homeDueNone);
    expect(home.footer).toBe(m.homeRemindOff);
    expect(home.buttons).toBeUndefined();
    expect(field(home, m.homeChannel)).toBeUndefined(); // asked in the channel: no need to name it
  });

  it('shows streak, points and rank, accuracy, weakest concepts with a practice button, and cards due', async () => {
    const clock = new TestClock(Date.parse('2026-11-29T03:00:00Z'));
    const t = startTestBot({ dbPath: tempDbPath(), clock });
    await t.command('UADMIN', 'schedule 09:00 daily Asia/Tokyo');
    // Monday: Alice right, Bob right; Tuesday: Alice wrong.
    const answers: [string, boolean][][] = [
      [
        ['UALICE', true],
        ['UBOB', true],
      ],
      [['UALICE', false]],
    ];
    let missed = '';
    for (const [day, who] of answers.entries()) {
      clock.set(`2026-1${day === 0 ? '1-30' : '2-01'}T00:00:00Z`);
      await t.bot.tick();
      const post = t.transport.questionPosts().at(-1)!;
      for (const [user, right] of who)
        await t.click(user, optionButton(post.reply, t.bot.deps.questions, right));
      if (day === 1) missed = questionOf(post.reply, t.bot.deps.questions).conceptId;
    }
    clock.advance(HOUR * 24); // Tuesday's question closed by Wednesday's post
    await t.bot.tick();

    const home = one(await t.command('UALICE', 'me'));
    const concept = t.bot.deps.bank.concepts.find((c) => c.id === missed)!;
    expect(field(home, m.homeStreak)).toBe(m.homeStreakValue(0, 1));
    expect(field(home, m.homeWeek)).toMatch(/^10 points · rank [12]$/);
    expect(field(home, m.homeAccuracy)).toBe(m.homeAccuracyValue('50%', 1, 2));
    expect(field(home, m.homeWeakest)).toContain(m.homeWeakestLine(concept.name, '0%', 0, 1));
    expect(field(home, m.homeDue)).toBe(m.homeDueValue(1, concept.name));
    const practice = home.buttons!.find((b) => b.label === m.homePracticeThis(concept.name))!;
    expect(home.buttons!.at(-1)).toMatchObject({
      actionId: 'practice-next',
      label: m.homePracticeDue,
    });

    // "Practice this" gives a private question on that concept.
    const question = one(await t.click('UALICE', practice));
    expect(questionOf(question, t.bot.deps.questions).conceptId).toBe(concept.id);

    await t.command('UALICE', 'remind on');
    expect(one(await t.command('UALICE', 'me')).footer).toBe(m.homeRemindOn);
    expect(t.store.getReminder('console', 'UALICE')?.channel).toEqual(CHANNEL);
  });

  it('reads naturally in Japanese', async () => {
    const clock = new TestClock(Date.parse('2026-11-29T03:00:00Z'));
    const t = startTestBot({ dbPath: tempDbPath(), clock, locale: 'ja' });
    const home = one(await t.command('UALICE', 'me'));
    const ja = messages('ja');
    expect(home.title).toBe('あなたの学習状況');
    expect(field(home, ja.homeNext)).toBe('毎日の出題は止まっています');
    expect(home.footer).toBe(ja.homeRemindOff);
  });
});
