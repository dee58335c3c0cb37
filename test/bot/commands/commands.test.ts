/**
 * Every command through the core with a real (in-memory) store: each bad argument gets a message
 * that says what was expected, admin commands are refused to others, and nothing is lost.
 */
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Bot } from '../../../src/bot/create-bot.ts';
import { messages } from '../../../src/bot/i18n/catalog.ts';
import type { CommandEvent, Reply } from '../../../src/bot/types.ts';
import type { QuizStore } from '../../../src/store/types.ts';
import { RecordingTransport } from '../daily/recording-transport.ts';
import { createTestBot } from '../fixtures/test-bot.ts';

const CHANNEL = { platform: 'console' as const, teamId: 'T1', channelId: 'C1' };
const NOW = Date.parse('2026-11-30T00:30:00Z'); // Mon 09:30 Tokyo
let store: QuizStore;
let bot: Bot;
let transport: RecordingTransport;

function run(
  text: string,
  opts: { admin?: boolean; user?: string; locale?: 'ja' | 'en' } = {},
): Promise<Reply[]> {
  const [name = '', ...args] = text.split(' ').filter(Boolean);
  const user = opts.user ?? (opts.admin ? 'UADMIN' : 'UALICE');
  const event: CommandEvent = {
    ...CHANNEL,
    userId: user,
    userName: user.toLowerCase(),
    isAdmin: async () => opts.admin === true,
    name,
    args,
  };
  return bot.handleCommand(event);
}

async function text(cmd: string, opts: Parameters<typeof run>[1] = {}): Promise<string> {
  const replies = await run(cmd, opts);
  expect(replies).toHaveLength(1);
  return replies[0]!.text;
}

function makeBot(locale: 'ja' | 'en') {
  ({ bot, store } = createTestBot({ locale, clock: () => NOW, seed: 3 }));
  transport = new RecordingTransport();
  bot.attach(transport);
}

afterEach(async () => {
  await bot.stop();
  store.close();
});

describe('commands (ja)', () => {
  const m = messages('ja');
  beforeEach(() => makeBot('ja'));

  it.each([
    [
      'frobnicate',
      m.unknownCommand(
        'frobnicate',
        'help, lookup, explain, leaderboard, stats, me, practice, remind, team, schedule, post, close, season, reload, notes, flag, flags, void, unvoid',
      ),
    ],
    ['leaderboard yearly', m.badPeriod('yearly')],
    ['leaderboard week month', m.tooManyArgs('/quiz leaderboard [week|month|season [NAME]|all]')],
    ['stats bob', m.badUser('bob')],
    ['explain zzzz', m.unknownQuestion('zzzz')],
    ['explain', m.noQuestionYet],
    ['lookup', m.lookupNeedsTerm],
    ['practice now', m.tooManyArgs('/quiz practice')],
  ])('"/quiz %s" explains what was expected', async (cmd, expected) => {
    expect(await text(cmd)).toBe(expected);
  });

  it.each([
    ['schedule 25:00', m.badTime('25:00')],
    ['schedule 9', m.badTime('9')],
    ['schedule 09:00 funday,mon', m.badDays('funday,mon')],
    ['schedule 09:00 Mars/Olympus', m.badTimezone('Mars/Olympus')],
    ['schedule 09:00 tomorrow', m.unexpectedScheduleWord('tomorrow')],
    ['schedule 09:00 10:00', m.repeatedScheduleWord('10:00')],
    ['season', m.missingArg('/quiz season new [NAME] | list')],
    ['season old', m.badSeasonAction('old')],
    [`season new ${'x'.repeat(61)}`, m.seasonNameTooLong(60)],
    ['post now', m.tooManyArgs('/quiz post')],
    ['close', m.nothingOpen],
  ])('admin "/quiz %s" explains what was expected', async (cmd, expected) => {
    expect(await text(cmd, { admin: true })).toBe(expected);
    expect(transport.calls).toHaveLength(0);
  });

  it.each(['post', 'close', 'season new', 'schedule 09:00', 'schedule off'])(
    'refuses "/quiz %s" to a non-admin and changes nothing',
    async (cmd) => {
      expect(await text(cmd)).toBe(m.adminOnly(cmd.split(' ')[0]!));
      expect(store.getChannel(CHANNEL)).toBeNull();
      expect(store.currentSeason('console', 'T1')).toBeNull();
      expect(transport.calls).toHaveLength(0);
    },
  );

  it('shows the schedule to anyone, sets it for admins, and turns it off', async () => {
    expect(await text('schedule')).toContain(m.scheduleNone);
    const set = await text('schedule 08:30 weekdays Asia/Tokyo', { admin: true });
    expect(set).toContain(m.scheduleSet(m.scheduleLine('08:30', m.daysWeekdays, 'Asia/Tokyo')));
    expect(store.getChannel(CHANNEL)).toMatchObject({
      time: '08:30',
      days: [1, 2, 3, 4, 5],
      timezone: 'Asia/Tokyo',
      enabled: true,
      updatedBy: 'UADMIN',
    });
    expect(await text('schedule')).toContain(m.scheduleNext('12/1 08:30'));
    expect(await text('schedule off', { admin: true })).toBe(m.scheduleStopped);
    expect(store.getChannel(CHANNEL)?.enabled).toBe(false);
  });

  it('posts once a day: a second post for the same local date shows the first one again', async () => {
    expect(await text('post', { admin: true })).toMatch(/^問題（ID q/);
    const first = store.latestPost(CHANNEL)!;
    const again = await text('post', { admin: true });
    expect(again).toContain(m.alreadyPostedShownAgain(m.alreadyPostedAnswerHere));
    expect(again).toContain(first.question!.prompt);
    expect(transport.questionPosts()).toHaveLength(1);
    expect(store.latestPost(CHANNEL)!.id).toBe(first.id);
  });

  it('starts a season without losing answers, and names it by default', async () => {
    expect(await text('season new', { admin: true })).toBe(
      m.seasonStarted(m.defaultSeasonName('2026-11-30')),
    );
    expect(await text('season new Winter Cup', { admin: true })).toBe(
      m.seasonStarted('Winter Cup'),
    );
    expect(store.listSeasons('console', 'T1').map((s) => s.name)).toEqual([
      m.defaultSeasonName('2026-11-30'),
      'Winter Cup',
    ]);
  });
});

describe('commands (en)', () => {
  beforeEach(() => makeBot('en'));

  it('speaks English when the locale is en', async () => {
    const m = messages('en');
    expect(await text('leaderboard yearly')).toBe(m.badPeriod('yearly'));
    const help = (await run('help'))[0]!;
    expect(help.title).toBe(m.helpTitle);
  });
});
