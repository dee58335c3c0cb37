/**
 * The outside world of a benchmark, in its own process so its CPU is not charged to the apps under
 * test: per target app, the fake Slack Web API and response_url endpoint
 * (test/adapters/slack/fake-slack-api.ts) with a Socket Mode server (socket-load.ts), or Discord's
 * gateway and REST stand-ins (discord-load.ts); and the clicking clients. Driven over IPC by
 * {@link ./worker-client.ts}.
 */
import { FakeSlackApi } from '../../test/adapters/slack/fake-slack-api.ts';
import { type ClickSpec, type PreparedClick, prepareClicks, runLoad } from './clicks.ts';
import { DiscordLoad } from './discord-load.ts';
import { LoadSocketServer } from './socket-load.ts';
import type { WorkerReply, WorkerRequest } from './worker-protocol.ts';

/** How long a click waits for its private reply before it counts as lost. */
const REPLY_TIMEOUT_MS = 30_000;

interface SlackTarget {
  api: FakeSlackApi;
  socket: LoadSocketServer | null;
  /** response_urls of clicks that must be answered exactly once. */
  expected: Set<string>;
}

const slack = new Map<string, SlackTarget>();
const discord = new Map<string, DiscordLoad>();
/** response_url → wakes the click waiting for its reply. */
const replyWaiters = new Map<string, () => void>();

function reply(message: WorkerReply): void {
  process.send?.(message);
}

function waitForReply(url: string): Promise<boolean> {
  return new Promise((resolve) => {
    const timer = setTimeout(() => {
      replyWaiters.delete(url);
      resolve(false);
    }, REPLY_TIMEOUT_MS);
    replyWaiters.set(url, () => {
      clearTimeout(timer);
      replyWaiters.delete(url);
      resolve(true);
    });
  });
}

function target<T>(targets: Map<string, T>, name: string): T {
  const found = targets.get(name);
  if (!found) throw new Error(`load worker: no target ${name}`);
  return found;
}

async function startSlack(m: Extract<WorkerRequest, { type: 'start-slack' }>): Promise<void> {
  const apis: Record<string, string> = {};
  for (const name of m.targets) {
    const api = await FakeSlackApi.start({ botToken: m.botToken, appToken: m.appToken });
    api.onResponse = (url) => replyWaiters.get(url)?.();
    const socket = m.socket ? await LoadSocketServer.start() : null;
    if (socket) api.socketUrl = socket.url;
    slack.set(name, { api, socket, expected: new Set() });
    apis[name] = api.apiUrl;
  }
  reply({ type: 'started-slack', apis });
}

async function runSlack(m: Extract<WorkerRequest, { type: 'run-slack' }>): Promise<void> {
  const { api, socket, expected } = target(slack, m.target);
  // The question's blocks as posted by whichever app posted it: every app gets the same payloads.
  const blocks = (click: ClickSpec): unknown[] => {
    for (const t of slack.values()) {
      const found = t.api.findMessage(click.channelId, click.ts);
      if (found) return found.blocks;
    }
    return [];
  };
  const prepared: PreparedClick[] = prepareClicks(
    m.clicks,
    m.secret,
    (c) => api.responseUrl({ userId: c.userId, channel: c.channelId }),
    blocks,
  );
  const replyOf = m.waitForReplies ? waitForReply : undefined;
  let result: Awaited<ReturnType<typeof runLoad>>;
  if (socket) {
    await socket.connected();
    result = await socket.run(prepared, m.concurrency, m.timeLimitMs, replyOf);
  } else {
    if (!m.url) throw new Error('load worker: HTTP mode needs the app URL');
    result = await runLoad(m.url, prepared, m.concurrency, m.timeLimitMs, replyOf);
  }
  if (m.waitForReplies)
    for (const click of prepared.slice(0, prepared.length - result.skipped))
      expected.add(click.responseUrl);
  reply({ type: 'result', ...result });
}

function verify(name: string): void {
  const { api, expected } = target(slack, name);
  const perUrl = new Map<string, number>();
  for (const r of api.responses) perUrl.set(r.url, (perUrl.get(r.url) ?? 0) + 1);
  let missing = 0;
  let repeated = 0;
  for (const url of expected) {
    const n = perUrl.get(url) ?? 0;
    if (n === 0) missing += 1;
    if (n > 1) repeated += 1;
  }
  const texts = api.responses.map((r) => String(r.body.text ?? ''));
  reply({
    type: 'verified',
    expected: expected.size,
    responses: api.responses.length,
    missing,
    repeated,
    unexpected: [...perUrl.keys()].filter((u) => !expected.has(u)).length,
    sampleTexts: [...new Set(texts)].slice(0, 3),
    refused: api.refused.length,
    updates: api.callsOf('chat.update').length,
  });
}

async function handle(message: WorkerRequest): Promise<void> {
  switch (message.type) {
    case 'start-slack':
      return startSlack(message);
    case 'start-discord': {
      const stubs: Record<string, { restUrl: string; gatewayUrl: string }> = {};
      const findMessage = (id: string) => {
        for (const load of discord.values()) {
          const found = load.ownMessage(id);
          if (found) return found;
        }
        return null;
      };
      for (const name of message.targets) {
        const load = await DiscordLoad.start(message.token, message.channels, findMessage);
        discord.set(name, load);
        stubs[name] = { restUrl: load.restUrl, gatewayUrl: load.gateway.url };
      }
      return reply({ type: 'started-discord', stubs });
    }
    case 'add-messages': {
      const { api } = target(slack, message.target);
      for (const m of message.messages)
        api.messages.push({
          ...m,
          text: 'question',
          blocks: [],
          visibility: 'channel',
          via: 'chat.postMessage',
          edits: 0,
        });
      return reply({ type: 'ok' });
    }
    case 'run-slack':
      return runSlack(message);
    case 'run-discord': {
      const load = target(discord, message.target);
      const result = await load.run(message.clicks, message.concurrency, message.timeLimitMs);
      return reply({ type: 'result', ...result });
    }
    case 'verify':
      return verify(message.target);
    case 'stop': {
      for (const t of slack.values()) {
        await t.socket?.close();
        await t.api.close();
      }
      for (const load of discord.values()) await load.close();
      reply({ type: 'ok' });
      process.disconnect?.();
      return;
    }
  }
}

process.on('message', (message: WorkerRequest) => {
  handle(message).catch((err: unknown) =>
    reply({
      type: 'error',
      message: err instanceof Error ? (err.stack ?? err.message) : String(err),
    }),
  );
});
