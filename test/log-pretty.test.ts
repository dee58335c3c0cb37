import { describe, expect, it } from 'vitest';
import { prettyDestination, prettyLine } from '../src/log-pretty.ts';
import { createLogger } from '../src/logger.ts';

describe('readable log lines for a terminal', () => {
  it('shows time, level, message and fields on one line', () => {
    const line = JSON.stringify({
      level: 30,
      time: Date.parse('2026-11-28T09:00:01Z'),
      app: 'quizbot',
      msg: 'question posted',
      postId: 3,
      channel: { id: 'C1' },
    });
    expect(prettyLine(line)).toBe('09:00:01 INFO  question posted postId=3 channel={"id":"C1"}\n');
  });

  it('prints an error with its stack indented below', () => {
    const line = JSON.stringify({
      level: 50,
      time: 0,
      msg: 'handler failed',
      err: { type: 'TypeError', message: 'x', stack: 'TypeError: x\n    at f' },
    });
    expect(prettyLine(line)).toBe(
      '00:00:00 ERROR handler failed\n    TypeError: x\n        at f\n',
    );
  });

  it('passes a line that is not JSON through', () => {
    expect(prettyLine('plain')).toBe('plain\n');
  });

  it('keeps secrets out: lines are scrubbed before they are made readable', () => {
    let written = '';
    const target = {
      write: (s: string) => ((written += s), true),
    } as unknown as NodeJS.WritableStream;
    const logger = createLogger('info', prettyDestination(target), {
      secrets: ['xoxb-123-456-abcdef'],
    });
    logger.info({ token: 'xoxb-123-456-abcdef', note: 'uses xoxb-123-456-abcdef' }, 'connected');
    expect(written).toMatch(/^\d\d:\d\d:\d\d INFO {2}connected /);
    expect(written).not.toContain('abcdef');
  });
});
