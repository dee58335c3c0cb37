/**
 * Lost credentials end cleanly (issue 15 #12): Discord closing the gateway with 4004 in the
 * middle of a run (the token was reset) is reported once, so the process can stop, instead of a
 * half-alive adapter that neither reconnects nor exits. After it the adapter takes no interaction:
 * it opens no new gateway session (no reconnect, no IDENTIFY, no RESUME), so a `/quiz` Discord
 * would deliver finds nobody to take it, reaches no core handler and gets no reply.
 *
 * The same observation on a recoverable close (4000) sees the session come back and the same
 * `/quiz` answered by the core: what the fatal case asserts is absent is visible when present.
 */
import { afterEach, describe, expect, it } from 'vitest';
import { withTimeout } from '../../../src/adapters/discord/discord-respond.ts';
import {
  type DiscordHarness,
  type DiscordWithCore,
  startDiscordWithCore,
} from './discord-harness.ts';
import { IDS } from './stubs/fixtures.ts';
import { commandPayload, type StubUser } from './stubs/payloads.ts';
import type { TrackedInteraction } from './stubs/rest-stub.ts';

let running: DiscordWithCore | undefined;
afterEach(async () => {
  await running?.close();
  running = undefined;
});

const HANAKO: StubUser = { id: '1300000000000000002', name: 'Hanako' };

/**
 * How long a client that meant to reconnect is given: discord.js reconnects at once after a
 * recoverable close (no back-off on the first try), so a 4000 resumes within milliseconds.
 */
const RECONNECT_WINDOW_MS = 1_000;
/** Generous for the control case: it shows what comes back, not how fast (the machine may be loaded). */
const ANSWER_TIMEOUT_MS = 10_000;

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

async function eventually(condition: () => boolean, what: string): Promise<void> {
  for (let i = 0; i < 500; i += 1) {
    if (condition()) return;
    await sleep(10);
  }
  throw new Error(`never happened: ${what}`);
}

/**
 * `/quiz help` from Hanako, as Discord delivers it to whoever holds a gateway session, tracked by
 * the REST stub so any answer to it is seen. `delivered`: how many sessions it was sent to.
 */
function offerHelp(h: DiscordHarness): { delivered: number; tracked: TrackedInteraction } {
  const id = h.rest.snowflake();
  const tracked = h.rest.track(id, `token-${id}`, IDS.channel, HANAKO.id);
  const payload = commandPayload({
    id,
    token: tracked.token,
    user: HANAKO,
    channelId: IDS.channel,
    sub: 'help',
    options: [],
  });
  return { delivered: h.gateway.offer('INTERACTION_CREATE', payload), tracked };
}

describe('Discord gateway closed for good', () => {
  it('reports 4004 mid-run once, naming DISCORD_TOKEN, and stops taking interactions', async () => {
    const fatal: string[] = [];
    running = await startDiscordWithCore({ onFatal: (message) => fatal.push(message) });
    const { h, core } = running;
    expect(h.adapter.isConnected()).toBe(true);
    expect(h.gateway.connections).toBe(1);
    const messagesBefore = h.rest.allMessages().length;

    h.gateway.drop(4004);
    await eventually(() => fatal.length > 0, 'the fatal report');
    await sleep(RECONNECT_WINDOW_MS);
    expect(fatal).toEqual([expect.stringMatching(/4004.*DISCORD_TOKEN/)]);
    expect(h.adapter.isConnected()).toBe(false);

    // No reconnect was attempted: no new connection, no second IDENTIFY, no RESUME.
    expect(h.gateway.connections).toBe(1);
    expect(h.gateway.identifies).toBe(1);
    expect(h.gateway.resumes).toBe(0);

    // A /quiz sent now has no session to arrive on; nothing takes it, nothing answers it.
    const { delivered, tracked } = offerHelp(h);
    expect(delivered).toBe(0);
    await sleep(300);
    await h.adapter.whenIdle();
    expect(tracked.callbacks).toEqual([]);
    expect(core.commandEvents).toEqual([]);
    expect(core.actionEvents).toEqual([]);
    expect(core.completions).toEqual([]);
    expect(h.rest.allMessages()).toHaveLength(messagesBefore);

    // Stopping afterwards is quiet: the close at stop is not a second report.
    await running.close();
    running = undefined;
    expect(fatal).toHaveLength(1);
  });

  it('sees the session come back after a recoverable close, and the same /quiz answered', async () => {
    const fatal: string[] = [];
    running = await startDiscordWithCore({ onFatal: (message) => fatal.push(message) });
    const { h, core } = running;

    h.gateway.drop(4000);
    await withTimeout(h.gateway.waitFor('resume', 1), ANSWER_TIMEOUT_MS, 'no resume in time');
    await eventually(() => h.adapter.isConnected(), 'the adapter connected again');
    expect(h.gateway.connections).toBe(2);

    const { delivered, tracked } = offerHelp(h);
    expect(delivered).toBe(1);
    await withTimeout(tracked.acknowledged, ANSWER_TIMEOUT_MS, 'the /quiz was never answered');
    await h.adapter.whenIdle();
    expect(tracked.callbacks).toHaveLength(1);
    expect(core.commandEvents.map((e) => e.name)).toEqual(['help']);
    expect(fatal).toEqual([]);
  });
});
