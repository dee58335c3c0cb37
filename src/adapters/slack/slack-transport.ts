/**
 * The core's {@link ChatTransport} on the Slack Web API: chat.postMessage, chat.update,
 * chat.postEphemeral (with a DM when the channel cannot take it). Every failure is thrown as a
 * {@link DeliveryError}; a missing scope is logged with the scope's name.
 */
import type { webApi } from '@slack/bolt';
import { DeliveryError } from '../../bot/errors.ts';
import type { ChannelRef, ChatTransport, MessageRef, Reply } from '../../bot/types.ts';
import type { Logger } from '../../logger.ts';
import { BLOCKS_REFUSED, slackErrorCode, TOKEN_REJECTED, toDeliveryError } from './slack-errors.ts';
import { renderPlainReply, renderReply, type SlackMessage } from './slack-format.ts';

type WebClient = webApi.WebClient;

/** Message metadata event type of the messages quizbot must send exactly once. */
export const POST_EVENT_TYPE = 'quizbot_post';

/** Pages of 200 messages searched for a copy (a busy channel's last hour or so). */
const HISTORY_PAGES = 3;

/** Errors after which a private message goes to the user's DM with the bot instead. */
const DM_INSTEAD = new Set([
  'channel_not_found',
  'not_in_channel',
  'is_archived',
  'channel_is_archived',
  'user_not_in_channel',
]);

/** Calls `send` with the rendered reply; if Slack refuses the blocks, once more as plain text. */
async function sendRendered<T>(
  logger: Logger,
  method: string,
  reply: Reply,
  send: (message: SlackMessage) => Promise<T>,
): Promise<T> {
  const message = renderReply(reply);
  if (message.shortened) logger.info({ method }, 'Slack reply shortened to fit Block Kit limits');
  try {
    return await send(message);
  } catch (err) {
    const code = slackErrorCode(err);
    if (code === null || !BLOCKS_REFUSED.has(code)) throw err;
    logger.error(
      { method, slackError: code, blocks: message.blocks.length },
      'Slack refused the blocks; sent as plain text instead',
    );
    return send(renderPlainReply(reply));
  }
}

/** Logs a delivery failure the way an operator needs it, then returns it for throwing. */
export function reportDeliveryError(
  logger: Logger,
  err: unknown,
  method: string,
  context: Record<string, unknown>,
): DeliveryError {
  const failure = toDeliveryError(err, method);
  if (failure.failure === 'missing_permission') {
    logger.error(
      { ...context, method, scope: failure.options.detail },
      `Slack ${method} failed: the app lacks ${failure.options.detail} — add it under OAuth & Permissions (or in slack/manifest.json) and reinstall the app`,
    );
  } else if (failure.failure === 'channel_unavailable') {
    logger.warn(
      { ...context, method, slackError: failure.options.detail },
      `Slack ${method} failed: the channel cannot take posts`,
    );
  } else {
    logger.warn(
      {
        ...context,
        method,
        failure: failure.failure,
        retryAfterMs: failure.options.retryAfterMs,
        err,
      },
      failure.message,
    );
  }
  return failure;
}

export interface SlackTransportOptions {
  client: WebClient;
  logger: Logger;
  /** Slack refused the bot token itself (revoked, expired): called with a message for the operator. */
  onTokenRejected?: (message: string) => void;
}

/** Creates the transport. */
export function createSlackTransport({
  client,
  logger: baseLogger,
  onTokenRejected,
}: SlackTransportOptions): ChatTransport {
  const logger = baseLogger;
  const fail = (err: unknown, method: string, context: Record<string, unknown>): DeliveryError => {
    const code = slackErrorCode(err);
    if (code !== null && TOKEN_REJECTED.has(code))
      onTokenRejected?.(
        `Slack refused SLACK_BOT_TOKEN (${method}: ${code}); the bot token was revoked or the app was removed`,
      );
    return reportDeliveryError(logger, err, method, context);
  };
  async function uploadAttachments(channel: ChannelRef, reply: Reply): Promise<void> {
    const files = reply.attachments ?? [];
    if (files.length === 0) return;
    try {
      await client.filesUploadV2({
        channel_id: channel.channelId,
        file_uploads: files.map((f) => ({
          file: Buffer.from(f.data),
          filename: f.filename,
          title: f.filename,
          ...(f.altText ? { alt_text: f.altText } : {}),
        })),
      });
    } catch (err) {
      // The message itself is out; retrying the whole post would duplicate it.
      reportDeliveryError(logger, err, 'files.uploadV2', { channelId: channel.channelId });
    }
  }

  async function directMessage(userId: string, reply: Reply): Promise<void> {
    const opened = await client.conversations.open({ users: userId });
    const dm = opened.channel?.id;
    if (!dm)
      throw new DeliveryError(
        'transient',
        `Slack conversations.open returned no channel for ${userId}`,
      );
    await sendRendered(logger, 'chat.postMessage', reply, (m) =>
      client.chat.postMessage({ channel: dm, text: m.text, blocks: m.blocks }),
    );
  }

  return {
    platform: 'slack',

    async postMessage(channel, reply, mark) {
      try {
        const res = await sendRendered(logger, 'chat.postMessage', reply, (m) =>
          client.chat.postMessage({
            channel: channel.channelId,
            text: m.text,
            blocks: m.blocks,
            unfurl_links: false,
            unfurl_media: false,
            // The key travels with the message, so a copy can be found again (findPosted).
            ...(mark
              ? { metadata: { event_type: POST_EVENT_TYPE, event_payload: { key: mark.key } } }
              : {}),
          }),
        );
        if (!res.ts) throw new DeliveryError('transient', 'Slack chat.postMessage returned no ts');
        const ref: MessageRef = {
          platform: 'slack',
          teamId: channel.teamId,
          channelId: res.channel ?? channel.channelId,
          messageId: res.ts,
        };
        await uploadAttachments(channel, reply);
        return ref;
      } catch (err) {
        throw fail(err, 'chat.postMessage', { channelId: channel.channelId });
      }
    },

    async updateMessage(ref, reply) {
      if ((reply.attachments ?? []).length > 0)
        logger.debug({ messageId: ref.messageId }, 'attachments are not re-sent on chat.update');
      try {
        await sendRendered(logger, 'chat.update', reply, (m) =>
          client.chat.update({
            channel: ref.channelId,
            ts: ref.messageId,
            text: m.text,
            blocks: m.blocks,
          }),
        );
      } catch (err) {
        throw fail(err, 'chat.update', {
          channelId: ref.channelId,
          messageId: ref.messageId,
        });
      }
    },

    async findPosted(channel, _reply, mark, since) {
      try {
        const found: MessageRef[] = [];
        let cursor: string | undefined;
        for (let page = 0; page < HISTORY_PAGES; page += 1) {
          const res = await client.conversations.history({
            channel: channel.channelId,
            oldest: (Math.max(0, since) / 1000).toFixed(6),
            limit: 200,
            include_all_metadata: true,
            ...(cursor ? { cursor } : {}),
          });
          for (const message of res.messages ?? []) {
            const metadata = message.metadata as
              | { event_type?: string; event_payload?: { key?: unknown } }
              | undefined;
            if (
              message.ts &&
              metadata?.event_type === POST_EVENT_TYPE &&
              metadata.event_payload?.key === mark.key
            )
              found.push({ ...channel, messageId: message.ts });
          }
          cursor = res.response_metadata?.next_cursor || undefined;
          if (!cursor) break;
        }
        // Oldest first (ts order).
        return found.sort((a, b) => Number(a.messageId) - Number(b.messageId));
      } catch (err) {
        const code = slackErrorCode(err);
        if (code === 'missing_scope' || code === 'not_in_channel' || code === 'channel_not_found') {
          const failure = reportDeliveryError(logger, err, 'conversations.history', {
            channelId: channel.channelId,
          });
          logger.warn(
            { channelId: channel.channelId, slackError: code, scope: failure.options.detail },
            'cannot look at the channel history to find a message sent before a crash (add channels:history and groups:history)',
          );
          return null;
        }
        throw fail(err, 'conversations.history', { channelId: channel.channelId });
      }
    },

    async deleteMessage(ref) {
      try {
        await client.chat.delete({ channel: ref.channelId, ts: ref.messageId });
      } catch (err) {
        throw fail(err, 'chat.delete', { channelId: ref.channelId, messageId: ref.messageId });
      }
    },

    async sendPrivate(channel, userId, reply) {
      try {
        await sendRendered(logger, 'chat.postEphemeral', reply, (m) =>
          client.chat.postEphemeral({
            channel: channel.channelId,
            user: userId,
            text: m.text,
            blocks: m.blocks,
          }),
        );
        return;
      } catch (err) {
        const code = slackErrorCode(err);
        if (code === null || !DM_INSTEAD.has(code))
          throw fail(err, 'chat.postEphemeral', {
            channelId: channel.channelId,
            userId,
          });
        logger.info(
          { channelId: channel.channelId, userId, slackError: code },
          'private message sent as a DM instead',
        );
      }
      try {
        await directMessage(userId, reply);
      } catch (err) {
        throw fail(err, 'conversations.open/chat.postMessage', { userId });
      }
    },
  };
}
