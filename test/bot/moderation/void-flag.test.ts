/**
 * Flag and void through the bot: anyone may report a question (a private thank-you, the admins
 * are told); admins list the reports, void a question — every post of it is edited to say so and
 * why, its answers stop counting, it is never asked again — and undo that. Across restarts.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { type Bot, createBot } from '../../../src/bot/create-bot.ts';
import { messages } from '../../../src/bot/i18n/catalog.ts';
import type { ActionEvent, CommandEvent, Reply } from '../../../src/bot/types.ts';
import { silentLogger } from '../../../src/logger.ts';
import { seededRandom } from '../../../src/quiz/text/seeded-random.ts';
import { openStore, type SqliteQuizStore } from '../../../src/store/index.ts';
import { RecordingTransport } from '../daily/recording-transport.ts';
import { testBank } from '../fixtures/test-bank.ts';

const CHANNEL = { platform: 'console' as const, teamId: 'T1', channelId: 'C1' };
const OTHER = { ...CHANNEL, channelId: 'C2' };
const m = messages('en');
const DAY = 86_400_000;

let dir: string;
let running: { bot: Bot; store: SqliteQuizStore } | null = null;

async function start() {
  await stop();
  const store = openStore(join(dir, 'quizbot.db'));
  const bot = createBot({
    bank: testBank(),
    store,
    logger: silentLogger(),
    settings: {
      locale: 'en',
      defaultTimezone: 'Asia/Tokyo',
      answerWindowMinutes: 12 * 60,
      admins: ['UBOSS'],
    },
    random: seededRandom(2),
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

const ADMINS = new Set(['UADMIN', 'UBOSS']);
function base(userId: string, where = CHANNEL) {
  return {
    ...where,
    userId,
    userName: userId.toLowerCase(),
    isAdmin: async () => ADMINS.has(userId),
  };
}
const command = (bot: Bot, name: string, args: string[] = [], userId = 'UADMIN', where = CHANNEL) =>
  bot.handleCommand({ ...base(userId, where), name, args } satisfies CommandEvent);
const click = (bot: Bot, userId: string, value: string, where = CHANNEL) =>
  bot.handleAction({ ...base(userId, where), actionId: 'answer', value } satisfies ActionEvent);
const only = (replies: Reply[]): Reply => {
  expect(replies).toHaveLength(1);
  return replies[0]!;
};

/** Posts the day's question in `where` and has each user click the right (or a wrong) option. */
async function playDay(
  bot: Bot,
  store: SqliteQuizStore,
  answers: Record<string, boolean>,
  where = CHANNEL,
) {
  await command(bot, 'post', [], 'UADMIN', where);
  const post = store.latestPost(where)!;
  for (const [user, right] of Object.entries(answers)) {
    const index = right ? post.correctIndex : (post.correctIndex + 1) % post.choiceCount;
    await click(bot, user, `${post.id}:${index}`, where);
  }
  return post;
}

const board = (store: SqliteQuizStore, period: 'week' | 'all' = 'all') =>
  store
    .leaderboard({
      scope: { kind: 'channel', channel: CHANNEL },
      period,
      today: '2026-12-02',
      limit: 10,
    })
    .rows.map((r) => [r.userId, r.points, r.correct, r.answered]);

beforeEach(() => {
  vi.useFakeTimers({ now: Date.parse('2026-11-30T00:30:00Z'), toFake: ['Date'] });
  dir = mkdtempSync(join(tmpdir(), 'quizbot-void-'));
});

afterEach(async () => {
  await stop();
  vi.useRealTimers();
  rmSync(dir, { recursive: true, force: true });
});

describe('/quiz flag and /quiz flags', () => {
  it('thanks the reporter privately, tells the admins, and lists the reports for admins', async () => {
    const { bot, store, transport } = await start();
    await command(bot, 'schedule', ['09:00']);
    const post = await playDay(bot, store, { U1: true });

    const thanks = only(await command(bot, 'flag', ['Two', 'options', 'are', 'right'], 'U1'));
    expect(thanks).toMatchObject({ visibility: 'ephemeral', text: m.flagThanks(post.questionId) });
    const told = transport.calls.filter((c) => c.kind === 'private');
    expect(told.map((c) => c.userId).sort()).toEqual(['UADMIN', 'UBOSS']);
    expect(told[0]!.reply.text).toContain(
      m.flagNotice('<@U1>', post.questionId, 'Two options are right'),
    );
    expect(told[0]!.reply.text).toContain(post.question!.prompt);

    // By ID (a question not asked here), and Discord's ['', reason] form.
    const other = testBank().questions.find((q) => q.id !== post.questionId)!;
    await command(bot, 'flag', [other.id, 'Mobile', 'is', 'fine', 'too'], 'U2');
    await command(bot, 'flag', ['', 'The key is wrong'], 'U3');
    expect(only(await command(bot, 'flags', [], 'U1')).text).toBe(m.adminOnly('flags'));
    const list = only(await command(bot, 'flags'));
    expect(list.title).toBe(m.flagsTitle(3));
    expect(list.text.split('\n')).toEqual([
      m.flagsQuestionLine(post.questionId, post.question!.prompt, 2),
      `  ${m.flagsLine('Two options are right', '<@U1>', 'Nov 30')}`,
      `  ${m.flagsLine('The key is wrong', '<@U3>', 'Nov 30')}`,
      m.flagsQuestionLine(other.id, other.prompt, 1),
      `  ${m.flagsLine('Mobile is fine too', '<@U2>', 'Nov 30')}`,
    ]);

    // Across a restart the reports are still there; voiding a question closes its reports.
    const again = await start();
    await command(again.bot, 'void', [post.questionId]);
    expect(only(await command(again.bot, 'flags')).title).toBe(m.flagsTitle(1));
  });

  it('explains what is missing', async () => {
    const { bot, store } = await start();
    expect(only(await command(bot, 'flag', ['wrong'], 'U1')).text).toBe(m.flagNoQuestion);
    await playDay(bot, store, {});
    expect(only(await command(bot, 'flag', [], 'U1')).text).toBe(
      m.flagNeedsReason('/quiz flag [ID] REASON'),
    );
    expect(only(await command(bot, 'flag', ['q1saga'], 'U1')).text).toBe(
      m.flagNeedsReason('/quiz flag [ID] REASON'),
    );
    expect(only(await command(bot, 'flag', ['x'.repeat(501)], 'U1')).text).toBe(
      m.reasonTooLong(500),
    );
  });
});

describe('/quiz void and /quiz unvoid', () => {
  it('edits every post of the question, takes its answers off the boards, and never asks it again', async () => {
    const { bot, store, transport } = await start();
    const day1 = await playDay(bot, store, { U1: true, U2: true, U3: false });
    vi.setSystemTime(Date.now() + DAY);
    const day2 = await playDay(bot, store, { U1: true, U2: false });
    expect(board(store)).toEqual([
      ['U1', 21, 2, 2],
      ['U2', 10, 1, 2],
      ['U3', 0, 0, 1],
    ]);
    const day1Message = day1.messageId!;
    transport.calls.length = 0;

    expect(only(await command(bot, 'void', [day1.questionId], 'U1')).text).toBe(
      m.adminOnly('void'),
    );
    const reply = only(await command(bot, 'void', [day1.questionId, 'Two', 'keys']));
    expect(reply.text).toBe(m.voidedDone(day1.questionId, 1));
    const edit = transport.calls.find((c) => c.kind === 'update')!;
    expect(edit.messageId).toBe(day1Message);
    expect(edit.reply.text).toContain(m.voidedPostNotice('Two keys'));
    expect(edit.reply.text).toContain(day1.question!.prompt);
    expect(edit.reply.buttons ?? []).toEqual([]);
    expect(board(store)).toEqual([
      ['U1', 10, 1, 1],
      ['U2', 0, 0, 1],
    ]);
    expect(store.streak(CHANNEL, 'U1')).toEqual({ current: 1, best: 1 });
    const stats = only(await command(bot, 'stats', [], 'U3'));
    expect(stats.text).toBe(m.statsNone);
    expect(only(await command(bot, 'void', [day1.questionId])).text).toBe(
      m.alreadyVoided(day1.questionId),
    );

    // Voiding the open question closes it: clicks are refused, and no reveal follows.
    const open = store.latestPost(CHANNEL)!;
    expect(open.id).toBe(day2.id);
    await command(bot, 'void', [day2.questionId.toUpperCase()]);
    expect(only(await click(bot, 'U4', `${day2.id}:0`)).text).toBe(m.questionVoidedClick);
    await bot.tick();
    expect(transport.calls.filter((c) => c.kind === 'post')).toHaveLength(0);
    expect(store.getPost(day2.id)!.closedAt).not.toBeNull();

    // Never asked again in the team (in another channel either), round after round.
    const asked: string[] = [];
    for (let d = 2; d < 8; d++) {
      vi.setSystemTime(Date.parse('2026-11-30T00:30:00Z') + d * DAY);
      asked.push((await playDay(bot, store, {}, OTHER)).questionId);
    }
    const left = testBank().questions.filter(
      (q) => ![day1, day2].some((p) => p.questionId === q.id),
    );
    expect(left).toHaveLength(1);
    expect(asked).toEqual(Array(6).fill(left[0]!.id));

    // Undo, across a restart: the posts show their answer again and the answers count again.
    const again = await start();
    const undone = only(await command(again.bot, 'unvoid', [day1.questionId]));
    expect(undone.text).toBe(m.unvoidedDone(day1.questionId, 1));
    const restored = again.transport.calls.find((c) => c.kind === 'update')!;
    expect(restored.messageId).toBe(day1Message);
    expect(restored.reply.text).toContain(m.correctMark);
    expect(restored.reply.footer).toContain(m.closedFooter);
    expect(board(again.store)).toEqual([
      ['U1', 10, 1, 1],
      ['U2', 10, 1, 1],
      ['U3', 0, 0, 1],
    ]);
    await command(again.bot, 'unvoid', [day2.questionId]);
    expect(board(again.store)).toEqual([
      ['U1', 21, 2, 2],
      ['U2', 10, 1, 2],
      ['U3', 0, 0, 1],
    ]);
    expect(again.store.streak(CHANNEL, 'U1').best).toBe(2);
    expect(only(await command(again.bot, 'unvoid', [day1.questionId])).text).toBe(
      m.notVoided(day1.questionId),
    );
    expect(only(await command(again.bot, 'void', ['nope'])).text).toBe(m.unknownQuestion('nope'));
  });
});
