/**
 * Socket Mode without a reconnect gap. Bolt's own SocketModeReceiver closes the connection when
 * Slack asks for a refresh and only then opens a new one, after waiting its ping timeout (5 s):
 * every click in that window was acked late. This receiver:
 *
 * - opens the new connection first when Slack sends `disconnect` (refresh), and closes the old
 *   one only once the new one said hello; envelopes from either are handled meanwhile;
 * - replaces a connection that dropped or stopped answering pings at once (the ping timeout is
 *   what notices a dead socket), then with backoff while Slack cannot be reached;
 * - acks malformed envelopes (slack-payload-shape.ts) instead of handing them to Bolt;
 * - reports an app token Slack refuses (revoked, invalid) through `onFatal` — once — instead of
 *   retrying forever or throwing inside a timer.
 */

import type { App, Logger as BoltLogger, Receiver, ReceiverEvent } from '@slack/bolt';
import { SocketModeClient } from '@slack/socket-mode';
import type { Logger } from '../../logger.ts';
import { judgePayload } from './slack-payload-shape.ts';

/** apps.connections.open errors that no retry fixes: the app token is bad or was revoked. */
export const FATAL_TOKEN_ERRORS = new Set([
  'not_authed',
  'invalid_auth',
  'account_inactive',
  'token_revoked',
  'token_expired',
  'user_removed_from_team',
  'team_disabled',
  'not_allowed_token_type',
]);

/** Waits between failed reconnects (the first try is immediate). */
const BACKOFF_MS = [250, 1_000, 2_000, 5_000, 10_000, 30_000];

/**
 * A connection whose pings go unanswered this long is replaced (Slack's client default is 5 s;
 * shorter, because the replacement is opened before anything is lost).
 */
export const DEFAULT_PING_TIMEOUT_MS = 3_000;

/** How often the current connection is checked for being closed or closing. */
const WATCH_MS = 250;

export interface SocketReceiverOptions {
  appToken: string;
  apiUrl: string | null;
  logger: Logger;
  boltLogger: BoltLogger;
  /** How long a ping may go without a pong before the connection counts as dead (default 3 s). */
  pingTimeoutMs?: number;
  /** The app token was refused: the adapter cannot work any more. Called at most once. */
  onFatal: (message: string) => void;
}

/** The Slack error code of a failed Web API call, from any copy of @slack/web-api. */
export function platformErrorCode(err: unknown): string | null {
  const e = err as { code?: unknown; data?: { error?: unknown } } | null;
  return e?.code === 'slack_webapi_platform_error' && typeof e.data?.error === 'string'
    ? e.data.error
    : null;
}

/** A SocketModeClient that reports Slack's `disconnect` (refresh) instead of closing at once. */
class RefreshAwareClient extends SocketModeClient {
  protected override async onWebSocketMessage(
    data: string | ArrayBuffer,
    isBinary: boolean,
  ): Promise<void> {
    if (
      !isBinary &&
      typeof data === 'string' &&
      data.length < 4096 &&
      data.includes('disconnect')
    ) {
      try {
        const message = JSON.parse(data) as { type?: unknown; reason?: unknown };
        if (message.type === 'disconnect') {
          this.emit('refresh_requested', String(message.reason ?? ''));
          return;
        }
      } catch {
        // not JSON: let the client say so
      }
    }
    return super.onWebSocketMessage(data, isBinary);
  }
}

interface SlackEventArgs {
  ack: (response?: unknown) => Promise<void>;
  type: string;
  body: unknown;
  retry_num?: number;
  retry_reason?: string;
}

export class SlackSocketReceiver implements Receiver {
  private app: App | null = null;
  private current: RefreshAwareClient | null = null;
  private readonly clients = new Set<RefreshAwareClient>();
  private replacing: Promise<void> | null = null;
  private watch: NodeJS.Timeout | null = null;
  private retry: NodeJS.Timeout | null = null;
  private stopped = true;
  private fatal = false;
  /** Told when the connection comes up or goes down (for isConnected and warn lines). */
  onState: (connected: boolean, why: string) => void = () => {};

  constructor(private readonly options: SocketReceiverOptions) {}

  init(app: App): void {
    this.app = app;
  }

  /** Opens the first connection; rejects when Slack refuses the token or cannot be reached. */
  async start(): Promise<void> {
    this.stopped = false;
    this.fatal = false;
    const client = await this.open();
    this.promote(client, 'started');
    this.watch = setInterval(() => this.check(), WATCH_MS);
    this.watch.unref();
  }

  async stop(): Promise<void> {
    this.stopped = true;
    if (this.watch) clearInterval(this.watch);
    if (this.retry) clearTimeout(this.retry);
    this.watch = null;
    this.retry = null;
    const all = [...this.clients];
    this.clients.clear();
    this.current = null;
    await Promise.allSettled(all.map((c) => c.disconnect()));
  }

  isConnected(): boolean {
    return !this.stopped && this.current !== null && isOpen(this.current);
  }

  private async open(): Promise<RefreshAwareClient> {
    const client = new RefreshAwareClient({
      appToken: this.options.appToken,
      logger: this.options.boltLogger,
      autoReconnectEnabled: false,
      clientPingTimeout: this.options.pingTimeoutMs ?? DEFAULT_PING_TIMEOUT_MS,
      clientOptions: {
        ...(this.options.apiUrl ? { slackApiUrl: this.options.apiUrl } : {}),
        // Reconnects are paced here (BACKOFF_MS), not by the client's own 100 retries.
        retryConfig: { retries: 0 },
      },
    });
    client.on('slack_event', (args: SlackEventArgs) => void this.handle(args));
    client.on('refresh_requested', (reason: string) => {
      this.options.logger.info({ reason }, 'Slack asked for a new Socket Mode connection');
      if (client === this.current) void this.replace('refresh');
    });
    client.on('disconnected', () => {
      this.clients.delete(client);
      if (client === this.current) void this.replace('dropped');
    });
    this.clients.add(client);
    try {
      await client.start();
      return client;
    } catch (err) {
      this.clients.delete(client);
      client.removeAllListeners();
      await client.disconnect().catch(() => undefined);
      throw err;
    }
  }

  private promote(client: RefreshAwareClient, why: string): void {
    const previous = this.current;
    this.current = client;
    this.onState(true, why);
    if (previous && previous !== client) {
      // The new connection is open: only now does the old one close.
      void previous.disconnect().catch(() => undefined);
    }
  }

  /** Notices a connection the client itself decided is dead (no pong) before its close completes. */
  private check(): void {
    if (this.stopped || this.replacing || !this.current) return;
    if (!isOpen(this.current)) void this.replace('no answer to pings');
  }

  /** Opens a replacement now (then with backoff), and promotes it once it is up. */
  private replace(why: string): Promise<void> {
    if (this.stopped || this.fatal) return Promise.resolve();
    if (why !== 'refresh') this.onState(false, why);
    this.replacing ??= (async () => {
      for (let attempt = 0; !this.stopped && !this.fatal; attempt += 1) {
        try {
          const client = await this.open();
          if (this.stopped) {
            await client.disconnect().catch(() => undefined);
            return;
          }
          this.promote(client, why);
          return;
        } catch (err) {
          const code = platformErrorCode(err);
          if (code !== null && FATAL_TOKEN_ERRORS.has(code)) {
            this.fatal = true;
            this.options.onFatal(
              `Slack refused SLACK_APP_TOKEN while reconnecting (apps.connections.open: ${code}); the app-level token was revoked or is invalid`,
            );
            return;
          }
          const wait = BACKOFF_MS[Math.min(attempt, BACKOFF_MS.length - 1)]!;
          this.options.logger.warn(
            { err, attempt: attempt + 1, retryInMs: wait },
            'Socket Mode reconnect failed; trying again',
          );
          await new Promise<void>((resolve) => {
            this.retry = setTimeout(resolve, wait);
          });
        }
      }
    })().finally(() => {
      this.replacing = null;
    });
    return this.replacing;
  }

  private async handle(args: SlackEventArgs): Promise<void> {
    let acked = false;
    const ack = async (response?: unknown): Promise<void> => {
      if (acked) return;
      acked = true;
      await args
        .ack(response)
        .catch((err: unknown) =>
          this.options.logger.info(
            { err },
            'Socket Mode ack not sent (the connection closed; Slack delivers the envelope again)',
          ),
        );
    };
    if (
      args.type === 'slash_commands' ||
      args.type === 'interactive' ||
      args.type === 'events_api'
    ) {
      const verdict = judgePayload(args.body);
      if (verdict.kind === 'malformed' || verdict.kind === 'ignored') {
        if (verdict.kind === 'malformed')
          this.options.logger.warn(
            { reason: verdict.reason, type: args.type },
            'Slack envelope acknowledged and dropped: a payload of the wrong shape',
          );
        return ack();
      }
    }
    if (!this.app || typeof args.body !== 'object' || args.body === null) return ack();
    const event: ReceiverEvent = {
      body: args.body as ReceiverEvent['body'],
      ack,
      ...(args.retry_num !== undefined ? { retryNum: args.retry_num } : {}),
      ...(args.retry_reason !== undefined ? { retryReason: args.retry_reason } : {}),
      customProperties: {},
    };
    try {
      await this.app.processEvent(event);
    } catch (err) {
      this.options.logger.error({ err, type: args.type }, 'Bolt failed on a Socket Mode envelope');
      await ack();
    }
  }
}

function isOpen(client: SocketModeClient): boolean {
  // readyState 1 = OPEN (undici's WebSocket); CLOSING/CLOSED mean the client gave up on it.
  return client.websocket?.readyState === 1;
}
