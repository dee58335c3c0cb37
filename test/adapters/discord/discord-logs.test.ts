/**
 * What the Discord adapter logs (issue 15 #16): no interaction token at any level (discord.js
 * puts the callback URL, token included, on its errors as `url`), and an expected duplicate — a
 * replayed interaction Discord answers with 40060 — at info, not error.
 */
import { afterEach, describe, expect, it } from 'vitest';
import { messages } from '../../../src/bot/i18n/catalog.ts';
import { captureLogger } from './capture-logger.ts';
import {
  type DiscordHarness,
  type DiscordWithCore,
  startDiscordWithCore,
} from './discord-harness.ts';
import { commandPayload, type StubUser } from './stubs/payloads.ts';

const hanako: StubUser = { id: '1300000000000000002', name: 'Hanako' };

let running: DiscordWithCore | undefined;

afterEach(async () => {
  await running?.close();
  running = undefined;
});

/** The real core behind the adapter; it logs into the same capture, so its lines are checked too. */
async function start(): Promise<{ h: DiscordHarness; log: ReturnType<typeof captureLogger> }> {
  const log = captureLogger('trace');
  running = await startDiscordWithCore({ logger: log.logger, users: [hanako] });
  return { h: running.h, log };
}

function helpInteraction(h: DiscordHarness) {
  const id = h.rest.snowflake();
  const token = `aW50ZXJhY3Rpb246${id}OnNlY3JldC10b2tlbg`;
  const tracked = h.rest.track(id, token, h.channel.channelId, hanako.id);
  const payload = commandPayload({
    id,
    token,
    user: hanako,
    channelId: h.channel.channelId,
    sub: 'help',
    options: [],
  });
  return { tracked, payload, token };
}

describe('Discord logs', () => {
  it('log a replayed interaction (Discord: 40060 already acknowledged) at info, not error', async () => {
    const { h, log } = await start();
    const { tracked, payload, token } = helpInteraction(h);
    const [answer] = await h.dispatch(payload, tracked);
    expect(answer).toMatchObject({ visibility: 'ephemeral', userId: hanako.id });
    expect(answer?.text).toContain(messages('ja').helpTitle);
    const second = h.rest.nextRequest('POST', /^\/interactions\/\d+\/[^/]+\/callback$/);
    h.gateway.dispatch('INTERACTION_CREATE', payload);
    await second;
    await new Promise((resolve) => setTimeout(resolve, 100));
    await h.adapter.whenIdle();
    const duplicate = log.find(/already acknowledged/);
    expect(duplicate).toHaveLength(1);
    expect(duplicate[0]?.level).toBe(30);
    expect(log.lines().filter((l) => Number(l.level) >= 50)).toEqual([]);
    for (const line of log.lines()) expect(JSON.stringify(line)).not.toContain(token);
  });

  it('never print an interaction token, even on an error that carries the callback URL', async () => {
    const { h, log } = await start();
    const { tracked, payload, token } = helpInteraction(h);
    h.rest.fail({
      method: 'POST',
      path: /^\/interactions\/\d+\/[^/]+\/callback$/,
      status: 400,
      body: { message: 'Invalid Form Body', code: 50035 },
    });
    h.gateway.dispatch('INTERACTION_CREATE', payload);
    await new Promise((resolve) => setTimeout(resolve, 300));
    await h.adapter.whenIdle();
    const failed = log.find(/answering an interaction failed/);
    expect(failed).toHaveLength(1);
    const err = failed[0]?.err as { url?: string };
    expect(err.url).toMatch(/\/interactions\/\d+\/\[redacted\]\/callback(\?|$)/);
    for (const line of log.lines()) expect(JSON.stringify(line)).not.toContain(token);
    expect(tracked.callbacks).toEqual([]);
  });
});
