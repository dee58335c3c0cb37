/**
 * Seasons: before the first season the season board counts from the first answer; names are
 * unique in a team; `/quiz season list` shows every season; `/quiz leaderboard season NAME` shows
 * an earlier one — across a restart too.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { Bot } from '../../../src/bot/create-bot.ts';
import { messages } from '../../../src/bot/i18n/catalog.ts';
import type { CommandEvent, Reply } from '../../../src/bot/types.ts';
import { openStore, type SqliteQuizStore } from '../../../src/store/index.ts';
import { RecordingTransport } from '../daily/recording-transport.ts';
import { createTestBot } from '../fixtures/test-bot.ts';

const CHANNEL = { platform: 'console' as const, teamId: 'T1', channelId: 'C1' };
const m = messages('en');
const DAY = 86_400_000;
const START = Date.parse('2026-11-30T00:30:00Z');

let dir: string;
let running: { bot: Bot; store: SqliteQuizStore } | null = null;

async function start() {
  await stop();
  const store = openStore(join(dir, 'quizbot.db'));
  const { bot } = createTestBot({ store, locale: 'en' });
  bot.attach(new RecordingTransport());
  running = { bot, store };
  return { bot, store };
}

async function stop() {
  if (!running) return;
  await running.bot.stop();
  running.store.close();
  running = null;
}

const command = (bot: Bot, name: string, args: string[] = [], userId = 'UADMIN') =>
  bot.handleCommand({
    ...CHANNEL,
    userId,
    userName: userId.toLowerCase(),
    isAdmin: async () => userId === 'UADMIN',
    name,
    args,
  } satisfies CommandEvent);
const only = (replies: Reply[]): Reply => {
  expect(replies).toHaveLength(1);
  return replies[0]!;
};

/** Posts today's question and has `user` answer it right. */
async function rightAnswer(bot: Bot, store: SqliteQuizStore, user: string) {
  await command(bot, 'post');
  const post = store.latestPost(CHANNEL)!;
  await bot.handleAction({
    ...CHANNEL,
    userId: user,
    userName: user.toLowerCase(),
    isAdmin: async () => false,
    actionId: 'answer',
    value: `${post.id}:${post.correctIndex}`,
  });
}

const rows = (card: Reply) => card.text.split('\n');

beforeEach(() => {
  vi.useFakeTimers({ now: START, toFake: ['Date'] });
  dir = mkdtempSync(join(tmpdir(), 'quizbot-seasons-'));
});

afterEach(async () => {
  await stop();
  vi.useRealTimers();
  rmSync(dir, { recursive: true, force: true });
});

describe('seasons', () => {
  it('before the first season, the season board counts from the first answer', async () => {
    const { bot, store } = await start();
    expect(only(await command(bot, 'season', ['list'], 'U1')).text).toBe(m.seasonListNone);
    await rightAnswer(bot, store, 'U1');
    const card = only(await command(bot, 'leaderboard', ['season'], 'U1'));
    expect(card.title).toBe(m.leaderboardTitle(m.periodName('season'), m.beforeFirstSeason));
    expect(rows(card)).toEqual([m.leaderboardRow(1, 'u1', 10, 1, 1, '100%', 1)]);
  });

  it('names are unique in the team; the default name of a second season that day gets a number', async () => {
    const { bot, store } = await start();
    expect(only(await command(bot, 'season', ['new', 'Spring', 'Cup'])).text).toBe(
      m.seasonStarted('Spring Cup'),
    );
    expect(only(await command(bot, 'season', ['new', 'ｓｐｒｉｎｇ', ' cup'])).text).toBe(
      m.seasonNameTaken('ｓｐｒｉｎｇ  cup'.trim()),
    );
    expect(() => store.startSeason('console', 'T1', 'SPRING CUP', 1)).toThrow(/already exists/);
    // Another team may use the name.
    expect(store.startSeason('console', 'T2', 'Spring Cup', 1).name).toBe('Spring Cup');
    const today = m.defaultSeasonName('2026-11-30');
    expect(only(await command(bot, 'season', ['new'])).text).toBe(m.seasonStarted(today));
    expect(only(await command(bot, 'season', ['new'])).text).toBe(m.seasonStarted(`${today} (2)`));
    expect(store.listSeasons('console', 'T1').map((s) => s.name)).toEqual([
      'Spring Cup',
      today,
      `${today} (2)`,
    ]);
  });

  it('lists the seasons and shows an earlier season’s board by name, across a restart', async () => {
    const first = await start();
    await command(first.bot, 'season', ['new', 'Autumn']);
    await rightAnswer(first.bot, first.store, 'U1');
    vi.setSystemTime(START + DAY);
    await command(first.bot, 'season', ['new', 'Winter']);
    await rightAnswer(first.bot, first.store, 'U2');

    const { bot } = await start();
    const list = only(await command(bot, 'season', ['list'], 'U1'));
    expect(rows(list)).toEqual([
      m.seasonListCurrent('Winter', 'Dec 1'),
      m.seasonListPast('Autumn', 'Nov 30', 'Dec 1'),
    ]);
    const autumn = only(await command(bot, 'leaderboard', ['season', 'autumn'], 'U1'));
    expect(autumn.title).toBe(m.leaderboardTitle(m.periodName('season'), 'Autumn'));
    // U1's streak still counts: the latest post is open and they may yet answer it.
    expect(rows(autumn)).toEqual([m.leaderboardRow(1, 'u1', 10, 1, 1, '100%', 1)]);
    const current = only(await command(bot, 'leaderboard', ['season'], 'U1'));
    expect(current.title).toBe(m.leaderboardTitle(m.periodName('season'), 'Winter'));
    expect(rows(current)).toEqual([m.leaderboardRow(1, 'u2', 10, 1, 1, '100%', 1)]);
    // Discord's form: the period left out, the season named.
    expect(only(await command(bot, 'leaderboard', ['', 'Autumn'], 'U1')).title).toBe(autumn.title);
    expect(only(await command(bot, 'leaderboard', ['season', 'Summer'], 'U1')).text).toBe(
      m.seasonUnknown('Summer', '“Autumn”, “Winter”'),
    );
    expect(only(await command(bot, 'leaderboard', ['week', 'Autumn'], 'U1')).text).toBe(
      m.tooManyArgs('/quiz leaderboard [week|month|season [NAME]|all]'),
    );
    expect(only(await command(bot, 'season', ['new', 'Next'], 'U1')).text).toBe(
      m.adminOnly('season'),
    );
  });
});
