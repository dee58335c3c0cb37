/**
 * A click on an answer button of a question the bot posted in the fake Slack, built from the
 * message's own blocks, as Slack would send it (block_actions with the button's ids and value).
 */
import type { BlockAction } from '@slack/bolt';
import type { FakeMessage, FakeSlackApi } from './fake-slack-api.ts';
import { blockActions } from './slack-payloads.ts';

interface RawButton {
  action_id: string;
  value: string;
  text: { text: string };
}

/** The answer buttons of a posted message, in order, with their block ids. */
export function answerButtons(message: FakeMessage): { button: RawButton; blockId: string }[] {
  return (message.blocks as { type: string; block_id?: string; elements?: unknown[] }[])
    .filter((b) => b.type === 'actions')
    .flatMap((b) =>
      ((b.elements ?? []) as RawButton[]).map((button) => ({ button, blockId: b.block_id ?? '' })),
    );
}

/** `user` clicks answer `index` of `message` (a channel message of the fake API). */
export function answerClick(
  api: FakeSlackApi,
  message: FakeMessage,
  teamId: string,
  user: { id: string; name: string },
  index: number,
): BlockAction {
  const found = answerButtons(message)[index];
  if (!found) throw new Error(`no answer button ${index} on message ${message.ts}`);
  return blockActions({
    teamId,
    channelId: message.channel,
    userId: user.id,
    userName: user.name,
    message: { ts: message.ts, text: message.text, blocks: message.blocks, ephemeral: false },
    button: {
      action_id: found.button.action_id,
      block_id: found.blockId,
      value: found.button.value,
      text: { type: 'plain_text', text: found.button.text.text },
    },
    responseUrl: api.responseUrl({ userId: user.id, channel: message.channel }),
  });
}
