/**
 * The two apps of the answer-path benchmark, in this process: ours (real bank, `createBot`,
 * `openStore` on a temp file, `createSlackAdapter` in HTTP mode) and a bare Bolt app in HTTP mode
 * whose only listener acks.
 */
import { Writable } from 'node:stream';
import { App, type BlockAction, HTTPReceiver, LogLevel } from '@slack/bolt';
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
import { openStore, type SqliteQuizStore } from '../../src/store/index.ts';
import type { ClickSpec } from './clicks.ts';

export const BOT_TOKEN = 'xoxb-1111-2222-benchtoken';
export const SIGNING_SECRET = '8f742231b10e8888abcd99yyyzzz85a5';
export const TEAM_ID = 'T0001QUIZ';
const BOT_IDENTITY = { botId: 'B0BOTQUIZ', botUserId: 'U0BOTQUIZ' };

/** A production logger at `info` whose lines go nowhere (the cost of logging stays in the measurement). */
export function discardLogger(): Logger {
  return createLogger('info', new Writable({ write: (_chunk, _enc, done) => done() }), {
    secrets: [BOT_TOKEN, SIGNING_SECRET],
  });
}

export interface QuizApp {
  url: string;
  store: SqliteQuizStore;
  bot: Bot;
  adapter: SlackAdapter;
  /** One open question post per channel; returns what a click needs. */
  createPosts(
    channels: number,
  ): Promise<{ channelId: string; postId: number; ts: string; choices: number }[]>;
  close(): Promise<void>;
}

export async function startQuizApp(dbPath: string, apiUrl: string): Promise<QuizApp> {
  const { bank } = loadBank();
  const store = openStore(dbPath);
  const logger = discardLogger();
  const bot = createBot({
    bank,
    store,
    logger,
    settings: { locale: 'ja', defaultTimezone: 'UTC', answerWindowMinutes: 24 * 60 },
  });
  const adapter = createSlackAdapter({
    botToken: BOT_TOKEN,
    appToken: null,
    signingSecret: SIGNING_SECRET,
    apiUrl,
    port: 0,
    admins: [],
    logger: logger.child({ adapter: 'slack' }),
    ...BOT_IDENTITY,
  });
  bot.attach(adapter);
  await adapter.start(bot);
  return {
    url: `http://127.0.0.1:${adapter.boundPort()}${SLACK_EVENTS_PATH}`,
    store,
    bot,
    adapter,
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
      store.close();
    },
  };
}

export interface BareBolt {
  url: string;
  clicks: () => number;
  close(): Promise<void>;
}

/** Bolt with its defaults, HTTP mode, one action listener that only acks. */
export async function startBareBolt(apiUrl: string): Promise<BareBolt> {
  let clicks = 0;
  const app = new App({
    receiver: new HTTPReceiver({
      signingSecret: SIGNING_SECRET,
      endpoints: SLACK_EVENTS_PATH,
      logLevel: LogLevel.ERROR,
    }),
    token: BOT_TOKEN,
    ...BOT_IDENTITY,
    logLevel: LogLevel.ERROR,
    clientOptions: { slackApiUrl: apiUrl },
  });
  app.action<BlockAction>(/.*/, async ({ ack }) => {
    await ack();
    clicks += 1;
  });
  const server = (await app.start(0)) as import('node:http').Server;
  const address = server.address();
  const port = typeof address === 'object' && address ? address.port : 0;
  return {
    url: `http://127.0.0.1:${port}${SLACK_EVENTS_PATH}`,
    clicks: () => clicks,
    close: () => app.stop() as Promise<void>,
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
