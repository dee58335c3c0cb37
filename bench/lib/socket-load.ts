/**
 * Slack's side of Socket Mode for the benchmark, on 127.0.0.1: greets the app with `hello`, then
 * sends `interactive` envelopes from `concurrency` virtual clients over the one connection. A click
 * is done when its envelope is acked and, when the app must answer it, when its private reply has
 * reached its response_url (as in clicks.ts for HTTP mode).
 */
import { randomUUID } from 'node:crypto';
import type { AddressInfo } from 'node:net';
import { type WebSocket, WebSocketServer } from 'ws';
import { fixture } from '../../test/adapters/slack/slack-payloads.ts';
import type { LoadResult, PreparedClick, ReplyWaiter } from './clicks.ts';

/** How long an envelope may wait for its ack before it counts as an error. */
const ACK_TIMEOUT_MS = 30_000;
/** Slack pings its Socket Mode connections; a client that hears none for 30 s reconnects. */
const PING_INTERVAL_MS = 5_000;

export class LoadSocketServer {
  private socket: WebSocket | null = null;
  private readonly acks = new Map<string, () => void>();
  private readonly connectedWaiters: (() => void)[] = [];
  private readonly template = fixture<Record<string, unknown>>('socket-envelope-interactive.json');
  private readonly pinger: ReturnType<typeof setInterval>;

  private constructor(
    private readonly wss: WebSocketServer,
    readonly url: string,
  ) {
    wss.on('connection', (socket) => {
      this.socket = socket;
      socket.on('message', (data) => {
        const { envelope_id: id } = JSON.parse(String(data)) as { envelope_id?: string };
        if (id) this.acks.get(id)?.();
      });
      socket.send(JSON.stringify(fixture('socket-hello.json')));
      for (const wake of this.connectedWaiters.splice(0)) wake();
    });
    this.pinger = setInterval(() => {
      for (const client of wss.clients) client.ping();
    }, PING_INTERVAL_MS);
  }

  static async start(): Promise<LoadSocketServer> {
    const wss = new WebSocketServer({ host: '127.0.0.1', port: 0 });
    await new Promise<void>((resolve) => wss.once('listening', () => resolve()));
    const { port } = wss.address() as AddressInfo;
    return new LoadSocketServer(wss, `ws://127.0.0.1:${port}/link/?ticket=${randomUUID()}`);
  }

  /** Resolves once an app has connected (and been greeted). */
  connected(): Promise<void> {
    return this.socket
      ? Promise.resolve()
      : new Promise((resolve) => this.connectedWaiters.push(resolve));
  }

  /** Sends one envelope; resolves true when acked, false after {@link ACK_TIMEOUT_MS}. */
  private deliver(payload: unknown): Promise<boolean> {
    const socket = this.socket;
    if (!socket) return Promise.resolve(false);
    const id = randomUUID();
    return new Promise((resolve) => {
      const timer = setTimeout(() => {
        this.acks.delete(id);
        resolve(false);
      }, ACK_TIMEOUT_MS);
      this.acks.set(id, () => {
        clearTimeout(timer);
        this.acks.delete(id);
        resolve(true);
      });
      socket.send(JSON.stringify({ ...this.template, envelope_id: id, payload }));
    });
  }

  /** The closed-loop load: see the file comment. */
  async run(
    clicks: readonly PreparedClick[],
    concurrency: number,
    timeLimitMs: number,
    replyOf?: ReplyWaiter,
  ): Promise<LoadResult> {
    const latencies: number[] = [];
    let errors = 0;
    let acked = 0;
    let next = 0;
    const started = performance.now();
    const deadline = started + timeLimitMs;
    const send = async (click: PreparedClick): Promise<void> => {
      const t0 = performance.now();
      const replied = replyOf?.(click.responseUrl);
      if (!(await this.deliver(click.payload))) {
        errors += 1;
        return;
      }
      acked += 1;
      if (replied && !(await replied)) {
        errors += 1;
        return;
      }
      latencies.push(performance.now() - t0);
    };
    const client = async (): Promise<void> => {
      while (next < clicks.length && performance.now() < deadline) await send(clicks[next++]!);
    };
    await Promise.all(Array.from({ length: concurrency }, client));
    return {
      latencies,
      wallMs: performance.now() - started,
      statuses: { '200': acked },
      errors,
      skipped: clicks.length - next,
    };
  }

  async close(): Promise<void> {
    clearInterval(this.pinger);
    for (const client of this.wss.clients) client.terminate();
    await new Promise<void>((resolve) => this.wss.close(() => resolve()));
  }
}
