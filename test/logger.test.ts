/**
 * The logger: JSON lines at the configured level, errors with their real type, and no secret
 * in any line — Slack bot/app tokens, the signing secret, `x-slack-signature`, Discord tokens —
 * wherever they hide (message, interpolation, nested fields, error messages, stacks, causes,
 * fields SDKs hang on errors, child bindings, Bolt's own log calls, a real Slack HTTP exchange).
 */
import { afterEach, describe, expect, it } from 'vitest';
import { toBoltLogger } from '../src/adapters/slack/slack-logger.ts';
import { createBot } from '../src/bot/create-bot.ts';
import { ConfigError } from '../src/config.ts';
import {
  createLogger,
  type Logger,
  maskSecrets,
  REDACTED,
  SECRET_TEXT_RULES,
  sanitize,
} from '../src/logger.ts';
import type { SqliteQuizStore } from '../src/store/index.ts';
import { openStore } from '../src/store/index.ts';
import { interactiveBody, postSigned, slackSignature } from './adapters/slack/signed-request.ts';
import {
  BOT_TOKEN,
  SIGNING_SECRET,
  type SlackHarness,
  startSlackHarness,
} from './adapters/slack/slack-harness.ts';
import { testBank } from './bot/fixtures/test-bank.ts';

const SLACK_BOT = 'xoxb-2222222222-3333333333-AbCdEfGhIjKlMnOpQrStUvWx';
const SLACK_APP = 'xapp-1-A0QUIZBOT1-4444444444-0123456789abcdef0123456789abcdef';
const SLACK_USER = 'xoxp-5555555555-6666666666-7777777777-0123456789abcdef';
const SIGNING = '3e1c0f5a9b7d2468ace013579bdf2468';
const DISCORD = 'MTA5ODc2NTQzMjEwOTg3NjU0Mw.GhIjKl.AbCdEfGhIjKlMnOpQrStUvWxYz0123456789ab';
const SIGNATURE = slackSignature(SIGNING, 1_718_000_000, 'payload=%7B%7D');
const ALL_SECRETS = [
  SLACK_BOT,
  SLACK_APP,
  SLACK_USER,
  SIGNING,
  DISCORD,
  SIGNATURE,
  SIGNATURE.slice(3),
];

interface Captured {
  logger: Logger;
  raw: string[];
  lines: () => Record<string, unknown>[];
}

function capture(level = 'trace', secrets: string[] = [SIGNING]): Captured {
  const raw: string[] = [];
  const logger = createLogger(level, { write: (line: string) => void raw.push(line) }, { secrets });
  return { logger, raw, lines: () => raw.map((l) => JSON.parse(l) as Record<string, unknown>) };
}

function expectNoSecret(raw: string[], secrets: readonly string[] = ALL_SECRETS): void {
  expect(raw.length).toBeGreaterThan(0);
  for (const line of raw)
    for (const secret of secrets)
      expect(line, `a log line holds ${secret.slice(0, 8)}…`).not.toContain(secret);
}

describe('log lines', () => {
  it('are one JSON object per line with level, time, app and message', () => {
    const log = capture('info');
    log.logger.info({ channelId: 'C1', answers: 3 }, 'question posted');
    expect(log.raw).toHaveLength(1);
    expect(log.raw[0]!.endsWith('\n')).toBe(true);
    expect(log.lines()[0]).toMatchObject({
      level: 30,
      app: 'quizbot',
      channelId: 'C1',
      answers: 3,
      msg: 'question posted',
    });
    expect(typeof log.lines()[0]!.time).toBe('number');
  });

  it('drops lines below LOG_LEVEL and writes nothing when silent', () => {
    const warn = capture('warn');
    warn.logger.info('not shown');
    warn.logger.debug('not shown');
    warn.logger.warn('shown');
    expect(warn.lines().map((l) => l.msg)).toEqual(['shown']);
    const silent = capture('silent');
    silent.logger.fatal('nothing');
    expect(silent.raw).toEqual([]);
  });
});

describe('errors in log lines', () => {
  class DeliveryProblem extends Error {
    code = 'channel_unavailable';
  }

  it('show the real type, message, stack and code', () => {
    const log = capture();
    log.logger.error({ err: new TypeError('not a function') }, 'handler failed');
    log.logger.error({ err: new DeliveryProblem('channel_not_found') }, 'delivery failed');
    log.logger.error({ err: new ConfigError('PORT="x" is not valid') }, 'config');
    const [type, custom, config] = log.lines().map((l) => l.err as Record<string, unknown>);
    expect(type).toMatchObject({ type: 'TypeError', message: 'not a function' });
    expect(String(type!.stack)).toMatch(/^TypeError: not a function\n\s+at /);
    expect(custom).toMatchObject({
      type: 'DeliveryProblem',
      message: 'channel_not_found',
      code: 'channel_unavailable',
    });
    expect(config).toMatchObject({ type: 'ConfigError' });
  });

  it('take an error as the first argument, with its message as the line message', () => {
    const log = capture();
    log.logger.error(new RangeError('too far'));
    expect(log.lines()[0]).toMatchObject({
      msg: 'too far',
      err: { type: 'RangeError', message: 'too far' },
    });
  });

  it('keep the cause chain and survive circular references', () => {
    const log = capture();
    const inner = new Error('socket hang up');
    const outer = new Error('chat.postMessage failed', { cause: inner }) as Error & {
      self?: unknown;
    };
    outer.self = outer;
    log.logger.error({ err: outer }, 'failed');
    const err = log.lines()[0]!.err as Record<string, unknown>;
    expect(err.cause).toMatchObject({ type: 'Error', message: 'socket hang up' });
    expect(err.self).toBe('[circular]');
  });
});

describe('secrets never reach a log line', () => {
  it('masks tokens in messages and interpolated values', () => {
    const log = capture();
    log.logger.info(`starting with ${SLACK_BOT} and ${SLACK_APP}`);
    log.logger.warn('discord token %s refused; user token %s', DISCORD, SLACK_USER);
    log.logger.info('payload %o', {
      headers: { 'x-slack-signature': SIGNATURE },
      note: `secret ${SIGNING}`,
    });
    expectNoSecret(log.raw);
    expect(log.lines()[0]!.msg).toBe(`starting with xoxb-${REDACTED} and xapp-${REDACTED}`);
  });

  it('censors secret-named keys at any depth and masks token-shaped values in any field', () => {
    const log = capture();
    log.logger.info(
      {
        config: {
          slack: { botToken: SLACK_BOT, appToken: SLACK_APP, signingSecret: SIGNING },
          discord: { token: DISCORD },
        },
        req: {
          headers: {
            'x-slack-signature': SIGNATURE,
            authorization: `Bearer ${SLACK_BOT}`,
            'x-slack-request-timestamp': '1718000000',
          },
        },
        env: { SLACK_BOT_TOKEN: SLACK_BOT, DISCORD_TOKEN: DISCORD, SLACK_SIGNING_SECRET: SIGNING },
        note: `pasted ${SLACK_USER} by mistake`,
        list: [{ token: DISCORD }, `v ${SIGNATURE}`],
      },
      'settings',
    );
    expectNoSecret(log.raw);
    const line = log.lines()[0]!;
    expect(line.config).toEqual({
      slack: { botToken: REDACTED, appToken: REDACTED, signingSecret: REDACTED },
      discord: { token: REDACTED },
    });
    expect((line.req as { headers: Record<string, string> }).headers).toEqual({
      'x-slack-signature': REDACTED,
      authorization: REDACTED,
      'x-slack-request-timestamp': '1718000000',
    });
  });

  it('masks tokens in error messages, stacks, causes and the fields SDKs attach to errors', () => {
    const log = capture();
    const sdkError = Object.assign(
      new Error(`An API error occurred: invalid_auth for ${SLACK_BOT}`),
      {
        code: 'slack_webapi_platform_error',
        data: { ok: false, error: 'invalid_auth', response_metadata: { scopes: ['chat:write'] } },
        headers: { authorization: `Bearer ${SLACK_BOT}`, 'x-slack-signature': SIGNATURE },
        request: { body: `token=${SLACK_BOT}&channel=C1` },
      },
    );
    const wrapped = new Error(`Slack adapter could not start: ${SLACK_APP}`, { cause: sdkError });
    log.logger.error({ err: wrapped }, 'start-up failed');
    log.logger.error(new Error(`Discord login with ${DISCORD} failed`));
    expectNoSecret(log.raw);
    const err = log.lines()[0]!.err as {
      stack: string;
      cause: { headers: unknown; code: string };
    };
    expect(err.stack).toContain(`xapp-${REDACTED}`);
    expect(err.cause.code).toBe('slack_webapi_platform_error');
    expect(err.cause.headers).toEqual({ authorization: REDACTED, 'x-slack-signature': REDACTED });
  });

  it('scrubs the exact secret values it was given, whatever their shape, also from child bindings', () => {
    const oddSecret = 'plain-words-but-secret-42';
    const log = capture('trace', [SIGNING, oddSecret]);
    log.logger.child({ adapter: 'slack', token: SLACK_BOT }).info('child line');
    log.logger.child({ note: `uses ${oddSecret}` }).info(`the secret is ${oddSecret}`);
    log.logger.info({ weird: { nested: { value: `x${SIGNING}y` } } }, 'nested');
    expectNoSecret(log.raw, [...ALL_SECRETS, oddSecret]);
    expect(log.lines()[0]).toMatchObject({ adapter: 'slack', token: REDACTED });
  });

  it('keeps Bolt and the Slack SDKs (which log strings and objects) clean', () => {
    const log = capture();
    const bolt = toBoltLogger(log.logger);
    bolt.debug('http request headers', {
      authorization: `Bearer ${SLACK_BOT}`,
      'x-slack-signature': SIGNATURE,
    });
    bolt.warn(`apps.connections.open with ${SLACK_APP}`);
    bolt.error(new Error(`request failed for ${SLACK_BOT}`), 'extra');
    expectNoSecret(log.raw);
  });

  it('does not touch ordinary text', () => {
    expect(maskSecrets('answer recorded for U0ALICE in C0123DAILY at 1718000000.000100')).toBe(
      'answer recorded for U0ALICE in C0123DAILY at 1718000000.000100',
    );
    expect(sanitize({ userId: 'U1', tokensLeft: 3, nested: { ok: true } })).toEqual({
      userId: 'U1',
      tokensLeft: 3,
      nested: { ok: true },
    });
  });
});

describe('a real Slack HTTP exchange logged at trace level', () => {
  let store: SqliteQuizStore;
  let harness: SlackHarness | null = null;

  afterEach(async () => {
    await harness?.close().catch(() => undefined);
    harness = null;
    store.close();
  });

  it('writes no token, signing secret or request signature', async () => {
    const log = capture('trace', [BOT_TOKEN, SIGNING_SECRET]);
    store = openStore(':memory:');
    const bot = createBot({
      bank: testBank(),
      store,
      logger: log.logger,
      settings: { locale: 'en', defaultTimezone: 'UTC', answerWindowMinutes: 60 },
    });
    harness = await startSlackHarness(bot, 'http', { logger: log.logger });
    bot.attach(harness.adapter);
    const admin = { id: 'U0ADMIN', name: 'admin', admin: true };
    await harness.command(admin, 'help');
    harness.api.failNext('chat.postMessage', { error: 'invalid_auth' });
    await harness.command(admin, 'post');
    const url = `http://127.0.0.1:${harness.adapter.boundPort()}/slack/events`;
    const forged = await postSigned(url, interactiveBody({ type: 'block_actions' }), {
      secret: 'wrong-secret-0000',
    });
    expect(forged.status).toBe(401);
    await bot.stop();
    expect(log.lines().some((l) => JSON.stringify(l).includes('invalid_auth'))).toBe(true);
    expectNoSecret(log.raw, [BOT_TOKEN, SIGNING_SECRET]);
    for (const line of log.raw) expect(line).not.toMatch(/v0=[0-9a-f]{64}/);
  });
});

describe('credential text rules (issue 15 #16)', () => {
  it('each rule masks its own example', () => {
    for (const rule of SECRET_TEXT_RULES) {
      const masked = maskSecrets(rule.example);
      expect(masked, rule.name).not.toBe(rule.example);
      expect(masked, rule.name).toContain(REDACTED);
    }
    expect(maskSecrets('{\\"token\\":\\"Q1w2E3r4\\"}')).toBe('{\\"token\\":\\"[redacted]\\"}');
  });

  it('stay linear on 1 MB lines made to look almost like a match (no catastrophic backtracking)', () => {
    const nearMisses = [
      '/interactions/12345/'.repeat(50_000),
      '"token"'.repeat(150_000),
      '\\"token\\": \\"'.repeat(80_000),
      'https://hooks.slack.com/'.repeat(40_000),
      'x'.repeat(1 << 20),
    ];
    for (const line of nearMisses) {
      const started = performance.now();
      maskSecrets(line);
      // A backtracking pattern takes minutes here; a linear one, milliseconds.
      expect(performance.now() - started).toBeLessThan(2_000);
    }
  });
});
