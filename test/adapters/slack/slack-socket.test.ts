/** Socket Mode: the real Bolt SocketModeReceiver against a local WebSocket server playing Slack. */
import { createServer } from 'node:net';
import { afterEach, describe, expect, it } from 'vitest';
import { createSlackAdapter } from '../../../src/adapters/slack/slack-adapter.ts';
import { silentLogger } from '../../../src/logger.ts';
import type { HarnessUser } from '../harness.ts';
import { FakeSlackApi } from './fake-slack-api.ts';
import { FakeSocketServer } from './fake-socket-server.ts';
import {
  APP_TOKEN,
  BOT_TOKEN,
  type SlackHarness,
  type SlackHarnessOptions,
  startSlackHarness,
} from './slack-harness.ts';
import { blockActions, fixture } from './slack-payloads.ts';
import { ScriptedCore } from './stand-in-core.ts';

const anna: HarnessUser = { id: 'U0111ANNA', name: 'anna', admin: true };
const ben: HarnessUser = { id: 'U0222BEN', name: 'ben' };

let harness: SlackHarness | null = null;
afterEach(async () => {
  await harness?.close();
  harness = null;
});

async function start(
  options: SlackHarnessOptions = {},
): Promise<{ core: ScriptedCore; h: SlackHarness; socket: FakeSocketServer }> {
  const core = new ScriptedCore();
  const h = await startSlackHarness(core, 'socket', options);
  harness = h;
  core.attach(h.adapter);
  if (!h.socket) throw new Error('no socket server');
  return { core, h, socket: h.socket };
}

/** Polls a condition the adapter reaches asynchronously (bounded, not a timing assertion). */
async function eventually(condition: () => boolean, what: string): Promise<void> {
  for (let i = 0; i < 500; i += 1) {
    if (condition()) return;
    await new Promise((resolve) => setTimeout(resolve, 10));
  }
  throw new Error(`never happened: ${what}`);
}

async function freePort(): Promise<number> {
  const server = createServer();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as { port: number };
  await new Promise<void>((resolve) => server.close(() => resolve()));
  return port;
}

describe('Slack Socket Mode', () => {
  it('opens the connection with the app token and is ready after hello', async () => {
    const { h, socket } = await start();
    const [open] = h.api.callsOf('apps.connections.open');
    expect(open?.token).toBe(APP_TOKEN);
    expect(socket.connections).toBe(1);
    expect(h.adapter.isConnected()).toBe(true);
    expect(h.adapter.boundPort()).toBeNull();
  });

  it('acks a slash command envelope by its id, then runs the command', async () => {
    const { core, h, socket } = await start();
    h.api.users.set(anna.id, { id: anna.id, name: anna.name, admin: true });
    const payload = h.commandPayload(anna, 'schedule 09:00');
    const ack = await socket.deliver('slash_commands', payload, { envelopeId: 'env-slash-1' });
    expect(ack.envelope_id).toBe('env-slash-1');
    await h.adapter.settled();
    expect(core.commandsSeen[0]).toMatchObject({
      name: 'schedule',
      args: ['09:00'],
      userId: anna.id,
      idempotencyKey: `slack:T0001QUIZ:command:${payload.trigger_id}`,
    });
    expect(core.schedules.get('T0001QUIZ/C0123DAILY')).toBe('09:00');
    expect(h.api.responses[0]?.body).toMatchObject({
      response_type: 'ephemeral',
      text: 'このチャンネルでは毎日 09:00 に出題します。',
    });
  });

  it('acks an interactive envelope and hands the click to the core', async () => {
    const { core, h, socket } = await start();
    const ref = await core.runDailyPost(h.channel);
    const recorded = fixture<{
      payload: Parameters<typeof blockActions>[0] & Record<string, unknown>;
    }>('socket-envelope-interactive.json').payload;
    const payload = blockActions({
      teamId: 'T0001QUIZ',
      channelId: 'C0123DAILY',
      userId: ben.id,
      userName: ben.name,
      message: {
        ts: ref.messageId,
        text: '今日の問題',
        blocks: h.api.messages[0]!.blocks,
        ephemeral: false,
      },
      button: (
        recorded as unknown as {
          actions: [
            {
              action_id: string;
              block_id: string;
              value: string;
              text: { type: 'plain_text'; text: string };
            },
          ];
        }
      ).actions[0],
      responseUrl: h.api.responseUrl({ userId: ben.id, channel: 'C0123DAILY' }),
    });
    const ack = await socket.deliver('interactive', payload);
    expect(ack.envelope_id).toBeTruthy();
    await h.adapter.settled();
    expect(core.actionsSeen[0]).toMatchObject({
      actionId: 'answer',
      value: 'post-1:0',
      userId: ben.id,
      message: ref,
    });
    expect(h.api.responses[0]?.body).toMatchObject({
      response_type: 'ephemeral',
      replace_original: false,
    });
  });

  it('runs a redelivered envelope (retry_attempt) once', async () => {
    const { core, h, socket } = await start();
    const payload = h.commandPayload(anna, 'schedule 09:00');
    await socket.deliver('slash_commands', payload, { envelopeId: 'env-1' });
    await socket.deliver('slash_commands', payload, { envelopeId: 'env-1', retryAttempt: 1 });
    await h.adapter.settled();
    expect(socket.acks.filter((a) => a.envelope_id === 'env-1')).toHaveLength(2);
    expect(core.commandsSeen).toHaveLength(1);
    expect(h.api.responses).toHaveLength(1);
  });

  it('acks before the core has answered', async () => {
    const { core, h, socket } = await start();
    let release!: () => void;
    core.gate = new Promise<void>((resolve) => (release = resolve));
    await socket.deliver('slash_commands', h.commandPayload(anna, 'help'));
    expect(h.api.responses).toHaveLength(0);
    release();
    await h.adapter.settled();
    expect(h.api.responses).toHaveLength(1);
  });

  it('reconnects when Slack asks it to, and keeps working', async () => {
    const { core, h, socket } = await start({ socketPingTimeoutMs: 200 });
    socket.sendDisconnect();
    await socket.waitForConnections(2);
    await eventually(() => h.adapter.isConnected(), 'connected again');
    expect(h.api.callsOf('apps.connections.open')).toHaveLength(2);
    await h.command(anna, 'help');
    expect(core.commandsSeen.map((e) => e.name)).toEqual(['help']);
  });

  it('leaves the port alone in Socket Mode, even when custom routes are given', async () => {
    const port = await freePort();
    const { h } = await start({
      port,
      customRoutes: [
        { path: '/healthz', method: 'GET', handler: (_req, res) => res.writeHead(200).end('ok') },
      ],
    });
    expect(h.adapter.isConnected()).toBe(true);
    const other = createServer();
    await new Promise<void>((resolve, reject) => {
      other.once('error', reject);
      other.listen(port, '127.0.0.1', resolve);
    });
    await new Promise<void>((resolve) => other.close(() => resolve()));
  });

  it('is no longer connected after stop()', async () => {
    const { h } = await start();
    await h.adapter.stop();
    expect(h.adapter.isConnected()).toBe(false);
  });
});

describe('Slack Socket Mode: start-up failures', () => {
  it('rejects an app token Slack does not know, naming SLACK_APP_TOKEN', async () => {
    const api = await FakeSlackApi.start({ botToken: BOT_TOKEN, appToken: 'xapp-the-real-one' });
    const socket = await FakeSocketServer.start();
    api.socketUrl = socket.url;
    const adapter = createSlackAdapter({
      botToken: BOT_TOKEN,
      appToken: 'xapp-wrong',
      signingSecret: null,
      apiUrl: api.apiUrl,
      port: 0,
      admins: [],
      logger: silentLogger(),
      botId: 'B1',
      botUserId: 'U1',
      apiRetries: 0,
    });
    try {
      await expect(adapter.start(new ScriptedCore())).rejects.toThrow(
        /could not start in socket mode \(apps\.connections\.open: invalid_auth; check SLACK_APP_TOKEN/,
      );
      expect(socket.connections).toBe(0);
      expect(adapter.isConnected()).toBe(false);
    } finally {
      await socket.close();
      await api.close();
    }
  });
});
