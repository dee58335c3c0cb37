/**
 * The core speaking first on Discord (daily post, reveal edit, a note to an admin), over REST
 * only: it does not need the gateway, so a gateway reconnect never loses a scheduled post.
 */

import { randomBytes } from 'node:crypto';
import type { APIChannel, APIMessage } from 'discord.js';
import { type REST, Routes, SnowflakeUtil } from 'discord.js';
import type { ChannelRef, ChatTransport, MessageRef, PostMark, Reply } from '../../bot/types.ts';
import type { Logger } from '../../logger.ts';
import { BoundedCache } from '../../shared/bounded-cache.ts';
import { isDirectMessageRefused, toDeliveryError } from './discord-errors.ts';
import { type DiscordMessage, renderReply, toRestBody } from './discord-format.ts';

/** DM channels remembered (user → channel id): a bounded cache, so a big guild cannot grow it forever. */
export const DM_CACHE = { maxEntries: 1_000, ttlMs: 24 * 60 * 60_000 } as const;

/** Pages of 100 messages searched for a copy. */
const HISTORY_PAGES = 3;

/** A message nonce: Discord allows up to 25 characters; 16 random url-safe ones are plenty. */
export function newNonce(): string {
  return randomBytes(12).toString('base64url');
}

export class DiscordTransport implements ChatTransport {
  readonly platform = 'discord' as const;
  private readonly dmChannels = new BoundedCache<string, string>(DM_CACHE);

  /**
   * @param botUserId the bot's own user id once connected (to know its messages in a channel's
   *        history); null before.
   */
  constructor(
    private readonly rest: REST,
    private readonly logger: Logger,
    private readonly botUserId: () => string | null = () => null,
  ) {}

  private render(reply: Reply, where: string): DiscordMessage {
    const { message, warnings } = renderReply(reply);
    if (warnings.length > 0)
      this.logger.warn({ warnings, where }, 'discord: message shortened to fit Discord limits');
    return message;
  }

  /**
   * Creates a message with a nonce Discord enforces: should discord.js send the request again
   * (no answer within its timeout), Discord answers with the message it already made instead of
   * making a second one.
   */
  private async create(
    channelId: string,
    message: DiscordMessage,
    mark?: PostMark,
  ): Promise<APIMessage> {
    const reference = mark?.replyTo
      ? { message_reference: { message_id: mark.replyTo.messageId, fail_if_not_exists: false } }
      : {};
    return (await this.rest.post(Routes.channelMessages(channelId), {
      body: {
        ...toRestBody(message, 'create'),
        ...reference,
        nonce: mark?.key ?? newNonce(),
        enforce_nonce: true,
      },
      ...(message.files.length > 0 ? { files: message.files } : {}),
    })) as APIMessage;
  }

  /** Posts in the channel. An `ephemeral` reply cannot exist outside an interaction: it is posted publicly, with a warning. */
  async postMessage(channel: ChannelRef, reply: Reply, mark?: PostMark): Promise<MessageRef> {
    const where = `post to channel ${channel.channelId}`;
    if (reply.visibility === 'ephemeral') {
      this.logger.warn(
        { channelId: channel.channelId },
        'discord: an ephemeral reply was posted as a channel message',
      );
    }
    try {
      const sent = await this.create(channel.channelId, this.render(reply, where), mark);
      return { ...channel, messageId: sent.id };
    } catch (err) {
      throw this.fail(err, where, channel.channelId);
    }
  }

  /**
   * Our messages since `since` that are copies of `reply`: Discord keeps no nonce with a message,
   * so a copy is known by what it carries — the same buttons (a question's answer buttons name its
   * post), or a reply to the same message (a reveal follows up its question post). Null when
   * neither applies or the bot's id is not known yet.
   */
  async findPosted(
    channel: ChannelRef,
    reply: Reply,
    mark: PostMark,
    since: number,
  ): Promise<MessageRef[] | null> {
    const self = this.botUserId();
    const ids = renderReply(reply).message.components.flatMap((row) =>
      row.components.map((b) => b.custom_id),
    );
    if (!self || (ids.length === 0 && !mark.replyTo)) return null;
    const wanted = new Set(ids);
    const found: MessageRef[] = [];
    let after = SnowflakeUtil.generate({
      timestamp: Math.max(since, 1_420_070_400_000),
    }).toString();
    const where = `look for a copy in channel ${channel.channelId}`;
    try {
      for (let page = 0; page < HISTORY_PAGES; page += 1) {
        const batch = (await this.rest.get(Routes.channelMessages(channel.channelId), {
          query: new URLSearchParams({ after, limit: '100' }),
        })) as APIMessage[];
        for (const message of batch) {
          if (message.author?.id !== self) continue;
          const theirs = (message.components ?? []).flatMap((row) =>
            'components' in row
              ? row.components.map((c) => ('custom_id' in c ? c.custom_id : '')).filter(Boolean)
              : [],
          );
          const sameButtons =
            ids.length > 0 && theirs.length === ids.length && theirs.every((id) => wanted.has(id));
          const sameReply =
            mark.replyTo !== undefined &&
            message.message_reference?.message_id === mark.replyTo.messageId;
          if (sameButtons || (ids.length === 0 && sameReply))
            found.push({ ...channel, messageId: message.id });
        }
        if (batch.length < 100) break;
        after = batch.reduce((max, m) => (BigInt(m.id) > BigInt(max) ? m.id : max), after);
      }
    } catch (err) {
      throw this.fail(err, where, channel.channelId);
    }
    return found.sort((a, b) => (BigInt(a.messageId) < BigInt(b.messageId) ? -1 : 1));
  }

  async deleteMessage(ref: MessageRef): Promise<void> {
    try {
      await this.rest.delete(Routes.channelMessage(ref.channelId, ref.messageId));
    } catch (err) {
      throw this.fail(err, `delete message ${ref.messageId}`, ref.channelId);
    }
  }

  /** Replaces the whole message (content, embed, buttons, files). */
  async updateMessage(ref: MessageRef, reply: Reply): Promise<void> {
    const where = `edit message ${ref.messageId} in channel ${ref.channelId}`;
    const message = this.render(reply, where);
    try {
      await this.rest.patch(Routes.channelMessage(ref.channelId, ref.messageId), {
        body: toRestBody(message, 'edit'),
        ...(message.files.length > 0 ? { files: message.files } : {}),
      });
    } catch (err) {
      throw this.fail(err, where, ref.channelId);
    }
  }

  /**
   * Sends a direct message (Discord has no private message inside a channel outside an
   * interaction). If the user does not take DMs, or the DM channel cannot be used, this logs and
   * resolves: a refused DM must not pause the quiz channel. Rate limits and outages still throw.
   */
  async sendPrivate(channel: ChannelRef, userId: string, reply: Reply): Promise<void> {
    const where = `DM to user ${userId} (about channel ${channel.channelId})`;
    try {
      const dmId = await this.dmChannel(userId);
      await this.create(dmId, this.render({ ...reply, visibility: 'channel' }, where));
    } catch (err) {
      const error = toDeliveryError(err, where);
      if (isDirectMessageRefused(err) || error.pausesChannel) {
        this.logger.warn(
          { err: error, userId, channelId: channel.channelId },
          'discord: private message not delivered',
        );
        return;
      }
      throw error;
    }
  }

  private async dmChannel(userId: string): Promise<string> {
    const known = this.dmChannels.get(userId);
    if (known) return known;
    const dm = (await this.rest.post(Routes.userChannels(), {
      body: { recipient_id: userId },
    })) as APIChannel;
    this.dmChannels.set(userId, dm.id);
    return dm.id;
  }

  private fail(err: unknown, where: string, channelId: string): Error {
    const error = toDeliveryError(err, where);
    this.logger.warn(
      { err: error, failure: error.failure, detail: error.options.detail, channelId },
      `discord: ${error.failure === 'missing_permission' ? 'missing permission' : error.failure.replace('_', ' ')}`,
    );
    return error;
  }
}
