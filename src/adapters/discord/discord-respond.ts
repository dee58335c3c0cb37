/**
 * Answers one slash command or button click with the core's replies, within Discord's 3-second
 * window. Write, then ack: the interaction's response *is* the core's first reply, so a click is
 * recorded before Discord hears back. If the core has not answered after `deferAfterMs`, or says
 * it must wait for a database lock (`onDelayed`), the interaction is deferred at once (ephemeral
 * "thinking…") and the answer edits that placeholder later. The core turns every failure into a
 * reply; this file only logs a core that broke that promise.
 */

import type { ButtonInteraction, ChatInputCommandInteraction } from 'discord.js';
import { MessageFlags } from 'discord.js';
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

function options(reply: Reply, logger: Logger, interactionId: string) {
  const { message, warnings } = renderReply(reply);
  if (warnings.length > 0)
    logger.warn({ warnings, interactionId }, 'discord: reply shortened to fit Discord limits');
  return toInteractionOptions(message);
}

function flagsFor(reply: Reply) {
  return reply.visibility === 'ephemeral' ? { flags: MessageFlags.Ephemeral as const } : {};
}

/**
 * Runs `produce` and sends its replies as the interaction's response and follow-ups.
 * @param produce asks the core; `onDelayed` goes into the core's event.
 */
export async function respond(
  interaction: RepliableInteraction,
  produce: (onDelayed: () => void) => Promise<Reply[]>,
  opts: RespondOptions,
): Promise<void> {
  const { logger } = opts;
  let deferral: Promise<void> | undefined;
  let answered = false;
  const defer = (why: string): void => {
    if (deferral || answered) return;
    clearTimeout(timer);
    logger.debug({ interactionId: interaction.id, why }, 'discord: deferring the reply');
    deferral = interaction.deferReply({ flags: MessageFlags.Ephemeral }).then(
      () => undefined,
      (err: unknown) =>
        logger.error({ err, interactionId: interaction.id }, 'discord: deferring the reply failed'),
    );
  };
  const timer = setTimeout(() => defer('the core is slow'), opts.deferAfterMs);
  let replies: Reply[];
  try {
    replies = await produce(() => defer('a write waits for a database lock'));
  } catch (err) {
    logger.error({ err, interactionId: interaction.id }, 'discord: the core failed');
    replies = [];
  } finally {
    answered = true;
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
    await interaction.reply({ ...options(first, logger, interaction.id), ...flagsFor(first) });
  } else if (first.visibility === 'ephemeral') {
    await interaction.editReply(options(first, logger, interaction.id));
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
      await interaction.editReply(options(first, logger, interaction.id));
    }
  }
  for (const reply of rest)
    await interaction.followUp({
      ...options(reply, logger, interaction.id),
      ...flagsFor(reply),
    });
}
