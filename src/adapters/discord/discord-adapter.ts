/**
 * The Discord adapter: discord.js over the gateway for interactions (the `/quiz` slash command,
 * its autocomplete, button clicks) and REST for everything the core says first.
 */

import type {
  AutocompleteInteraction,
  ButtonInteraction,
  ChatInputCommandInteraction,
  Interaction,
} from 'discord.js';
import {
  Client,
  DefaultRestOptions,
  Events,
  GatewayIntentBits,
  RESTEvents,
  Status,
} from 'discord.js';
import type {
  BotCore,
  ChannelRef,
  ChatAdapter,
  MessageRef,
  PostMark,
  Reply,
} from '../../bot/types.ts';
import type { Logger } from '../../logger.ts';
import { ROOT_COMMAND } from './discord-commands.ts';
import { decodeCustomId } from './discord-custom-id.ts';
import { isDuplicateAcknowledgement } from './discord-errors.ts';
import { actionEventFrom, channelOf, commandEventFrom } from './discord-events.ts';
import { truncate } from './discord-format.ts';
import { registerDiscordCommands } from './discord-register.ts';
import { respond, withTimeout } from './discord-respond.ts';
import { DiscordTransport } from './discord-transport.ts';

/** Settings from the composition root (`Config.discord` + `Config.admins`). */
export interface DiscordAdapterOptions {
  token: string;
  /** Register `/quiz` in this guild only (appears at once); null = globally. */
  guildId: string | null;
  /** REST base URL override, e.g. `http://127.0.0.1:8080/api` (proxies, tests); null = Discord's. */
  apiUrl: string | null;
  /** User ids that are admins in addition to members with Manage Server / Manage Channels. */
  admins: string[];
  logger: Logger;
  /** Defer an interaction when the core has not answered within this many ms (default 1500). */
  deferAfterMs?: number;
  /** Give up on autocomplete after this many ms and offer nothing (default 2500). */
  autocompleteTimeoutMs?: number;
  /**
   * Fail a REST call with a rate_limited DeliveryError instead of waiting longer than this
   * (default 5 s): the core reschedules that channel's post for when Discord allows it, and no
   * other channel waits meanwhile.
   */
  maxRateLimitWaitMs?: number;
  /** REST retries on 5xx / network errors (default 3; tests use 0). */
  restRetries?: number;
  /** A REST call with no answer after this long is sent again (discord.js default 15 s). */
  restTimeoutMs?: number;
  /** How long start() waits for the gateway's READY (default 30 s). */
  readyTimeoutMs?: number;
  /** Register `/quiz` at start-up (default true). */
  registerCommands?: boolean;
  /**
   * Discord closed the gateway for good (4004: the token was reset or revoked; 4010–4014: shard
   * or intents refused): the adapter cannot work any more. Called at most once, with a message
   * for the operator; the composition root logs it and shuts down. Default: a fatal log line.
   */
  onFatal?: (message: string) => void;
}

/** Gateway close codes after which discord.js does not reconnect, and what each means. */
export const FATAL_CLOSE_CODES: ReadonlyMap<number, string> = new Map([
  [4004, 'authentication failed: DISCORD_TOKEN was reset or revoked'],
  [4010, 'invalid shard'],
  [4011, 'sharding required'],
  [4012, 'invalid API version'],
  [4013, 'invalid intents'],
  [4014, 'disallowed intents'],
]);

/** A {@link ChatAdapter} with a way to wait for in-flight interaction handlers. */
export interface DiscordAdapter extends ChatAdapter {
  /** Resolves once every interaction handler started so far has finished. */
  whenIdle(): Promise<void>;
}

const AUTOCOMPLETE_CHOICES_MAX = 25;
const CHOICE_MAX = 100;

/** Creates the adapter. Nothing connects until {@link ChatAdapter.start}. */
export function createDiscordAdapter(options: DiscordAdapterOptions): DiscordAdapter {
  const logger = options.logger.child({ platform: 'discord' });
  const admins = new Set(options.admins);
  const deferAfterMs = options.deferAfterMs ?? 1500;
  const maxWait = options.maxRateLimitWaitMs ?? 5_000;
  /** A 429 with only Retry-After has timeToReset ≈ 0: the wait is the largest of the three. */
  const waitOf = (limit: { timeToReset: number; retryAfter: number; sublimitTimeout: number }) =>
    Math.max(limit.timeToReset, limit.retryAfter, limit.sublimitTimeout);
  const client = new Client({
    intents: [GatewayIntentBits.Guilds],
    rest: {
      ...(options.apiUrl ? { api: options.apiUrl.replace(/\/$/, '') } : {}),
      retries: options.restRetries ?? 3,
      timeout: options.restTimeoutMs ?? 15_000,
      rejectOnRateLimit: (limit) => waitOf(limit) > maxWait,
      // discord.js sends a request again when it got no answer in time; say so (a message create
      // carries a nonce with enforce_nonce, so Discord keeps one message however often it is sent).
      makeRequest: async (url, init) => {
        try {
          return await DefaultRestOptions.makeRequest(url, init);
        } catch (err) {
          if ((err as Error | null)?.name === 'AbortError' && !stopped)
            logger.warn(
              {
                method: init.method,
                path: new URL(url).pathname,
                timeoutMs: options.restTimeoutMs ?? 15_000,
              },
              'discord: no answer in time; the request is sent again (a message create keeps its nonce, so it is not posted twice)',
            );
          throw err;
        }
      },
    },
  });
  client.rest.setToken(options.token);
  const transport = new DiscordTransport(client.rest, logger, () => client.user?.id ?? null);
  const inFlight = new Set<Promise<void>>();
  let core: BotCore | null = null;
  let accepting = false;
  let started = false;
  let stopped = false;

  client.rest.on(RESTEvents.RateLimited, (info) => {
    // Only waits up to maxRateLimitWaitMs get here; longer ones are refused (rejectOnRateLimit).
    logger.warn(
      { route: info.route, method: info.method, waitMs: waitOf(info), global: info.global },
      'discord: rate limited, request queued until the limit resets',
    );
  });
  client.on(Events.ShardReconnecting, (shard) => {
    if (!stopped) logger.warn({ shard }, 'discord: gateway connection lost, reconnecting');
  });
  client.on(Events.ShardResume, (shard, replayed) =>
    logger.info({ shard, replayed }, 'discord: gateway session resumed'),
  );
  let fatalReported = false;
  client.on(Events.ShardDisconnect, (event, shard) => {
    if (stopped || fatalReported) return;
    fatalReported = true;
    accepting = false;
    const meaning = FATAL_CLOSE_CODES.get(event.code) ?? 'closed for good';
    const message = `Discord closed the gateway (${event.code}: ${meaning}); the bot cannot receive anything any more`;
    if (options.onFatal) options.onFatal(message);
    else logger.fatal({ shard, code: event.code }, message);
  });
  client.on(Events.ShardError, (err, shard) => {
    // A socket error without a message is a dropped connection; the reconnect is logged on its own.
    if (!err?.message) logger.info({ shard }, 'discord: gateway connection error (no detail)');
    else logger.error({ err, shard }, 'discord: gateway error');
  });
  client.on(Events.Error, (err) => logger.error({ err }, 'discord: client error'));
  client.on(Events.Warn, (message) => logger.warn(message));
  client.on(Events.Debug, (message) => logger.trace(message));

  client.on(Events.InteractionCreate, (interaction) => {
    if (!accepting || !core) return;
    const work = route(core, interaction).catch((err: unknown) => {
      if (isDuplicateAcknowledgement(err))
        logger.info(
          { interactionId: interaction.id },
          'discord: interaction already acknowledged (a repeated delivery); nothing more to do',
        );
      else
        logger.error(
          { err, interactionId: interaction.id },
          'discord: answering an interaction failed',
        );
    });
    inFlight.add(work);
    void work.finally(() => inFlight.delete(work));
  });

  async function route(bot: BotCore, interaction: Interaction): Promise<void> {
    if (interaction.isAutocomplete()) return complete(bot, interaction);
    if (interaction.isChatInputCommand() && interaction.commandName === ROOT_COMMAND)
      return command(bot, interaction);
    if (interaction.isButton()) return click(bot, interaction);
    logger.debug(
      { interactionId: interaction.id, type: interaction.type },
      'discord: interaction ignored',
    );
  }

  function respondOptions(interaction: ChatInputCommandInteraction | ButtonInteraction) {
    return {
      deferAfterMs,
      // Each line of respond() names the interaction; no child logger per click.
      logger,
      channel: channelOf(interaction),
      postToChannel: (channel: ChannelRef, reply: Reply) => transport.postMessage(channel, reply),
    };
  }

  async function command(bot: BotCore, interaction: ChatInputCommandInteraction): Promise<void> {
    const specs = new Map(bot.commands().map((s) => [s.name, s]));
    const event = commandEventFrom(interaction, specs, admins);
    logger.debug(
      { command: event.name, args: event.args, userId: event.userId },
      'discord: command',
    );
    await respond(
      interaction,
      (onDelayed) => bot.handleCommand({ ...event, onDelayed }),
      respondOptions(interaction),
    );
  }

  async function click(bot: BotCore, interaction: ButtonInteraction): Promise<void> {
    const decoded = decodeCustomId(interaction.customId);
    if (!decoded) {
      logger.debug(
        { customId: interaction.customId },
        'discord: button is not ours; acknowledged only',
      );
      await interaction.deferUpdate();
      return;
    }
    const event = actionEventFrom(interaction, decoded, admins);
    await respond(
      interaction,
      (onDelayed) => bot.handleAction({ ...event, onDelayed }),
      respondOptions(interaction),
    );
  }

  async function complete(bot: BotCore, interaction: AutocompleteInteraction): Promise<void> {
    const focused = interaction.options.getFocused(true);
    const sub = interaction.options.getSubcommand(false) ?? '';
    let values: string[] = [];
    try {
      const pending = bot.complete(
        sub,
        focused.name,
        String(focused.value),
        channelOf(interaction),
      );
      values = await withTimeout(
        pending,
        options.autocompleteTimeoutMs ?? 2500,
        'autocomplete took too long',
      );
    } catch (err) {
      logger.warn(
        { err, command: sub, option: focused.name },
        'discord: autocomplete failed; offering nothing',
      );
    }
    const choices = values
      .filter((v) => v.trim() !== '')
      .slice(0, AUTOCOMPLETE_CHOICES_MAX)
      .map((v) => ({ name: truncate(v, CHOICE_MAX), value: v.slice(0, CHOICE_MAX) }));
    await interaction.respond(choices);
  }

  async function whenIdle(): Promise<void> {
    while (inFlight.size > 0) await Promise.allSettled([...inFlight]);
  }

  async function registerAtStart(bot: BotCore): Promise<void> {
    const applicationId = client.application?.id;
    if (!applicationId) {
      logger.error('discord: READY carried no application id; /quiz not registered');
      return;
    }
    try {
      await registerDiscordCommands({
        rest: client.rest,
        applicationId,
        guildId: options.guildId,
        specs: bot.commands(),
        logger,
      });
    } catch (err) {
      logger.error(
        { err },
        'discord: registering /quiz failed (is the bot invited with the applications.commands scope?)',
      );
    }
  }

  return {
    platform: 'discord',
    async start(bot: BotCore): Promise<void> {
      if (started)
        throw new Error('discord adapter: start() was already called; create a new adapter');
      started = true;
      core = bot;
      const ready = new Promise<void>((resolve) =>
        client.once(Events.ClientReady, () => resolve()),
      );
      try {
        await withTimeout(
          Promise.all([client.login(options.token), ready]),
          options.readyTimeoutMs ?? 30_000,
          'discord: the gateway did not become ready in time (check DISCORD_TOKEN and the network)',
        );
      } catch (err) {
        await client.destroy();
        throw err;
      }
      logger.info(
        { user: client.user?.tag, guilds: client.guilds.cache.size },
        'discord: connected',
      );
      if (options.registerCommands ?? true) await registerAtStart(bot);
      accepting = true;
    },
    async stop(): Promise<void> {
      if (stopped) return;
      stopped = true;
      accepting = false;
      await whenIdle();
      await client.destroy();
      logger.info('discord: disconnected');
    },
    isConnected(): boolean {
      return (
        accepting && client.isReady() && client.ws.shards.every((s) => s.status === Status.Ready)
      );
    },
    whenIdle,
    postMessage: (channel: ChannelRef, reply: Reply, mark?: PostMark): Promise<MessageRef> =>
      transport.postMessage(channel, reply, mark),
    findPosted: (channel: ChannelRef, reply: Reply, mark: PostMark, since: number) =>
      transport.findPosted(channel, reply, mark, since),
    deleteMessage: (ref: MessageRef) => transport.deleteMessage(ref),
    updateMessage: (ref: MessageRef, reply: Reply): Promise<void> =>
      transport.updateMessage(ref, reply),
    sendPrivate: (channel: ChannelRef, userId: string, reply: Reply): Promise<void> =>
      transport.sendPrivate(channel, userId, reply),
  };
}
