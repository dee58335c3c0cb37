/**
 * What the Slack adapter logs (issue 15 #16): at debug, @slack/socket-mode prints whole envelopes
 * and acks — each carries the verification token and a response_url that lets anyone answer in
 * the channel for 30 minutes; neither may reach a line at any level. An empty WebSocket error (a
 * dropped connection the reconnect takes care of) is info, not error.
 */
import { afterEach, describe, expect, it } from 'vitest';
import { toBoltLogger } from '../../../src/adapters/slack/slack-logger.ts';
import { messages } from '../../../src/bot/i18n/catalog.ts';
import { createLogger } from '../../../src/logger.ts';
import type { HarnessUser } from '../harness.ts';
import { captureLogs } from './log-capture.ts';
import { type SlackWithCore, startSlackWithCore } from './slack-harness.ts';
import { fixture } from './slack-payloads.ts';

const anna: HarnessUser = { id: 'U0111ANNA', name: 'anna', admin: true };

let running: SlackWithCore | null = null;
afterEach(async () => {
  await running?.close();
  running = null;
});

describe('Slack logs', () => {
  it('hold neither the verification token nor a response_url, even at trace', async () => {
    const log = captureLogs('trace');
    // The real core logs into the same capture: its lines must keep the secrets out too.
    running = await startSlackWithCore('socket', { logger: log.logger });
    const harness = running.h;
    const verification = fixture<{ token: string }>('slash-command.form.json').token;
    const payload = harness.commandPayload(anna, 'help');
    const hooks = 'https://hooks.slack.com/commands/T0001QUIZ/5555555555/AbCdEfGhIjKlMnOpQrStUv';
    await harness.deliverCommand({ ...payload, response_url: payload.response_url });
    await harness.adapter.settled();
    log.logger.debug(`a line that mentions ${hooks}`);

    const text = log.lines.map((l) => JSON.stringify(l)).join('\n');
    expect(text).toContain('Received a message on the WebSocket');
    expect(text).not.toContain(verification);
    expect(text).not.toContain(payload.response_url);
    expect(text).not.toContain('AbCdEfGhIjKlMnOpQrStUv');
    // The command went the whole way: the real core's help reached anna through the response_url.
    const replies = harness.api.messages.filter((m) => m.via === 'response_url');
    expect(replies.map((m) => [m.visibility, m.userId])).toEqual([['ephemeral', anna.id]]);
    expect(harness.seen(replies[0]!).text).toContain(messages('ja').helpTitle);
  });

  it('logs an empty WebSocket error at info, a real one still at error', () => {
    const lines: { level: number; msg: string }[] = [];
    const logger = createLogger('debug', { write: (l: string) => void lines.push(JSON.parse(l)) });
    const bolt = toBoltLogger(logger);
    bolt.error('WebSocket error occurred: ');
    bolt.error('WebSocket error! SMWebsocketError: ');
    bolt.error('WebSocket error occurred: connect ECONNREFUSED 127.0.0.1:9');
    expect(lines.map((l) => [l.level, l.msg])).toEqual([
      [30, 'WebSocket error occurred: '],
      [30, 'WebSocket error! SMWebsocketError: '],
      [50, 'WebSocket error occurred: connect ECONNREFUSED 127.0.0.1:9'],
    ]);
  });
});
