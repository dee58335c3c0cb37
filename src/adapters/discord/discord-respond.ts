/**
 * Answers one slash command or button click with the core's replies, within Discord's 3-second
 * window: if the core has not answered after `deferAfterMs`, the interaction is deferred
 * (ephemeral "thinking…") and the answer edits that placeholder later.
 */

import type { ButtonInteraction, ChatInputCommandInteraction } from 'discord.js';
import { MessageFlags } from 'discord.js';
import { UserError } from '../../bot/errors.ts';
import type { ChannelRef, Reply } from '../../bot/types.ts';
import type { Logger } from '../../logger.ts';
import { renderReply, toInteractionOptions } from './discord-format.ts';

export type RepliableInteraction = ChatInputCommandInteraction | ButtonInteraction;

export interface RespondOptions {
  deferAfterMs: number;
  logger: Logger;
  /** Posts a public reply as a plain channel message (used when the interaction was deferred ephemerally). */
  postToChannel: (channel: ChannelRef, reply: Reply) => Promise<unknown>;
  channel: ChannelRef;
}

/** Platform-level apology when the core failed outright (the core normally answers errors itself). */
export function fallbackReply(error: unknown, locale: string): Reply {
  if (error instanceof UserError)
    return { visibility: 'ephemeral', text: error.message, tone: 'error' };
  const text = locale.startsWith('ja')
    ? 'エラーが発生しました。しばらくしてからもう一度お試しください。'
    : 'Something went wrong. Please try again in a moment.';
  return { visibility: 'ephemeral', text, tone: 'error' };
}

/** Rejects with `message` if `promise` has not settled within `ms`. */
export async function withTimeout<T>(promise: Promise<T>, ms: number, message: string): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Error(message)), ms);
  });
  try {
    return await Promise.race([promise, timeout]);
  } finally {
    clearTimeout(timer);
  }
}

function options(reply: Reply, logger: Logger) {
  const { message, warnings } = renderReply(reply);
  if (warnings.length > 0)
    logger.warn({ warnings }, 'discord: reply shortened to fit Discord limits');
  return toInteractionOptions(message);
}

function flagsFor(reply: Reply) {
  return reply.visibility === 'ephemeral' ? { flags: MessageFlags.Ephemeral as const } : {};
}

/** Runs `produce` and sends its replies as the interaction's response and follow-ups. */
export async function respond(
  interaction: RepliableInteraction,
  produce: () => Promise<Reply[]>,
  opts: RespondOptions,
): Promise<void> {
  const { logger } = opts;
  let deferral: Promise<void> | undefined;
  const timer = setTimeout(() => {
    logger.debug({ interactionId: interaction.id }, 'discord: core is slow, deferring the reply');
    deferral = interaction.deferReply({ flags: MessageFlags.Ephemeral }).then(
      () => undefined,
      (err: unknown) =>
        logger.error({ err, interactionId: interaction.id }, 'discord: deferring the reply failed'),
    );
  }, opts.deferAfterMs);
  let replies: Reply[];
  try {
    replies = await produce();
  } catch (err) {
    if (!(err instanceof UserError))
      logger.error({ err, interactionId: interaction.id }, 'discord: the core failed');
    replies = [fallbackReply(err, interaction.locale)];
  } finally {
    clearTimeout(timer);
  }
  if (deferral) await deferral;
  await deliver(interaction, replies, opts);
}

async function deliver(
  interaction: RepliableInteraction,
  replies: Reply[],
  opts: RespondOptions,
): Promise<void> {
  const { logger } = opts;
  const [first, ...rest] = replies;
  if (!first) {
    // Nothing to say: acknowledge without a visible message.
    if (interaction.deferred) await interaction.deleteReply();
    else if (interaction.isButton()) await interaction.deferUpdate();
    else {
      await interaction.deferReply({ flags: MessageFlags.Ephemeral });
      await interaction.deleteReply();
    }
    return;
  }
  if (!interaction.deferred) {
    await interaction.reply({ ...options(first, logger), ...flagsFor(first) });
  } else if (first.visibility === 'ephemeral') {
    await interaction.editReply(options(first, logger));
  } else {
    // The placeholder is ephemeral and cannot turn public: post the reply in the channel instead.
    try {
      await opts.postToChannel(opts.channel, first);
      await interaction.deleteReply();
    } catch (err) {
      logger.warn(
        { err, interactionId: interaction.id },
        'discord: public reply failed; showing it to the user only',
      );
      await interaction.editReply(options(first, logger));
    }
  }
  for (const reply of rest)
    await interaction.followUp({ ...options(reply, logger), ...flagsFor(reply) });
}
