/**
 * The Slack adapter: @slack/bolt in Socket Mode (when an app token is set) or HTTP mode
 * (signing secret, `POST /slack/events` on `port`). It only translates: `/quiz` and button
 * clicks become core events, core replies become Block Kit messages.
 */
import type { IncomingMessage, Server, ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import {
  App,
  type BasicElementAction,
  type BlockAction,
  HTTPReceiver,
  type Receiver,
  SocketModeReceiver,
  webApi,
} from '@slack/bolt';
import type { BotCore, ChatAdapter } from '../../bot/types.ts';
import type { Logger } from '../../logger.ts';
import { createAdminCheck } from './slack-admins.ts';
import { slackErrorCode } from './slack-errors.ts';
import { actionListener, commandListener } from './slack-handlers.ts';
import { handleHomeClick, homeOpenedListener } from './slack-home.ts';
import { InflightTracker, RecentKeys } from './slack-inflight.ts';
import { toBoltLogger } from './slack-logger.ts';
import { createSlackTransport } from './slack-transport.ts';

/** Bot scopes the adapter uses; slack/manifest.json requests exactly these. */
export const REQUIRED_BOT_SCOPES = [
  'commands',
  'chat:write',
  'chat:write.public',
  'users:read',
  'im:write',
  'files:write',
] as const;

/** The HTTP path of events, commands and interactivity in HTTP mode. */
export const SLACK_EVENTS_PATH = '/slack/events';

/** An extra HTTP route (e.g. `/healthz`) served on the adapter's port in HTTP mode (ignored in Socket Mode). */
export interface SlackCustomRoute {
  path: string;
  method: string | string[];
  handler: (req: IncomingMessage, res: ServerResponse) => void;
}

/** What the composition root passes in (from `Config.slack`, `Config.port`, `Config.admins`). */
export interface SlackAdapterOptions {
  botToken: string;
  /** Set → Socket Mode. */
  appToken: string | null;
  /** Needed for HTTP mode (no app token). */
  signingSecret: string | null;
  /** Web API base URL ending in `/` (proxies, tests); null = https://slack.com/api/. */
  apiUrl: string | null;
  /** HTTP mode listens here (Socket Mode needs no port). */
  port: number;
  /** User ids that are admins in addition to workspace admins and owners. */
  admins: string[];
  logger: Logger;
  /** With both set, no `auth.test` call is needed at start. */
  botId?: string;
  botUserId?: string;
  customRoutes?: SlackCustomRoute[];
  /** Retries of a failed Web API call before the failure is reported (default 2). */
  apiRetries?: number;
  /** Socket Mode: how long to wait for a pong before reconnecting (Slack's default 5000 ms; also paces reconnects). */
  socketPingTimeoutMs?: number;
  /** Clock for the admin cache. */
  now?: () => number;
}

/** The Slack {@link ChatAdapter}, plus what tests and the health check want to know. */
export interface SlackAdapter extends ChatAdapter {
  readonly mode: 'socket' | 'http';
  /** The port HTTP mode listens on (the real one when `port` was 0); null in Socket Mode or when stopped. */
  boundPort(): number | null;
  /** Resolves once no event handler is running. */
  settled(): Promise<void>;
}

/** Creates the adapter; nothing connects until `start`. Throws on options that cannot work. */
export function createSlackAdapter(options: SlackAdapterOptions): SlackAdapter {
  if (!options.botToken) throw new Error('Slack adapter: SLACK_BOT_TOKEN is required');
  if (!options.appToken && !options.signingSecret) {
    throw new Error(
      'Slack adapter: set SLACK_APP_TOKEN (Socket Mode) or SLACK_SIGNING_SECRET (HTTP mode)',
    );
  }
  const mode = options.appToken ? 'socket' : 'http';
  const logger = options.logger.child({ mode });
  const boltLogger = toBoltLogger(logger);
  const webClientOptions = (): webApi.WebClientOptions => ({
    ...(options.apiUrl ? { slackApiUrl: options.apiUrl } : {}),
    retryConfig: { retries: options.apiRetries ?? 2 },
  });
  const client = new webApi.WebClient(options.botToken, {
    ...webClientOptions(),
    logger: boltLogger,
    rejectRateLimitedCalls: true,
    timeout: 15_000,
  });
  const transport = createSlackTransport({ client, logger });
  const isAdmin = createAdminCheck({
    client,
    admins: options.admins,
    logger,
    ...(options.now ? { now: options.now } : {}),
  });
  const inflight = new InflightTracker();
  const recent = new RecentKeys(undefined, undefined, options.now);

  let app: App | null = null;
  let server: Server | null = null;
  let socketConnected = false;
  let stopping = false;

  async function botIdentity(): Promise<{ botId: string; botUserId: string }> {
    if (options.botId && options.botUserId)
      return { botId: options.botId, botUserId: options.botUserId };
    try {
      const auth = await client.auth.test();
      return {
        botId: auth.bot_id ?? options.botId ?? '',
        botUserId: auth.user_id ?? options.botUserId ?? '',
      };
    } catch (err) {
      const code = slackErrorCode(err) ?? (err instanceof Error ? err.message : String(err));
      throw new Error(
        `Slack rejected SLACK_BOT_TOKEN (auth.test: ${code}); check the Bot User OAuth Token (xoxb-…)`,
        { cause: err },
      );
    }
  }

  function createReceiver(): Receiver {
    if (mode === 'http') {
      const customRoutes = options.customRoutes ?? [];
      return new HTTPReceiver({
        signingSecret: options.signingSecret ?? '',
        endpoints: SLACK_EVENTS_PATH,
        customRoutes,
        logger: boltLogger,
      });
    }
    if ((options.customRoutes ?? []).length > 0)
      logger.info(
        'custom routes are served only in HTTP mode; in Socket Mode the port is left free',
      );
    const receiver = new SocketModeReceiver({
      appToken: options.appToken ?? '',
      logger: boltLogger,
      installerOptions: {
        clientOptions: {
          ...(options.apiUrl ? { slackApiUrl: options.apiUrl } : {}),
          ...(options.apiRetries !== undefined
            ? { retryConfig: { retries: options.apiRetries } }
            : {}),
        },
      },
      ...(options.socketPingTimeoutMs ? { clientPingTimeout: options.socketPingTimeoutMs } : {}),
    });
    receiver.client.on('connected', () => {
      socketConnected = true;
      logger.info('connected to Slack (Socket Mode)');
    });
    for (const state of ['reconnecting', 'disconnected'] as const) {
      receiver.client.on(state, () => {
        if (socketConnected && !stopping) logger.warn(`Socket Mode connection ${state}`);
        socketConnected = false;
      });
    }
    return receiver;
  }

  return {
    platform: 'slack',
    mode,
    postMessage: transport.postMessage,
    updateMessage: transport.updateMessage,
    sendPrivate: transport.sendPrivate,

    async start(core: BotCore) {
      if (app) throw new Error('Slack adapter already started');
      stopping = false;
      const identity = await botIdentity();
      const created = new App({
        receiver: createReceiver(),
        token: options.botToken,
        ...identity,
        logger: boltLogger,
        clientOptions: webClientOptions(),
        convoStore: false,
      });
      created.use(async ({ next }) => {
        if (stopping) return; // not acked: Slack shows a timeout, Socket Mode redelivers
        await next();
      });
      const home = { core, client, transport, isAdmin, logger, inflight };
      const deps = {
        core,
        transport,
        isAdmin,
        logger,
        inflight,
        recent,
        onHomeClick: (body: BlockAction, action: BasicElementAction) =>
          handleHomeClick(home, body, action),
      };
      created.command(/.*/, commandListener(deps));
      created.action<BlockAction>(/.*/, actionListener(deps));
      created.event('app_home_opened', homeOpenedListener(home));
      created.error(async (error) => {
        logger.error({ err: error }, 'Bolt reported an unhandled error');
      });
      app = created;
      try {
        if (mode === 'http') {
          server = await created.start(options.port);
          logger.info(
            { port: (server.address() as AddressInfo | null)?.port, path: SLACK_EVENTS_PATH },
            'listening for Slack (HTTP mode)',
          );
        } else {
          await created.start();
        }
      } catch (err) {
        app = null;
        server = null;
        await created.stop().catch(() => undefined);
        const code = slackErrorCode(err);
        const hint = code
          ? ` (apps.connections.open: ${code}; check SLACK_APP_TOKEN, an xapp- token with connections:write)`
          : '';
        throw new Error(
          `Slack adapter could not start in ${mode} mode${hint}: ${err instanceof Error ? err.message : String(err)}`,
          { cause: err },
        );
      }
    },

    async stop() {
      const running = app;
      if (!running) return;
      stopping = true;
      await running
        .stop()
        .catch((err: unknown) => logger.warn({ err }, 'stopping the Slack receiver failed'));
      await inflight.idle();
      app = null;
      server = null;
      socketConnected = false;
      logger.info('Slack adapter stopped');
    },

    isConnected() {
      if (!app || stopping) return false;
      return mode === 'http' ? Boolean(server?.listening) : socketConnected;
    },

    boundPort() {
      const address = server?.address();
      return address && typeof address === 'object' ? address.port : null;
    },

    settled: () => inflight.idle(),
  };
}
