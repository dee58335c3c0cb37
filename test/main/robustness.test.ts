/**
 * The real process (issue 15): a malformed signed request does not end it (#1); lost credentials
 * — a revoked Slack app token on a Socket Mode reconnect, Discord 4004 mid-run — end it with one
 * clear line, an orderly shutdown and a non-zero exit (#12); a damaged database is refused at
 * start with a pointer to the restore steps, before anything connects (#9).
 */
import {
  closeSync,
  mkdtempSync,
  openSync,
  readFileSync,
  rmSync,
  writeFileSync,
  writeSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { afterEach, describe, expect, it } from 'vitest';
import { openStore } from '../../src/store/index.ts';
import { STUB_TOKEN } from '../adapters/discord/discord-harness.ts';
import { IDS, loadFixture } from '../adapters/discord/stubs/fixtures.ts';
import { DiscordGatewayStub } from '../adapters/discord/stubs/gateway-stub.ts';
import { DiscordRestStub } from '../adapters/discord/stubs/rest-stub.ts';
import { FakeSlackApi } from '../adapters/slack/fake-slack-api.ts';
import { FakeSocketServer } from '../adapters/slack/fake-socket-server.ts';
import { commandBody, postSigned } from '../adapters/slack/signed-request.ts';
import { APP_TOKEN, BOT_TOKEN, SIGNING_SECRET } from '../adapters/slack/slack-harness.ts';
import { slashCommand } from '../adapters/slack/slack-payloads.ts';
import {
  freePort,
  getJson,
  REAL_PROCESS_TEST_TIMEOUT_MS,
  type RunningMain,
  spawnMain,
} from './spawn-main.ts';

const running: RunningMain[] = [];
const closers: (() => Promise<void>)[] = [];

afterEach(async () => {
  for (const main of running.splice(0)) await main.cleanup();
  for (const close of closers.splice(0)) await close();
});

function start(env: Record<string, string>, stdin: 'pipe' | 'ignore' = 'ignore'): RunningMain {
  const main = spawnMain(env, { stdin });
  running.push(main);
  return main;
}

const logged = (main: RunningMain, msg: string | RegExp) => () =>
  main.logs().some((l) => (typeof msg === 'string' ? l.msg === msg : msg.test(String(l.msg))));

function integrity(path: string): string {
  const db = new Database(path, { readonly: true });
  try {
    return String(db.pragma('integrity_check', { simple: true }));
  } finally {
    db.close();
  }
}

describe('no request ends the process', { timeout: REAL_PROCESS_TEST_TIMEOUT_MS }, () => {
  it('answers a signed payload=null with 400 and keeps serving', async () => {
    const api = await FakeSlackApi.start({ botToken: BOT_TOKEN });
    closers.push(() => api.close());
    const port = await freePort();
    const main = start({
      SLACK_BOT_TOKEN: BOT_TOKEN,
      SLACK_SIGNING_SECRET: SIGNING_SECRET,
      SLACK_API_URL: api.apiUrl,
      PORT: String(port),
    });
    await main.waitFor(logged(main, 'quizbot is running'), 'start-up');
    const url = `http://127.0.0.1:${port}/slack/events`;
    for (const [body, type] of [
      ['payload=null', 'application/x-www-form-urlencoded'],
      ['null', 'application/json'],
    ] as const) {
      const res = await postSigned(url, body, { secret: SIGNING_SECRET, contentType: type });
      expect(res.status).toBe(400);
    }
    const help = slashCommand({
      teamId: 'T0001QUIZ',
      channelId: 'C0123DAILY',
      userId: 'U0ALICE',
      userName: 'alice',
      text: 'help',
      responseUrl: api.responseUrl({ userId: 'U0ALICE', channel: 'C0123DAILY' }),
    });
    const res = await postSigned(url, commandBody(help as unknown as Record<string, unknown>), {
      secret: SIGNING_SECRET,
    });
    expect(res.status).toBe(200);
    await main.waitFor(() => api.responses.length > 0, 'the reply to the next command');
    expect((await getJson(`http://127.0.0.1:${port}/healthz`)).status).toBe(200);
    main.child.kill('SIGTERM');
    expect(await main.exited).toEqual({ code: 0, signal: null });
  });
});

describe('lost credentials end cleanly', { timeout: REAL_PROCESS_TEST_TIMEOUT_MS }, () => {
  it('a revoked Slack app token on a Socket Mode reconnect: one line, orderly stop, exit 1', async () => {
    const api = await FakeSlackApi.start({ botToken: BOT_TOKEN, appToken: APP_TOKEN });
    const socket = await FakeSocketServer.start();
    api.socketUrl = socket.url;
    closers.push(async () => {
      await socket.close();
      await api.close();
    });
    const main = start({
      SLACK_BOT_TOKEN: BOT_TOKEN,
      SLACK_APP_TOKEN: APP_TOKEN,
      SLACK_API_URL: api.apiUrl,
      HEALTH_PORT: String(await freePort()),
    });
    await main.waitFor(logged(main, 'quizbot is running'), 'start-up');
    api.failNext('apps.connections.open', ...Array(5).fill({ error: 'invalid_auth' }));
    socket.drop();
    const exit = await main.exited;
    expect(exit.code).toBe(1);
    const fatal = main.logs().filter((l) => Number(l.level) === 60);
    expect(fatal.map((l) => l.msg)).toEqual([
      expect.stringMatching(/SLACK_APP_TOKEN.*invalid_auth/),
    ]);
    expect(main.logs().map((l) => l.msg)).toEqual(
      expect.arrayContaining(['shutting down', 'stopped']),
    );
    expect(main.stderr()).not.toMatch(/Unhandled|at .*\.js:\d+/);
    expect(integrity(main.dbPath)).toBe('ok');
  });

  it('Discord 4004 mid-run: one line, orderly stop, exit 1', async () => {
    const rest = await DiscordRestStub.start(STUB_TOKEN);
    const gateway = await DiscordGatewayStub.start(STUB_TOKEN, [loadFixture('guild-create.json')]);
    rest.gatewayUrl = gateway.url;
    closers.push(async () => {
      await gateway.close();
      await rest.close();
    });
    const main = start({
      DISCORD_TOKEN: STUB_TOKEN,
      DISCORD_API_URL: rest.api,
      DISCORD_GUILD_ID: IDS.guild,
      HEALTH_PORT: String(await freePort()),
    });
    await main.waitFor(logged(main, 'quizbot is running'), 'start-up');
    gateway.drop(4004);
    const exit = await main.exited;
    expect(exit.code).toBe(1);
    const fatal = main.logs().filter((l) => Number(l.level) === 60);
    expect(fatal.map((l) => l.msg)).toEqual([expect.stringMatching(/4004.*DISCORD_TOKEN/)]);
    expect(main.logs().map((l) => l.msg)).toEqual(
      expect.arrayContaining(['shutting down', 'stopped']),
    );
    expect(integrity(main.dbPath)).toBe('ok');
  });
});

describe('a damaged database is refused at start', {
  timeout: REAL_PROCESS_TEST_TIMEOUT_MS,
}, () => {
  function tempDir(): string {
    const dir = mkdtempSync(join(tmpdir(), 'quizbot-damaged-'));
    closers.push(async () => rmSync(dir, { recursive: true, force: true }));
    return dir;
  }

  function damagedDatabase(path: string): void {
    const store = openStore(path);
    for (let i = 0; i < 400; i += 1)
      store.upsertChannel({ platform: 'console', teamId: 'local', channelId: `c${i}` }, {});
    store.close();
    const db = new Database(path, { readonly: true });
    const pageSize = Number(db.pragma('page_size', { simple: true }));
    const { rootpage } = db
      .prepare("SELECT rootpage FROM sqlite_master WHERE name = 'channels'")
      .get() as { rootpage: number };
    db.close();
    // Overwrite the start of the channels table's root page with garbage.
    const fd = openSync(path, 'r+');
    writeSync(fd, Buffer.alloc(1024, 0xa5), 0, 1024, pageSize * (rootpage - 1));
    closeSync(fd);
  }

  it('refuses a file with a damaged page, pointing to the restore steps, and talks to no one', async () => {
    const dir = tempDir();
    const path = join(dir, 'damaged.db');
    damagedDatabase(path);
    const main = spawnMain({ QUIZBOT_DB: path }, { stdin: 'pipe', cwd: dir });
    running.push(main);
    main.child.stdin?.write('/quiz post\n');
    const exit = await main.exited;
    expect(exit.code).toBe(1);
    expect(main.stderr()).toMatch(
      /quizbot: (the database .* failed its start-up check|cannot use the database)/,
    );
    expect(main.stderr()).toContain('Data, backups and restore');
    expect(main.stdout()).toBe('');
    expect(main.stderr()).not.toMatch(/SqliteError|at .*\.ts:\d+/);
  });

  it('refuses a file that is not a database at all, and leaves it as it was', async () => {
    const dir = tempDir();
    const path = join(dir, 'not-a-db.db');
    writeFileSync(path, 'this is not sqlite '.repeat(500));
    const main = spawnMain({ QUIZBOT_DB: path }, { stdin: 'pipe', cwd: dir });
    running.push(main);
    const exit = await main.exited;
    expect(exit.code).toBe(1);
    expect(main.stderr()).toContain('Data, backups and restore');
    expect(readFileSync(path, 'utf8').startsWith('this is not sqlite')).toBe(true);
  });
});
