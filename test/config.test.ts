/**
 * Configuration: every variable's defaults and parsing, every bad value named with what was given
 * and what is expected, which adapters run, `.env` loading, and `src/main.ts` exiting with code 2
 * on a bad variable before anything connects (no database file is created).
 */
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { ConfigError, loadConfig, loadDotEnv } from '../src/config.ts';
import { type RunningMain, spawnMain } from './main/spawn-main.ts';

function configError(env: Record<string, string>): string {
  try {
    loadConfig(env);
  } catch (error) {
    expect(error).toBeInstanceOf(ConfigError);
    return (error as ConfigError).message;
  }
  throw new Error(`expected a ConfigError for ${JSON.stringify(env)}`);
}

const SLACK_HTTP = {
  SLACK_BOT_TOKEN: 'xoxb-1-2-abc',
  SLACK_SIGNING_SECRET: '0123456789abcdef0123456789abcdef',
};

describe('defaults', () => {
  it('runs the terminal with the shipped notes when nothing is set', () => {
    const config = loadConfig({});
    expect(config).toMatchObject({
      databasePath: 'data/quizbot.db',
      // Empty: the bank loader falls back to the project's own data/notes, wherever it runs from.
      notesPaths: [],
      locale: 'ja',
      admins: [],
      answerWindowMinutes: 24 * 60,
      logLevel: null,
      slack: null,
      discord: null,
      port: 3000,
      healthPort: null,
    });
    expect(typeof config.defaultTimezone).toBe('string');
  });

  it('treats empty and blank text values as unset', () => {
    const config = loadConfig({
      QUIZBOT_DB: '',
      QUIZBOT_NOTES: '  ',
      QUIZBOT_ADMINS: '',
      SLACK_BOT_TOKEN: ' ',
      DISCORD_TOKEN: '',
    });
    expect(config).toMatchObject({
      databasePath: 'data/quizbot.db',
      notesPaths: [],
      admins: [],
      slack: null,
      discord: null,
    });
  });
});

describe('values that are read', () => {
  it('parses every variable', () => {
    const config = loadConfig({
      QUIZBOT_DB: '/data/quizbot.db',
      QUIZBOT_NOTES: ' notes/a.md , notes/more ,, ',
      QUIZBOT_LOCALE: 'en',
      QUIZBOT_TIMEZONE: 'America/New_York',
      QUIZBOT_ADMINS: 'U0ADMIN, 123456789012345678,,',
      QUIZBOT_ANSWER_WINDOW_MINUTES: '90',
      LOG_LEVEL: 'debug',
      PORT: '8080',
      HEALTH_PORT: '9090',
    });
    expect(config).toMatchObject({
      databasePath: '/data/quizbot.db',
      notesPaths: ['notes/a.md', 'notes/more'],
      locale: 'en',
      defaultTimezone: 'America/New_York',
      admins: ['U0ADMIN', '123456789012345678'],
      answerWindowMinutes: 90,
      logLevel: 'debug',
      port: 8080,
      healthPort: 9090,
    });
  });

  it('accepts the edges of the ranges', () => {
    expect(
      loadConfig({ QUIZBOT_ANSWER_WINDOW_MINUTES: '5', PORT: '0', HEALTH_PORT: '65535' }),
    ).toMatchObject({ answerWindowMinutes: 5, port: 0, healthPort: 65535 });
    expect(loadConfig({ QUIZBOT_ANSWER_WINDOW_MINUTES: '10080' }).answerWindowMinutes).toBe(10080);
  });

  it.each(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent'] as const)(
    'accepts LOG_LEVEL=%s',
    (level) => {
      expect(loadConfig({ LOG_LEVEL: level }).logLevel).toBe(level);
    },
  );
});

describe('which adapters run', () => {
  it('Slack in HTTP mode with a bot token and a signing secret (API URL ending in /)', () => {
    const config = loadConfig({ ...SLACK_HTTP, SLACK_API_URL: 'http://127.0.0.1:9999/api' });
    expect(config.slack).toEqual({
      botToken: 'xoxb-1-2-abc',
      appToken: null,
      signingSecret: SLACK_HTTP.SLACK_SIGNING_SECRET,
      apiUrl: 'http://127.0.0.1:9999/api/',
    });
    expect(config.discord).toBeNull();
  });

  it('Slack in Socket Mode with a bot token and an app token', () => {
    expect(
      loadConfig({ SLACK_BOT_TOKEN: 'xoxb-1', SLACK_APP_TOKEN: 'xapp-1-A1-2-x' }).slack,
    ).toMatchObject({ appToken: 'xapp-1-A1-2-x', signingSecret: null, apiUrl: null });
  });

  it('Discord with a token (guild and API URL optional)', () => {
    expect(loadConfig({ DISCORD_TOKEN: 'abc.def.ghi' }).discord).toEqual({
      token: 'abc.def.ghi',
      guildId: null,
      apiUrl: null,
    });
    expect(
      loadConfig({
        DISCORD_TOKEN: 'abc.def.ghi',
        DISCORD_GUILD_ID: '123456789012345678',
        DISCORD_API_URL: 'http://127.0.0.1:1/api',
      }).discord,
    ).toEqual({
      token: 'abc.def.ghi',
      guildId: '123456789012345678',
      apiUrl: 'http://127.0.0.1:1/api',
    });
  });

  it('both platforms at once', () => {
    const config = loadConfig({ ...SLACK_HTTP, DISCORD_TOKEN: 'abc.def.ghi' });
    expect(config.slack).not.toBeNull();
    expect(config.discord).not.toBeNull();
  });

  it('trims tokens', () => {
    expect(
      loadConfig({ SLACK_BOT_TOKEN: ' xoxb-1 \n', SLACK_APP_TOKEN: '\txapp-1 ' }).slack,
    ).toMatchObject({ botToken: 'xoxb-1', appToken: 'xapp-1' });
  });
});

describe('each bad variable is named, with what was given and what is expected', () => {
  it.each([
    ['QUIZBOT_LOCALE', 'fr', 'ja or en'],
    ['QUIZBOT_TIMEZONE', 'Mars/Olympus', 'an IANA time zone'],
    ['QUIZBOT_ANSWER_WINDOW_MINUTES', 'an hour', 'whole minutes from 5 to 10080'],
    ['QUIZBOT_ANSWER_WINDOW_MINUTES', '4', 'whole minutes from 5 to 10080'],
    ['QUIZBOT_ANSWER_WINDOW_MINUTES', '10081', 'whole minutes from 5 to 10080'],
    ['QUIZBOT_ANSWER_WINDOW_MINUTES', '7.5', 'whole minutes from 5 to 10080'],
    ['LOG_LEVEL', 'verbose', 'one of fatal, error, warn, info, debug, trace, silent'],
    ['PORT', 'http', 'a port number from 0 to 65535'],
    ['PORT', '70000', 'a port number from 0 to 65535'],
    ['PORT', '3000.5', 'a port number from 0 to 65535'],
    ['HEALTH_PORT', '-1', 'a port number from 0 to 65535'],
    ['DISCORD_GUILD_ID', 'my-server', 'a numeric guild id'],
    ['SLACK_API_URL', 'slack.example', 'an http(s) URL'],
    ['DISCORD_API_URL', 'not a url', 'an http(s) URL'],
  ])('%s=%j', (name, given, expected) => {
    const message = configError({ [name]: given });
    expect(message).toBe(message.split('\n')[0]);
    expect(message).toContain(`${name}=${JSON.stringify(given)} is not valid`);
    expect(message).toContain(`expected ${expected}`);
  });

  it('SLACK_BOT_TOKEN that is not a bot token', () => {
    const message = configError({ SLACK_BOT_TOKEN: 'xoxp-1-2-3', SLACK_SIGNING_SECRET: 'x' });
    expect(message).toMatch(
      /^SLACK_BOT_TOKEN=.* is not valid: expected a bot token starting with xoxb-$/,
    );
  });

  it('SLACK_APP_TOKEN that is not an app-level token', () => {
    const message = configError({ SLACK_BOT_TOKEN: 'xoxb-1', SLACK_APP_TOKEN: 'xoxb-2' });
    expect(message).toMatch(
      /^SLACK_APP_TOKEN=.* is not valid: expected an app-level token starting with xapp-$/,
    );
  });

  it('a Slack bot token with neither Socket Mode nor HTTP mode set up', () => {
    expect(configError({ SLACK_BOT_TOKEN: 'xoxb-1' })).toMatch(
      /SLACK_BOT_TOKEN is set but neither SLACK_APP_TOKEN .* nor SLACK_SIGNING_SECRET/,
    );
  });

  it.each(['SLACK_APP_TOKEN', 'SLACK_SIGNING_SECRET'])('%s without SLACK_BOT_TOKEN', (name) => {
    expect(configError({ [name]: name === 'SLACK_APP_TOKEN' ? 'xapp-1' : 'secret' })).toMatch(
      /set without SLACK_BOT_TOKEN: set SLACK_BOT_TOKEN/,
    );
  });

  it('several bad variables: one line each', () => {
    const lines = configError({ QUIZBOT_LOCALE: 'de', PORT: 'x', LOG_LEVEL: 'loud' }).split('\n');
    expect(lines).toHaveLength(3);
    expect(lines.map((l) => l.split('=')[0]).sort()).toEqual([
      'LOG_LEVEL',
      'PORT',
      'QUIZBOT_LOCALE',
    ]);
  });

  it('SLACK_API_URL / DISCORD_API_URL refuse URLs that are not http(s)', () => {
    expect(configError({ ...SLACK_HTTP, SLACK_API_URL: 'ftp://127.0.0.1/api/' })).toContain(
      'SLACK_API_URL',
    );
    expect(
      configError({ DISCORD_TOKEN: 'a.b.c', DISCORD_API_URL: 'file:///etc/passwd' }),
    ).toContain('DISCORD_API_URL');
  });

  it('PORT= (blank, as env files often have it) means the default, not a random port', () => {
    expect(loadConfig({ PORT: '' }).port).toBe(3000);
    expect(configError({ PORT: '0x10' })).toContain('PORT="0x10" is not valid');
    expect(loadConfig({ LOG_LEVEL: 'INFO' }).logLevel).toBe('info');
  });

  it('never echoes a configured secret pasted into another variable (issue 15 #4)', () => {
    const secret = 'f00dcafe0123456789abcdef00004242';
    const message = configError({
      ...SLACK_HTTP,
      SLACK_SIGNING_SECRET: secret,
      QUIZBOT_TIMEZONE: secret,
    });
    expect(message).not.toContain(secret);
    expect(message).not.toContain('4242');
    expect(message).toContain(
      'QUIZBOT_TIMEZONE=[redacted: the value of SLACK_SIGNING_SECRET] is not valid',
    );
    const token = 'not-a-real-discord-token-but-secret';
    const locale = configError({ DISCORD_TOKEN: token, QUIZBOT_LOCALE: ` ${token} ` });
    expect(locale).not.toContain(token);
    expect(locale).toContain('QUIZBOT_LOCALE=[redacted: the value of DISCORD_TOKEN]');
    const guild = configError({ DISCORD_TOKEN: token, DISCORD_GUILD_ID: token });
    expect(guild).not.toContain(token);
  });

  it('masks a secret-shaped value even when no secret is configured', () => {
    const message = configError({ QUIZBOT_TIMEZONE: 'f00dcafe0123456789abcdef00004242' });
    expect(message).toBe(
      'QUIZBOT_TIMEZONE="[redacted]" is not valid: expected an IANA time zone such as Asia/Tokyo, a city such as Tokyo or an abbreviation such as JST',
    );
    expect(configError({ QUIZBOT_TIMEZONE: 'Mars/Olympus' })).toContain('"Mars/Olympus"');
  });

  it('a token given in the wrong variable is not echoed whole in the message', () => {
    expect(configError({ SLACK_BOT_TOKEN: 'xapp-1-A0QUIZ-4444-0123456789abcdef' })).not.toContain(
      '0123456789abcdef',
    );
  });
});

describe('.env.example', () => {
  const example = readFileSync(new URL('../.env.example', import.meta.url), 'utf8');
  const schemaNames = [
    ...readFileSync(new URL('../src/config.ts', import.meta.url), 'utf8').matchAll(
      /^ {2}([A-Z][A-Z0-9_]+): /gm,
    ),
  ].map((m) => m[1]!);

  it('lists every variable the configuration reads, each with a comment above it', () => {
    expect(schemaNames.length).toBeGreaterThan(10);
    const lines = example.split('\n');
    for (const name of schemaNames) {
      const at = lines.findIndex((l) => new RegExp(`^#? ?${name}=`).test(l));
      expect(at, `${name} is missing from .env.example`).toBeGreaterThan(0);
      expect(lines[at - 1], `${name} has no comment`).toMatch(/^# \S/);
    }
    const listed = lines
      .map((l) => /^#? ?([A-Z][A-Z0-9_]+)=/.exec(l)?.[1])
      .filter((n): n is string => n !== undefined);
    expect(listed.sort()).toEqual([...schemaNames].sort());
  });

  it('is valid as it stands, and every example value in it is valid once uncommented', () => {
    const parse = (text: string): Record<string, string> =>
      Object.fromEntries(
        text
          .split('\n')
          .map((l) => /^([A-Z][A-Z0-9_]+)=(.*)$/.exec(l))
          .filter((m) => m !== null)
          .map((m) => [m[1]!, m[2]!]),
      );
    expect(loadConfig(parse(example))).toMatchObject({ slack: null, discord: null });
    const uncommented = parse(example.replace(/^# ([A-Z][A-Z0-9_]+=)/gm, '$1'));
    // Socket Mode and HTTP mode are alternatives; both set is allowed (Socket Mode wins).
    const config = loadConfig({
      ...uncommented,
      SLACK_BOT_TOKEN: 'xoxb-1',
      SLACK_APP_TOKEN: 'xapp-1',
    });
    expect(config.slack).not.toBeNull();
    expect(config.discord).not.toBeNull();
  });
});

describe('.env', () => {
  let dir: string;
  afterEach(() => rmSync(dir, { recursive: true, force: true }));

  it('is loaded when present and never overrides what the environment already says', () => {
    dir = mkdtempSync(join(tmpdir(), 'quizbot-env-'));
    const file = join(dir, '.env');
    writeFileSync(
      file,
      '# comment\nQUIZBOT_TEST_FROM_FILE=from-file\nQUIZBOT_TEST_BOTH=from-file\n',
    );
    process.env.QUIZBOT_TEST_BOTH = 'from-env';
    try {
      loadDotEnv(file);
      expect(process.env.QUIZBOT_TEST_FROM_FILE).toBe('from-file');
      expect(process.env.QUIZBOT_TEST_BOTH).toBe('from-env');
    } finally {
      delete process.env.QUIZBOT_TEST_FROM_FILE;
      delete process.env.QUIZBOT_TEST_BOTH;
    }
  });

  it('is fine to leave out', () => {
    dir = mkdtempSync(join(tmpdir(), 'quizbot-env-'));
    expect(() => loadDotEnv(join(dir, '.env'))).not.toThrow();
  });
});

describe('src/main.ts with a bad variable', () => {
  const running: RunningMain[] = [];
  afterEach(async () => {
    for (const main of running.splice(0)) {
      await main.cleanup();
      rmSync(main.dir, { recursive: true, force: true });
    }
  });

  async function run(env: Record<string, string>, dotEnv?: string): Promise<RunningMain> {
    const cwd = mkdtempSync(join(tmpdir(), 'quizbot-main-'));
    if (dotEnv !== undefined) writeFileSync(join(cwd, '.env'), dotEnv);
    const main = spawnMain(env, { cwd });
    running.push(main);
    await main.exitWithin(20_000);
    return main;
  }

  it('exits 2 with one message per bad variable, before opening the database', async () => {
    const main = await run({ PORT: 'eighty', QUIZBOT_LOCALE: 'fr' });
    expect(await main.exited).toEqual({ code: 2, signal: null });
    expect(main.stderr()).toBe(
      'quizbot: configuration error\n' +
        'QUIZBOT_LOCALE="fr" is not valid: expected ja or en\n' +
        'PORT="eighty" is not valid: expected a port number from 0 to 65535\n',
    );
    expect(main.stdout()).toBe('');
    expect(existsSync(main.dbPath)).toBe(false);
  });

  it('reads the bad value from .env just the same', async () => {
    const main = await run({}, 'LOG_LEVEL=chatty\n');
    expect((await main.exited).code).toBe(2);
    expect(main.stderr()).toContain('LOG_LEVEL="chatty" is not valid');
  });

  it('does not print a token that was put in the wrong variable', async () => {
    const appToken = 'xapp-1-A0QUIZBOT1-4444444444-0123456789abcdef0123456789abcdef';
    const main = await run({
      SLACK_BOT_TOKEN: appToken,
      SLACK_SIGNING_SECRET: '0123456789abcdef0123456789abcdef',
    });
    expect((await main.exited).code).toBe(2);
    expect(main.stderr()).toContain(
      'SLACK_BOT_TOKEN="xapp-[redacted]" is not valid: expected a bot token starting with xoxb-',
    );
    expect(main.stderr()).not.toContain(appToken);
  });
});
