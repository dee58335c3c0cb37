/**
 * `/quiz team`: the misconception map on known data, and the weekly report settings (who may
 * change them, what each bad word says).
 */
import { describe, expect, it } from 'vitest';
import { messages } from '../../../src/bot/i18n/catalog.ts';
import {
  CHANNEL,
  DAY,
  one,
  startTestBot,
  type TestBot,
  TestClock,
  tempDbPath,
} from './learning-harness.ts';

const m = messages('en');

/** A closed post of `questionId` with the given picks (choice index per user). */
function closedPost(t: TestBot, localDate: string, questionId: string, picks: number[]): void {
  const question = t.bot.deps.questions.get(questionId)!;
  const at = Date.parse(`${localDate}T01:00:00Z`);
  const { post } = t.store.createPost({
    ...CHANNEL,
    localDate,
    questionId,
    conceptId: question.conceptId,
    correctIndex: question.choices.findIndex((c) => c.correct),
    choiceCount: question.choices.length,
    openedAt: at,
    closesAt: at + DAY,
  });
  picks.forEach((choiceIndex, i) =>
    t.store.recordAnswer({
      postId: post.id,
      userId: `U${i}`,
      userName: `u${i}`,
      choiceIndex,
      choiceText: question.choices[choiceIndex]!.text,
      at: at + i,
    }),
  );
  t.store.closePost(post.id, at + DAY / 2);
}

function bot() {
  const t = startTestBot({
    dbPath: tempDbPath(),
    clock: new TestClock(Date.parse('2026-12-04T01:00:00Z')),
  });
  t.store.upsertChannel(CHANNEL, { locale: 'en', timezone: 'Asia/Tokyo', enabled: false });
  return t;
}

describe('/quiz team (misconception map)', () => {
  it('shows the wrong options held most by concept with corrections, and the mastered concepts', async () => {
    const t = bot();
    // Saga (right = 1): "Uses 2PC" (0) held by three people over two posts, "Coordinator locks" (2) by one.
    closedPost(t, '2026-11-30', 'q1saga', [0, 0, 2, 1]);
    closedPost(t, '2026-12-01', 'q2cqrs', [2, 2, 2]); // all right
    closedPost(t, '2026-12-02', 'q1saga', [1, 0, 0]);
    closedPost(t, '2026-12-03', 'q3bff', [0, 0, 1]);
    const card = one(await t.command('UALICE', 'team'));
    expect(card.visibility).toBe('ephemeral');
    expect(card.title).toBe(m.teamTitle);
    expect(card.text).toBe(m.teamSummary(13, 3));
    const [held, mastered] = card.fields!;
    expect(held!.label).toBe(m.teamHeld);
    expect(held!.value.split('\n')).toEqual([
      m.teamConceptLine('Saga', '29%', 2, 7),
      `  ${m.teamMisconceptionLine('Uses 2PC', 3)}`,
      `    ${m.teamCorrectionLine('Uses 2PC is wrong.')}`,
      `  ${m.teamMisconceptionLine('Coordinator locks', 1)}`,
      `    ${m.teamCorrectionLine('Coordinator locks is wrong.')}`,
      m.teamConceptLine('BFF', '67%', 2, 3),
      `  ${m.teamMisconceptionLine('One gateway per service', 1)}`,
      `    ${m.teamCorrectionLine('One gateway per service is wrong.')}`,
    ]);
    expect(mastered!.value).toBe(m.teamMasteredLine('CQRS', '100%', 3, 3));
  });

  it('never shows the picks of a question still open', async () => {
    const t = bot();
    await t.command('UADMIN', 'post');
    const post = t.store.latestPost(CHANNEL)!;
    const question = t.bot.deps.questions.get(post.questionId)!;
    const wrong = question.choices.findIndex((c) => !c.correct);
    t.store.recordAnswer({
      postId: post.id,
      userId: 'U1',
      userName: 'u1',
      choiceIndex: wrong,
      choiceText: question.choices[wrong]!.text,
      at: t.bot.deps.clock(),
    });
    const card = one(await t.command('UALICE', 'team'));
    expect(card.text).toBe(m.teamNone);
    expect(JSON.stringify(card)).not.toContain(question.choices[wrong]!.text);
  });

  it('explains a word it cannot read', async () => {
    const t = bot();
    expect(one(await t.command('UALICE', 'team misconceptions')).text).toBe(
      m.badTeamSection('misconceptions'),
    );
  });
});

describe('/quiz team report (weekly report settings)', () => {
  it('shows the default (Friday 17:00) to anyone and lets only admins change it', async () => {
    const t = bot();
    await t.command('UADMIN', 'schedule 09:00 weekdays Asia/Tokyo');
    const shown = one(await t.command('UALICE', 'team report'));
    expect(shown.title).toBe(m.reportScheduleTitle);
    expect(shown.text).toContain(m.reportScheduleLine('Fri', '17:00', 'Asia/Tokyo'));
    expect(shown.text).toContain(m.reportScheduleNext('Dec 4, 17:00'));
    expect(one(await t.command('UALICE', 'team report mon 08:30')).text).toBe(m.adminOnly('team'));

    const set = one(await t.command('UADMIN', 'team report mon 08:30'));
    expect(set.visibility).toBe('channel');
    expect(set.text).toContain(
      m.reportScheduleSet(m.reportScheduleLine('Mon', '08:30', 'Asia/Tokyo')),
    );
    expect(t.store.getReportSchedule(CHANNEL)).toEqual({
      weekday: 1,
      time: '08:30',
      enabled: true,
      updatedBy: 'UADMIN',
    });
    // Only the time: the day stays.
    one(await t.command('UADMIN', 'team report 18:00'));
    expect(t.store.getReportSchedule(CHANNEL)).toMatchObject({ weekday: 1, time: '18:00' });
    // Discord: options in spec order, one value with a space, and '' for a section left out.
    for (const args of [
      ['report', 'tue 07:15'],
      ['', 'tue 07:15'],
    ]) {
      const reply = one(
        await t.bot.handleCommand({
          ...CHANNEL,
          userId: 'UADMIN',
          userName: 'admin',
          isAdmin: async () => true,
          name: 'team',
          args,
        }),
      );
      expect(reply.text).toContain(
        m.reportScheduleSet(m.reportScheduleLine('Tue', '07:15', 'Asia/Tokyo')),
      );
    }

    expect(one(await t.command('UADMIN', 'team report off')).text).toBe(m.reportStopped);
    expect(one(await t.command('UALICE', 'team report')).text).toBe(m.reportScheduleOff);
  });

  it.each([
    ['team report someday', 'someday'],
    ['team report fri 25:00', '25:00'],
    ['team report fri mon', 'mon'],
    ['team report 09:00 10:00', '10:00'],
    ['team report now please', 'now'],
  ])('"/quiz %s" names the word it cannot read', async (text, word) => {
    const t = bot();
    const reply = one(await t.command('UADMIN', text));
    expect(reply.tone).toBe('error');
    expect(reply.text).toBe(m.badReportWord(word));
    expect(t.store.getReportSchedule(CHANNEL)).toBeNull();
  });

  it('says so when asked to report now with nothing to report', async () => {
    const t = bot();
    expect(one(await t.command('UADMIN', 'team report now')).text).toBe(
      m.reportNothingThisWeek('2026-W49'),
    );
    expect(t.store.getWeeklyReport(CHANNEL, '2026-W49')).toBeNull(); // nothing claimed: the scheduled report still comes
  });
});
