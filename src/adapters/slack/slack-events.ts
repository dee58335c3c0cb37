/**
 * Slack payload → core event. Pure functions, so the translation rules are tested on recorded
 * payloads without a server.
 */
import type { BasicElementAction, BlockAction, SlashCommand } from '@slack/bolt';
import type { ActionEvent, CommandEvent, MessageRef } from '../../bot/types.ts';
import { decodeActionId } from './slack-format.ts';
import { unescapeSlack } from './slack-text.ts';

/** Slack's `<…>` tokens in user text: user, channel, special and link mentions. */
const SLACK_TOKEN = /<([@#!]?)([^<>|]+)(?:\|([^<>]*))?>/g;

/**
 * Slack-escaped user text → what the user meant: `<@U1|ann>` → `<@U1>`, `<#C1|general>` →
 * `<#C1>`, `<!here>` → `@here`, `<https://x|x>` → `https://x`, `&lt;` → `<`.
 */
export function normalizeSlackText(text: string): string {
  const replaced = text.replace(
    SLACK_TOKEN,
    (_whole, sigil: string, id: string, label: string | undefined) => {
      if (sigil === '@' || sigil === '#') return `\u0000${sigil}${id}\u0001`;
      if (sigil === '!') return label?.trim() || `@${id.replace(/\^.*$/, '')}`;
      return id.startsWith('mailto:') && label ? label : id;
    },
  );
  return unescapeSlack(replaced).replaceAll('\u0000', '<').replaceAll('\u0001', '>');
}

/** `/quiz Lookup サービス　メッシュ` → `{ name: 'lookup', args: ['サービス', 'メッシュ'] }` (any whitespace, U+3000 too). */
export function parseCommandText(text: string): { name: string; args: string[] } {
  const words = normalizeSlackText(text)
    .split(/\s+/)
    .filter((w) => w.length > 0);
  const [first, ...args] = words;
  return { name: (first ?? '').toLowerCase(), args };
}

/** The same for every delivery of one slash command invocation (trigger_id is per invocation). */
export function commandIdempotencyKey(body: SlashCommand): string {
  return `slack:${body.team_id}:command:${body.trigger_id}`;
}

/** The same for every delivery of one click; a second click has a new trigger_id and action_ts. */
export function actionIdempotencyKey(body: BlockAction, action: BasicElementAction): string {
  const team = body.team?.id ?? body.user.team_id ?? '';
  const click = body.trigger_id ? body.trigger_id : `${body.user.id}:${action.action_ts}`;
  return `slack:${team}:action:${click}`;
}

/** Translates a slash command. */
export function toCommandEvent(body: SlashCommand, isAdmin: () => Promise<boolean>): CommandEvent {
  const { name, args } = parseCommandText(body.text ?? '');
  return {
    platform: 'slack',
    teamId: body.team_id,
    channelId: body.channel_id,
    userId: body.user_id,
    userName: body.user_name,
    isAdmin,
    idempotencyKey: commandIdempotencyKey(body),
    name,
    args,
  };
}

/** Where a clicked button's message lives, when it is a normal (editable) message. */
function messageOf(body: BlockAction, teamId: string, channelId: string): MessageRef | undefined {
  const container = body.container as { message_ts?: string; is_ephemeral?: boolean } | undefined;
  if (container?.is_ephemeral) return undefined;
  const ts = body.message?.ts ?? container?.message_ts;
  return ts && channelId ? { platform: 'slack', teamId, channelId, messageId: ts } : undefined;
}

/** Translates a click on one of our buttons; null for actions that are not ours. */
export function toActionEvent(
  body: BlockAction,
  action: BasicElementAction,
  isAdmin: () => Promise<boolean>,
): ActionEvent | null {
  const actionId = decodeActionId(action.action_id);
  if (actionId === null) return null;
  const teamId = body.team?.id ?? body.user.team_id ?? '';
  const channelId =
    body.channel?.id ?? (body.container as { channel_id?: string } | undefined)?.channel_id ?? '';
  const value = (action as { value?: unknown }).value;
  const message = messageOf(body, teamId, channelId);
  return {
    platform: 'slack',
    teamId,
    channelId,
    userId: body.user.id,
    userName: body.user.name ?? body.user.username,
    isAdmin,
    idempotencyKey: actionIdempotencyKey(body, action),
    actionId,
    value: typeof value === 'string' ? value : '',
    ...(message ? { message } : {}),
  };
}
