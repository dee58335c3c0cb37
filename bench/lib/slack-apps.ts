/**
 * The Slack apps of the answer-path benchmark, in this process, in HTTP mode or Socket Mode:
 *
 * - ours: the real bank, `createBot`, `openStore` on a temp file, `createSlackAdapter`;
 * - the ack-only floor: bare Bolt whose listener only acks — no real bot can stop there;
 * - the replying floor: bare Bolt that acks and then answers once, privately, through the click's
 *   response_url with Bolt's own `respond` — the least any correct quiz bot does per click.
 */
import type { Server } from 'node:http';
import { Writable } from 'node:stream';
import {
  App,
  type BlockAction,
  HTTPReceiver,
  LogLevel,
  type Receiver,
  SocketModeReceiver,
} from '@slack/bolt';
import {
  createSlackAdapter,
  SLACK_EVENTS_PATH,
  type SlackAdapter,
} from '../../src/adapters/slack/index.ts';
import { type Bot, createBot } from '../../src/bot/create-bot.ts';
import { postQuestion } from '../../src/bot/daily/post-question.ts';
import { closeAndReveal } from '../../src/bot/daily/reveal.ts';
import { createLogger, type Logger } from '../../src/logger.ts';
import { loadBank } from '../../src/notes/load-bank.ts';
import {
  EVENT_LOOP_BUSY_TIMEOUT_MS,
  openStore,
  type SqliteQuizStore,
} from '../../src/store/index.ts';
import type { ClickSpec } from './clicks.ts';

export const BOT_TOKEN = 'xoxb-1111-2222-benchtoken';
export const APP_TOKEN = 'xapp-1-A0QUIZBOT1-3333-benchtoken';
export const SIGNING_SECRET = '8f742231b10e8888abcd99yyyzzz85a5';
export const TEAM_ID = 'T0001QUIZ';
const BOT_IDENTITY = { botId: 'B0BOTQUIZ', botUserId: 'U0BOTQUIZ' };

export type SlackMode = 'http' | 'socket';

/**
 * A production logger at `info` whose lines go nowhere (the cost of logging stays in the
 * measurement); `BENCH_LOG=warn` (or another level) prints them on stderr instead, to see why a run failed.
 */
export function discardLogger(): Logger {
  const level = process.env.BENCH_LOG;
  const sink = level ? process.stderr : new Writable({ write: (_chunk, _enc, done) => done() });
  return createLogger(level ?? 'info', sink, { secrets: [BOT_TOKEN, APP_TOKEN, SIGNING_SECRET] });
}

/** An app under test: where to send clicks (HTTP mode), and how to stop it. */
export interface SlackApp {
  /** The events URL in HTTP mode; null in Socket Mode (the app connects to the worker). */
  url: string | null;
  /** Resolves once every click handed to the app so far is fully handled. */
  settled(): Promise<void>;
  close(): Promise<void>;
}

export interface QuizApp extends SlackApp {
  store: SqliteQuizStore;
  bot: Bot;
  adapter: SlackAdapter;
  /** One open question post per channel; returns what a click needs. */
  createPosts(
    channels: number,
  ): Promise<{ channelId: string; postId: number; ts: string; choices: number }[]>;
}

export async function startQuizApp(
  dbPath: string,
  apiUrl: string,
  mode: SlackMode = 'http',
): Promise<QuizApp> {
  const { bank } = loadBank();
  // As in production (src/main.ts): a short busy timeout, the write queue for the rest.
  const store = openStore(dbPath, {
    busyTimeoutMs: EVENT_LOOP_BUSY_TIMEOUT_MS,
    checkpointInBackground: true,
  });
  const logger = discardLogger();
  const bot = createBot({
    bank,
    store,
    logger,
    settings: { locale: 'ja', defaultTimezone: 'UTC', answerWindowMinutes: 24 * 60 },
  });
  const adapter = createSlackAdapter({
    botToken: BOT_TOKEN,
    appToken: mode === 'socket' ? APP_TOKEN : null,
    signingSecret: mode === 'http' ? SIGNING_SECRET : null,
    apiUrl,
    port: 0,
    admins: [],
    logger: logger.child({ adapter: 'slack' }),
    ...BOT_IDENTITY,
  });
  bot.attach(adapter);
  await adapter.start(bot);
  return {
    url: mode === 'http' ? `http://127.0.0.1:${adapter.boundPort()}${SLACK_EVENTS_PATH}` : null,
    store,
    bot,
    adapter,
    settled: () => adapter.settled(),
    async createPosts(channels) {
      const today = new Date().toISOString().slice(0, 10);
      const closesAt = Date.now() + 2 * 60 * 60_000;
      const made = [];
      for (let i = 0; i < channels; i++) {
        const key = {
          platform: 'slack' as const,
          teamId: TEAM_ID,
          channelId: `C${String(i).padStart(6, '0')}`,
        };
        const outcome = await postQuestion(bot.deps, key, { localDate: today, closesAt }, (p) =>
          closeAndReveal(bot.deps, p),
        );
        if (outcome.status !== 'posted' || !outcome.post.messageId)
          throw new Error(`could not post in ${key.channelId}: ${outcome.status}`);
        made.push({
          channelId: key.channelId,
          postId: outcome.post.id,
          ts: outcome.post.messageId,
          choices: outcome.post.choiceCount,
        });
      }
      return made;
    },
    async close() {
      await bot.stop();
      await adapter.stop();
      await bot.stop();
      await store.close();
    },
  };
}

/**
 * Bare Bolt with its defaults, one action listener: acks, and with `reply` answers the clicker
 * privately through the response_url with Bolt's `respond` (a plain text, no blocks).
 */
export async function startBareBolt(
  apiUrl: string,
  mode: SlackMode,
  reply: boolean,
): Promise<SlackApp> {
  let running = 0;
  let waiters: (() => void)[] = [];
  const receiver: Receiver =
    mode === 'http'
      ? new HTTPReceiver({
          signingSecret: SIGNING_SECRET,
          endpoints: SLACK_EVENTS_PATH,
          logLevel: LogLevel.ERROR,
        })
      : new SocketModeReceiver({
          appToken: APP_TOKEN,
          logLevel: LogLevel.ERROR,
          installerOptions: { clientOptions: { slackApiUrl: apiUrl } },
        });
  const app = new App({
    receiver,
    token: BOT_TOKEN,
    ...BOT_IDENTITY,
    logLevel: LogLevel.ERROR,
    clientOptions: { slackApiUrl: apiUrl },
  });
  app.action<BlockAction>(/.*/, async ({ ack, respond }) => {
    running += 1;
    try {
      await ack();
      if (reply)
        await respond({ response_type: 'ephemeral', replace_original: false, text: '✅ 正解！' });
    } finally {
      running -= 1;
      if (running === 0) for (const wake of waiters.splice(0)) wake();
    }
  });
  const started = (await app.start(0)) as Server | undefined;
  const address = mode === 'http' ? started?.address() : null;
  const port = typeof address === 'object' && address ? address.port : 0;
  return {
    url: mode === 'http' ? `http://127.0.0.1:${port}${SLACK_EVENTS_PATH}` : null,
    settled: () =>
      running === 0 ? Promise.resolve() : new Promise<void>((resolve) => waiters.push(resolve)),
    async close() {
      waiters = [];
      await app.stop();
    },
  };
}

/** `count` clicks, each by a new user, spread round-robin over the posts. */
export function clicksFor(
  posts: readonly { channelId: string; postId: number; ts: string; choices: number }[],
  firstUser: number,
  count: number,
): ClickSpec[] {
  return Array.from({ length: count }, (_, i) => {
    const user = firstUser + i;
    const post = posts[user % posts.length]!;
    return {
      teamId: TEAM_ID,
      channelId: post.channelId,
      postId: post.postId,
      ts: post.ts,
      choice: (user * 7) % post.choices,
      userId: `U${String(user).padStart(8, '0')}`,
      userName: `user${user}`,
    };
  });
}
