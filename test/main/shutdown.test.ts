/**
 * The real process: start-up, /healthz and graceful shutdown of `src/main.ts` in terminal mode
 * and in Slack HTTP mode (against the local fake Web API), with the database checked afterwards.
 */

import { existsSync } from 'node:fs';
import Database from 'better-sqlite3';
import { afterEach, describe, expect, it } from 'vitest';
import { messages } from '../../src/bot/i18n/catalog.ts';
import { FakeSlackApi } from '../adapters/slack/fake-slack-api.ts';
import { commandBody, postSigned } from '../adapters/slack/signed-request.ts';
import { BOT_TOKEN, SIGNING_SECRET } from '../adapters/slack/slack-harness.ts';
import { slashCommand } from '../adapters/slack/slack-payloads.ts';
import {
  type Exit,
  freePort,
  getJson,
  REAL_PROCESS_TEST_TIMEOUT_MS,
  type RunningMain,
  spawnMain,
} from './spawn-main.ts';

const en = messages('en');

/**
 * The exit after a signal or the end of input. The bound for a graceful shutdown (10 s) is
 * kept by the process itself: past it, main logs 'shutdown took too long' and exits 1. So the test
 * waits for the exit, however long a loaded machine takes to deliver the signal and read the pipes,
 * and the exit code says whether the bound held; a clock in the test would also count the time the
 * machine took to run the process at all.
 */
async function exitOf(main: RunningMain): Promise<Exit> {
  const exit = await main.exited;
  expect(main.logs().filter((l) => l.msg === 'shutdown took too long; exiting')).toEqual([]);
  return exit;
}

const running: RunningMain[] = [];
let api: FakeSlackApi | null = null;

afterEach(async () => {
  for (const main of running.splice(0)) await main.cleanup();
  await api?.close();
  api = null;
});

function start(env: Record<string, string>, stdin: 'pipe' | 'ignore' = 'ignore'): RunningMain {
  const main = spawnMain(env, { stdin });
  running.push(main);
  return main;
}

const logged = (main: RunningMain, msg: string) => () => main.logs().some((l) => l.msg === msg);

/** Opens the database the process left behind: it must be whole, and closed cleanly (WAL checkpointed away). */
function reopen(path: string): Database.Database {
  expect(existsSync(`${path}-wal`)).toBe(false);
  const db = new Database(path, { readonly: true });
  expect(db.pragma('integrity_check', { simple: true })).toBe('ok');
  return db;
}

describe('terminal mode', { timeout: REAL_PROCESS_TEST_TIMEOUT_MS }, () => {
  it('serves /healthz on HEALTH_PORT, and on SIGTERM finishes, closes the database and exits 0', async () => {
    const healthPort = await freePort();
    const main = start(
      { HEALTH_PORT: String(healthPort), LOG_LEVEL: 'info', QUIZBOT_LOCALE: 'en' },
      'pipe',
    );
    await main.waitFor(logged(main, 'quizbot is running'), 'start-up');

    main.child.stdin?.write('/quiz schedule 09:00\n/quiz post\n');
    await main.waitFor(() => /\b1\)|\[1\]|1\./.test(main.stdout()), 'the posted question');
    main.child.stdin?.write('1\n');
    await main.waitFor(
      () => [en.resultCorrect, en.resultWrong].some((t) => main.stdout().includes(t)),
      'the answer result',
    );

    const health = await getJson(`http://127.0.0.1:${healthPort}/healthz`);
    expect(health.status).toBe(200);
    expect(health.body).toMatchObject({
      ok: true,
      adapters: [{ platform: 'console', connected: true }],
      database: { writable: true },
      channels: [
        expect.objectContaining({
          platform: 'console',
          nextPostAt: expect.stringMatching(/T09:00:00\.000Z$/),
          paused: null,
        }),
      ],
    });

    main.child.kill('SIGTERM');
    const exit = await exitOf(main);
    expect(exit).toEqual({ code: 0, signal: null });
    expect(main.logs().map((l) => l.msg)).toEqual(
      expect.arrayContaining(['shutting down', 'stopped']),
    );
    const db = reopen(main.dbPath);
    expect(db.prepare('SELECT COUNT(*) AS n FROM posts').get()).toEqual({ n: 1 });
    expect(db.prepare('SELECT COUNT(*) AS n FROM answers').get()).toEqual({ n: 1 });
    db.close();
  });

  it('stops the same way on SIGINT, with stdin still open', async () => {
    const main = start({ LOG_LEVEL: 'info' }, 'pipe');
    await main.waitFor(logged(main, 'quizbot is running'), 'start-up');
    main.child.kill('SIGINT');
    expect(await exitOf(main)).toEqual({ code: 0, signal: null });
    expect(main.logs().find((l) => l.msg === 'shutting down')).toMatchObject({
      reason: 'SIGINT',
    });
    reopen(main.dbPath).close();
  });

  it('exits 0 at the end of its input', async () => {
    const main = start({ LOG_LEVEL: 'info' }, 'pipe');
    await main.waitFor(logged(main, 'quizbot is running'), 'start-up');
    main.child.stdin?.end('/quiz help\n');
    expect(await exitOf(main)).toEqual({ code: 0, signal: null });
    expect(main.stdout()).toContain('/quiz');
    reopen(main.dbPath).close();
  });

  it('does not serve /healthz unless HEALTH_PORT asks for it (PORT alone is not enough)', async () => {
    const port = await freePort();
    const main = start({ PORT: String(port), LOG_LEVEL: 'info' }, 'pipe');
    await main.waitFor(logged(main, 'quizbot is running'), 'start-up');
    await expect(
      fetch(`http://127.0.0.1:${port}/healthz`, { signal: AbortSignal.timeout(3_000) }),
    ).rejects.toThrow();
    expect(main.logs().some((l) => l.msg === 'health check listening on /healthz')).toBe(false);
    main.child.kill('SIGTERM');
    expect((await exitOf(main)).code).toBe(0);
  });
});

describe('Slack HTTP mode against a local fake Web API', {
  timeout: REAL_PROCESS_TEST_TIMEOUT_MS,
}, () => {
  it('shares PORT between Slack events and /healthz, answers a signed command, and shuts down cleanly', async () => {
    api = await FakeSlackApi.start({ botToken: BOT_TOKEN });
    const port = await freePort();
    const main = start({
      SLACK_BOT_TOKEN: BOT_TOKEN,
      SLACK_SIGNING_SECRET: SIGNING_SECRET,
      SLACK_API_URL: api.apiUrl,
      PORT: String(port),
      LOG_LEVEL: 'debug',
    });
    await main.waitFor(logged(main, 'quizbot is running'), 'start-up');

    const health = await getJson(`http://127.0.0.1:${port}/healthz`);
    expect(health.status).toBe(200);
    expect(health.body).toMatchObject({
      ok: true,
      adapters: [{ platform: 'slack', connected: true }],
      database: { writable: true },
    });

    const help = slashCommand({
      teamId: 'T0001QUIZ',
      channelId: 'C0123DAILY',
      userId: 'U0ALICE',
      userName: 'alice',
      text: 'help',
      responseUrl: api.responseUrl({ userId: 'U0ALICE', channel: 'C0123DAILY' }),
    });
    const res = await postSigned(
      `http://127.0.0.1:${port}/slack/events`,
      commandBody(help as unknown as Record<string, unknown>),
      { secret: SIGNING_SECRET },
    );
    expect(res.status).toBe(200);
    await main.waitFor(() => api!.responses.length > 0, 'the reply through response_url');

    main.child.kill('SIGTERM');
    expect(await exitOf(main)).toEqual({ code: 0, signal: null });
    expect(main.logs().some((l) => l.msg === 'Slack adapter stopped')).toBe(true);
    reopen(main.dbPath).close();
    const all = main.stderr() + main.stdout();
    expect(all).not.toContain(BOT_TOKEN);
    expect(all).not.toContain(SIGNING_SECRET);
  });

  it('exits 1 with one clear line when Slack refuses the token, printing no secret', async () => {
    api = await FakeSlackApi.start({ botToken: 'xoxb-the-right-one' });
    const main = start({
      SLACK_BOT_TOKEN: BOT_TOKEN,
      SLACK_SIGNING_SECRET: SIGNING_SECRET,
      SLACK_API_URL: api.apiUrl,
      PORT: String(await freePort()),
    });
    const exit = await main.exited;
    expect(exit.code).toBe(1);
    expect(main.stderr()).toMatch(
      /quizbot: could not start: Slack rejected SLACK_BOT_TOKEN \(auth\.test: invalid_auth\)/,
    );
    expect(main.stderr()).not.toContain(BOT_TOKEN);
    expect(main.stderr()).not.toContain(SIGNING_SECRET);
    reopen(main.dbPath).close();
  });
});
