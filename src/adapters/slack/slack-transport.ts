/**
 * The core's {@link ChatTransport} on the Slack Web API: chat.postMessage, chat.update,
 * chat.postEphemeral (with a DM when the channel cannot take it). Every failure is thrown as a
 * {@link DeliveryError}; a missing scope is logged with the scope's name.
 */
import type { webApi } from '@slack/bolt';
import { DeliveryError } from '../../bot/errors.ts';
import type { ChannelRef, ChatTransport, MessageRef, Reply } from '../../bot/types.ts';
import type { Logger } from '../../logger.ts';
import { BLOCKS_REFUSED, slackErrorCode, toDeliveryError } from './slack-errors.ts';
import { renderPlainReply, renderReply, type SlackMessage } from './slack-format.ts';

type WebClient = webApi.WebClient;

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
}

/** Creates the transport. */
export function createSlackTransport({ client, logger }: SlackTransportOptions): ChatTransport {
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

    async postMessage(channel, reply) {
      try {
        const res = await sendRendered(logger, 'chat.postMessage', reply, (m) =>
          client.chat.postMessage({
            channel: channel.channelId,
            text: m.text,
            blocks: m.blocks,
            unfurl_links: false,
            unfurl_media: false,
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
        throw reportDeliveryError(logger, err, 'chat.postMessage', {
          channelId: channel.channelId,
        });
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
        throw reportDeliveryError(logger, err, 'chat.update', {
          channelId: ref.channelId,
          messageId: ref.messageId,
        });
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
          throw reportDeliveryError(logger, err, 'chat.postEphemeral', {
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
        throw reportDeliveryError(logger, err, 'conversations.open/chat.postMessage', { userId });
      }
    },
  };
}
