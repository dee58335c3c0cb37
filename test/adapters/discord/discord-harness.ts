/**
 * `startDiscordHarness(core)`: the REAL Discord adapter (discord.js) against a local REST stub
 * and a local gateway, implementing the shared {@link AdapterHarness} so one contract suite can
 * drive every adapter through the same quiz flow.
 */
import {
  createDiscordAdapter,
  type DiscordAdapter,
  type DiscordAdapterOptions,
} from '../../../src/adapters/discord/discord-adapter.ts';
import { decodeCustomId } from '../../../src/adapters/discord/discord-custom-id.ts';
import { withTimeout } from '../../../src/adapters/discord/discord-respond.ts';
import type { Bot } from '../../../src/bot/create-bot.ts';
import type { BotCore, ChannelRef, ChatTransport } from '../../../src/bot/types.ts';
import { silentLogger } from '../../../src/logger.ts';
import type { QuizStore } from '../../../src/store/types.ts';
import { createTestBot, type TestBotOptions } from '../../bot/fixtures/test-bot.ts';
import { type CoreSpy, spyOnCore } from '../core-spy.ts';
import type { AdapterHarness, HarnessUser, SeenMessage } from '../harness.ts';
import { IDS, loadFixture } from './stubs/fixtures.ts';
import { DiscordGatewayStub } from './stubs/gateway-stub.ts';
import {
  buttonPayload,
  commandPayload,
  type GivenOptionPayload,
  type StubUser,
} from './stubs/payloads.ts';
import {
  DiscordRestStub,
  LOADING,
  type StoredMessage,
  type TrackedInteraction,
} from './stubs/rest-stub.ts';

/** The fake bot token; Discord tokens never start with "Bot". */
export const STUB_TOKEN = 'stub-token.quizbot.discord-tests';

const ANSWER_TIMEOUT_MS = 10_000;

export interface DiscordHarness extends AdapterHarness {
  adapter: DiscordAdapter;
  rest: DiscordRestStub;
  gateway: DiscordGatewayStub;
  /** Types `partial` into `option` of `/quiz <sub>`; resolves with the offered choices. */
  autocomplete(
    user: StubUser,
    sub: string,
    option: string,
    partial: string,
  ): Promise<{ name: string; value: string }[]>;
  /** Dispatches a prepared interaction and waits until the adapter has finished with it. */
  dispatch(payload: Record<string, unknown>, tracked: TrackedInteraction): Promise<SeenMessage[]>;
  /** The stub's stored message behind a SeenMessage. */
  stored(seen: SeenMessage): StoredMessage | undefined;
}

export interface DiscordHarnessOptions
  extends Partial<Omit<DiscordAdapterOptions, 'token' | 'apiUrl'>> {
  /** Users the harness knows by id (names for resolved user options). */
  users?: StubUser[];
}

/** Flattens a stored message the way a person sees it. */
function flatten(message: StoredMessage): { text: string; buttons: SeenMessage['buttons'] } {
  const parts: string[] = [message.content];
  for (const embed of message.embeds) {
    const e = embed as {
      title?: string;
      description?: string;
      fields?: { name: string; value: string }[];
      footer?: { text: string };
    };
    parts.push(e.title ?? '', e.description ?? '');
    for (const f of e.fields ?? []) parts.push(f.name, f.value);
    parts.push(e.footer?.text ?? '');
  }
  const buttons = message.components.flatMap((row) =>
    ((row.components as Record<string, unknown>[]) ?? []).map((b) => {
      const decoded = decodeCustomId(String(b.custom_id ?? ''));
      return {
        label: String(b.label ?? ''),
        actionId: decoded?.actionId ?? '',
        value: decoded?.value ?? '',
        disabled: Boolean(b.disabled),
      };
    }),
  );
  return { text: parts.filter((p) => p && p !== '\u200b').join('\n'), buttons };
}

/**
 * Starts stubs and the real adapter. `core` may be a factory that gets the adapter as its
 * transport (for cores that need one at construction).
 */
export async function startDiscordHarness(
  core: BotCore | ((transport: ChatTransport) => BotCore),
  options: DiscordHarnessOptions = {},
): Promise<DiscordHarness> {
  const rest = await DiscordRestStub.start(STUB_TOKEN);
  const gateway = await DiscordGatewayStub.start(STUB_TOKEN, [loadFixture('guild-create.json')]);
  rest.gatewayUrl = gateway.url;
  const { users = [], ...adapterOptions } = options;
  const adapter = createDiscordAdapter({
    guildId: IDS.guild,
    admins: [],
    logger: silentLogger(),
    restRetries: 0,
    deferAfterMs: 2500,
    readyTimeoutMs: 10_000,
    ...adapterOptions,
    token: STUB_TOKEN,
    apiUrl: rest.api,
  });
  const bot = typeof core === 'function' ? core(adapter) : core;
  try {
    await adapter.start(bot);
  } catch (err) {
    await Promise.allSettled([rest.close(), gateway.close()]);
    throw err;
  }

  const channel: ChannelRef = { platform: 'discord', teamId: IDS.guild, channelId: IDS.channel };
  const known = new Map(users.map((u) => [u.id, u]));
  const messageIds = new WeakMap<SeenMessage, string>();

  function seen(message: StoredMessage): SeenMessage {
    const { text, buttons } = flatten(message);
    const view: SeenMessage = message.ephemeralFor
      ? { visibility: 'ephemeral', text, buttons, userId: message.ephemeralFor }
      : {
          visibility: 'channel',
          text,
          buttons,
          ref: { ...channel, channelId: message.channelId, messageId: message.id },
        };
    messageIds.set(view, message.id);
    return view;
  }

  function visible(m: StoredMessage): boolean {
    return !m.deleted && (m.flags & LOADING) === 0;
  }

  async function dispatch(
    payload: Record<string, unknown>,
    tracked: TrackedInteraction,
  ): Promise<SeenMessage[]> {
    const before = new Set(rest.messages.keys());
    gateway.dispatch('INTERACTION_CREATE', payload);
    await withTimeout(
      tracked.acknowledged,
      ANSWER_TIMEOUT_MS,
      `interaction ${tracked.id} was never answered`,
    );
    await adapter.whenIdle();
    return rest
      .allMessages()
      .filter((m) => !before.has(m.id) && visible(m) && m.channelId === tracked.channelId)
      .map(seen);
  }

  function remember(user: HarnessUser | StubUser): StubUser {
    if (!known.has(user.id)) known.set(user.id, user);
    return user;
  }

  function parseOptions(sub: string, words: string[]): GivenOptionPayload[] {
    const spec = bot.commands().find((s) => s.name === sub);
    if (!spec) return [];
    const given: GivenOptionPayload[] = [];
    const named = new Map<string, string>();
    const positional: string[] = [];
    for (const word of words) {
      const m = /^([a-z_-]+):(.+)$/.exec(word);
      if (m && spec.options.some((o) => o.name === m[1])) named.set(m[1] ?? '', m[2] ?? '');
      else positional.push(word);
    }
    const free = spec.options.filter((o) => !named.has(o.name));
    free.forEach((o, i) => {
      const value = i === free.length - 1 ? positional.slice(i).join(' ') : positional[i];
      if (value) named.set(o.name, value);
    });
    for (const o of spec.options) {
      const value = named.get(o.name);
      if (value === undefined) continue;
      if (o.kind === 'user')
        given.push({ name: o.name, type: 6, value: value.replace(/^<@!?|>$/g, '') });
      else given.push({ name: o.name, type: 3, value });
    }
    return given;
  }

  const harness: DiscordHarness = {
    adapter,
    rest,
    gateway,
    channel,
    dispatch,
    stored: (view) => rest.messages.get(messageIds.get(view) ?? view.ref?.messageId ?? ''),
    async command(user, text) {
      const [sub = '', ...words] = text.trim().split(/\s+/);
      const id = rest.snowflake();
      const tracked = rest.track(id, `token-${id}`, channel.channelId, user.id);
      const payload = commandPayload({
        id,
        token: tracked.token,
        user: remember(user),
        channelId: channel.channelId,
        sub,
        options: parseOptions(sub, words),
        users: known,
      });
      return dispatch(payload, tracked);
    },
    async click(user, on, button) {
      const message = harness.stored(on);
      if (!message) throw new Error('harness: that message is not in the stub');
      const component = message.components
        .flatMap((row) => (row.components as Record<string, unknown>[]) ?? [])
        .find((b) => {
          const decoded = decodeCustomId(String(b.custom_id));
          return (
            decoded?.actionId === button.actionId &&
            decoded.value === button.value &&
            b.label === button.label
          );
        });
      if (!component) throw new Error(`harness: no button "${button.label}" on that message`);
      const id = rest.snowflake();
      const tracked = rest.track(id, `token-${id}`, message.channelId, user.id, message.id);
      const payload = buttonPayload({
        id,
        token: tracked.token,
        user: remember(user),
        channelId: message.channelId,
        message: rest.apiMessage(message),
        customId: String(component.custom_id),
      });
      return dispatch(payload, tracked);
    },
    async autocomplete(user, sub, option, partial) {
      const id = rest.snowflake();
      const tracked = rest.track(id, `token-${id}`, channel.channelId, user.id);
      const payload = commandPayload({
        id,
        token: tracked.token,
        user,
        channelId: channel.channelId,
        sub,
        options: [{ name: option, type: 3, value: partial, focused: true }],
      });
      await dispatch(payload, tracked);
      return tracked.autocompleteChoices ?? [];
    },
    channelMessages() {
      return rest
        .allMessages()
        .filter((m) => m.channelId === channel.channelId && !m.ephemeralFor && visible(m))
        .map(seen);
    },
    async close() {
      await adapter.stop();
      await Promise.allSettled([gateway.close(), rest.close()]);
    },
  };
  return harness;
}

/** The harness around the REAL core (a test bot on its own store), watched by a {@link CoreSpy}. */
export interface DiscordWithCore {
  h: DiscordHarness;
  core: CoreSpy;
  bot: Bot;
  store: QuizStore;
  close(): Promise<void>;
}

export async function startDiscordWithCore(
  options: DiscordHarnessOptions & TestBotOptions = {},
): Promise<DiscordWithCore> {
  const { bot, store } = createTestBot(options);
  const core = spyOnCore(bot);
  const h = await startDiscordHarness((transport) => {
    bot.attach(transport);
    return core;
  }, options);
  return {
    h,
    core,
    bot,
    store,
    async close() {
      await h.close();
      await bot.stop();
      store.close();
    },
  };
}
