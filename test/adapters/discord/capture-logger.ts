/** A pino logger whose lines a test can read back. */
import { createLogger, type Logger } from '../../../src/logger.ts';

export interface CapturedLogger {
  logger: Logger;
  lines: () => Record<string, unknown>[];
  /** Lines whose `msg` matches. */
  find: (msg: RegExp) => Record<string, unknown>[];
}

export function captureLogger(level = 'debug'): CapturedLogger {
  const raw: string[] = [];
  const logger = createLogger(level, { write: (line: string) => void raw.push(line) });
  const lines = () => raw.map((l) => JSON.parse(l) as Record<string, unknown>);
  return { logger, lines, find: (msg) => lines().filter((l) => msg.test(String(l.msg ?? ''))) };
}
