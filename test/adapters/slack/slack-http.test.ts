/** HTTP mode: signed requests into the real Bolt receiver on 127.0.0.1, replies to the fake Web API. */
import { createServer } from 'node:net';
import { afterEach, describe, expect, it } from 'vitest';
import { createSlackAdapter } from '../../../src/adapters/slack/slack-adapter.ts';
import { silentLogger } from '../../../src/logger.ts';
import type { HarnessUser } from '../harness.ts';
import { captureLogs } from './log-capture.ts';
import { commandBody, interactiveBody, postSigned, slackSignature } from './signed-request.ts';
import { SIGNING_SECRET, type SlackHarness, startSlackHarness } from './slack-harness.ts';
import { blockActions } from './slack-payloads.ts';
import { ScriptedCore } from './stand-in-core.ts';

const anna: HarnessUser = { id: 'U0111ANNA', name: 'anna', admin: true };
const ben: HarnessUser = { id: 'U0222BEN', name: 'ben' };

let harness: SlackHarness | null = null;
afterEach(async () => {
  await harness?.close();
  harness = null;
});

async function start(
  core = new ScriptedCore(),
  options: Parameters<typeof startSlackHarness>[2] = {},
): Promise<{ core: ScriptedCore; h: SlackHarness }> {
  const h = await startSlackHarness(core, 'http', options);
  harness = h;
  core.attach(h.adapter);
  return { core, h };
}

const eventsUrl = (h: SlackHarness) => `http://127.0.0.1:${h.adapter.boundPort()}/slack/events`;
const tick = () => new Promise((resolve) => setImmediate(resolve));

function deferred(): { promise: Promise<void>; release: () => void } {
  let release!: () => void;
  const promise = new Promise<void>((resolve) => (release = resolve));
  return { promise, release };
}

describe('Slack HTTP mode', () => {
  it('translates a signed slash command and answers privately through response_url', async () => {
    const { core, h } = await start();
    const replies = await h.command(anna, 'Lookup  <@U0222BEN|ben> サービス　メッシュ');
    expect(core.commandsSeen).toHaveLength(1);
    const event = core.commandsSeen[0]!;
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
    const { core, h } = await start();
    const payload = h.commandPayload(anna, 'schedule 09:00');
    const res = await postSigned(
      eventsUrl(h),
      commandBody(payload as unknown as Record<string, unknown>),
      { secret: SIGNING_SECRET, ...override },
    );
    expect(res.status).toBe(401);
    await h.adapter.settled();
    expect(core.commandsSeen).toHaveLength(0);
    expect(core.schedules.size).toBe(0);
    expect(h.api.calls).toHaveLength(0);
    expect(h.api.responses).toHaveLength(0);
  });

  it('runs a retried delivery (x-slack-retry-num) once', async () => {
    const { core, h } = await start();
    const payload = h.commandPayload(anna, 'schedule 09:00');
    expect(await h.deliverCommand(payload)).toBe(200);
    expect(await h.deliverCommand(payload, { retryNum: 1 })).toBe(200);
    expect(await h.deliverCommand(payload, { retryNum: 2 })).toBe(200);
    await h.adapter.settled();
    expect(core.commandsSeen).toHaveLength(1);
    expect(h.api.responses).toHaveLength(1);
  });

  it('counts a double click once: the second click gets its own key and the core keeps the first answer', async () => {
    const { core, h } = await start();
    await core.runDailyPost(h.channel);
    const [question] = h.channelMessages();
    const click = (value: number) =>
      blockActions({
        teamId: 'T0001QUIZ',
        channelId: 'C0123DAILY',
        userId: ben.id,
        userName: ben.name,
        message: {
          ts: question!.ref!.messageId,
          text: '',
          blocks: h.api.messages[0]!.blocks,
          ephemeral: false,
        },
        button: {
          action_id: `quiz:answer:${value}`,
          block_id: 'quiz-actions-0',
          value: `post-1:${value}`,
          text: { type: 'plain_text', text: String(value) },
        },
        responseUrl: h.api.responseUrl({ userId: ben.id, channel: 'C0123DAILY' }),
      });
    const statuses = await Promise.all([
      h.deliverInteractive(click(0)),
      h.deliverInteractive(click(1)),
    ]);
    expect(statuses).toEqual([200, 200]);
    await h.adapter.settled();
    expect(core.actionsSeen).toHaveLength(2);
    expect(new Set(core.actionsSeen.map((e) => e.idempotencyKey)).size).toBe(2);
    expect(core.answers.size).toBe(1);
    const texts = h.api.messages.filter((m) => m.visibility === 'ephemeral').map((m) => m.text);
    expect(texts.filter((t) => t.includes('回答済み'))).toHaveLength(1);
    expect(h.api.responses.every((r) => r.body.replace_original === false)).toBe(true);
  });

  it('acknowledges before the core has answered', async () => {
    const { core, h } = await start();
    const gate = deferred();
    core.gate = gate.promise;
    expect(await h.deliverCommand(h.commandPayload(anna, 'help'))).toBe(200);
    expect(h.api.responses).toHaveLength(0);
    gate.release();
    await h.adapter.settled();
    expect(core.commandsSeen).toHaveLength(1);
    expect(h.api.responses).toHaveLength(1);
  });

  it('shows a UserError as it is, and apologises for anything else with a log line', async () => {
    const logs = captureLogs();
    const { h } = await start(undefined, { logger: logs.logger });
    const [unknown] = await h.command(ben, 'frobnicate');
    expect(unknown?.text).toBe(
      '「frobnicate」というコマンドはありません。/quiz help を見てください。',
    );
    const [sorry] = await h.command(ben, 'crash');
    expect(sorry?.text).toContain('Something went wrong');
    const line = logs.lines.find((l) => l.msg === 'the bot core failed on a Slack event');
    expect(line).toMatchObject({
      channelId: 'C0123DAILY',
      userId: ben.id,
      err: { message: 'scripted failure' },
    });
  });

  it('answers a command in the channel through response_url when the bot cannot post there', async () => {
    const { h } = await start();
    h.api.failNext('chat.postMessage', { error: 'not_in_channel' });
    const [board] = await h.command(ben, 'leaderboard');
    expect(board?.visibility).toBe('channel');
    expect(h.api.responses[0]?.body).toMatchObject({ response_type: 'in_channel' });
  });

  it('waits out a short Retry-After before posting a channel reply', async () => {
    const { h } = await start();
    h.api.failNext('chat.postMessage', { status: 429, retryAfter: 0 });
    const [board] = await h.command(ben, 'leaderboard');
    expect(board?.visibility).toBe('channel');
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
    expect(core.actionsSeen).toHaveLength(0);
    expect(h.api.calls).toHaveLength(0);
  });

  it('serves custom routes such as /healthz on the same port', async () => {
    const { h } = await start(undefined, {
      customRoutes: [
        {
          path: '/healthz',
          method: 'GET',
          handler: (_req, res) => res.writeHead(200, { 'content-type': 'text/plain' }).end('ok'),
        },
      ],
    });
    const res = await fetch(`http://127.0.0.1:${h.adapter.boundPort()}/healthz`);
    expect(res.status).toBe(200);
    expect(await res.text()).toBe('ok');
  });

  it('stop() lets a running handler finish, then takes no more events', async () => {
    const { core, h } = await start();
    const gate = deferred();
    core.gate = gate.promise;
    const url = eventsUrl(h);
    await h.deliverCommand(h.commandPayload(anna, 'help'));
    let stopped = false;
    const stopping = h.adapter.stop().then(() => (stopped = true));
    for (let i = 0; i < 5; i += 1) await tick();
    expect(stopped).toBe(false);
    expect(h.adapter.isConnected()).toBe(false);
    gate.release();
    await stopping;
    expect(h.api.responses).toHaveLength(1);
    await expect(postSigned(url, 'x=1', { secret: SIGNING_SECRET })).rejects.toThrow();
  });

  it('starts with auth.test when the bot ids are not given', async () => {
    const { h } = await start(undefined, { withoutBotIdentity: true });
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
    await expect(adapter.start(new ScriptedCore())).rejects.toThrow(
      'Slack rejected SLACK_BOT_TOKEN (auth.test: invalid_auth)',
    );
    expect(adapter.isConnected()).toBe(false);
    await api.close();
  });

  it('rejects a port that is taken', async () => {
    const blocker = createServer();
    await new Promise<void>((resolve) => blocker.listen(0, '127.0.0.1', resolve));
    const port = (blocker.address() as { port: number }).port;
    try {
      await expect(startSlackHarness(new ScriptedCore(), 'http', { port })).rejects.toThrow(
        /could not start in http mode.*EADDRINUSE/,
      );
    } finally {
      blocker.close();
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
