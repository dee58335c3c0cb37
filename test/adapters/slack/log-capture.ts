/** A pino logger whose lines the test can read back. */
import { createLogger, type Logger } from '../../../src/logger.ts';

export interface CapturedLog {
  level: number;
  msg: string;
  [key: string]: unknown;
}

export function captureLogs(level = 'debug'): { logger: Logger; lines: CapturedLog[] } {
  const lines: CapturedLog[] = [];
  const logger = createLogger(level, {
    write: (line: string) => void lines.push(JSON.parse(line) as CapturedLog),
  });
  return { logger, lines };
}
