/**
 * Discord's side of the interaction path for the benchmark, on 127.0.0.1: the test suite's gateway
 * and REST stand-ins (test/adapters/discord/stubs), one pair per app under test. Clicks go out as
 * INTERACTION_CREATE dispatches from `concurrency` virtual clients; a click is done when its user
 * can read an answer: the interaction's response carrying a message (callback type 4), or the
 * deferred placeholder edited (PATCH @original). Its latency runs from the dispatch to that request.
 */
import { loadFixture } from '../../test/adapters/discord/stubs/fixtures.ts';
import { DiscordGatewayStub } from '../../test/adapters/discord/stubs/gateway-stub.ts';
import { buttonPayload } from '../../test/adapters/discord/stubs/payloads.ts';
import {
  DiscordRestStub,
  LOADING,
  type StoredMessage,
} from '../../test/adapters/discord/stubs/rest-stub.ts';
import type { LoadResult } from './clicks.ts';

/** One person clicking one button of a message in a channel. */
export interface DiscordClickSpec {
  channelId: string;
  /** The message the button is on; a placeholder message of the channel when absent (bare apps). */
  messageId?: string;
  customId: string;
  userId: string;
  userName: string;
}

/** How long a click may wait for its answer before it counts as an error. */
const ANSWER_TIMEOUT_MS = 30_000;

export class DiscordLoad {
  private readonly answered = new Map<string, () => void>();
  private readonly apiMessages = new Map<string, Record<string, unknown>>();
  private readonly placeholders = new Map<string, string>();

  private constructor(
    readonly rest: DiscordRestStub,
    readonly gateway: DiscordGatewayStub,
    private readonly findMessage: (id: string) => Record<string, unknown> | null,
  ) {
    const done = (message: StoredMessage): void => {
      if (message.interactionId && (message.flags & LOADING) === 0)
        this.answered.get(message.interactionId)?.();
    };
    rest.on('message', done);
    rest.on('edit', done);
  }

  /**
   * Stubs that know `channels` (in the fixtures' guild) and take `token`. `findMessage` gives the
   * API form of a message posted to another load's stub, so every app gets the same payloads.
   */
  static async start(
    token: string,
    channels: readonly string[],
    findMessage: (id: string) => Record<string, unknown> | null = () => null,
  ): Promise<DiscordLoad> {
    const rest = await DiscordRestStub.start(token);
    rest.recordRequests = false;
    for (const channel of channels) rest.channels.add(channel);
    const gateway = await DiscordGatewayStub.start(token, [loadFixture('guild-create.json')]);
    rest.gatewayUrl = gateway.url;
    return new DiscordLoad(rest, gateway, findMessage);
  }

  get restUrl(): string {
    return this.rest.api;
  }

  /** The API form of a message (built once: clicks carry the message they were on). */
  private apiMessage(channelId: string, messageId: string | undefined): Record<string, unknown> {
    let id = messageId ?? this.placeholders.get(channelId);
    if (!id) {
      id = this.rest.snowflake();
      this.rest.messages.set(id, {
        id,
        channelId,
        content: 'question',
        embeds: [],
        components: [],
        attachments: [],
        flags: 0,
        deleted: false,
        edits: 0,
      });
      this.placeholders.set(channelId, id);
    }
    const api = this.apiMessages.get(id) ?? this.ownMessage(id) ?? this.findMessage(id);
    if (!api) throw new Error(`discord load: no message ${id}`);
    this.apiMessages.set(id, api);
    return api;
  }

  /** The API form of a message this stub holds, or null. */
  ownMessage(id: string): Record<string, unknown> | null {
    const stored = this.rest.messages.get(id);
    return stored ? this.rest.apiMessage(stored) : null;
  }

  /** Dispatches one click; resolves true once answered, false after {@link ANSWER_TIMEOUT_MS}. */
  private click(spec: DiscordClickSpec): Promise<boolean> {
    const id = this.rest.snowflake();
    const message = this.apiMessage(spec.channelId, spec.messageId);
    const tracked = this.rest.track(
      id,
      `token-${id}`,
      spec.channelId,
      spec.userId,
      message.id as string,
    );
    const payload = buttonPayload({
      id,
      token: tracked.token,
      user: { id: spec.userId, name: spec.userName },
      channelId: spec.channelId,
      message,
      customId: spec.customId,
    });
    return new Promise((resolve) => {
      const timer = setTimeout(() => {
        this.answered.delete(id);
        resolve(false);
      }, ANSWER_TIMEOUT_MS);
      this.answered.set(id, () => {
        clearTimeout(timer);
        this.answered.delete(id);
        this.rest.interactions.delete(id);
        resolve(true);
      });
      this.gateway.dispatch('INTERACTION_CREATE', payload);
    });
  }

  async run(
    clicks: readonly DiscordClickSpec[],
    concurrency: number,
    timeLimitMs: number,
  ): Promise<LoadResult> {
    const latencies: number[] = [];
    let errors = 0;
    let next = 0;
    const started = performance.now();
    const deadline = started + timeLimitMs;
    const client = async (): Promise<void> => {
      while (next < clicks.length && performance.now() < deadline) {
        const t0 = performance.now();
        if (await this.click(clicks[next++]!)) latencies.push(performance.now() - t0);
        else errors += 1;
      }
    };
    await Promise.all(Array.from({ length: concurrency }, client));
    return {
      latencies,
      wallMs: performance.now() - started,
      statuses: { '200': latencies.length },
      errors,
      skipped: clicks.length - next,
    };
  }

  async close(): Promise<void> {
    await Promise.allSettled([this.gateway.close(), this.rest.close()]);
  }
}
