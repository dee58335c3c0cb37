/**
 * A local stand-in for Discord's REST API v10 (the routes quizbot uses), keeping channel
 * messages, ephemeral interaction messages, DMs and application commands in memory, with
 * Discord's form checks and injectable failures. discord.js talks to it via `rest.api`.
 */
import { EventEmitter, once } from 'node:events';
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { IDS, loadFixture } from './fixtures.ts';
import { validateCommand, validateMessage } from './rest-validate.ts';

type Loose = Record<string, unknown>;

export const EPHEMERAL = 64;
export const LOADING = 128;

export interface StoredMessage {
  id: string;
  channelId: string;
  content: string;
  embeds: Loose[];
  components: Loose[];
  attachments: { id: string; filename: string; size: number }[];
  flags: number;
  /** Set for ephemeral interaction messages: the one user who sees it. */
  ephemeralFor?: string;
  interactionId?: string;
  /** The `nonce` it was created with, if any (Discord does not return it when fetched). */
  nonce?: string;
  /** The message it replies to, if any. */
  replyTo?: string;
  deleted: boolean;
  edits: number;
}

export interface RecordedRequest {
  method: string;
  path: string;
  query: URLSearchParams;
  body: Loose;
  files: { name: string; size: number; type: string }[];
}

/** An interaction the harness dispatched, as the stub tracks its responses. */
export interface TrackedInteraction {
  id: string;
  token: string;
  channelId: string;
  userId: string;
  /** The message a clicked button was on. */
  messageId?: string;
  callbacks: number[];
  originalId?: string;
  autocompleteChoices?: { name: string; value: string }[];
  acknowledged: Promise<void>;
  acknowledge: () => void;
}

export interface InjectedFailure {
  method: string;
  path: RegExp;
  status: number;
  body: unknown;
  headers?: Record<string, string>;
  /** How many matching requests fail (default 1). */
  times?: number;
}

interface Handled {
  status: number;
  body?: unknown;
  headers?: Record<string, string>;
}

export class DiscordRestStub extends EventEmitter {
  readonly requests: RecordedRequest[] = [];
  readonly messages = new Map<string, StoredMessage>();
  readonly commands = new Map<string, Loose[]>();
  readonly interactions = new Map<string, TrackedInteraction>();
  /** Text channels that exist (others answer Unknown Channel). */
  readonly channels = new Set<string>([IDS.channel, IDS.otherChannel]);
  /** Guilds the bot is in (commands elsewhere answer Missing Access). */
  readonly guilds = new Set<string>([IDS.guild]);
  /** DM channel id → recipient. */
  readonly dmChannels = new Map<string, string>();
  /** Users who do not take DMs. */
  readonly dmClosed = new Set<string>();
  gatewayUrl = 'ws://127.0.0.1:1';
  /** Keep every request in {@link requests} (a benchmark's load turns this off). */
  recordRequests = true;
  private readonly failures: InjectedFailure[] = [];
  private readonly delays: { method: string; path: RegExp; ms: number; times: number }[] = [];
  /** Discord keeps a nonce for a few minutes: a create with `enforce_nonce` returns the first message. */
  private readonly nonces = new Map<string, { messageId: string; at: number }>();
  static readonly NONCE_WINDOW_MS = 5 * 60_000;
  private readonly byToken = new Map<string, TrackedInteraction>();
  private nextId = 1700000000000000000n;

  private constructor(
    private readonly server: Server,
    readonly api: string,
    private readonly token: string,
  ) {
    super();
  }

  static async start(token: string): Promise<DiscordRestStub> {
    const server = createServer();
    server.listen(0, '127.0.0.1');
    await once(server, 'listening');
    const { port } = server.address() as AddressInfo;
    const stub = new DiscordRestStub(server, `http://127.0.0.1:${port}/api`, token);
    server.on('request', (req, res) => void stub.onRequest(req, res));
    return stub;
  }

  snowflake(): string {
    this.nextId += 1n;
    return this.nextId.toString();
  }

  /**
   * Makes the next matching request(s) answer only after `ms` (the request is handled at once, as
   * Discord does; only the answer is late) — a client with a shorter timeout gives up and retries.
   */
  delay(method: string, path: RegExp, ms: number, times = 1): void {
    this.delays.push({ method, path, ms, times });
  }

  /** Makes the next matching request(s) fail with Discord's status and body. */
  fail(failure: InjectedFailure): void {
    this.failures.push({ times: 1, ...failure });
  }

  /** Starts tracking an interaction that is about to be dispatched. */
  track(
    id: string,
    token: string,
    channelId: string,
    userId: string,
    messageId?: string,
  ): TrackedInteraction {
    let acknowledge = () => {};
    const acknowledged = new Promise<void>((resolve) => (acknowledge = resolve));
    const tracked: TrackedInteraction = {
      id,
      token,
      channelId,
      userId,
      callbacks: [],
      acknowledged,
      acknowledge,
    };
    if (messageId) tracked.messageId = messageId;
    this.interactions.set(id, tracked);
    this.byToken.set(token, tracked);
    return tracked;
  }

  /** Messages in creation order (ids are increasing). */
  allMessages(): StoredMessage[] {
    return [...this.messages.values()];
  }

  /** Requests matching `method` and a path pattern. */
  requestsTo(method: string, path: RegExp): RecordedRequest[] {
    return this.requests.filter((r) => r.method === method && path.test(r.path));
  }

  /** Resolves with the next request (after this call) that matches. */
  nextRequest(method: string, path: RegExp): Promise<RecordedRequest> {
    return new Promise((resolve) => {
      const listener = (request: RecordedRequest) => {
        if (request.method !== method || !path.test(request.path)) return;
        this.off('request', listener);
        resolve(request);
      };
      this.on('request', listener);
    });
  }

  async close(): Promise<void> {
    this.server.closeAllConnections();
    await new Promise<void>((resolve) => this.server.close(() => resolve()));
  }

  private async onRequest(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const url = new URL(req.url ?? '/', 'http://stub');
    const path = decodeURIComponent(url.pathname).replace(/^\/api\/v10/, '');
    const { body, files } = await readBody(req);
    const request: RecordedRequest = {
      method: req.method ?? 'GET',
      path,
      query: url.searchParams,
      body,
      files,
    };
    if (this.recordRequests) this.requests.push(request);
    this.emit('received', request);
    let result: Handled;
    try {
      result = this.injected(request) ?? this.authorize(req, path) ?? this.handle(request);
    } catch (err) {
      result = { status: 500, body: { message: String(err), code: 0 } };
    }
    const headers: Record<string, string> = {
      ...(result.status === 204 ? {} : { 'content-type': 'application/json' }),
      ...result.headers,
    };
    const delay = this.delays.find((d) => d.method === request.method && d.path.test(request.path));
    if (delay) {
      delay.times -= 1;
      if (delay.times <= 0) this.delays.splice(this.delays.indexOf(delay), 1);
      await new Promise((resolve) => setTimeout(resolve, delay.ms));
    }
    if (!res.destroyed && !res.writableEnded) {
      res.writeHead(result.status, headers);
      res.end(result.status === 204 ? undefined : JSON.stringify(result.body ?? {}));
    }
    this.emit('request', request, result.status);
  }

  private injected(request: RecordedRequest): Handled | null {
    const index = this.failures.findIndex(
      (f) => f.method === request.method && f.path.test(request.path),
    );
    const failure = this.failures[index];
    if (!failure) return null;
    failure.times = (failure.times ?? 1) - 1;
    if (failure.times <= 0) this.failures.splice(index, 1);
    return { status: failure.status, body: failure.body, headers: failure.headers ?? {} };
  }

  private authorize(req: IncomingMessage, path: string): Handled | null {
    if (path.startsWith('/interactions/') || path.startsWith('/webhooks/')) return null;
    if (req.headers.authorization !== `Bot ${this.token}`) {
      return { status: 401, body: loadFixture('errors/401-unauthorized.json') };
    }
    return null;
  }

  private handle(r: RecordedRequest): Handled {
    const m = (pattern: RegExp) => pattern.exec(r.path);
    let match: RegExpExecArray | null;
    if (r.method === 'GET' && r.path === '/gateway/bot') {
      return {
        status: 200,
        body: { ...loadFixture<Loose>('gateway-bot.json'), url: this.gatewayUrl },
      };
    }
    if (r.method === 'GET' && r.path === '/applications/@me') {
      return {
        status: 200,
        body: { id: IDS.application, name: 'quizbot', bot_public: true, flags: 8953856 },
      };
    }
    if ((match = m(/^\/applications\/(\d+)(?:\/guilds\/(\d+))?\/commands$/))) {
      return this.commandsRoute(r, match[2] ?? 'global', match[1] ?? '');
    }
    if ((match = m(/^\/interactions\/(\d+)\/([^/]+)\/callback$/)) && r.method === 'POST') {
      return this.callback(r, match[1] ?? '', match[2] ?? '');
    }
    if ((match = m(/^\/webhooks\/(\d+)\/([^/]+)(?:\/messages\/([^/]+))?$/))) {
      return this.webhook(r, match[2] ?? '', match[3]);
    }
    if ((match = m(/^\/channels\/(\d+)\/messages(?:\/(\d+))?$/))) {
      return this.channelMessages(r, match[1] ?? '', match[2]);
    }
    if (r.method === 'POST' && r.path === '/users/@me/channels') {
      const recipient = String(r.body.recipient_id ?? '');
      const existing = [...this.dmChannels].find(([, user]) => user === recipient)?.[0];
      const id = existing ?? this.snowflake();
      this.dmChannels.set(id, recipient);
      return {
        status: 200,
        body: {
          id,
          type: 1,
          last_message_id: null,
          flags: 0,
          recipients: [{ id: recipient, username: 'user' }],
        },
      };
    }
    return { status: 404, body: { message: '404: Not Found', code: 0 } };
  }

  private commandsRoute(r: RecordedRequest, scope: string, applicationId: string): Handled {
    if (scope !== 'global' && !this.guilds.has(scope)) {
      return { status: 403, body: loadFixture('errors/403-missing-access.json') };
    }
    const list = this.commands.get(scope) ?? [];
    if (r.method === 'GET') return { status: 200, body: list };
    if (r.method !== 'POST')
      return { status: 405, body: { message: '405: Method Not Allowed', code: 0 } };
    const error = validateCommand(r.body);
    if (error) return { status: 400, body: error };
    const index = list.findIndex((c) => c.name === r.body.name);
    const saved: Loose = {
      ...r.body,
      id: index >= 0 ? list[index]?.id : this.snowflake(),
      application_id: applicationId,
      version: this.snowflake(),
      default_member_permissions: null,
      nsfw: false,
      ...(scope === 'global' ? {} : { guild_id: scope }),
    };
    if (index >= 0) list[index] = saved;
    else list.push(saved);
    this.commands.set(scope, list);
    return { status: index >= 0 ? 200 : 201, body: saved };
  }

  private createMessage(
    channelId: string,
    body: Loose,
    files: RecordedRequest['files'],
    extra: Partial<StoredMessage>,
  ): StoredMessage {
    const message: StoredMessage = {
      id: this.snowflake(),
      channelId,
      content: typeof body.content === 'string' ? body.content : '',
      embeds: (body.embeds as Loose[] | undefined) ?? [],
      components: (body.components as Loose[] | undefined) ?? [],
      attachments: files.map((f) => ({ id: this.snowflake(), filename: f.name, size: f.size })),
      flags: Number(body.flags ?? 0),
      deleted: false,
      edits: 0,
      ...extra,
    };
    this.messages.set(message.id, message);
    this.emit('message', message);
    return message;
  }

  private editMessage(message: StoredMessage, body: Loose, files: RecordedRequest['files']): void {
    if ('content' in body) message.content = typeof body.content === 'string' ? body.content : '';
    if ('embeds' in body) message.embeds = (body.embeds as Loose[] | null) ?? [];
    if ('components' in body) message.components = (body.components as Loose[] | null) ?? [];
    if ('attachments' in body || files.length > 0) {
      message.attachments = files.map((f) => ({
        id: this.snowflake(),
        filename: f.name,
        size: f.size,
      }));
    }
    message.flags &= ~LOADING;
    message.edits += 1;
    this.emit('edit', message);
  }

  private callback(r: RecordedRequest, id: string, token: string): Handled {
    const interaction = this.interactions.get(id);
    if (!interaction || interaction.token !== token) {
      return { status: 404, body: { message: 'Unknown interaction', code: 10062 } };
    }
    if (interaction.callbacks.length > 0) {
      return {
        status: 400,
        body: { message: 'Interaction has already been acknowledged.', code: 40060 },
      };
    }
    const type = Number(r.body.type);
    const data = (r.body.data as Loose | undefined) ?? {};
    if (type === 4 || type === 7) {
      const error = validateMessage(data, r.files.length, type === 4 ? 'create' : 'edit');
      if (error) return { status: 400, body: error };
    }
    interaction.callbacks.push(type);
    interaction.acknowledge();
    const ephemeral = (Number(data.flags ?? 0) & EPHEMERAL) !== 0;
    const owner = ephemeral ? { ephemeralFor: interaction.userId } : {};
    if (type === 4) {
      interaction.originalId = this.createMessage(interaction.channelId, data, r.files, {
        interactionId: id,
        ...owner,
      }).id;
    } else if (type === 5) {
      const placeholder = { flags: LOADING | (ephemeral ? EPHEMERAL : 0) };
      interaction.originalId = this.createMessage(interaction.channelId, placeholder, [], {
        interactionId: id,
        ...owner,
      }).id;
    } else if (type === 7) {
      const message = interaction.messageId ? this.messages.get(interaction.messageId) : undefined;
      if (message) this.editMessage(message, data, r.files);
    } else if (type === 8) {
      interaction.autocompleteChoices =
        (data.choices as { name: string; value: string }[] | undefined) ?? [];
    }
    return { status: 204 };
  }

  private webhook(r: RecordedRequest, token: string, messageId: string | undefined): Handled {
    const interaction = this.byToken.get(token);
    if (!interaction) return { status: 404, body: { message: 'Unknown Webhook', code: 10015 } };
    if (!messageId && r.method === 'POST') {
      const error = validateMessage(r.body, r.files.length, 'create');
      if (error) return { status: 400, body: error };
      const ephemeral = (Number(r.body.flags ?? 0) & EPHEMERAL) !== 0;
      const owner = ephemeral ? { ephemeralFor: interaction.userId } : {};
      const message = this.createMessage(interaction.channelId, r.body, r.files, {
        interactionId: interaction.id,
        ...owner,
      });
      return { status: 200, body: this.apiMessage(message) };
    }
    const id = messageId === '@original' ? interaction.originalId : messageId;
    const message = id ? this.messages.get(id) : undefined;
    if (!message || message.deleted)
      return { status: 404, body: loadFixture('errors/404-unknown-message.json') };
    if (r.method === 'DELETE') {
      message.deleted = true;
      this.emit('delete', message);
      return { status: 204 };
    }
    if (r.method === 'PATCH') {
      const error = validateMessage(r.body, r.files.length, 'edit');
      if (error) return { status: 400, body: error };
      this.editMessage(message, r.body, r.files);
    }
    if (r.method === 'DELETE') {
      message.deleted = true;
      this.emit('delete', message);
      return { status: 204 };
    }
    return { status: 200, body: this.apiMessage(message) };
  }

  private channelMessages(
    r: RecordedRequest,
    channelId: string,
    messageId: string | undefined,
  ): Handled {
    const dmRecipient = this.dmChannels.get(channelId);
    if (!this.channels.has(channelId) && !dmRecipient) {
      return { status: 404, body: loadFixture('errors/404-unknown-channel.json') };
    }
    if (dmRecipient && this.dmClosed.has(dmRecipient)) {
      return { status: 403, body: loadFixture('errors/403-cannot-dm.json') };
    }
    if (r.method === 'POST' && !messageId) {
      const error = validateMessage(r.body, r.files.length, 'create');
      if (error) return { status: 400, body: error };
      const nonce = typeof r.body.nonce === 'string' ? r.body.nonce : undefined;
      if (nonce !== undefined && nonce.length > 25)
        return { status: 400, body: { message: 'Invalid Form Body', code: 50035 } };
      const seen = nonce ? this.nonces.get(`${channelId}/${nonce}`) : undefined;
      const original = seen ? this.messages.get(seen.messageId) : undefined;
      if (
        r.body.enforce_nonce === true &&
        original &&
        Date.now() - seen!.at < DiscordRestStub.NONCE_WINDOW_MS
      )
        return { status: 200, body: this.apiMessage(original) };
      const reference = r.body.message_reference as { message_id?: string } | undefined;
      const created = this.createMessage(channelId, r.body, r.files, {
        ...(nonce ? { nonce } : {}),
        ...(reference?.message_id ? { replyTo: reference.message_id } : {}),
      });
      if (nonce)
        this.nonces.set(`${channelId}/${nonce}`, { messageId: created.id, at: Date.now() });
      return { status: 200, body: this.apiMessage(created) };
    }
    if (r.method === 'GET' && !messageId) {
      const after = BigInt(r.query.get('after') ?? '0');
      const limit = Math.min(100, Number(r.query.get('limit') ?? '50'));
      const list = this.allMessages()
        .filter(
          (m) => m.channelId === channelId && !m.deleted && !m.ephemeralFor && BigInt(m.id) > after,
        )
        .slice(0, limit)
        .reverse();
      return { status: 200, body: list.map((m) => this.apiMessage(m)) };
    }
    const message = messageId ? this.messages.get(messageId) : undefined;
    if (!message || message.deleted || message.channelId !== channelId || message.interactionId) {
      return { status: 404, body: loadFixture('errors/404-unknown-message.json') };
    }
    if (r.method === 'PATCH') {
      const error = validateMessage(r.body, r.files.length, 'edit');
      if (error) return { status: 400, body: error };
      this.editMessage(message, r.body, r.files);
    }
    if (r.method === 'DELETE') {
      message.deleted = true;
      this.emit('delete', message);
      return { status: 204 };
    }
    return { status: 200, body: this.apiMessage(message) };
  }

  /** A stored message in the API's shape. */
  apiMessage(message: StoredMessage): Loose {
    const base = loadFixture('message.json');
    return {
      ...base,
      id: message.id,
      channel_id: message.channelId,
      content: message.content,
      embeds: message.embeds.map((e) => ({ type: 'rich', ...e })),
      components: message.components,
      attachments: message.attachments.map((a) => ({
        ...a,
        url: `https://cdn.example.invalid/${a.filename}`,
      })),
      flags: message.flags,
      edited_timestamp: message.edits > 0 ? '2025-03-03T09:00:00.000000+00:00' : null,
      ...(message.interactionId ? { webhook_id: IDS.application } : {}),
      ...(message.replyTo
        ? {
            type: 19,
            message_reference: {
              type: 0,
              message_id: message.replyTo,
              channel_id: message.channelId,
            },
          }
        : {}),
    };
  }
}

async function readBody(
  req: IncomingMessage,
): Promise<{ body: Loose; files: RecordedRequest['files'] }> {
  const chunks: Buffer[] = [];
  for await (const chunk of req) chunks.push(chunk as Buffer);
  const raw = Buffer.concat(chunks);
  const type = req.headers['content-type'] ?? '';
  if (raw.length === 0) return { body: {}, files: [] };
  if (type.startsWith('multipart/form-data')) {
    const form = await new Response(raw, { headers: { 'content-type': type } }).formData();
    const files: RecordedRequest['files'] = [];
    let body: Loose = {};
    for (const [key, value] of form.entries()) {
      if (key === 'payload_json') body = JSON.parse(String(value)) as Loose;
      else if (typeof value !== 'string')
        files.push({ name: value.name, size: value.size, type: value.type });
    }
    return { body, files };
  }
  return { body: JSON.parse(raw.toString('utf8')) as Loose, files: [] };
}
