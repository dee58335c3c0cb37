/**
 * The shared adapter harness (test/adapters/harness.ts) for Slack: starts the REAL Slack adapter
 * against the fake Web API, and plays Slack's side — signed HTTP requests into /slack/events in
 * HTTP mode, envelopes over a local WebSocket in Socket Mode.
 */
import type { BlockAction, SlashCommand } from '@slack/bolt';
import {
  createSlackAdapter,
  SLACK_EVENTS_PATH,
  type SlackAdapter,
  type SlackCustomRoute,
} from '../../../src/adapters/slack/slack-adapter.ts';
import { CLOSED_BLOCK, decodeActionId } from '../../../src/adapters/slack/slack-format.ts';
import { unescapeSlack } from '../../../src/adapters/slack/slack-text.ts';
import type { BotCore, ChannelRef } from '../../../src/bot/types.ts';
import { type Logger, silentLogger } from '../../../src/logger.ts';
import type { AdapterHarness, HarnessUser, SeenMessage } from '../harness.ts';
import { type FakeMessage, FakeSlackApi } from './fake-slack-api.ts';
import { FakeSocketServer } from './fake-socket-server.ts';
import { commandBody, interactiveBody, postSigned } from './signed-request.ts';
import { blockActions, slashCommand } from './slack-payloads.ts';

export const BOT_TOKEN = 'xoxb-1111-2222-testtoken';
export const APP_TOKEN = 'xapp-1-A0QUIZBOT1-3333-testtoken';
export const SIGNING_SECRET = '8f742231b10e8888abcd99yyyzzz85a5';
export const TEAM_ID = 'T0001QUIZ';
export const CHANNEL_ID = 'C0123DAILY';

export interface SlackHarnessOptions {
  logger?: Logger;
  admins?: string[];
  customRoutes?: SlackCustomRoute[];
  /** Port for the adapter (default 0; Socket Mode only listens when customRoutes are given). */
  port?: number;
  /** Leave out botId/botUserId so the adapter asks auth.test. */
  withoutBotIdentity?: boolean;
  now?: () => number;
  /** Socket Mode pong timeout (also paces reconnects); small in reconnect tests. */
  socketPingTimeoutMs?: number;
}

export interface DeliveryOptions {
  retryNum?: number;
  /** Socket Mode: reuse an envelope id to play a redelivery. */
  envelopeId?: string;
}

/** The harness, plus Slack-specific handles for tests that look closer. */
export interface SlackHarness extends AdapterHarness {
  adapter: SlackAdapter;
  mode: 'http' | 'socket';
  api: FakeSlackApi;
  socket: FakeSocketServer | null;
  /** Delivers a slash command as Slack would; resolves after the ack with the HTTP status (200 in Socket Mode). */
  deliverCommand(payload: SlashCommand, options?: DeliveryOptions): Promise<number>;
  /** Delivers an interactive payload as Slack would; resolves after the ack. */
  deliverInteractive(payload: BlockAction, options?: DeliveryOptions): Promise<number>;
  /** Delivers an Events API event_callback (e.g. app_home_opened); resolves after the ack. */
  deliverEvent(payload: Record<string, unknown>): Promise<number>;
  /** A slash command payload from `user` whose response_url points at the fake API. */
  commandPayload(user: HarnessUser, text: string): SlashCommand;
  /** Flattens what the fake Slack holds into what a person would see. */
  seen(message: FakeMessage): SeenMessage;
}

function withTimeout<T>(promise: Promise<T>, ms: number, what: string): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Error(`${what} did not finish within ${ms} ms`)), ms);
  });
  return Promise.race([promise, timeout]).finally(() => clearTimeout(timer));
}

interface RawBlock {
  type: string;
  block_id?: string;
  text?: { text?: string };
  fields?: { text?: string }[];
  elements?: {
    type: string;
    text?: string | { text?: string };
    action_id?: string;
    value?: string;
  }[];
}

function visibleText(message: FakeMessage): string {
  const lines: string[] = [];
  for (const block of message.blocks as RawBlock[]) {
    if (block.text?.text) lines.push(block.text.text);
    for (const field of block.fields ?? []) if (field.text) lines.push(field.text);
    if (block.type === 'context')
      for (const el of block.elements ?? []) if (typeof el.text === 'string') lines.push(el.text);
  }
  return unescapeSlack(lines.length > 0 ? lines.join('\n') : message.text);
}

/** Starts the adapter in `mode` around `core`. */
export async function startSlackHarness(
  core: BotCore,
  mode: 'http' | 'socket',
  options: SlackHarnessOptions = {},
): Promise<SlackHarness> {
  const api = await FakeSlackApi.start({
    botToken: BOT_TOKEN,
    appToken: APP_TOKEN,
    teamId: TEAM_ID,
  });
  const socket = mode === 'socket' ? await FakeSocketServer.start() : null;
  if (socket) api.socketUrl = socket.url;
  const adapter = createSlackAdapter({
    botToken: BOT_TOKEN,
    appToken: mode === 'socket' ? APP_TOKEN : null,
    signingSecret: mode === 'http' ? SIGNING_SECRET : null,
    apiUrl: api.apiUrl,
    port: options.port ?? 0,
    admins: options.admins ?? [],
    logger: options.logger ?? silentLogger(),
    ...(options.withoutBotIdentity ? {} : { botId: 'B0BOTQUIZ', botUserId: 'U0BOTQUIZ' }),
    ...(options.customRoutes ? { customRoutes: options.customRoutes } : {}),
    ...(options.now ? { now: options.now } : {}),
    ...(options.socketPingTimeoutMs ? { socketPingTimeoutMs: options.socketPingTimeoutMs } : {}),
    apiRetries: 0,
  });
  try {
    await withTimeout(adapter.start(core), 10_000, 'Slack adapter start');
  } catch (err) {
    await socket?.close();
    await api.close();
    throw err;
  }

  const channel: ChannelRef = { platform: 'slack', teamId: TEAM_ID, channelId: CHANNEL_ID };
  const raw = new WeakMap<SeenMessage, FakeMessage>();
  let queue: Promise<unknown> = Promise.resolve();

  function seen(message: FakeMessage): SeenMessage {
    const buttons: SeenMessage['buttons'] = [];
    for (const block of message.blocks as RawBlock[]) {
      if (block.type !== 'actions') continue;
      const disabled = block.block_id?.startsWith(CLOSED_BLOCK) ?? false;
      for (const el of block.elements ?? []) {
        if (el.type !== 'button' || !el.action_id) continue;
        const label = typeof el.text === 'string' ? el.text : (el.text?.text ?? '');
        buttons.push({
          label,
          actionId: decodeActionId(el.action_id) ?? el.action_id,
          value: el.value ?? '',
          disabled,
        });
      }
    }
    const view: SeenMessage = {
      visibility: message.visibility,
      text: visibleText(message),
      buttons,
      ...(message.visibility === 'channel'
        ? {
            ref: {
              platform: 'slack',
              teamId: TEAM_ID,
              channelId: message.channel,
              messageId: message.ts,
            },
          }
        : { userId: message.userId ?? '' }),
    };
    raw.set(view, message);
    return view;
  }

  async function deliver(
    kind: 'command' | 'interactive',
    payload: unknown,
    options: DeliveryOptions = {},
  ): Promise<number> {
    if (socket) {
      await withTimeout(
        socket.deliver(kind === 'command' ? 'slash_commands' : 'interactive', payload, {
          ...(options.envelopeId ? { envelopeId: options.envelopeId } : {}),
          ...(options.retryNum ? { retryAttempt: options.retryNum } : {}),
        }),
        5_000,
        'Socket Mode ack',
      );
      return 200;
    }
    const body =
      kind === 'command'
        ? commandBody(payload as Record<string, unknown>)
        : interactiveBody(payload);
    const res = await postSigned(
      `http://127.0.0.1:${adapter.boundPort()}${SLACK_EVENTS_PATH}`,
      body,
      {
        secret: SIGNING_SECRET,
        ...(options.retryNum !== undefined ? { retryNum: options.retryNum } : {}),
      },
    );
    return res.status;
  }

  /** Runs one delivery at a time and returns the messages it produced. */
  function produced(run: () => Promise<number>): Promise<SeenMessage[]> {
    const next = queue.then(async () => {
      const before = api.messages.length;
      const status = await run();
      if (status !== 200) throw new Error(`Slack adapter answered HTTP ${status}`);
      await adapter.settled();
      return api.messages.slice(before).map(seen);
    });
    queue = next.catch(() => undefined);
    return next;
  }

  function remember(user: HarnessUser): void {
    api.users.set(user.id, { id: user.id, name: user.name, admin: Boolean(user.admin) });
  }

  function commandPayload(user: HarnessUser, text: string): SlashCommand {
    return slashCommand({
      teamId: TEAM_ID,
      channelId: CHANNEL_ID,
      userId: user.id,
      userName: user.name,
      text,
      responseUrl: api.responseUrl({ userId: user.id, channel: CHANNEL_ID }),
    });
  }

  return {
    adapter,
    mode,
    api,
    socket,
    channel,
    seen,
    commandPayload,
    deliverCommand: (payload, options) => deliver('command', payload, options),
    deliverInteractive: (payload, options) => deliver('interactive', payload, options),
    async deliverEvent(payload) {
      if (socket) {
        await withTimeout(socket.deliver('events_api', payload), 5_000, 'Socket Mode ack');
        return 200;
      }
      const res = await postSigned(
        `http://127.0.0.1:${adapter.boundPort()}${SLACK_EVENTS_PATH}`,
        JSON.stringify(payload),
        { secret: SIGNING_SECRET, contentType: 'application/json' },
      );
      return res.status;
    },

    command(user, text) {
      remember(user);
      return produced(() => deliver('command', commandPayload(user, text)));
    },

    click(user, on, button) {
      remember(user);
      const known = raw.get(on);
      const current = on.ref ? api.findMessage(on.ref.channelId, on.ref.messageId) : known;
      if (!current) throw new Error('click: the message is not in the fake Slack');
      const element = (current.blocks as RawBlock[])
        .filter((b) => b.type === 'actions')
        .flatMap((b) => (b.elements ?? []).map((el) => ({ el, blockId: b.block_id ?? '' })))
        .find(
          ({ el }) =>
            el.action_id &&
            decodeActionId(el.action_id) === button.actionId &&
            (el.value ?? '') === button.value,
        );
      if (!element?.el.action_id)
        throw new Error(
          `click: no button ${button.actionId}=${button.value} on the message (any more)`,
        );
      const label =
        typeof element.el.text === 'string' ? element.el.text : (element.el.text?.text ?? '');
      const payload = blockActions({
        teamId: TEAM_ID,
        channelId: current.channel,
        userId: user.id,
        userName: user.name,
        message: {
          ts: current.ts,
          text: current.text,
          blocks: current.blocks,
          ephemeral: current.visibility === 'ephemeral',
        },
        button: {
          action_id: element.el.action_id,
          block_id: element.blockId,
          ...(element.el.value ? { value: element.el.value } : {}),
          text: { type: 'plain_text', text: label, emoji: true },
        },
        responseUrl: api.responseUrl({ userId: user.id, channel: current.channel }),
      });
      return produced(() => deliver('interactive', payload));
    },

    channelMessages() {
      return api.channelMessages(CHANNEL_ID).map(seen);
    },

    async close() {
      await adapter.stop();
      await socket?.close();
      await api.close();
      if (api.refused.length > 0)
        throw new Error(`Slack would have refused messages: ${JSON.stringify(api.refused)}`);
    },
  };
}
