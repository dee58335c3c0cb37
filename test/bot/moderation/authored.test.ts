/**
 * Hand-written (`authored`) questions are ordinary members of `bank.questions`: the daily choice
 * asks them, and flag and void work on them as on any other, across a restart.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { type Bot, createBot } from '../../../src/bot/create-bot.ts';
import { messages } from '../../../src/bot/i18n/catalog.ts';
import type { CommandEvent, Reply } from '../../../src/bot/types.ts';
import { silentLogger } from '../../../src/logger.ts';
import { seededRandom } from '../../../src/quiz/text/seeded-random.ts';
import type { Question, QuestionBank } from '../../../src/quiz/types.ts';
import { openStore, type SqliteQuizStore } from '../../../src/store/index.ts';
import { RecordingTransport } from '../daily/recording-transport.ts';
import { testBank } from '../fixtures/test-bank.ts';

const CHANNEL = { platform: 'console' as const, teamId: 'T1', channelId: 'C1' };
const m = messages('en');

function authored(id: string, prompt: string): Question {
  return {
    id,
    conceptId: 'saga',
    conceptName: 'Saga',
    kind: 'authored',
    asksFor: 'correct',
    prompt,
    choices: [
      { text: 'Compensate the steps already done', correct: true, why: null },
      { text: 'Roll back with 2PC', correct: false, why: 'A saga has no distributed lock.' },
      { text: 'Retry forever', correct: false, why: 'The failure may be permanent.' },
    ],
    explanation: {
      why: 'A saga undoes completed local transactions with compensations.',
      notes: [],
      source: { file: 'team.md', line: 12, section: 'Saga' },
    },
    section: 'Saga',
    language: 'en',
  };
}

function bank(): QuestionBank {
  return {
    ...testBank(),
    questions: [
      authored('a1order', 'Payment failed after the order was stored. What now?'),
      authored('a2stock', 'Stock was reserved, shipping failed. What now?'),
    ],
  };
}

let dir: string;
let running: { bot: Bot; store: SqliteQuizStore } | null = null;

async function start() {
  if (running) {
    await running.bot.stop();
    running.store.close();
  }
  const store = openStore(join(dir, 'quizbot.db'));
  const bot = createBot({
    bank: bank(),
    store,
    logger: silentLogger(),
    settings: { locale: 'en', defaultTimezone: 'UTC', answerWindowMinutes: 60 },
    random: seededRandom(9),
  });
  bot.attach(new RecordingTransport());
  running = { bot, store };
  return { bot, store };
}

const command = (bot: Bot, name: string, args: string[] = [], userId = 'UADMIN') =>
  bot.handleCommand({
    ...CHANNEL,
    userId,
    userName: userId,
    isAdmin: async () => userId === 'UADMIN',
    name,
    args,
  } satisfies CommandEvent);
const only = (replies: Reply[]): Reply => {
  expect(replies).toHaveLength(1);
  return replies[0]!;
};

beforeEach(() => {
  vi.useFakeTimers({ now: Date.parse('2026-11-30T00:30:00Z'), toFake: ['Date'] });
  dir = mkdtempSync(join(tmpdir(), 'quizbot-authored-'));
});

afterEach(async () => {
  await running?.bot.stop();
  running?.store.close();
  running = null;
  vi.useRealTimers();
  rmSync(dir, { recursive: true, force: true });
});

describe('authored questions', () => {
  it('are asked by the daily choice, and can be flagged, voided and explained', async () => {
    const { bot, store } = await start();
    await command(bot, 'post');
    const post = store.latestPost(CHANNEL)!;
    expect(post.question!.kind).toBe('authored');
    expect(only(await command(bot, 'flag', ['Both', 'are', 'right'], 'U1')).text).toBe(
      m.flagThanks(post.questionId),
    );
    expect(only(await command(bot, 'void', [post.questionId, 'ambiguous'])).text).toBe(
      m.voidedDone(post.questionId, 1),
    );
    expect(only(await command(bot, 'flags')).text).toBe(m.flagsNone);

    const again = await start();
    for (let day = 1; day < 4; day++) {
      vi.setSystemTime(Date.parse('2026-11-30T00:30:00Z') + day * 86_400_000);
      await command(again.bot, 'post');
      expect(again.store.latestPost(CHANNEL)!.questionId).not.toBe(post.questionId);
    }
    const explained = only(await command(again.bot, 'explain', [post.questionId], 'U1'));
    expect(explained.text).toContain('A saga undoes completed local transactions');
  });
});
