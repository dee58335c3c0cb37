/**
 * A local stand-in for Slack's Web API and response_url endpoint. It records every call, keeps
 * the channel's messages (with chat.update applied) and can be told to fail the next call of a
 * method the way Slack fails.
 */
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { blockKitProblems } from './block-kit-rules.ts';
import { type FakeFailure, parseArgs, readBody, sendFailure, sendJson } from './fake-http.ts';
import { fixture } from './slack-payloads.ts';

export type { FakeFailure };

export interface RecordedCall {
  method: string;
  args: Record<string, unknown>;
  /** The bearer token the call carried. */
  token: string | null;
}

/** A message as Slack would store it. */
export interface FakeMessage {
  channel: string;
  ts: string;
  text: string;
  blocks: unknown[];
  visibility: 'channel' | 'ephemeral';
  /** For ephemeral messages: who sees it. */
  userId?: string;
  via: 'chat.postMessage' | 'chat.postEphemeral' | 'response_url';
  edits: number;
}

export interface FakeUser {
  id: string;
  name: string;
  admin?: boolean;
  owner?: boolean;
}

/** Who a response_url answers: the user and channel of the command or click that got it. */
interface ResponseTarget {
  userId: string;
  channel: string;
}

export interface FakeSlackApiOptions {
  botToken: string;
  appToken?: string;
  teamId?: string;
  botUserId?: string;
  botId?: string;
}

export class FakeSlackApi {
  readonly calls: RecordedCall[] = [];
  /** Every message produced, in order (channel and ephemeral); edits apply in place. */
  readonly messages: FakeMessage[] = [];
  readonly responses: { url: string; body: Record<string, unknown> }[] = [];
  readonly uploads: { fileId: string; bytes: number }[] = [];
  /** Messages refused for breaking Block Kit rules (Slack's `invalid_blocks`); tests expect none. */
  readonly refused: { method: string; problems: string[] }[] = [];
  readonly users = new Map<string, FakeUser>();
  /** What each user's Home tab shows (views.publish), and how often it was published. */
  readonly homeViews = new Map<
    string,
    { view: { type: string; blocks: unknown[] }; publishes: number }
  >();
  /** Set by the Socket Mode stand-in: what apps.connections.open hands out. */
  socketUrl: string | null = null;
  private readonly failures = new Map<string, FakeFailure[]>();
  private readonly targets = new Map<string, ResponseTarget>();
  private tsCounter = 0;
  private urlCounter = 0;

  private constructor(
    private readonly server: Server,
    readonly url: string,
    private readonly options: FakeSlackApiOptions,
  ) {}

  static async start(options: FakeSlackApiOptions): Promise<FakeSlackApi> {
    let api: FakeSlackApi | null = null;
    const server = createServer((req, res) => {
      void api?.handle(req, res).catch((err: unknown) => {
        res.writeHead(500).end(String(err));
      });
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    const { port } = server.address() as AddressInfo;
    api = new FakeSlackApi(server, `http://127.0.0.1:${port}`, options);
    return api;
  }

  /** The Web API base URL for `slackApiUrl` / SLACK_API_URL. */
  get apiUrl(): string {
    return `${this.url}/api/`;
  }

  /** A fresh response_url that answers `target`. */
  responseUrl(target: ResponseTarget): string {
    this.urlCounter += 1;
    const url = `${this.url}/respond/${this.urlCounter}`;
    this.targets.set(url, target);
    return url;
  }

  /** Makes the next call(s) of `method` fail, in order. */
  failNext(method: string, ...failures: FakeFailure[]): void {
    this.failures.set(method, [...(this.failures.get(method) ?? []), ...failures]);
  }

  callsOf(method: string): RecordedCall[] {
    return this.calls.filter((c) => c.method === method);
  }

  channelMessages(channel: string): FakeMessage[] {
    return this.messages.filter((m) => m.visibility === 'channel' && m.channel === channel);
  }

  findMessage(channel: string, ts: string): FakeMessage | undefined {
    return this.messages.find((m) => m.channel === channel && m.ts === ts);
  }

  async close(): Promise<void> {
    this.server.closeAllConnections();
    await new Promise<void>((resolve) => this.server.close(() => resolve()));
  }

  private nextTs(): string {
    this.tsCounter += 1;
    return `${1_718_000_000 + this.tsCounter}.${String(this.tsCounter * 100).padStart(6, '0')}`;
  }

  private async handle(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const raw = await readBody(req);
    const path = new URL(req.url ?? '/', this.url).pathname;
    if (path.startsWith('/respond/')) return this.handleRespond(`${this.url}${path}`, raw, res);
    if (path.startsWith('/upload/')) {
      this.uploads.push({ fileId: path.slice('/upload/'.length), bytes: raw.length });
      res.writeHead(200, { 'content-type': 'text/plain' }).end(`OK - ${raw.length}`);
      return;
    }
    if (!path.startsWith('/api/')) {
      res.writeHead(404).end();
      return;
    }
    const method = path.slice('/api/'.length);
    const args = parseArgs(req.headers['content-type'] ?? '', raw);
    const auth = req.headers.authorization;
    const token = auth?.startsWith('Bearer ') ? auth.slice('Bearer '.length) : null;
    this.calls.push({ method, args, token });

    const failure = this.failures.get(method)?.shift();
    if (failure) return sendFailure(res, failure);
    const expected =
      method === 'apps.connections.open' ? this.options.appToken : this.options.botToken;
    if (!token || token !== expected) return sendJson(res, { ok: false, error: 'invalid_auth' });
    const problems = this.checkBlocks(method, args);
    if (problems.length > 0)
      return sendJson(res, { ok: false, error: 'invalid_blocks', errors: problems });
    sendJson(res, this.answer(method, args));
  }

  private checkBlocks(method: string, args: Record<string, unknown>): string[] {
    if (method === 'views.publish') {
      const view = args.view as { type?: string; blocks?: unknown } | undefined;
      const problems =
        view?.type !== 'home'
          ? ['/view/type: a Home tab view must be of type home']
          : !Array.isArray(view.blocks)
            ? ['/view/blocks: missing']
            : // A Home tab takes 100 blocks; the other rules are those of messages.
              blockKitProblems(view.blocks.slice(0, 50)).concat(
                view.blocks.length > 100
                  ? [`/view/blocks: ${view.blocks.length} blocks (max 100)`]
                  : [],
              );
      if (problems.length > 0) this.refused.push({ method, problems });
      return problems;
    }
    if (!Array.isArray(args.blocks) && typeof args.text !== 'string') return [];
    const problems = blockKitProblems(
      Array.isArray(args.blocks) ? (args.blocks as unknown[]) : [],
      String(args.text ?? ''),
    );
    if (problems.length > 0) this.refused.push({ method, problems });
    return problems;
  }

  private answer(method: string, args: Record<string, unknown>): Record<string, unknown> {
    const channel = String(args.channel ?? '');
    const text = String(args.text ?? '');
    const blocks = Array.isArray(args.blocks) ? (args.blocks as unknown[]) : [];
    switch (method) {
      case 'auth.test':
        return {
          ok: true,
          url: 'https://quiz-team.slack.com/',
          team: 'Quiz Team',
          user: 'quizbot',
          team_id: this.options.teamId ?? 'T0001QUIZ',
          user_id: this.options.botUserId ?? 'U0BOTQUIZ',
          bot_id: this.options.botId ?? 'B0BOTQUIZ',
          is_enterprise_install: false,
        };
      case 'apps.connections.open':
        return this.socketUrl
          ? { ok: true, url: this.socketUrl }
          : { ok: false, error: 'internal_error' };
      case 'chat.postMessage': {
        const ts = this.nextTs();
        this.messages.push({
          channel,
          ts,
          text,
          blocks,
          visibility: 'channel',
          via: 'chat.postMessage',
          edits: 0,
        });
        const recorded = fixture<{ message: Record<string, unknown> }>('api-chat-postMessage.json');
        return { ...recorded, channel, ts, message: { ...recorded.message, ts, text, blocks } };
      }
      case 'chat.update': {
        const message = this.findMessage(channel, String(args.ts ?? ''));
        if (!message) return { ok: false, error: 'message_not_found' };
        Object.assign(message, { text, blocks, edits: message.edits + 1 });
        return { ok: true, channel, ts: message.ts, text };
      }
      case 'chat.postEphemeral': {
        const ts = this.nextTs();
        this.messages.push({
          channel,
          ts,
          text,
          blocks,
          visibility: 'ephemeral',
          userId: String(args.user ?? ''),
          via: 'chat.postEphemeral',
          edits: 0,
        });
        return { ok: true, message_ts: ts };
      }
      case 'users.info': {
        const user = this.users.get(String(args.user ?? ''));
        if (!user) return { ok: false, error: 'user_not_found' };
        const recorded = fixture<{ user: Record<string, unknown> }>('api-users-info-admin.json');
        return {
          ...recorded,
          user: {
            ...recorded.user,
            id: user.id,
            name: user.name,
            real_name: user.name,
            is_admin: Boolean(user.admin),
            is_owner: Boolean(user.owner),
            is_primary_owner: false,
          },
        };
      }
      case 'views.publish': {
        const userId = String(args.user_id ?? '');
        if (!userId) return { ok: false, error: 'invalid_arguments' };
        const view = args.view as { type: string; blocks: unknown[] };
        const before = this.homeViews.get(userId);
        this.homeViews.set(userId, { view, publishes: (before?.publishes ?? 0) + 1 });
        return { ok: true, view: { id: `V${userId}`, type: 'home', blocks: view.blocks } };
      }
      case 'conversations.open':
        return { ok: true, channel: { id: `D${String(args.users ?? '').slice(1)}` } };
      case 'files.getUploadURLExternal': {
        const fileId = `F${this.uploads.length + this.callsOf('files.getUploadURLExternal').length}`;
        return { ok: true, upload_url: `${this.url}/upload/${fileId}`, file_id: fileId };
      }
      case 'files.completeUploadExternal':
        return {
          ok: true,
          files: ((args.files as { id: string }[] | undefined) ?? []).map((f) => ({ id: f.id })),
        };
      default:
        return { ok: false, error: 'unknown_method' };
    }
  }

  private handleRespond(url: string, raw: Buffer, res: ServerResponse): void {
    const body = JSON.parse(raw.toString('utf8') || '{}') as Record<string, unknown>;
    this.responses.push({ url, body });
    const problems = this.checkBlocks('response_url', body);
    if (problems.length > 0) {
      res.writeHead(400, { 'content-type': 'text/plain' }).end('invalid_blocks');
      return;
    }
    const target = this.targets.get(url);
    if (!target) {
      res.writeHead(404, { 'content-type': 'text/plain' }).end('expired_url');
      return;
    }
    const blocks = Array.isArray(body.blocks) ? (body.blocks as unknown[]) : [];
    const inChannel = body.response_type === 'in_channel';
    this.messages.push({
      channel: target.channel,
      ts: this.nextTs(),
      text: String(body.text ?? ''),
      blocks,
      visibility: inChannel ? 'channel' : 'ephemeral',
      ...(inChannel ? {} : { userId: target.userId }),
      via: 'response_url',
      edits: 0,
    });
    sendJson(res, { ok: true });
  }
}
