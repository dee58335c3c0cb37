/**
 * No request ends the process (issue 15 #1): signed bodies Slack never sends — `payload=null`,
 * `null`, arrays, block_actions without a user or actions, commands without ids, fields of the
 * wrong type or size — each get a 400 at once (well inside Slack's 3 s), reach no listener, and
 * the adapter keeps serving. Kinds we do not listen to are acknowledged (200) and dropped.
 */
import { afterEach, describe, expect, it } from 'vitest';
import { judgePayload, PAYLOAD_RULES } from '../../../src/adapters/slack/slack-payload-shape.ts';
import { parseSlackBody } from '../../../src/adapters/slack/slack-request-guard.ts';
import { messages } from '../../../src/bot/i18n/catalog.ts';
import type { HarnessUser } from '../harness.ts';
import { captureLogs } from './log-capture.ts';
import { commandBody, interactiveBody, postSigned } from './signed-request.ts';
import {
  SIGNING_SECRET,
  type SlackHarness,
  type SlackWithCore,
  startSlackWithCore,
} from './slack-harness.ts';
import { fixture } from './slack-payloads.ts';

const anna: HarnessUser = { id: 'U0111ANNA', name: 'anna', admin: true };

let running: SlackWithCore | null = null;
afterEach(async () => {
  await running?.close();
  running = null;
});

const click = fixture<Record<string, unknown>>('block-actions.payload.json');
const command = fixture<Record<string, unknown>>('slash-command.form.json');
const without = (body: Record<string, unknown>, key: string) => {
  const copy = { ...body };
  delete copy[key];
  return copy;
};

/** [name, body, content type] */
const MALFORMED: [string, string, string][] = [
  ['payload=null (form)', 'payload=null', 'application/x-www-form-urlencoded'],
  ['null (JSON)', 'null', 'application/json'],
  ['a JSON array', '[1,2]', 'application/json'],
  ['a JSON string', '"hello"', 'application/json'],
  ['not JSON at all', '{"type":', 'application/json'],
  ['payload that is not JSON', 'payload=%7Bnope', 'application/x-www-form-urlencoded'],
  ['an empty object', '{}', 'application/json'],
  ['payload=[]', 'payload=%5B%5D', 'application/x-www-form-urlencoded'],
  ['block_actions without a user', interactiveBody(without(click, 'user')), FORMISH()],
  ['block_actions without actions', interactiveBody(without(click, 'actions')), FORMISH()],
  ['block_actions with actions: null', interactiveBody({ ...click, actions: null }), FORMISH()],
  ['block_actions with no action', interactiveBody({ ...click, actions: [] }), FORMISH()],
  [
    'block_actions with an action that is null',
    interactiveBody({ ...click, actions: [null] }),
    FORMISH(),
  ],
  [
    'block_actions with a numeric user id',
    interactiveBody({ ...click, user: { id: 5 } }),
    FORMISH(),
  ],
  [
    'block_actions with a 100 KB user id',
    interactiveBody({ ...click, user: { id: 'U'.repeat(100_000), team_id: 'T0001QUIZ' } }),
    FORMISH(),
  ],
  [
    'block_actions without a team',
    interactiveBody({ ...click, team: null, user: { id: 'U1' } }),
    FORMISH(),
  ],
  ['block_actions with channel: "C1"', interactiveBody({ ...click, channel: 'C1' }), FORMISH()],
  ['a command without a team id', commandBody(without(command, 'team_id')), FORMISH()],
  ['a command without a user id', commandBody(without(command, 'user_id')), FORMISH()],
  [
    'a command with a 100 KB channel id',
    commandBody({ ...command, channel_id: 'C'.repeat(100_000) }),
    FORMISH(),
  ],
  [
    'a command whose text is 100 KB',
    commandBody({ ...command, text: 'x'.repeat(100_000) }),
    FORMISH(),
  ],
];

function FORMISH(): string {
  return 'application/x-www-form-urlencoded';
}

async function postRaw(
  h: SlackHarness,
  body: string,
  contentType: string,
): Promise<{ status: number; ms: number }> {
  const started = performance.now();
  const res = await postSigned(`http://127.0.0.1:${h.adapter.boundPort()}/slack/events`, body, {
    secret: SIGNING_SECRET,
    contentType,
  });
  return { status: res.status, ms: performance.now() - started };
}

describe('malformed signed requests (HTTP mode)', () => {
  it.each(MALFORMED)(
    '%s: 400 at once, nothing handled, still serving',
    async (_name, body, type) => {
      const logs = captureLogs('warn');
      running = await startSlackWithCore('http', { logger: logs.logger });
      const { core, h } = running;
      const res = await postRaw(h, body, type);
      expect(res.status).toBe(400);
      expect(res.ms).toBeLessThan(1_500);
      await h.adapter.settled();
      expect(core.commandEvents).toEqual([]);
      expect(core.actionEvents).toEqual([]);
      expect(logs.lines.map((l) => l.msg)).toEqual([
        expect.stringMatching(/^Slack request refused/),
      ]);
      // The adapter still serves the next, well-formed request, and the real core answers it.
      const replies = await h.command(anna, 'help');
      expect(replies).toHaveLength(1);
      expect(replies[0]?.text).toContain(messages('ja').helpTitle);
      expect(core.commandEvents).toHaveLength(1);
    },
  );

  it('acknowledges kinds it does not listen to (200 at once) and answers 413 to a huge body', async () => {
    running = await startSlackWithCore('http');
    const { core, h } = running;
    const shortcut = await postRaw(
      h,
      interactiveBody({ type: 'shortcut', callback_id: 'x', user: { id: 'U1' } }),
      FORMISH(),
    );
    expect(shortcut.status).toBe(200);
    expect(shortcut.ms).toBeLessThan(1_500);
    const huge = await postRaw(h, `text=${'x'.repeat(2 * 1024 * 1024)}`, FORMISH());
    expect(huge.status).toBe(413);
    expect(core.actionEvents).toEqual([]);
    expect(core.commandEvents).toEqual([]);
  });
});

describe('payload rules', () => {
  it('each rule accepts its own kind of real payload', () => {
    expect(judgePayload(click)).toEqual({ kind: 'block_actions' });
    expect(
      judgePayload(
        parseSlackBody('application/x-www-form-urlencoded', Buffer.from(commandBody(command))),
      ),
    ).toEqual({
      kind: 'command',
    });
    expect(judgePayload({ type: 'url_verification', challenge: 'abc' })).toEqual({
      kind: 'url_verification',
    });
    expect(judgePayload({ ssl_check: '1' })).toEqual({ kind: 'ssl_check' });
    expect(judgePayload(fixture('app-home-opened.event.json'))).toEqual({
      kind: 'event_callback',
    });
    expect(judgePayload({ type: 'event_callback', event: null })).toEqual({
      kind: 'malformed',
      reason: 'event_callback: event',
    });
    expect(PAYLOAD_RULES.map((r) => r.kind).sort()).toEqual([
      'block_actions',
      'command',
      'event_callback',
      'ssl_check',
      'url_verification',
    ]);
  });
});
