/**
 * discord.js interactions → core events ({@link CommandEvent}, {@link ActionEvent}).
 */

import type {
  ButtonInteraction,
  ChatInputCommandInteraction,
  Interaction,
  PermissionsBitField,
} from 'discord.js';
import { GuildMember, MessageFlags, PermissionFlagsBits } from 'discord.js';
import type {
  ActionEvent,
  ChannelRef,
  CommandEvent,
  CommandSpec,
  EventBase,
  MessageRef,
} from '../../bot/types.ts';
import { commandArgs, type GivenOption } from './discord-commands.ts';
import type { DecodedCustomId } from './discord-custom-id.ts';

/** Team id used for interactions outside a guild (DMs), which `/quiz` does not allow. */
export const NO_GUILD = '@me';

/**
 * Whether a member may run admin commands: listed in `QUIZBOT_ADMINS`, or holding Manage Server
 * or Manage Channels. Discord sends the member's permissions *in the interaction's channel*
 * (overwrites applied), so Manage Channels granted on that channel counts; Administrator
 * implies both.
 */
export function isDiscordAdmin(
  userId: string,
  permissions: Readonly<PermissionsBitField> | null,
  admins: ReadonlySet<string>,
): boolean {
  if (admins.has(userId)) return true;
  if (!permissions) return false;
  return (
    permissions.has(PermissionFlagsBits.ManageGuild) ||
    permissions.has(PermissionFlagsBits.ManageChannels)
  );
}

/** The member's server nickname, else their display name, else their user name. */
export function displayName(interaction: Interaction): string {
  const member = interaction.member;
  if (member instanceof GuildMember) return member.displayName;
  if (member && 'nick' in member && member.nick) return member.nick;
  return interaction.user.displayName;
}

export function channelOf(interaction: Interaction): ChannelRef {
  return {
    platform: 'discord',
    teamId: interaction.guildId ?? NO_GUILD,
    channelId: interaction.channelId ?? '',
  };
}

function eventBase(interaction: Interaction, admins: ReadonlySet<string>): EventBase {
  let admin: boolean | undefined;
  return {
    ...channelOf(interaction),
    userId: interaction.user.id,
    userName: displayName(interaction),
    isAdmin: async () =>
      (admin ??= isDiscordAdmin(interaction.user.id, interaction.memberPermissions, admins)),
    idempotencyKey: interaction.id,
  };
}

/** `/quiz <sub> …options` → CommandEvent; args follow the spec's option order. */
export function commandEventFrom(
  interaction: ChatInputCommandInteraction,
  specs: ReadonlyMap<string, CommandSpec>,
  admins: ReadonlySet<string>,
): CommandEvent {
  const sub = interaction.options.data[0];
  const name = interaction.options.getSubcommand(false) ?? '';
  const given = (sub?.options ?? []) as readonly GivenOption[];
  return { ...eventBase(interaction, admins), name, args: commandArgs(specs.get(name), given) };
}

/** A button click → ActionEvent; `message` is set for channel messages (not ephemeral ones). */
export function actionEventFrom(
  interaction: ButtonInteraction,
  decoded: DecodedCustomId,
  admins: ReadonlySet<string>,
): ActionEvent {
  const base = eventBase(interaction, admins);
  const ephemeral = interaction.message.flags.has(MessageFlags.Ephemeral);
  const message: MessageRef | undefined = ephemeral
    ? undefined
    : {
        platform: 'discord',
        teamId: base.teamId,
        channelId: interaction.message.channelId,
        messageId: interaction.message.id,
      };
  return {
    ...base,
    actionId: decoded.actionId,
    value: decoded.value,
    ...(message ? { message } : {}),
  };
}
