/**
 * Structured JSON logs (pino). Secrets never reach a log line: known secret-bearing keys are
 * redacted wherever they appear, and token-shaped strings in messages are masked.
 */
import { pino, type Logger } from 'pino';

export type { Logger };

/** Paths pino censors in every log object. */
const REDACT_PATHS = [
  'token',
  'botToken',
  'appToken',
  'signingSecret',
  'authorization',
  'headers.authorization',
  'headers["x-slack-signature"]',
  'headers.cookie',
  '*.token',
  '*.botToken',
  '*.appToken',
  '*.signingSecret',
  '*.authorization',
  '*.headers.authorization',
  '*.headers["x-slack-signature"]',
];

/** Slack tokens (xoxb-, xapp-, xoxp-…) and Discord bot tokens, wherever they show up in text. */
const TOKEN_PATTERN = /\b(xox[abpors]-[\w-]+|xapp-[\w-]+|[\w-]{24,}\.[\w-]{6}\.[\w-]{27,})\b/g;

/** Masks token-shaped substrings. */
export function maskSecrets(text: string): string {
  return text.replace(TOKEN_PATTERN, '[redacted]');
}

/**
 * @param level pino level, or `silent`.
 * @param destination where lines go (stdout by default; tests pass a stream to read them back).
 */
export function createLogger(level: string, destination?: pino.DestinationStream): Logger {
  return pino(
    {
      level,
      base: { app: 'quizbot' },
      redact: { paths: REDACT_PATHS, censor: '[redacted]' },
      hooks: {
        logMethod(args, method) {
          const masked = args.map((a) => (typeof a === 'string' ? maskSecrets(a) : a)) as Parameters<typeof method>;
          method.apply(this, masked);
        },
      },
      formatters: {
        log(object) {
          // pino's err serializer has already turned errors into { type, message, stack }.
          const err = object['err'] as { message?: unknown; stack?: unknown } | undefined;
          if (err && typeof err === 'object') {
            const masked = { ...err };
            if (typeof err.message === 'string') masked.message = maskSecrets(err.message);
            if (typeof err.stack === 'string') masked.stack = maskSecrets(err.stack);
            return { ...object, err: masked };
          }
          return object;
        },
      },
    },
    destination,
  );
}

/** A logger that writes nothing (tests). */
export function silentLogger(): Logger {
  return pino({ level: 'silent' });
}
