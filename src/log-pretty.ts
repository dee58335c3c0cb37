/**
 * Log lines a person can read on a terminal: `09:00:01 INFO  question posted postId=3 …`.
 * Used only when the log stream is a TTY; pipes and files keep pino's JSON lines. Lines arrive
 * here already scrubbed of secrets (the logger's stream hook runs first).
 */
import type { DestinationStream } from 'pino';

const LEVELS: Record<number, string> = {
  10: 'TRACE',
  20: 'DEBUG',
  30: 'INFO ',
  40: 'WARN ',
  50: 'ERROR',
  60: 'FATAL',
};
const HIDDEN = new Set(['level', 'time', 'msg', 'app', 'pid', 'hostname', 'err']);

function value(v: unknown): string {
  return typeof v === 'string' && /^[^\s="]+$/.test(v) ? v : JSON.stringify(v);
}

/** One JSON log line as readable text (a line that is not JSON passes through). */
export function prettyLine(line: string): string {
  let entry: Record<string, unknown>;
  try {
    entry = JSON.parse(line) as Record<string, unknown>;
  } catch {
    return line.endsWith('\n') ? line : `${line}\n`;
  }
  const time =
    typeof entry.time === 'number' ? new Date(entry.time).toISOString().slice(11, 19) : '--:--:--';
  const level = LEVELS[Number(entry.level)] ?? String(entry.level);
  const fields = Object.entries(entry)
    .filter(([k]) => !HIDDEN.has(k))
    .map(([k, v]) => `${k}=${value(v)}`)
    .join(' ');
  let out = `${time} ${level} ${String(entry.msg ?? '')}${fields ? ` ${fields}` : ''}\n`;
  const err = entry.err as { type?: string; message?: string; stack?: string } | undefined;
  if (err && typeof err === 'object') {
    const stack = err.stack ?? `${err.type ?? 'Error'}: ${err.message ?? ''}`;
    out += `${stack
      .split('\n')
      .map((l) => `    ${l}`)
      .join('\n')}\n`;
  }
  return out;
}

/** A pino destination that writes {@link prettyLine}s to `target`. */
export function prettyDestination(target: NodeJS.WritableStream): DestinationStream {
  return { write: (line: string) => void target.write(prettyLine(line)) };
}
