/**
 * A local Discord gateway: HELLO on connect, READY + GUILD_CREATE after IDENTIFY, RESUMED after
 * RESUME, heartbeat ACKs, and INTERACTION_CREATE (or any) dispatches on demand. JSON, no compression.
 */
import { EventEmitter, once } from 'node:events';
import type { AddressInfo } from 'node:net';
import { type WebSocket, WebSocketServer } from 'ws';
import { loadFixture } from './fixtures.ts';

interface GatewayPayload {
  op: number;
  d?: unknown;
  s?: number | null;
  t?: string | null;
}

export class DiscordGatewayStub extends EventEmitter {
  /** WebSocket connections opened by clients (a reconnect opens a new one). */
  connections = 0;
  identifies = 0;
  resumes = 0;
  heartbeats = 0;
  private seq = 0;
  private readonly live = new Set<WebSocket>();

  private constructor(
    private readonly server: WebSocketServer,
    readonly url: string,
    private readonly token: string,
    private readonly guilds: Record<string, unknown>[],
  ) {
    super();
    server.on('connection', (socket) => this.onConnection(socket));
  }

  static async start(
    token: string,
    guilds: Record<string, unknown>[],
  ): Promise<DiscordGatewayStub> {
    const server = new WebSocketServer({ host: '127.0.0.1', port: 0 });
    await once(server, 'listening');
    const { port } = server.address() as AddressInfo;
    return new DiscordGatewayStub(server, `ws://127.0.0.1:${port}`, token, guilds);
  }

  private send(socket: WebSocket, payload: GatewayPayload): void {
    socket.send(JSON.stringify({ s: null, t: null, ...payload }));
  }

  private sendDispatch(socket: WebSocket, t: string, d: unknown): void {
    this.seq += 1;
    this.send(socket, { op: 0, t, s: this.seq, d });
  }

  private onConnection(socket: WebSocket): void {
    this.connections += 1;
    this.send(socket, {
      op: 10,
      d: { heartbeat_interval: 41250, _trace: ['["gateway-stub",{"micros":0}]'] },
    });
    socket.on('message', (raw) =>
      this.onMessage(socket, JSON.parse(String(raw)) as GatewayPayload),
    );
    socket.on('close', () => this.live.delete(socket));
  }

  private onMessage(socket: WebSocket, payload: GatewayPayload): void {
    const d = (payload.d ?? {}) as Record<string, unknown>;
    switch (payload.op) {
      case 1:
        this.heartbeats += 1;
        this.send(socket, { op: 11 });
        return;
      case 2: {
        if (d.token !== this.token) {
          socket.close(4004, 'Authentication failed.');
          return;
        }
        this.identifies += 1;
        const ready = loadFixture('ready.json');
        ready.resume_gateway_url = this.url;
        ready.guilds = this.guilds.map((g) => ({ id: g.id, unavailable: true }));
        this.sendDispatch(socket, 'READY', ready);
        for (const guild of this.guilds) this.sendDispatch(socket, 'GUILD_CREATE', guild);
        this.live.add(socket);
        this.emit('identify');
        return;
      }
      case 6:
        this.resumes += 1;
        this.sendDispatch(socket, 'RESUMED', { _trace: ['["gateway-stub",{"micros":0}]'] });
        this.live.add(socket);
        this.emit('resume');
        return;
      default:
        return;
    }
  }

  /** Sends a dispatch to every identified or resumed connection. */
  dispatch(t: string, d: unknown): void {
    if (this.live.size === 0) throw new Error(`gateway stub: no live session to dispatch ${t} to`);
    this.offer(t, d);
  }

  /**
   * Sends a dispatch to every identified or resumed connection, as Discord would to whoever holds
   * a session, and says to how many (0 when no client has one: nothing is there to take it).
   */
  offer(t: string, d: unknown): number {
    for (const socket of this.live) this.sendDispatch(socket, t, d);
    return this.live.size;
  }

  /** Closes every connection as Discord does on a server-side error (the client resumes). */
  drop(code = 4000): void {
    for (const socket of this.live) socket.close(code, 'Unknown error');
    this.live.clear();
  }

  /** Resolves once `count` events of `kind` have happened in total. */
  async waitFor(kind: 'identify' | 'resume', count: number): Promise<void> {
    const current = () => (kind === 'identify' ? this.identifies : this.resumes);
    while (current() < count) await once(this, kind);
  }

  async close(): Promise<void> {
    for (const client of this.server.clients) client.terminate();
    await new Promise<void>((resolve) => this.server.close(() => resolve()));
  }
}
