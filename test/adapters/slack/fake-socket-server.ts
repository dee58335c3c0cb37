/**
 * Slack's side of Socket Mode on 127.0.0.1: greets each connection with `hello`, sends
 * envelopes, and resolves when the app acks an envelope (`{ envelope_id, payload? }`).
 *
 * Like Slack, it sends an envelope on an open connection it has not asked to go away (the newest),
 * and holds it until there is one. A refresh (`sendDisconnect`) sends `disconnect` on the current
 * connection, sends nothing more there, and closes it a moment later; `drop` cuts a connection
 * without a close frame; `stall` makes one stop answering anything, pings included (a dead socket).
 */
import { randomUUID } from 'node:crypto';
import type { AddressInfo } from 'node:net';
import { type WebSocket, WebSocketServer } from 'ws';
import { fixture } from './slack-payloads.ts';

export interface Ack {
  envelope_id: string;
  payload?: unknown;
}

interface Connection {
  socket: WebSocket;
  /** Asked to go away (refresh), stalled or closed: no envelope goes there. */
  live: boolean;
  /** Envelopes sent here and not acked yet (Slack sends them again if the connection goes). */
  unacked: Map<string, Record<string, unknown>>;
}

export class FakeSocketServer {
  /** Connections opened so far. */
  connections = 0;
  readonly acks: Ack[] = [];
  /** Every envelope sent on a connection, redeliveries included, in order. */
  readonly sent: Record<string, unknown>[] = [];
  private readonly pending = new Map<string, (ack: Ack) => void>();
  private readonly connectionWaiters: (() => void)[] = [];
  private readonly open: Connection[] = [];
  private readonly held: Record<string, unknown>[] = [];

  private constructor(
    private readonly wss: WebSocketServer,
    readonly url: string,
  ) {
    wss.on('connection', (socket) => {
      this.connections += 1;
      const connection: Connection = { socket, live: true, unacked: new Map() };
      this.open.push(connection);
      socket.on('message', (data) => this.onMessage(String(data)));
      socket.on('close', () => {
        connection.live = false;
        this.open.splice(this.open.indexOf(connection), 1);
        // Slack retries what the closed connection never acked, on another connection.
        for (const envelope of connection.unacked.values())
          this.send({
            ...envelope,
            retry_attempt: Number(envelope.retry_attempt ?? 0) + 1,
            retry_reason: 'timeout',
          });
        connection.unacked.clear();
      });
      socket.send(JSON.stringify(fixture('socket-hello.json')));
      for (const wake of this.connectionWaiters.splice(0)) wake();
      for (const envelope of this.held.splice(0)) this.send(envelope);
    });
  }

  static async start(): Promise<FakeSocketServer> {
    const wss = new WebSocketServer({ host: '127.0.0.1', port: 0 });
    await new Promise<void>((resolve) => wss.once('listening', () => resolve()));
    const { port } = wss.address() as AddressInfo;
    return new FakeSocketServer(
      wss,
      `ws://127.0.0.1:${port}/link/?ticket=${randomUUID()}&app_id=A0QUIZBOT1`,
    );
  }

  /** Open connections Slack would still send to. */
  liveConnections(): number {
    return this.open.filter((c) => c.live).length;
  }

  /** Resolves once `count` connections have been made in total. */
  async waitForConnections(count: number): Promise<void> {
    while (this.connections < count)
      await new Promise<void>((resolve) => this.connectionWaiters.push(resolve));
  }

  private current(): Connection | undefined {
    return this.open.filter((c) => c.live).at(-1);
  }

  /**
   * Sends one envelope to the app; resolves with the app's ack. Pass the same `envelopeId` and a
   * `retryAttempt` to play a redelivery. With no live connection the envelope waits for one.
   */
  deliver(
    type: 'slash_commands' | 'interactive' | 'events_api',
    payload: unknown,
    options: { envelopeId?: string; retryAttempt?: number } = {},
  ): Promise<Ack> {
    const template = fixture<Record<string, unknown>>(
      {
        slash_commands: 'socket-envelope-slash-commands.json',
        interactive: 'socket-envelope-interactive.json',
        events_api: 'socket-envelope-events-api.json',
      }[type],
    );
    const envelopeId = options.envelopeId ?? randomUUID();
    const envelope = {
      ...template,
      envelope_id: envelopeId,
      payload,
      ...(options.retryAttempt
        ? { retry_attempt: options.retryAttempt, retry_reason: 'timeout' }
        : {}),
    };
    const acked = new Promise<Ack>((resolve) => this.pending.set(envelopeId, resolve));
    this.send(envelope);
    return acked;
  }

  /** Sends on the current connection, or holds the envelope until there is one. */
  private send(envelope: Record<string, unknown>): void {
    const target = this.current();
    if (!target) {
      this.held.push(envelope);
      return;
    }
    target.unacked.set(String(envelope.envelope_id), envelope);
    this.sent.push(envelope);
    target.socket.send(JSON.stringify(envelope));
  }

  /**
   * Asks the app to reconnect, as Slack does when it recycles a connection: `disconnect` on the
   * current connection, nothing more sent there, and the connection closed after `closeAfterMs`.
   */
  sendDisconnect(closeAfterMs = 1_000): void {
    const target = this.current();
    if (!target) return;
    target.live = false;
    target.socket.send(
      JSON.stringify({
        type: 'disconnect',
        reason: 'refresh_requested',
        debug_info: { host: 'applink-test' },
      }),
    );
    setTimeout(() => target.socket.close(1001, 'refresh'), closeAfterMs).unref();
  }

  /** Cuts the current connection without a close frame (a network drop). */
  drop(): void {
    const target = this.current();
    if (!target) return;
    target.live = false;
    target.socket.terminate();
  }

  /**
   * The current connection stops answering anything, pings included (a dead socket). What it
   * had not acked is sent again on the next connection (Slack retries).
   */
  stall(): void {
    const target = this.current();
    if (!target) return;
    target.live = false;
    (target.socket as unknown as { _socket: { pause(): void } })._socket.pause();
    const unacked = [...target.unacked.values()];
    target.unacked.clear();
    for (const envelope of unacked)
      this.send({ ...envelope, retry_attempt: 1, retry_reason: 'timeout' });
  }

  async close(): Promise<void> {
    for (const client of this.wss.clients) client.terminate();
    await new Promise<void>((resolve) => this.wss.close(() => resolve()));
  }

  private onMessage(text: string): void {
    const ack = JSON.parse(text) as Ack;
    this.acks.push(ack);
    for (const connection of this.open) connection.unacked.delete(ack.envelope_id);
    this.pending.get(ack.envelope_id)?.(ack);
    this.pending.delete(ack.envelope_id);
  }
}
