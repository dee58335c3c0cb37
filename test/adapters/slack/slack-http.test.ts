/**
 * HTTP mode: signed requests into the real Bolt receiver on 127.0.0.1, the REAL core behind the
 * adapter, replies to the fake Web API.
 */
import { createServer } from 'node:net';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { createSlackAdapter } from '../../../src/adapters/slack/slack-adapter.ts';
import { messages } from '../../../src/bot/i18n/catalog.ts';
import { silentLogger } from '../../../src/logger.ts';
import { openStore } from '../../../src/store/index.ts';
import { createTestBot } from '../../bot/fixtures/test-bot.ts';
import { tempDir } from '../../store/helpers.ts';
import type { HarnessUser, SeenMessage } from '../harness.ts';
import { answerClick } from './answer-clicks.ts';
import { captureLogs } from './log-capture.ts';
import { commandBody, interactiveBody, postSigned, slackSignature } from './signed-request.ts';
import {
  SIGNING_SECRET,
  type SlackHarness,
  type SlackHarnessOptions,
  type SlackWithCore,
  startSlackHarness,
  startSlackWithCore,
} from './slack-harness.ts';
import { blockActions } from './slack-payloads.ts';

const m = messages('ja');
const anna: HarnessUser = { id: 'U0111ANNA', name: 'anna', admin: true };
const ben: HarnessUser = { id: 'U0222BEN', name: 'ben' };

let running: SlackWithCore | null = null;
afterEach(async () => {
  await running?.close();
  running = null;
});

async function start(
  options: Parameters<typeof startSlackWithCore>[1] = {},
): Promise<SlackWithCore> {
  running = await startSlackWithCore('http', options);
  return running;
}

const eventsUrl = (h: SlackHarness) => `http://127.0.0.1:${h.adapter.boundPort()}/slack/events`;
const tick = () => new Promise((resolve) => setImmediate(resolve));

/** An admin posts today's question; returns it as the channel shows it. */
async function postQuestion(h: SlackHarness): Promise<SeenMessage> {
  await h.command(anna, 'post');
  const question = h.channelMessages().find((s) => s.buttons.length > 0);
  if (!question) throw new Error('no question posted');
  return question;
}

/** A click on answer button `index` of `question`, as Slack would send it. */
function click(h: SlackHarness, question: SeenMessage, user: HarnessUser, index: number) {
  const raw = h.api.findMessage(question.ref!.channelId, question.ref!.messageId)!;
  h.api.users.set(user.id, { id: user.id, name: user.name, admin: Boolean(user.admin) });
  return answerClick(h.api, raw, 'T0001QUIZ', user, index);
}

describe('Slack HTTP mode', () => {
  it('translates a signed slash command and answers privately through response_url', async () => {
    const { core, h } = await start();
    const replies = await h.command(anna, 'Lookup  <@U0222BEN|ben> サービス　メッシュ');
    expect(core.commandEvents).toHaveLength(1);
    const event = core.commandEvents[0]!;
    expect(event).toMatchObject({
      platform: 'slack',
      teamId: 'T0001QUIZ',
      channelId: 'C0123DAILY',
      userId: anna.id,
      userName: 'anna',
      name: 'lookup',
      args: ['<@U0222BEN>', 'サービス', 'メッシュ'],
    });
    expect(event.idempotencyKey).toMatch(/^slack:T0001QUIZ:command:\d+\.\d+\.[0-9a-f]+$/);
    expect(await event.isAdmin()).toBe(true);
    expect(replies).toEqual([
      expect.objectContaining({ visibility: 'ephemeral', userId: anna.id }),
    ]);
    expect(h.api.responses[0]?.body).toMatchObject({ response_type: 'ephemeral' });
    expect(h.api.callsOf('chat.postMessage')).toHaveLength(0);
  });

  it.each([
    [
      'a bad signature',
      { signature: 'v0=0000000000000000000000000000000000000000000000000000000000000000' },
    ],
    ['a signature made with another secret', { secret: 'not-the-secret' }],
    [
      'a signature of another body',
      { signature: slackSignature(SIGNING_SECRET, Math.floor(Date.now() / 1000), 'text=help') },
    ],
    ['no signature', { signature: null }],
    ['a stale timestamp', { timestamp: Math.floor(Date.now() / 1000) - 6 * 60 }],
  ])('answers 401 to %s and changes nothing', async (_name, override) => {
    const { core, h, store } = await start();
    const payload = h.commandPayload(anna, 'schedule 09:00');
    const res = await postSigned(
      eventsUrl(h),
      commandBody(payload as unknown as Record<string, unknown>),
      { secret: SIGNING_SECRET, ...override },
    );
    expect(res.status).toBe(401);
    await h.adapter.settled();
    expect(core.commandEvents).toHaveLength(0);
    expect(store.listChannels()).toEqual([]);
    expect(h.api.calls).toHaveLength(0);
    expect(h.api.responses).toHaveLength(0);
  });

  it('runs a retried delivery (x-slack-retry-num) once: the core drops the repeats', async () => {
    const { core, h } = await start();
    const payload = h.commandPayload(anna, 'help');
    expect(await h.deliverCommand(payload)).toBe(200);
    expect(await h.deliverCommand(payload, { retryNum: 1 })).toBe(200);
    expect(await h.deliverCommand(payload, { retryNum: 2 })).toBe(200);
    await h.adapter.settled();
    expect(core.commandEvents.map((e) => e.idempotencyKey)).toEqual(
      Array(3).fill(core.commandEvents[0]!.idempotencyKey),
    );
    expect(h.api.responses).toHaveLength(1);
  });

  it('counts a double click once: the second click gets its own key and the locked answer', async () => {
    const { core, h, store } = await start();
    const question = await postQuestion(h);
    const before = h.api.responses.length;
    const statuses = await Promise.all([
      h.deliverInteractive(click(h, question, ben, 0)),
      h.deliverInteractive(click(h, question, ben, 1)),
    ]);
    expect(statuses).toEqual([200, 200]);
    await h.adapter.settled();
    expect(core.actionEvents).toHaveLength(2);
    expect(new Set(core.actionEvents.map((e) => e.idempotencyKey)).size).toBe(2);
    const postId = Number(question.buttons[0]!.value.split(':')[0]);
    expect(store.answerCount(postId)).toBe(1);
    const texts = h.api.messages.filter((s) => s.visibility === 'ephemeral').map((s) => s.text);
    expect(texts.filter((t) => t.includes(m.alreadyAnswered('').trim()))).toHaveLength(1);
    const replies = h.api.responses.slice(before);
    expect(replies).toHaveLength(2);
    expect(replies.every((r) => r.body.replace_original === false)).toBe(true);
  });

  it('writes, then acks: when Slack hears back, the click is already recorded', async () => {
    const { h, store } = await start();
    const question = await postQuestion(h);
    const postId = Number(question.buttons[0]!.value.split(':')[0]);
    for (const [i, user] of [ben, anna].entries()) {
      expect(await h.deliverInteractive(click(h, question, user, i))).toBe(200);
      // Before the reply is delivered (settled), the answer is in the database.
      expect(store.answerCount(postId)).toBe(i + 1);
    }
    await h.adapter.settled();
  });

  it('holds the ack until the core has answered', async () => {
    const { core, h } = await start();
    const release = core.hold();
    let acked = false;
    const delivery = h.deliverCommand(h.commandPayload(anna, 'help')).then((status) => {
      acked = true;
      return status;
    });
    await vi.waitFor(() => expect(core.commandEvents).toHaveLength(1));
    for (let i = 0; i < 20; i += 1) await tick();
    expect(acked).toBe(false);
    release();
    expect(await delivery).toBe(200);
    await h.adapter.settled();
    expect(h.api.responses).toHaveLength(1);
  });

  it('acks at the deadline when the core is slow, and replies when it has answered', async () => {
    const { core, h } = await start({ ackDeadlineMs: 50 });
    const release = core.hold();
    expect(await h.deliverCommand(h.commandPayload(anna, 'help'))).toBe(200);
    expect(h.api.responses).toHaveLength(0);
    release();
    await h.adapter.settled();
    expect(h.api.responses).toHaveLength(1);
  });

  it('acks at once when the database is locked by another connection, and tells the user once written', async () => {
    const path = join(tempDir(), 'locked.db');
    const store = openStore(path, { busyTimeoutMs: 20 });
    const { h } = await start({ store });
    const question = await postQuestion(h);
    const postId = Number(question.buttons[0]!.value.split(':')[0]);
    const before = h.api.responses.length;
    const other = new Database(path);
    other.exec('BEGIN IMMEDIATE');
    try {
      const t0 = performance.now();
      expect(await h.deliverInteractive(click(h, question, ben, 1))).toBe(200);
      // Acked long before the 2 s deadline: the core said at once that the write must wait.
      expect(performance.now() - t0).toBeLessThan(1_500);
      expect(store.answerCount(postId)).toBe(0);
      expect(h.api.responses).toHaveLength(before);
    } finally {
      other.exec('COMMIT');
      other.close();
    }
    await vi.waitFor(() => expect(h.api.responses).toHaveLength(before + 1), { timeout: 5_000 });
    await h.adapter.settled();
    expect(store.answerCount(postId)).toBe(1);
    const reply = h.api.messages.filter((s) => s.visibility === 'ephemeral').at(-1)!;
    expect(reply.text).toContain(m.yourAnswer('2. '));
    expect(reply.text).toContain(m.answerRecordedLate);
  });

  it('shows a UserError as it is, and apologises for anything else with a log line', async () => {
    const logs = captureLogs();
    const { h, store } = await start({ logger: logs.logger });
    const [unknown] = await h.command(ben, 'frobnicate');
    expect(unknown?.text).toContain(m.unknownCommand('frobnicate', '').slice(0, 12));
    vi.spyOn(store, 'leaderboard').mockImplementation(() => {
      throw new Error('disk I/O error');
    });
    const [sorry] = await h.command(ben, 'leaderboard');
    expect(sorry?.text).toBe(m.apology);
    const line = logs.lines.find((l) => l.msg === 'handler failed');
    expect(line).toMatchObject({
      channelId: 'C0123DAILY',
      userId: ben.id,
      err: { message: 'disk I/O error' },
    });
  });

  it('answers a command in the channel through response_url when the bot cannot post there', async () => {
    const { h } = await start();
    h.api.failNext('chat.postMessage', { error: 'not_in_channel' });
    const [scheduled] = await h.command(anna, 'schedule 09:00');
    expect(scheduled?.visibility).toBe('channel');
    expect(h.api.responses[0]?.body).toMatchObject({ response_type: 'in_channel' });
  });

  it('waits out a short Retry-After before posting a channel reply', async () => {
    const { h } = await start();
    h.api.failNext('chat.postMessage', { status: 429, retryAfter: 0 });
    const [scheduled] = await h.command(anna, 'schedule 09:00');
    expect(scheduled?.visibility).toBe('channel');
    expect(h.api.callsOf('chat.postMessage')).toHaveLength(2);
  });

  it('sends an ephemeral reply with chat.postEphemeral when the response_url has expired', async () => {
    const { h } = await start();
    const payload = {
      ...h.commandPayload(ben, 'help'),
      response_url: `${h.api.url}/respond/expired`,
    };
    await h.deliverCommand(payload);
    await h.adapter.settled();
    expect(h.api.callsOf('chat.postEphemeral')[0]?.args).toMatchObject({
      channel: 'C0123DAILY',
      user: ben.id,
    });
  });

  it('acks clicks on buttons that are not ours and does nothing else', async () => {
    const { core, h } = await start();
    const payload = blockActions({
      teamId: 'T0001QUIZ',
      channelId: 'C0123DAILY',
      userId: ben.id,
      userName: ben.name,
      message: { ts: '1.000100', text: '', blocks: [], ephemeral: false },
      button: {
        action_id: 'other-app-button',
        block_id: 'b',
        value: 'v',
        text: { type: 'plain_text', text: 'x' },
      },
      responseUrl: h.api.responseUrl({ userId: ben.id, channel: 'C0123DAILY' }),
    });
    const res = await postSigned(eventsUrl(h), interactiveBody(payload), {
      secret: SIGNING_SECRET,
    });
    expect(res.status).toBe(200);
    await h.adapter.settled();
    expect(core.actionEvents).toHaveLength(0);
    expect(h.api.calls).toHaveLength(0);
  });

  it('serves custom routes such as /healthz on the same port', async () => {
    const options: SlackHarnessOptions = {
      customRoutes: [
        {
          path: '/healthz',
          method: 'GET',
          handler: (_req, res) => res.writeHead(200, { 'content-type': 'text/plain' }).end('ok'),
        },
      ],
    };
    const { h } = await start(options);
    const res = await fetch(`http://127.0.0.1:${h.adapter.boundPort()}/healthz`);
    expect(res.status).toBe(200);
    expect(await res.text()).toBe('ok');
  });

  it('stop() lets a running handler finish, then takes no more events', async () => {
    const { core, h } = await start();
    const release = core.hold();
    const url = eventsUrl(h);
    const delivery = h.deliverCommand(h.commandPayload(anna, 'help'));
    await vi.waitFor(() => expect(core.commandEvents).toHaveLength(1));
    let stopped = false;
    const stopping = h.adapter.stop().then(() => (stopped = true));
    for (let i = 0; i < 5; i += 1) await tick();
    expect(stopped).toBe(false);
    expect(h.adapter.isConnected()).toBe(false);
    release();
    expect(await delivery).toBe(200);
    await stopping;
    expect(h.api.responses).toHaveLength(1);
    await expect(postSigned(url, 'x=1', { secret: SIGNING_SECRET })).rejects.toThrow();
  });

  it('starts with auth.test when the bot ids are not given', async () => {
    const { h } = await start({ withoutBotIdentity: true });
    expect(h.api.callsOf('auth.test')).toHaveLength(1);
    expect(h.adapter.isConnected()).toBe(true);
  });
});

describe('Slack HTTP mode: start-up failures', () => {
  it('rejects a bot token Slack does not know, naming it', async () => {
    const { FakeSlackApi } = await import('./fake-slack-api.ts');
    const api = await FakeSlackApi.start({ botToken: 'xoxb-the-real-one' });
    const adapter = createSlackAdapter({
      botToken: 'xoxb-wrong',
      appToken: null,
      signingSecret: 's',
      apiUrl: api.apiUrl,
      port: 0,
      admins: [],
      logger: silentLogger(),
      apiRetries: 0,
    });
    const { bot, store } = createTestBot();
    await expect(adapter.start(bot)).rejects.toThrow(
      'Slack rejected SLACK_BOT_TOKEN (auth.test: invalid_auth)',
    );
    expect(adapter.isConnected()).toBe(false);
    await api.close();
    store.close();
  });

  it('rejects a port that is taken', async () => {
    const blocker = createServer();
    await new Promise<void>((resolve) => blocker.listen(0, '127.0.0.1', resolve));
    const port = (blocker.address() as { port: number }).port;
    const { bot, store } = createTestBot();
    try {
      await expect(startSlackHarness(bot, 'http', { port })).rejects.toThrow(
        /could not start in http mode.*EADDRINUSE/,
      );
    } finally {
      blocker.close();
      store.close();
    }
  });

  it('refuses options with neither an app token nor a signing secret', () => {
    expect(() =>
      createSlackAdapter({
        botToken: 'xoxb-1',
        appToken: null,
        signingSecret: null,
        apiUrl: null,
        port: 0,
        admins: [],
        logger: silentLogger(),
      }),
    ).toThrow(
      'Slack adapter: set SLACK_APP_TOKEN (Socket Mode) or SLACK_SIGNING_SECRET (HTTP mode)',
    );
  });
});
