/**
 * Every input the core takes is bounded (issue 15 #1 and #8): ids, names, the command's words,
 * button values and look-up terms get a clear reply or are shortened, never stored as given; a
 * click counts only for a post of the same platform, team and channel.
 */
import type Database from 'better-sqlite3';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Bot } from '../../src/bot/create-bot.ts';
import { messages } from '../../src/bot/i18n/catalog.ts';
import { INPUT_LIMITS } from '../../src/bot/input-limits.ts';
import type { ActionEvent, CommandEvent, Reply } from '../../src/bot/types.ts';
import type { QuizStore, SqliteQuizStore } from '../../src/store/index.ts';
import { RecordingTransport } from './daily/recording-transport.ts';
import { createTestBot } from './fixtures/test-bot.ts';

const CHANNEL = { platform: 'console' as const, teamId: 'T1', channelId: 'C1' };
const m = messages('ja');
let store: QuizStore;
let bot: Bot;
let transport: RecordingTransport;

function command(name: string, args: string[], over: Partial<CommandEvent> = {}): Promise<Reply[]> {
  return bot.handleCommand({
    ...CHANNEL,
    userId: 'UADMIN',
    userName: 'admin',
    isAdmin: async () => true,
    name,
    args,
    ...over,
  });
}

function click(value: string, over: Partial<ActionEvent> = {}): Promise<Reply[]> {
  return bot.handleAction({
    ...CHANNEL,
    userId: 'U1',
    userName: 'one',
    isAdmin: async () => false,
    actionId: 'answer',
    value,
    ...over,
  });
}

function db(): Database.Database {
  return (store as SqliteQuizStore).db;
}

async function postedAnswerValue(): Promise<string> {
  await command('post', []);
  const [posted] = transport.questionPosts();
  return posted!.reply.buttons![0]!.value;
}

beforeEach(() => {
  ({ bot, store } = createTestBot());
  transport = new RecordingTransport();
  bot.attach(transport);
});

afterEach(async () => {
  await bot.stop();
  store.close();
});

describe('bounded input', () => {
  it('refuses a 100 KB user id with a clear reply and stores nothing', async () => {
    const value = await postedAnswerValue();
    const huge = 'U'.repeat(100_000);
    const [reply] = await click(value, { userId: huge });
    expect(reply).toMatchObject({ visibility: 'ephemeral', text: m.inputNotReadable });
    const [cmd] = await command('stats', [], { userId: huge });
    expect(cmd?.text).toBe(m.inputNotReadable);
    expect(db().prepare('SELECT count(*) AS n FROM answers').get()).toEqual({ n: 0 });
    const longest = db().prepare('SELECT max(length(user_id)) AS n FROM users').get() as {
      n: number | null;
    };
    expect(longest.n ?? 0).toBeLessThanOrEqual(INPUT_LIMITS.id);
  });

  it('refuses ids with spaces or control characters, and empty ids', async () => {
    const value = await postedAnswerValue();
    for (const userId of ['', 'U 1', 'U\n1', 'U\u00001'])
      expect((await click(value, { userId }))[0]?.text).toBe(m.inputNotReadable);
    expect((await click(value, { channelId: '' }))[0]?.text).toBe(m.inputNotReadable);
  });

  it('stores a long display name shortened, without control characters or bidi overrides', async () => {
    const value = await postedAnswerValue();
    await click(value, { userName: `\u001b[2J\u202e${'あ'.repeat(100_000)}` });
    const row = db()
      .prepare("SELECT display_name AS name FROM users WHERE user_id = 'U1'")
      .get() as {
      name: string;
    };
    expect([...row.name]).toHaveLength(INPUT_LIMITS.name);
    // The escape character and the override are gone; what is left is only text.
    expect(row.name).toMatch(/^\[2Jあ+…$/);
  });

  it('answers a 1 MB command at once with how long it may be', async () => {
    const started = performance.now();
    const [reply] = await command('lookup', ['x'.repeat(1 << 20)]);
    expect(reply?.text).toBe(m.commandTooLong(INPUT_LIMITS.commandText));
    // Bounded before any matching (the whole term is never looked at): far under a second.
    expect(performance.now() - started).toBeLessThan(1_000);
  });

  it('caps a look-up term before matching, with a clear reply', async () => {
    const [reply] = await command('lookup', ['サ'.repeat(INPUT_LIMITS.term + 1)]);
    expect(reply?.text).toBe(m.lookupTermTooLong(INPUT_LIMITS.term));
    const started = performance.now();
    await bot.complete('lookup', 'term', 'サ'.repeat(1 << 20), CHANNEL);
    expect(performance.now() - started).toBeLessThan(1_000);
  });

  it('refuses an over-long button value or action id', async () => {
    await postedAnswerValue();
    expect((await click('1'.repeat(10_000)))[0]?.text).toBe(m.inputNotReadable);
    expect((await click('1:0', { actionId: 'a'.repeat(10_000) }))[0]?.text).toBe(
      m.inputNotReadable,
    );
  });
});

describe('a click', () => {
  it('counts only for a post of the same team and channel', async () => {
    const value = await postedAnswerValue();
    for (const other of [{ channelId: 'C2' }, { teamId: 'T2' }, { platform: 'slack' as const }]) {
      const [reply] = await click(value, other);
      expect(reply?.text).toBe(m.noSuchPost);
    }
    expect(db().prepare('SELECT count(*) AS n FROM answers').get()).toEqual({ n: 0 });
    const [own] = await click(value);
    expect(own?.text).not.toBe(m.noSuchPost);
    expect(db().prepare('SELECT count(*) AS n FROM answers').get()).toEqual({ n: 1 });
  });
});
