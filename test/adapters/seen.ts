/** Flattens a core Reply into the harness's SeenMessage (for harnesses that keep Replies). */
import type { MessageRef, Reply } from '../../src/bot/types.ts';
import type { SeenMessage } from './harness.ts';

export function seenFromReply(reply: Reply, ref?: MessageRef, userId?: string): SeenMessage {
  const text = [
    reply.title,
    reply.text,
    ...(reply.fields ?? []).flatMap((f) => [f.label, f.value]),
    reply.footer,
  ]
    .filter(Boolean)
    .join('\n');
  return {
    visibility: reply.visibility,
    text,
    buttons: (reply.buttons ?? []).map((b) => ({
      label: b.label,
      actionId: b.actionId,
      value: b.value,
      disabled: b.disabled ?? false,
    })),
    ...(ref ? { ref } : {}),
    ...(userId ? { userId } : {}),
  };
}
