/**
 * A bot on a real SQLite file with a clock the test moves, a recording transport and a log that
 * can be read back — so the learning engine can be driven through time and across restarts.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Writable } from 'node:stream';
import { onTestFinished } from 'vitest';
import { type Bot, createBot } from '../../../src/bot/create-bot.ts';
import type { ActionEvent, Button, CommandEvent, Reply } from '../../../src/bot/types.ts';
import { createLogger } from '../../../src/logger.ts';
import { seededRandom } from '../../../src/quiz/text/seeded-random.ts';
import type { Question, QuestionBank } from '../../../src/quiz/types.ts';
import { openStore, type SqliteQuizStore } from '../../../src/store/index.ts';
import { RecordingTransport } from '../daily/recording-transport.ts';
import { testBank } from '../fixtures/test-bank.ts';

export const CHANNEL = { platform: 'console' as const, teamId: 'T1', channelId: 'C1' };
export const DAY = 86_400_000;
export const HOUR = 3_600_000;

/** The clock every bot of a test reads; tests move it. */
export class TestClock {
  constructor(public now: number) {}
  advance(ms: number): void {
    this.now += ms;
  }
  set(iso: string): void {
    this.now = Date.parse(iso);
  }
}

export function tempDbPath(): string {
  const dir = mkdtempSync(join(tmpdir(), 'quizbot-learning-'));
  onTestFinished(() => rmSync(dir, { recursive: true, force: true }));
  return join(dir, 'quizbot.db');
}

export interface TestBot {
  bot: Bot;
  store: SqliteQuizStore;
  transport: RecordingTransport;
  /** Log lines written so far (parsed JSON). */
  logs: Record<string, unknown>[];
  command(user: string, text: string): Promise<Reply[]>;
  click(user: string, button: Button): Promise<Reply[]>;
  /** Stops the bot and closes its store (a restart starts a new one on the same file). */
  stop(): Promise<void>;
}

export function startTestBot(options: {
  dbPath: string;
  clock: TestClock;
  bank?: QuestionBank;
  seed?: number;
  locale?: 'ja' | 'en';
}): TestBot {
  const store = openStore(options.dbPath);
  const logs: Record<string, unknown>[] = [];
  const sink = new Writable({
    write(chunk, _encoding, done) {
      for (const line of String(chunk).split('\n'))
        if (line.trim()) logs.push(JSON.parse(line) as Record<string, unknown>);
      done();
    },
  });
  const bot = createBot({
    bank: options.bank ?? testBank(),
    store,
    logger: createLogger('debug', sink),
    settings: {
      locale: options.locale ?? 'en',
      defaultTimezone: 'Asia/Tokyo',
      answerWindowMinutes: 24 * 60,
    },
    clock: () => options.clock.now,
    random: seededRandom(options.seed ?? 1),
  });
  const transport = new RecordingTransport();
  bot.attach(transport);
  let stopped = false;
  const stop = async () => {
    if (stopped) return;
    stopped = true;
    await bot.stop();
    store.close();
  };
  onTestFinished(stop);
  const base = (user: string) => ({
    ...CHANNEL,
    userId: user,
    userName: user.toLowerCase(),
    isAdmin: async () => user === 'UADMIN',
  });
  return {
    bot,
    store,
    transport,
    logs,
    command(user, text) {
      const [name = '', ...args] = text.split(' ').filter(Boolean);
      const event: CommandEvent = { ...base(user), name, args };
      return bot.handleCommand(event);
    },
    click(user, button) {
      const event: ActionEvent = { ...base(user), actionId: button.actionId, value: button.value };
      return bot.handleAction(event);
    },
    stop,
  };
}

/** The only reply, checked to be there. */
export function one(replies: Reply[]): Reply {
  if (replies.length !== 1)
    throw new Error(`expected one reply, got ${replies.length}: ${JSON.stringify(replies)}`);
  return replies[0]!;
}

/** The right or a wrong option button of a practice or daily question card. */
export function optionButton(
  card: Reply,
  questions: ReadonlyMap<string, Question>,
  right: boolean,
): Button {
  const buttons = (card.buttons ?? []).filter(
    (b) => b.actionId === 'practice-answer' || b.actionId === 'answer',
  );
  const question = questionOf(card, questions);
  const index = question.choices.findIndex((c) => c.correct === right);
  const button = buttons[index];
  if (!button) throw new Error('no such option');
  return button;
}

/** The question a card shows (from its footer `ID xxxx`). */
export function questionOf(card: Reply, questions: ReadonlyMap<string, Question>): Question {
  const id = /ID (\S+)/.exec(card.footer ?? '')?.[1];
  const question = id ? questions.get(id) : undefined;
  if (!question) throw new Error(`no question id in ${card.footer}`);
  return question;
}

/** The test bank with a second question per concept (so a round is longer than three posts). */
export function biggerBank(): QuestionBank {
  const bank = testBank();
  const extra = bank.questions.map((q) => ({
    ...q,
    id: `${q.id}-b`,
    prompt: `${q.prompt} (again)`,
    choices: [...q.choices].reverse(),
  }));
  return { ...bank, questions: [...bank.questions, ...extra] };
}
