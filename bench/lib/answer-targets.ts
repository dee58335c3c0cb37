/**
 * The apps of one answer-path mode, started side by side with one load worker: ours and its
 * floors (slack-apps.ts, discord-apps.ts), each with its own fake platform in the worker.
 */
import type { LoadResult } from './clicks.ts';
import {
  DISCORD_TOKEN,
  type DiscordApp,
  startBareDiscord,
  startQuizDiscord,
} from './discord-apps.ts';
import type { DiscordClickSpec } from './discord-load.ts';
import {
  APP_TOKEN,
  BOT_TOKEN,
  clicksFor,
  SIGNING_SECRET,
  type SlackApp,
  type SlackMode,
  startBareBolt,
  startQuizApp,
} from './slack-apps.ts';
import { startDiscordLoadWorker, startLoadWorker } from './worker-client.ts';

/** Whether every click to ours was recorded once and answered once. */
export interface Recorded {
  clicks: number;
  answers: number;
  distinctPairs: number;
  replies: number;
  missing: number;
  repeated: number;
  exactlyOnce: boolean;
}

export interface ModeSetup {
  /** `ours` first, then the floors. */
  targets: string[];
  /** The floors that answer each click (the targets apply to these). */
  replying: string[];
  /** What each target is, in a few words. */
  describe: Record<string, string>;
  run(
    target: string,
    firstUser: number,
    count: number,
    concurrency: number,
    limitMs: number,
  ): Promise<LoadResult>;
  settled(target: string): Promise<void>;
  verify(): Promise<Recorded>;
  close(): Promise<void>;
}

function countAnswers(db: { prepare(sql: string): { get(): unknown } }): {
  n: number;
  pairs: number;
} {
  return db
    .prepare(
      "SELECT COUNT(*) AS n, COUNT(DISTINCT post_id || ':' || user_id) AS pairs FROM answers",
    )
    .get() as { n: number; pairs: number };
}

export async function setUpSlack(
  dbPath: string,
  posts: number,
  mode: SlackMode,
): Promise<ModeSetup> {
  const targets = ['ours', 'ack', 'reply'];
  const worker = await startLoadWorker(BOT_TOKEN, {
    appToken: APP_TOKEN,
    targets,
    socket: mode === 'socket',
  });
  const ours = await startQuizApp(dbPath, worker.apis.ours!, mode);
  const apps: Record<string, SlackApp> = {
    ours,
    ack: await startBareBolt(worker.apis.ack!, mode, false),
    reply: await startBareBolt(worker.apis.reply!, mode, true),
  };
  const made = await ours.createPosts(posts);
  let clicksToOurs = 0;
  return {
    targets,
    replying: ['reply'],
    describe: {
      ours: `quizbot, Slack ${mode === 'http' ? 'HTTP mode' : 'Socket Mode'}`,
      ack: 'bare Bolt, ack only',
      reply: "bare Bolt, ack + one reply through response_url (Bolt's respond)",
    },
    async run(target, firstUser, count, concurrency, limitMs) {
      const answers = target !== 'ack';
      const load = await worker.run({
        target,
        url: apps[target]!.url,
        secret: SIGNING_SECRET,
        clicks: clicksFor(made, firstUser, count),
        concurrency,
        timeLimitMs: limitMs,
        expectResponses: answers,
      });
      if (target === 'ours') clicksToOurs += count - load.skipped;
      return load;
    },
    settled: (target) => apps[target]!.settled(),
    async verify() {
      const counted = countAnswers(ours.store.db);
      const v = await worker.verify('ours');
      return {
        clicks: clicksToOurs,
        answers: counted.n,
        distinctPairs: counted.pairs,
        replies: v.responses,
        missing: v.missing,
        repeated: v.repeated,
        exactlyOnce:
          counted.n === clicksToOurs &&
          counted.pairs === clicksToOurs &&
          v.missing === 0 &&
          v.repeated === 0 &&
          v.expected === clicksToOurs,
      };
    },
    async close() {
      for (const app of Object.values(apps)) await app.close();
      await worker.stop();
    },
  };
}

export async function setUpDiscord(dbPath: string, posts: number): Promise<ModeSetup> {
  const targets = ['ours', 'defer-edit', 'reply'];
  const channels = Array.from({ length: posts }, (_, i) =>
    String(1100000000000100000n + BigInt(i)),
  );
  const worker = await startDiscordLoadWorker(DISCORD_TOKEN, targets, channels);
  const ours = await startQuizDiscord(dbPath, worker.stubs.ours!.restUrl);
  const apps: Record<string, DiscordApp> = {
    ours,
    'defer-edit': await startBareDiscord(worker.stubs['defer-edit']!.restUrl, 'defer-edit'),
    reply: await startBareDiscord(worker.stubs.reply!.restUrl, 'reply'),
  };
  const made = await ours.createPosts(channels);
  let clicksToOurs = 0;
  const clicksFrom = (firstUser: number, count: number): DiscordClickSpec[] =>
    Array.from({ length: count }, (_, i) => {
      const user = firstUser + i;
      const post = made[user % made.length]!;
      return {
        channelId: post.channelId,
        messageId: post.messageId,
        customId: post.customIds[(user * 7) % post.customIds.length]!,
        userId: String(1300000000000000000n + BigInt(user)),
        userName: `user${user}`,
      };
    });
  return {
    targets,
    replying: ['defer-edit', 'reply'],
    describe: {
      ours: 'quizbot, Discord interactions',
      'defer-edit': 'bare discord.js, deferReply + editReply',
      reply: 'bare discord.js, one reply',
    },
    async run(target, firstUser, count, concurrency, limitMs) {
      const load = await worker.run(target, {
        clicks: clicksFrom(firstUser, count),
        concurrency,
        timeLimitMs: limitMs,
      });
      if (target === 'ours') clicksToOurs += count - load.skipped;
      return load;
    },
    settled: (target) => apps[target]!.settled(),
    async verify() {
      const counted = countAnswers(ours.store.db);
      return {
        clicks: clicksToOurs,
        answers: counted.n,
        distinctPairs: counted.pairs,
        // Every click to ours was answered (a click without its answer fails its round).
        replies: clicksToOurs,
        missing: 0,
        repeated: 0,
        exactlyOnce: counted.n === clicksToOurs && counted.pairs === clicksToOurs,
      };
    },
    async close() {
      for (const app of Object.values(apps)) await app.close();
      await worker.stop();
    },
  };
}
