/**
 * Reloading the notes without a restart: `/quiz reload` (admins) and the bot's own reloads (a
 * changed file, SIGHUP) swap the bank when the notes pass `quizbot check`, say what changed, and
 * keep the current bank — telling the admin the FILE:LINE problems — when they do not. An open
 * post is untouched by a reload, and by a restart after it.
 */
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { type Bot, createBot } from '../../../src/bot/create-bot.ts';
import { messages } from '../../../src/bot/i18n/catalog.ts';
import type { LoadedNotes } from '../../../src/bot/notes/bank-reload.ts';
import type { ActionEvent, CommandEvent, Reply } from '../../../src/bot/types.ts';
import { silentLogger } from '../../../src/logger.ts';
import { buildQuestionBank } from '../../../src/quiz/bank.ts';
import { seededRandom } from '../../../src/quiz/text/seeded-random.ts';
import { openStore, type SqliteQuizStore } from '../../../src/store/index.ts';
import { RecordingTransport } from '../daily/recording-transport.ts';

const CHANNEL = { platform: 'console' as const, teamId: 'T1', channelId: 'C1' };
const FILE = 'notes/resilience.en.md';
const m = messages('en');
const ORIGINAL = readFileSync(
  join(import.meta.dirname, '../../fixtures/notes/resilience.en.md'),
  'utf8',
);
const RATE_LIMITER_ROW =
  '| Rate limiter | **Limits requests** per client and time window | Fails fast × |';
const BULKHEAD_ROW = '| Bulkhead | **Isolates resources** per dependency | Retries calls × |';

let dir: string;
let notes: string;
let loads: number;
let running: { bot: Bot; store: SqliteQuizStore } | null = null;

async function load(): Promise<LoadedNotes> {
  loads += 1;
  const bank = buildQuestionBank([{ path: FILE, text: notes }]);
  return { bank, problems: bank.problems, files: [FILE] };
}

async function start() {
  await stop();
  const store = openStore(join(dir, 'quizbot.db'));
  const bot = createBot({
    bank: (await load()).bank,
    store,
    logger: silentLogger(),
    settings: { locale: 'en', defaultTimezone: 'Asia/Tokyo', answerWindowMinutes: 24 * 60 },
    random: seededRandom(7),
    loadBank: load,
  });
  const transport = new RecordingTransport();
  bot.attach(transport);
  running = { bot, store };
  return { bot, store, transport };
}

async function stop() {
  if (!running) return;
  await running.bot.stop();
  running.store.close();
  running = null;
}

function base(userId: string) {
  return {
    ...CHANNEL,
    userId,
    userName: userId.toLowerCase(),
    isAdmin: async () => userId === 'UADMIN',
  };
}
const command = (bot: Bot, name: string, args: string[] = [], userId = 'UADMIN') =>
  bot.handleCommand({ ...base(userId), name, args } satisfies CommandEvent);
const click = (bot: Bot, userId: string, value: string) =>
  bot.handleAction({ ...base(userId), actionId: 'answer', value } satisfies ActionEvent);
const only = (replies: Reply[]): Reply => {
  expect(replies).toHaveLength(1);
  return replies[0]!;
};

function bankOf(text: string) {
  return buildQuestionBank([{ path: FILE, text }]);
}

beforeEach(() => {
  vi.useFakeTimers({ now: Date.parse('2026-11-30T00:30:00Z'), toFake: ['Date'] });
  dir = mkdtempSync(join(tmpdir(), 'quizbot-reload-'));
  notes = ORIGINAL.replace(`${RATE_LIMITER_ROW}\n`, '');
  loads = 0;
});

afterEach(async () => {
  await stop();
  vi.useRealTimers();
  rmSync(dir, { recursive: true, force: true });
});

describe('/quiz reload', () => {
  it('swaps in the new notes and says how many questions were added and removed', async () => {
    const { bot } = await start();
    const before = bot.deps.bank;
    notes = ORIGINAL.replace(`${BULKHEAD_ROW}\n`, ''); // Rate limiter back, Bulkhead gone
    const after = bankOf(notes);
    const added = after.questions.filter((q) => !before.questions.some((b) => b.id === q.id));
    const removed = before.questions.filter((q) => !after.questions.some((a) => a.id === q.id));
    expect(added.length).toBeGreaterThan(0);
    expect(removed.length).toBeGreaterThan(0);

    const reply = only(await command(bot, 'reload'));
    expect(reply.visibility).toBe('ephemeral');
    expect(reply.title).toBe(m.reloadTitle);
    expect(reply.text).toBe(
      [
        m.reloadChanged(added.length, removed.length),
        m.reloadTotals(after.questions.length, after.concepts.length, 1),
      ].join('\n'),
    );
    expect(bot.deps.bank.questions.map((q) => q.id)).toEqual(after.questions.map((q) => q.id));
    expect(bot.deps.questions.has(added[0]!.id)).toBe(true);
    expect(bot.deps.questions.has(removed[0]!.id)).toBe(false);
    expect(only(await command(bot, 'lookup', ['rate', 'limiter'])).title).toContain('Rate limiter');

    expect(only(await command(bot, 'reload')).text).toContain(m.reloadUnchanged);
  });

  it('keeps the current bank when the notes fail quizbot check, and lists FILE:LINE', async () => {
    const { bot } = await start();
    const before = bot.deps.bank;
    notes = ORIGINAL.replace(BULKHEAD_ROW, '| Bulkhead |  | Retries calls × |');
    const line = notes.split('\n').findIndex((l) => l.startsWith('| Bulkhead |')) + 1;

    const reply = only(await command(bot, 'reload'));
    expect(reply.tone).toBe('error');
    expect(reply.text.split('\n')).toEqual([
      m.reloadRejected(1, before.questions.length),
      `${FILE}:${line}: concept "Bulkhead" has an empty correct-understanding cell`,
    ]);
    expect(bot.deps.bank).toBe(before);
    // The bot goes on with the bank it had.
    expect(only(await command(bot, 'post')).text).toMatch(/^Posted question /);
  });

  it('is for admins only', async () => {
    const { bot } = await start();
    expect(only(await command(bot, 'reload', [], 'U1')).text).toBe(m.adminOnly('reload'));
    expect(loads).toBe(1);
  });

  it('does not touch an open post, across the reload and a restart after it', async () => {
    const first = await start();
    await command(first.bot, 'post');
    const post = first.store.latestPost(CHANNEL)!;
    const asked = post.question!;
    const button = first.transport.questionPosts()[0]!.reply.buttons![0]!;
    // The posted question's concept leaves the notes.
    notes = notes
      .split('\n')
      .filter((l) => !l.startsWith(`| ${asked.conceptName} |`))
      .join('\n');
    expect(only(await command(first.bot, 'reload')).text).toContain('Notes reloaded');
    expect(first.bot.deps.questions.has(asked.id)).toBe(false);
    expect(only(await click(first.bot, 'U1', button.value)).text).toContain(
      m.yourAnswer(`1. ${asked.choices[0]!.text}`),
    );

    const second = await start();
    expect(second.bot.deps.questions.has(asked.id)).toBe(false);
    expect(only(await click(second.bot, 'U2', button.value)).text).toContain(
      m.yourAnswer(`1. ${asked.choices[0]!.text}`),
    );
    await command(second.bot, 'close');
    const reveal = second.transport.calls.find((c) => c.kind === 'post')!.reply;
    expect(reveal.text).toContain(asked.prompt);
    expect(second.store.answerCount(post.id)).toBe(2);
  });
});

describe('reloads the bot starts itself (a changed file, SIGHUP)', () => {
  it('tell the admins who set a schedule what changed, and say nothing when nothing did', async () => {
    const { bot, transport } = await start();
    await command(bot, 'schedule', ['09:00']);
    expect((await bot.reloadNotes('watch')).status).toBe('unchanged');
    expect(transport.calls.filter((c) => c.kind === 'private')).toHaveLength(0);

    notes = ORIGINAL;
    expect((await bot.reloadNotes('signal')).status).toBe('reloaded');
    notes = ORIGINAL.replace(BULKHEAD_ROW, '| Bulkhead |  | Retries calls × |');
    expect((await bot.reloadNotes('watch')).status).toBe('rejected');
    const told = transport.calls.filter((c) => c.kind === 'private');
    expect(told.map((c) => c.userId)).toEqual(['UADMIN', 'UADMIN']);
    expect(told[0]!.reply.text).toContain('Notes reloaded');
    expect(told[1]!.reply.text).toContain(`${FILE}:`);
  });

  it('never overlap: requests during a reload are served by one more reload', async () => {
    const { bot } = await start();
    loads = 0;
    const outcomes = await Promise.all([
      bot.reloadNotes('watch'),
      bot.reloadNotes('watch'),
      bot.reloadNotes('signal'),
      bot.reloadNotes('watch'),
    ]);
    expect(loads).toBe(2);
    expect(outcomes.map((o) => o.status)).toEqual([
      'unchanged',
      'unchanged',
      'unchanged',
      'unchanged',
    ]);
  });

  it('keep the current bank when loading throws', async () => {
    const store = openStore(':memory:');
    const bank = bankOf(ORIGINAL);
    const bot = createBot({
      bank,
      store,
      logger: silentLogger(),
      settings: { locale: 'en', defaultTimezone: 'UTC', answerWindowMinutes: 60 },
      loadBank: async () => {
        throw new Error('worker crashed');
      },
    });
    expect(await bot.reloadNotes('watch')).toEqual({ status: 'failed', error: 'worker crashed' });
    expect(bot.deps.bank).toBe(bank);
    await bot.stop();
    store.close();
  });
});
