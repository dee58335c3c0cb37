/**
 * Bolt's logger interface on top of our pino logger. Bolt's chatty `info` lines (connection
 * steps, ignored requests) go to `debug`; its warnings and errors stay what they are.
 */
import { type Logger as BoltLogger, LogLevel } from '@slack/bolt';
import type { Logger } from '../../logger.ts';

function toLine(parts: unknown[]): { err?: Error; msg: string } {
  const err = parts.find((p): p is Error => p instanceof Error);
  const msg = parts
    .filter((p) => !(p instanceof Error))
    .map((p) => (typeof p === 'string' ? p : JSON.stringify(p)))
    .join(' ');
  return err ? { err, msg: msg || err.message } : { msg };
}

type Level = 'debug' | 'info' | 'warn' | 'error';

/**
 * SDK lines whose level the SDK gets wrong for an operator: a named rule, an example line, and the
 * level it is logged at instead. Checked in order; the first match wins.
 */
export const SDK_LEVEL_RULES: readonly {
  name: string;
  example: string;
  pattern: RegExp;
  level: Level;
}[] = [
  {
    name: 'a WebSocket error without a message (a dropped connection; the reconnect is logged)',
    example: 'WebSocket error occurred: ',
    pattern: /^WebSocket error(?: occurred:|!)\s*(?:\w*Error:?\s*)?$/,
    level: 'info',
  },
];

function levelFor(level: Level, msg: string): Level {
  if (level !== 'error' && level !== 'warn') return level;
  return SDK_LEVEL_RULES.find((rule) => rule.pattern.test(msg))?.level ?? level;
}

/** Wraps pino for @slack/bolt, @slack/socket-mode and @slack/web-api. */
export function toBoltLogger(logger: Logger): BoltLogger {
  const log = logger.child({ component: 'slack-sdk' });
  const emit = (wanted: Level, parts: unknown[]): void => {
    const { err, msg } = toLine(parts);
    const level = levelFor(wanted, msg);
    if (err) log[level]({ err }, msg);
    else log[level](msg);
  };
  return {
    debug: (...parts: unknown[]) => emit('debug', parts),
    info: (...parts: unknown[]) => emit('debug', parts),
    warn: (...parts: unknown[]) => emit('warn', parts),
    error: (...parts: unknown[]) => emit('error', parts),
    setLevel: () => undefined,
    setName: () => undefined,
    getLevel: () => {
      const level = logger.level;
      if (level === 'trace' || level === 'debug') return LogLevel.DEBUG;
      if (level === 'info') return LogLevel.INFO;
      if (level === 'warn') return LogLevel.WARN;
      return LogLevel.ERROR;
    },
  };
}
