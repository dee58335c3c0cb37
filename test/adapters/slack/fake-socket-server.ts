/**
 * Slack's side of Socket Mode on 127.0.0.1: greets each connection with `hello`, sends
 * envelopes, and resolves when the app acks an envelope (`{ envelope_id, payload? }`).
 */
import { randomUUID } from 'node:crypto';
import type { AddressInfo } from 'node:net';
import { type WebSocket, WebSocketServer } from 'ws';
import { fixture } from './slack-payloads.ts';

export interface Ack {
  envelope_id: string;
  payload?: unknown;
}

export class FakeSocketServer {
  /** Connections opened so far. */
  connections = 0;
  readonly acks: Ack[] = [];
  private readonly pending = new Map<string, (ack: Ack) => void>();
  private readonly connectionWaiters: (() => void)[] = [];
  private current: WebSocket | null = null;

  private constructor(
    private readonly wss: WebSocketServer,
    readonly url: string,
  ) {
    wss.on('connection', (socket) => {
      this.connections += 1;
      this.current = socket;
      socket.on('message', (data) => this.onMessage(String(data)));
      socket.send(JSON.stringify(fixture('socket-hello.json')));
      for (const wake of this.connectionWaiters.splice(0)) wake();
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

  /** Resolves once `count` connections have been made in total. */
  async waitForConnections(count: number): Promise<void> {
    while (this.connections < count)
      await new Promise<void>((resolve) => this.connectionWaiters.push(resolve));
  }

  /**
   * Sends one envelope to the app; resolves with the app's ack. Pass the same `envelopeId` and a
   * `retryAttempt` to play a redelivery.
   */
  deliver(
    type: 'slash_commands' | 'interactive' | 'events_api',
    payload: unknown,
    options: { envelopeId?: string; retryAttempt?: number } = {},
  ): Promise<Ack> {
    const socket = this.current;
    if (!socket) throw new Error('no Socket Mode connection');
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
    socket.send(JSON.stringify(envelope));
    return acked;
  }

  /** Asks the app to reconnect, as Slack does when it recycles a connection. */
  sendDisconnect(): void {
    this.current?.send(
      JSON.stringify({
        type: 'disconnect',
        reason: 'refresh_requested',
        debug_info: { host: 'applink-test' },
      }),
    );
  }

  async close(): Promise<void> {
    for (const client of this.wss.clients) client.terminate();
    await new Promise<void>((resolve) => this.wss.close(() => resolve()));
  }

  private onMessage(text: string): void {
    const ack = JSON.parse(text) as Ack;
    this.acks.push(ack);
    this.pending.get(ack.envelope_id)?.(ack);
    this.pending.delete(ack.envelope_id);
  }
}
