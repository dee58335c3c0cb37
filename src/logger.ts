/**
 * Structured JSON logs (pino). Secrets never reach a log line, in three layers:
 * 1. keys that name a secret (`token`, `botToken`, `signingSecret`, `authorization`,
 *    `x-slack-signature`, `cookie`, `password` …) are censored at any depth, errors included;
 * 2. errors are serialised here (real type, message, stack, code, own fields, cause chain) with
 *    the same censoring, so nothing an SDK hangs on an error slips through;
 * 3. every finished line is scrubbed of token-shaped text (Slack `xox?-`/`xapp-`, Discord bot
 *    tokens, Slack request signatures) and of the exact secret values the process was given.
 */
import { type Logger, pino } from 'pino';

export type { Logger };

export const REDACTED = '[redacted]';

/** Keys whose values are secrets wherever they appear (compared case-insensitively). */
const SECRET_KEY =
  /(token|secret|password|passwd|authorization|cookie|signature|api[-_]?key|response_?url)$/i;

/** Slack tokens (xoxb-, xapp-, xoxp-…), Discord bot tokens and Slack request signatures, in any text. */
const TOKEN_PATTERN =
  /\b(xox[abeoprs]-[\w-]+|xapp-[\w-]+|[\w-]{24,}\.[\w-]{6}\.[\w-]{27,})|\bv0=[0-9a-f]{64}\b/g;

/**
 * Credentials that are not token-shaped but sit in a recognisable place of a text: a named rule,
 * what it matches (an example), and what is kept. Every pattern is linear (no nested repetition),
 * so a 1 MB line costs milliseconds.
 */
interface TextRule {
  name: string;
  example: string;
  pattern: RegExp;
  replace: string;
}

export const SECRET_TEXT_RULES: readonly TextRule[] = [
  {
    name: 'Discord interaction or webhook token in a URL path',
    example: 'https://discord.com/api/v10/interactions/1234567890123/aW50ZXJhY3Rpb246MTIz/callback',
    pattern: /(\/(?:interactions|webhooks)\/\d{5,25}\/)[\w.~%-]{8,}/g,
    replace: `$1${'[redacted]'}`,
  },
  {
    name: 'Slack response_url, webhook or workflow URL',
    example: 'https://hooks.slack.com/actions/T0001/123456/AbCdEf',
    pattern: /\bhttps:\/\/hooks\.slack\.com\/[^\s"'\\<>]+/g,
    replace: `https://hooks.slack.com/${'[redacted]'}`,
  },
  {
    name: 'a credential field inside JSON text (also JSON-escaped inside a log message)',
    example: '{"token":"Q1w2E3r4","response_url":"http://127.0.0.1/respond/1"}',
    pattern:
      /(\\?")(token|verification_token|response_url|app_token|bot_token|signing_secret|client_secret|access_token|refresh_token)\1(\s*:\s*)\1[^"\\]+/g,
    replace: `$1$2$1$3$1${'[redacted]'}`,
  },
];

/** Top-level keys censored by pino itself (this also reaches `logger.child({...})` bindings). */
const CHILD_SECRET_KEYS = [
  'token',
  'botToken',
  'appToken',
  'signingSecret',
  'secret',
  'password',
  'authorization',
  'cookie',
];

/** How deep objects are walked; deeper values are replaced by a marker. */
const MAX_DEPTH = 8;

/**
 * Masks token-shaped substrings, keeping only a Slack token's kind (`xoxb-[redacted]`), and the
 * credentials of {@link SECRET_TEXT_RULES} (interaction tokens in URLs, response_urls, JSON fields).
 */
export function maskSecrets(text: string): string {
  let out = text.replace(TOKEN_PATTERN, (token) => {
    const kind = /^(xox[a-z]-|xapp-|v0=)/.exec(token)?.[1] ?? '';
    return kind + REDACTED;
  });
  for (const rule of SECRET_TEXT_RULES) out = out.replace(rule.pattern, rule.replace);
  return out;
}

export interface LoggerOptions {
  /** Exact values to scrub from every line (the configured tokens and signing secret). */
  secrets?: readonly (string | null | undefined)[];
}

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/** A scrubber for finished lines: token shapes plus the given secret values (raw and JSON-escaped). */
function lineScrubber(secrets: readonly (string | null | undefined)[]): (line: string) => string {
  const values = new Set<string>();
  for (const secret of secrets) {
    // Very short values would censor ordinary words; real secrets are long.
    if (!secret || secret.length < 6) continue;
    values.add(secret);
    values.add(JSON.stringify(secret).slice(1, -1));
  }
  const known =
    values.size > 0
      ? new RegExp(
          [...values]
            .sort((a, b) => b.length - a.length)
            .map(escapeRegExp)
            .join('|'),
          'g',
        )
      : null;
  return (line) => {
    const masked = maskSecrets(line);
    return known ? masked.replace(known, REDACTED) : masked;
  };
}

/** An error as a plain object: real type, masked message and stack, own fields, causes. */
function serializeError(err: Error, depth: number, seen: WeakSet<object>): Record<string, unknown> {
  const out: Record<string, unknown> = {
    type:
      err.constructor?.name && err.constructor.name !== 'Object' ? err.constructor.name : err.name,
    message: maskSecrets(err.message),
  };
  if (typeof err.stack === 'string') out.stack = maskSecrets(err.stack);
  for (const key of Object.keys(err)) {
    if (key === 'cause' || key in out) continue;
    out[key] = sanitizeEntry(
      key,
      (err as unknown as Record<string, unknown>)[key],
      depth + 1,
      seen,
    );
  }
  if (err.cause !== undefined) out.cause = sanitize(err.cause, depth + 1, seen);
  return out;
}

function sanitizeEntry(key: string, value: unknown, depth: number, seen: WeakSet<object>): unknown {
  if (SECRET_KEY.test(key) && value !== undefined && value !== null && value !== '')
    return REDACTED;
  return sanitize(value, depth, seen);
}

/** A copy of `value` with secret-named keys censored and token-shaped strings masked. */
export function sanitize(
  value: unknown,
  depth = 0,
  seen: WeakSet<object> = new WeakSet(),
): unknown {
  if (typeof value === 'string') return maskSecrets(value);
  if (value === null || typeof value !== 'object') return value;
  if (seen.has(value)) return '[circular]';
  if (depth >= MAX_DEPTH) return '[too deep]';
  seen.add(value);
  try {
    if (value instanceof Error) return serializeError(value, depth, seen);
    if (Buffer.isBuffer(value) || ArrayBuffer.isView(value)) return `[${value.byteLength} bytes]`;
    if (value instanceof Date) return value;
    if (value instanceof Map) return sanitize(Object.fromEntries(value), depth, seen);
    if (value instanceof Set) return sanitize([...value], depth, seen);
    if (Array.isArray(value)) return value.map((item) => sanitize(item, depth + 1, seen));
    const toJSON = (value as { toJSON?: unknown }).toJSON;
    if (typeof toJSON === 'function') return sanitize(toJSON.call(value), depth + 1, seen);
    const out: Record<string, unknown> = {};
    for (const [key, item] of Object.entries(value))
      out[key] = sanitizeEntry(key, item, depth + 1, seen);
    return out;
  } finally {
    seen.delete(value);
  }
}

/**
 * @param level pino level, or `silent`.
 * @param destination where lines go (stdout by default; tests pass a stream to read them back).
 * @param options secret values to scrub from every line, whatever shape they have.
 */
export function createLogger(
  level: string,
  destination?: pino.DestinationStream,
  options: LoggerOptions = {},
): Logger {
  const scrub = lineScrubber(options.secrets ?? []);
  return pino(
    {
      level,
      base: { app: 'quizbot' },
      // `formatters.log` has already turned errors into plain objects with their real type.
      serializers: { err: (value: unknown) => value },
      // Child bindings skip `formatters.bindings`; pino's redaction covers their secret keys.
      redact: { paths: CHILD_SECRET_KEYS, censor: REDACTED },
      hooks: {
        // The merge object (or error) is sanitised by `formatters.log`; the message and its
        // interpolation values here.
        logMethod(args, method) {
          const masked = args.map((a, i) =>
            i === 0 && typeof a === 'object' && a !== null ? a : sanitize(a),
          );
          method.apply(this, masked as Parameters<typeof method>);
        },
        streamWrite: scrub,
      },
      formatters: {
        bindings: (bindings) => sanitize(bindings) as Record<string, unknown>,
        log: (object) => sanitize(object) as Record<string, unknown>,
      },
    },
    destination,
  );
}

/** A logger that writes nothing (tests). */
export function silentLogger(): Logger {
  return pino({ level: 'silent' });
}
