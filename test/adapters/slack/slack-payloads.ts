/**
 * Real-shaped Slack payloads, built from the recordings in test/fixtures/slack with the ids,
 * texts and URLs of a test filled in.
 */
import { readFileSync } from 'node:fs';
import type { BlockAction, SlashCommand } from '@slack/bolt';

const FIXTURES = new URL('../../fixtures/slack/', import.meta.url);

/** A fixture file, parsed; keys starting with `_` (comments, status) are dropped. */
export function fixture<T = Record<string, unknown>>(name: string): T {
  const parsed = JSON.parse(readFileSync(new URL(name, FIXTURES), 'utf8')) as Record<
    string,
    unknown
  >;
  return Object.fromEntries(Object.entries(parsed).filter(([k]) => !k.startsWith('_'))) as T;
}

let sequence = 0;
/** A fresh trigger_id, shaped like Slack's. */
export function newTriggerId(): string {
  sequence += 1;
  return `${5_000_000_000 + sequence}.1111111111.${sequence.toString(16).padStart(32, '0')}`;
}

export interface CommandInput {
  teamId: string;
  channelId: string;
  userId: string;
  userName: string;
  text: string;
  responseUrl: string;
  triggerId?: string;
}

/** Slash command form fields (HTTP body / Socket Mode envelope payload). */
export function slashCommand(input: CommandInput): SlashCommand {
  return {
    ...fixture<SlashCommand>('slash-command.form.json'),
    team_id: input.teamId,
    channel_id: input.channelId,
    user_id: input.userId,
    user_name: input.userName,
    text: input.text,
    response_url: input.responseUrl,
    trigger_id: input.triggerId ?? newTriggerId(),
  };
}

export interface ClickInput {
  teamId: string;
  channelId: string;
  userId: string;
  userName: string;
  /** The clicked message; `ephemeral` has no `message` in the payload, as on Slack. */
  message: { ts: string; text: string; blocks: unknown[]; ephemeral: boolean };
  button: {
    action_id: string;
    block_id: string;
    value?: string;
    text: { type: 'plain_text'; text: string; emoji?: boolean };
  };
  responseUrl: string;
  triggerId?: string;
  actionTs?: string;
}

/** A block_actions payload for one button click. */
export function blockActions(input: ClickInput): BlockAction {
  const base = fixture<BlockAction & { message?: unknown }>(
    input.message.ephemeral ? 'block-actions-ephemeral.payload.json' : 'block-actions.payload.json',
  );
  const payload: BlockAction = {
    ...base,
    user: {
      id: input.userId,
      username: input.userName,
      name: input.userName,
      team_id: input.teamId,
    },
    team: { id: input.teamId, domain: 'quiz-team' },
    channel: { id: input.channelId, name: 'daily-quiz' },
    container: {
      type: 'message',
      message_ts: input.message.ts,
      channel_id: input.channelId,
      is_ephemeral: input.message.ephemeral,
    },
    trigger_id: input.triggerId ?? newTriggerId(),
    response_url: input.responseUrl,
    actions: [
      {
        ...input.button,
        type: 'button',
        action_ts:
          input.actionTs ??
          `${Math.floor(1_718_000_000 + sequence)}.${String(sequence).padStart(6, '0')}`,
      },
    ],
  };
  if (input.message.ephemeral) delete (payload as { message?: unknown }).message;
  else
    payload.message = {
      ...(base.message as object),
      type: 'message',
      ts: input.message.ts,
      text: input.message.text,
      blocks: input.message.blocks,
    };
  return payload;
}
