/**
 * The one place that reads the environment. Every variable is validated with zod; a bad value
 * becomes one {@link ConfigError} naming the variable, what was given and what was expected,
 * before anything connects (main exits with code 2).
 */
import { existsSync, readdirSync, statSync } from 'node:fs';
import { z } from 'zod';
import { maskSecrets } from './logger.ts';
import { resolveTimeZone } from './shared/time-zones.ts';

/** Validated settings for the whole process. */
export interface Config {
  /** SQLite file (its folder is created when missing). */
  databasePath: string;
  /** Notes files or folders the question bank is built from; empty = the project's `data/notes`. */
  notesPaths: string[];
  /** Default language of the bot's messages. */
  locale: 'ja' | 'en';
  /** Time zone for channels that have not set one. */
  defaultTimezone: string;
  /** User ids that are admins on every platform, in addition to the platform's own admins. */
  admins: string[];
  /** Default answer window of a daily post. */
  answerWindowMinutes: number;
  /** Null when LOG_LEVEL is unset: `info` with a platform, `warn` in the terminal. */
  logLevel: 'fatal' | 'error' | 'warn' | 'info' | 'debug' | 'trace' | 'silent' | null;
  slack: SlackConfig | null;
  discord: DiscordConfig | null;
  /** Port of Slack HTTP mode and of /healthz (unless healthPort is set). */
  port: number;
  /** Separate port for /healthz; null = share `port` (or none in terminal mode). */
  healthPort: number | null;
}

export interface SlackConfig {
  botToken: string;
  /** Set → Socket Mode; unset → HTTP mode (needs signingSecret). */
  appToken: string | null;
  signingSecret: string | null;
  /** Web API base URL override (proxies, tests), ending in `/`. */
  apiUrl: string | null;
}

export interface DiscordConfig {
  token: string;
  /** Register commands in this guild only (instant); null = globally. */
  guildId: string | null;
  /** REST base URL override (proxies, tests). */
  apiUrl: string | null;
}

/** A bad environment: the message is ready to print. */
export class ConfigError extends Error {
  override name = 'ConfigError';
}

const optionalText = z
  .string()
  .transform((s) => s.trim())
  .optional()
  .transform((s) => (s ? s : undefined));

/** Whole decimal numbers only (`0x10`, `1e3` and `3.5` are refused); blank means unset. */
function wholeNumber(min: number, max: number, expected: string) {
  return optionalText
    .refine(
      (v) => v === undefined || (/^\d{1,6}$/.test(v) && Number(v) >= min && Number(v) <= max),
      { message: expected },
    )
    .transform((v) => (v === undefined ? undefined : Number(v)));
}

const port = wholeNumber(0, 65535, 'a port number from 0 to 65535');
const httpUrl = optionalText.pipe(
  z.url({ protocol: /^https?$/, error: 'an http(s) URL' }).optional(),
);

const LEVELS = ['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent'] as const;

const envSchema = z.object({
  QUIZBOT_DB: optionalText,
  QUIZBOT_NOTES: optionalText,
  // Any case, and a region is fine: `EN`, `en-US`, `ja_JP.UTF-8`.
  QUIZBOT_LOCALE: optionalText
    .transform((v) => v?.toLowerCase().split(/[-_.]/)[0])
    .pipe(z.enum(['ja', 'en'], { error: 'ja or en' }).optional()),
  QUIZBOT_TIMEZONE: optionalText.transform(timeZoneSetting),
  QUIZBOT_ADMINS: optionalText,
  QUIZBOT_ANSWER_WINDOW_MINUTES: wholeNumber(
    5,
    7 * 24 * 60,
    'whole minutes from 5 to 10080 (one week)',
  ),
  LOG_LEVEL: optionalText
    .transform((v) => v?.toLowerCase())
    .pipe(z.enum(LEVELS, { error: `one of ${LEVELS.join(', ')}` }).optional()),
  SLACK_BOT_TOKEN: optionalText.refine((t) => t === undefined || t.startsWith('xoxb-'), {
    message: 'a bot token starting with xoxb-',
  }),
  SLACK_APP_TOKEN: optionalText.refine((t) => t === undefined || t.startsWith('xapp-'), {
    message: 'an app-level token starting with xapp-',
  }),
  SLACK_SIGNING_SECRET: optionalText,
  SLACK_API_URL: httpUrl,
  DISCORD_TOKEN: optionalText,
  DISCORD_GUILD_ID: optionalText.refine((id) => id === undefined || /^\d{5,25}$/.test(id), {
    message: 'a numeric guild id (a snowflake)',
  }),
  DISCORD_API_URL: httpUrl,
  PORT: port.optional(),
  HEALTH_PORT: port.optional(),
});

/** `tokyo`, `JST`, `EST5EDT` → the IANA zone (the same rule as `/quiz schedule`); else an issue with suggestions. */
function timeZoneSetting(
  value: string | undefined,
  ctx: z.core.$RefinementCtx,
): string | undefined {
  if (value === undefined) return undefined;
  const resolved = resolveTimeZone(value);
  if (resolved.ok) return resolved.zone;
  const hint =
    resolved.suggestions.length > 0 ? ` (did you mean ${resolved.suggestions.join(' or ')}?)` : '';
  ctx.addIssue({
    code: 'custom',
    message: `an IANA time zone such as Asia/Tokyo, a city such as Tokyo or an abbreviation such as JST${hint}`,
  });
  return z.NEVER;
}

type Env = Record<string, string | undefined>;

/** Variables whose values are secrets: a message shows only their first characters. */
const SECRET_VARIABLES = new Set([
  'SLACK_BOT_TOKEN',
  'SLACK_APP_TOKEN',
  'SLACK_SIGNING_SECRET',
  'DISCORD_TOKEN',
]);

/** The value as a message may show it: secrets masked (a token keeps only its kind, `xapp-[redacted]`). */
function shown(name: string, value: string): string {
  if (!SECRET_VARIABLES.has(name) || value === '') return JSON.stringify(value);
  const masked = maskSecrets(value);
  return JSON.stringify(masked === value ? '[redacted]' : masked);
}

function describeIssue(issue: z.core.$ZodIssue, env: Env): string {
  const name = String(issue.path[0] ?? '');
  return `${name}=${shown(name, env[name] ?? '')} is not valid: expected ${issue.message}`;
}

/**
 * Checks that every notes path exists and that a folder holds `*.md` files: a typo in
 * `QUIZBOT_NOTES` is a configuration error naming the variable, not "no questions could be built".
 * (Kept out of {@link loadConfig}, which reads no files, so tools that need no notes are not stopped.)
 * @throws ConfigError
 */
export function checkNotesPaths(paths: readonly string[], variable = 'QUIZBOT_NOTES'): void {
  const problems: string[] = [];
  for (const path of paths) {
    let isFolder: boolean;
    try {
      isFolder = statSync(path).isDirectory();
    } catch {
      problems.push(`${path}: no such file or folder`);
      continue;
    }
    if (isFolder && !readdirSync(path).some((n) => n.toLowerCase().endsWith('.md')))
      problems.push(`${path}: a folder with no .md files`);
  }
  if (problems.length > 0) {
    throw new ConfigError(
      `${variable}=${JSON.stringify(paths.join(','))} is not valid: expected notes files or folders of .md files that exist (${problems.join('; ')})`,
    );
  }
}

/** Loads `.env` (when present) into `process.env` without overriding what is already set. */
export function loadDotEnv(path = '.env'): void {
  if (existsSync(path)) process.loadEnvFile(path);
}

/**
 * Validates the environment. Throws {@link ConfigError} with one line per bad variable.
 * @param env defaults to `process.env`; tests pass their own.
 */
export function loadConfig(env: Env = process.env): Config {
  const parsed = envSchema.safeParse(env);
  if (!parsed.success) {
    throw new ConfigError(parsed.error.issues.map((i) => describeIssue(i, env)).join('\n'));
  }
  const e = parsed.data;
  const problems: string[] = [];

  let slack: SlackConfig | null = null;
  if (e.SLACK_BOT_TOKEN) {
    if (!e.SLACK_APP_TOKEN && !e.SLACK_SIGNING_SECRET) {
      problems.push(
        'SLACK_BOT_TOKEN is set but neither SLACK_APP_TOKEN (Socket Mode) nor SLACK_SIGNING_SECRET (HTTP mode) is: set one of them',
      );
    }
    slack = {
      botToken: e.SLACK_BOT_TOKEN,
      appToken: e.SLACK_APP_TOKEN ?? null,
      signingSecret: e.SLACK_SIGNING_SECRET ?? null,
      apiUrl: e.SLACK_API_URL ? e.SLACK_API_URL.replace(/\/?$/, '/') : null,
    };
  } else if (e.SLACK_APP_TOKEN || e.SLACK_SIGNING_SECRET) {
    problems.push(
      'SLACK_APP_TOKEN or SLACK_SIGNING_SECRET is set without SLACK_BOT_TOKEN: set SLACK_BOT_TOKEN (xoxb-…) too',
    );
  }
  if (problems.length > 0) throw new ConfigError(problems.join('\n'));

  const discord: DiscordConfig | null = e.DISCORD_TOKEN
    ? {
        token: e.DISCORD_TOKEN,
        guildId: e.DISCORD_GUILD_ID ?? null,
        apiUrl: e.DISCORD_API_URL ?? null,
      }
    : null;

  return {
    databasePath: e.QUIZBOT_DB ?? 'data/quizbot.db',
    notesPaths: (e.QUIZBOT_NOTES ?? '')
      .split(',')
      .map((p) => p.trim())
      .filter(Boolean),
    locale: e.QUIZBOT_LOCALE ?? 'ja',
    defaultTimezone:
      e.QUIZBOT_TIMEZONE ?? Intl.DateTimeFormat().resolvedOptions().timeZone ?? 'UTC',
    admins: (e.QUIZBOT_ADMINS ?? '')
      .split(',')
      .map((a) => a.trim())
      .filter(Boolean),
    answerWindowMinutes: e.QUIZBOT_ANSWER_WINDOW_MINUTES ?? 24 * 60,
    logLevel: e.LOG_LEVEL ?? null,
    slack,
    discord,
    port: e.PORT ?? 3000,
    healthPort: e.HEALTH_PORT ?? null,
  };
}
