/**
 * Socket Mode reconnects without a gap (issue 15 #15) and a revoked app token ends cleanly
 * (#12): when Slack asks for a refresh the new connection is open before the old one closes; a
 * dropped connection is replaced at once; a dead one (no pongs) within seconds; clicks sent
 * through refreshes and drops are all acked inside Slack's 3 s; and `invalid_auth` on a
 * reconnect is reported once through onFatal, never as an unhandled rejection.
 */
import { afterEach, describe, expect, it } from 'vitest';
import { messages } from '../../../src/bot/i18n/catalog.ts';
import type { CoreSpy } from '../core-spy.ts';
import type { HarnessUser } from '../harness.ts';
import type { FakeSocketServer } from './fake-socket-server.ts';
import {
  type SlackHarness,
  type SlackHarnessOptions,
  type SlackWithCore,
  startSlackWithCore,
} from './slack-harness.ts';

const anna: HarnessUser = { id: 'U0111ANNA', name: 'anna', admin: true };

/** Slack's ack deadline. */
const ACK_WINDOW_MS = 3_000;

let running: SlackWithCore | null = null;
afterEach(async () => {
  await running?.close();
  running = null;
});

async function start(
  options: SlackHarnessOptions = {},
): Promise<{ core: CoreSpy; h: SlackHarness; socket: FakeSocketServer }> {
  running = await startSlackWithCore('socket', options);
  const { core, h } = running;
  if (!h.socket) throw new Error('no socket server');
  return { core, h, socket: h.socket };
}

/** The help replies the real core sent back through response_url, one per command it ran. */
function helpReplies(h: SlackHarness): string[] {
  return h.api.messages
    .filter((m) => m.via === 'response_url')
    .map((m) => h.seen(m).text)
    .filter((text) => text.includes(messages('ja').helpTitle));
}

async function eventually(condition: () => boolean, what: string, ms = 10_000): Promise<number> {
  const started = performance.now();
  while (!condition()) {
    if (performance.now() - started > ms) throw new Error(`never happened: ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 10));
  }
  return performance.now() - started;
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

describe('Socket Mode reconnects', () => {
  it('opens the new connection before the old one closes when Slack asks for a refresh', async () => {
    const { core, h, socket } = await start();
    socket.sendDisconnect(10_000);
    await socket.waitForConnections(2);
    // The old connection is still open at that moment; the app closes it once the new one is up.
    expect(h.adapter.isConnected()).toBe(true);
    await eventually(() => socket.liveConnections() === 1, 'one live connection');
    await h.command(anna, 'help');
    expect(core.commandEvents.map((e) => e.name)).toEqual(['help']);
    expect(helpReplies(h)).toHaveLength(1);
    expect(h.api.callsOf('apps.connections.open')).toHaveLength(2);
  });

  it('acks every click within 3 s through 5 refreshes and 5 drops', async () => {
    const { core, h, socket } = await start();
    const latencies: number[] = [];
    const deliveries: Promise<void>[] = [];
    for (let i = 0; i < 200; i += 1) {
      if (i % 20 === 10) {
        if ((i / 20) % 2 < 1) socket.sendDisconnect();
        else socket.drop();
      }
      const sent = performance.now();
      deliveries.push(
        socket
          .deliver('slash_commands', h.commandPayload(anna, 'help'))
          .then(() => void latencies.push(performance.now() - sent)),
      );
      await sleep(20);
    }
    await Promise.all(deliveries);
    await h.adapter.settled();
    expect(latencies).toHaveLength(200);
    const late = latencies.filter((ms) => ms > ACK_WINDOW_MS);
    expect(late, `slowest ack ${Math.round(Math.max(...latencies))} ms`).toEqual([]);
    // Redelivered envelopes (Slack retries what a dropped connection never acked) run once. The
    // app acks first and then hands the command on, so an envelope read just before a drop, whose
    // ack the drop lost, reaches the core twice: how many do depends on how busy the machine is
    // when the drops land. The core drops a repeated idempotency key (one reply per command); the
    // adapter never invents a delivery: no command reaches the core more often than it was sent.
    const keys = core.commandEvents.map((e) => e.idempotencyKey ?? '');
    expect(new Set(keys).size).toBe(200);
    expect(helpReplies(h)).toHaveLength(200);
    const sends = new Map<string, number>();
    for (const envelope of socket.sent) {
      const trigger = (envelope.payload as { trigger_id: string }).trigger_id;
      sends.set(trigger, (sends.get(trigger) ?? 0) + 1);
    }
    const handed = new Map<string, number>();
    for (const key of keys) handed.set(key, (handed.get(key) ?? 0) + 1);
    const overHanded = [...handed].filter(
      ([key, n]) => n > (sends.get(key.slice(key.lastIndexOf(':') + 1)) ?? 0),
    );
    expect(overHanded).toEqual([]);
    expect(socket.connections).toBe(11);
  });

  it('notices a dead socket (no pongs) within seconds and moves to a new one', async () => {
    const { core, h, socket } = await start();
    socket.stall();
    const started = performance.now();
    const acked = socket.deliver('slash_commands', h.commandPayload(anna, 'help'));
    await socket.waitForConnections(2);
    expect(performance.now() - started).toBeLessThan(5_000);
    await acked;
    await h.adapter.settled();
    expect(core.commandEvents).toHaveLength(1);
    expect(helpReplies(h)).toHaveLength(1);
    await eventually(() => h.adapter.isConnected(), 'connected again');
  });

  it('reports a revoked app token on a reconnect once, and stays down', async () => {
    const fatal: string[] = [];
    const { h, socket } = await start({ onFatal: (message) => fatal.push(message) });
    h.api.failNext(
      'apps.connections.open',
      { error: 'invalid_auth' },
      { error: 'invalid_auth' },
      { error: 'invalid_auth' },
    );
    socket.drop();
    await eventually(() => fatal.length > 0, 'the fatal report');
    await sleep(500);
    expect(fatal).toEqual([
      expect.stringMatching(/SLACK_APP_TOKEN.*apps\.connections\.open: invalid_auth/),
    ]);
    expect(h.adapter.isConnected()).toBe(false);
    expect(socket.connections).toBe(1);
  });
});

describe('a revoked bot token', () => {
  it('is reported once as lost credentials, and pauses no channel', async () => {
    const fatal: string[] = [];
    running = await startSlackWithCore('http', { onFatal: (message) => fatal.push(message) });
    const { h } = running;
    h.api.failNext('chat.postMessage', { error: 'token_revoked' }, { error: 'token_revoked' });
    for (let i = 0; i < 2; i += 1) {
      const failure = await h.adapter
        .postMessage(h.channel, { visibility: 'channel', text: 'hello' })
        .catch((err: unknown) => err);
      expect(failure).toMatchObject({ failure: 'transient', pausesChannel: false });
    }
    expect(fatal).toEqual([
      expect.stringMatching(/SLACK_BOT_TOKEN \(chat\.postMessage: token_revoked\)/),
    ]);
  });
});
