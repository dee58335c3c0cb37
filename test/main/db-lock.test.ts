/**
 * A lock never stalls the bot (issue 15, #5 and #6), on the real process (`src/main.ts`, Slack HTTP
 * mode against the local fake Web API): while a second process holds the database's write lock
 * (`BEGIN IMMEDIATE`) for several seconds, every click is acked well inside Slack's 3 s and
 * `/healthz` answers at once; when the lock goes, every click is written and its user is told,
 * with a note that recording took a moment.
 */
import { spawn } from 'node:child_process';
import { createRequire } from 'node:module';
import { fileURLToPath, pathToFileURL } from 'node:url';
import Database from 'better-sqlite3';
import { afterEach, describe, expect, it } from 'vitest';
import { messages } from '../../src/bot/i18n/catalog.ts';
import { answerButtons, answerClick } from '../adapters/slack/answer-clicks.ts';
import { FakeSlackApi } from '../adapters/slack/fake-slack-api.ts';
import { commandBody, interactiveBody, postSigned } from '../adapters/slack/signed-request.ts';
import { BOT_TOKEN, SIGNING_SECRET } from '../adapters/slack/slack-harness.ts';
import { slashCommand } from '../adapters/slack/slack-payloads.ts';
import { freePort, REPO, type RunningMain, spawnMain } from './spawn-main.ts';

const en = messages('en');
const TEAM = 'T0001QUIZ';
const CHANNEL = 'C0123DAILY';
const ADMIN = { id: 'U0ADMIN', name: 'admin' };
const HOLDER = fileURLToPath(new URL('./fixtures/hold-write-lock.ts', import.meta.url));
const TSX = pathToFileURL(createRequire(import.meta.url).resolve('tsx')).href;
/** How long the other process holds the lock. */
const LOCK_MS = 6_000;
const CLICKS = 20;

let main: RunningMain | null = null;
let api: FakeSlackApi | null = null;
afterEach(async () => {
  await main?.cleanup();
  await api?.close();
  main = null;
  api = null;
});

/** Starts the lock holder; resolves once it holds the lock, with a promise of its release. */
async function holdLock(dbPath: string, ms: number): Promise<{ released: Promise<void> }> {
  const child = spawn(process.execPath, ['--import', TSX, HOLDER, dbPath, String(ms)], {
    cwd: REPO,
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  let out = '';
  const seen = (word: string) =>
    new Promise<void>((resolve, reject) => {
      const check = () => {
        if (out.includes(word)) resolve();
      };
      child.stdout.setEncoding('utf8').on('data', (chunk: string) => {
        out += chunk;
        check();
      });
      child.once('exit', (code) =>
        out.includes(word) ? resolve() : reject(new Error(`holder exited ${code}`)),
      );
      check();
    });
  const locked = seen('locked');
  const released = seen('released');
  await locked;
  return { released };
}

async function timed<T>(run: () => Promise<T>): Promise<{ ms: number; value: T }> {
  const t0 = performance.now();
  const value = await run();
  return { ms: performance.now() - t0, value };
}

describe('a database locked by another process', () => {
  it('keeps acks and /healthz fast, then writes every click and tells each user', {
    timeout: 60_000,
  }, async () => {
    api = await FakeSlackApi.start({ botToken: BOT_TOKEN });
    api.users.set(ADMIN.id, { ...ADMIN, admin: true });
    const port = await freePort();
    main = spawnMain({
      SLACK_BOT_TOKEN: BOT_TOKEN,
      SLACK_SIGNING_SECRET: SIGNING_SECRET,
      SLACK_API_URL: api.apiUrl,
      PORT: String(port),
      QUIZBOT_LOCALE: 'en',
      LOG_LEVEL: 'info',
    });
    const running = main;
    await running.waitFor(
      () => running.logs().some((l) => l.msg === 'quizbot is running'),
      'start-up',
    );
    const events = `http://127.0.0.1:${port}/slack/events`;
    const post = slashCommand({
      teamId: TEAM,
      channelId: CHANNEL,
      userId: ADMIN.id,
      userName: ADMIN.name,
      text: 'post',
      responseUrl: api.responseUrl({ userId: ADMIN.id, channel: CHANNEL }),
    });
    await postSigned(events, commandBody(post as unknown as Record<string, unknown>), {
      secret: SIGNING_SECRET,
    });
    const fake = api;
    await running.waitFor(
      () => fake.channelMessages(CHANNEL).length === 1 && fake.responses.length === 1,
      'the question and the admin’s confirmation',
    );
    const question = fake.channelMessages(CHANNEL)[0]!;
    const options = answerButtons(question).length;
    const repliesBefore = fake.responses.length;

    const { released } = await holdLock(running.dbPath, LOCK_MS);
    const acks: number[] = [];
    const health: number[] = [];
    for (let i = 0; i < CLICKS; i += 1) {
      const user = { id: `U${String(i).padStart(6, '0')}`, name: `user${i}` };
      const payload = answerClick(fake, question, TEAM, user, i % options);
      const ack = await timed(() =>
        postSigned(events, interactiveBody(payload), { secret: SIGNING_SECRET }),
      );
      expect(ack.value.status).toBe(200);
      acks.push(ack.ms);
      if (i % 4 === 0) {
        const probe = await timed(() =>
          fetch(`http://127.0.0.1:${port}/healthz`, { signal: AbortSignal.timeout(5_000) }),
        );
        health.push(probe.ms);
      }
      await new Promise((resolve) => setTimeout(resolve, 100));
    }
    // Still locked: nothing written yet, nobody told yet (the acks came first).
    const db = new Database(running.dbPath, { readonly: true });
    expect(db.prepare('SELECT count(*) AS n FROM answers').get()).toEqual({ n: 0 });
    expect(fake.responses.length).toBe(repliesBefore);
    // Slack allows 3 s; the lock would have cost each ack up to the 5 s busy timeout before.
    expect(Math.max(...acks)).toBeLessThan(1_000);
    expect(Math.max(...health)).toBeLessThan(1_000);

    await released;
    await running.waitFor(
      () => fake.responses.length === repliesBefore + CLICKS,
      'a reply to every click',
      15_000,
    );
    const replies = fake.responses.slice(repliesBefore).map((r) => String(r.body.text ?? ''));
    const texts = fake.messages
      .filter((msg) => msg.visibility === 'ephemeral')
      .slice(-CLICKS)
      .map((msg) => msg.text);
    expect(replies).toHaveLength(CLICKS);
    for (const text of texts) expect(text).toContain(en.answerRecordedLate);
    expect(db.prepare('SELECT count(*) AS n FROM answers').get()).toEqual({ n: CLICKS });
    expect(db.pragma('integrity_check', { simple: true })).toBe('ok');
    db.close();
    expect(running.logs().map((l) => l.msg)).toEqual(
      expect.arrayContaining([
        'the database is locked by another process; writes wait',
        'the database took writes again',
      ]),
    );
    console.log(
      `lock of ${LOCK_MS} ms: acks p50 ${acks.sort((a, b) => a - b)[CLICKS >> 1]!.toFixed(1)} ms, max ${acks.at(-1)!.toFixed(1)} ms; /healthz max ${Math.max(...health).toFixed(1)} ms`,
    );
  });
});
