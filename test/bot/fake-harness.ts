/**
 * An in-memory adapter implementing the shared harness: no platform at all, just the core's
 * replies kept as a channel. The contract suite runs against it like against the real adapters.
 */
import type { ActionEvent, BotCore, ChatAdapter, Reply } from '../../src/bot/types.ts';
import type { AdapterHarness, HarnessUser, SeenMessage } from '../adapters/harness.ts';
import { seenFromReply as seen } from '../adapters/seen.ts';

export async function startFakeHarness(core: BotCore): Promise<AdapterHarness> {
  const channel = { platform: 'console' as const, teamId: 'T1', channelId: 'C1' };
  const messages: { id: string; reply: Reply }[] = [];
  let produced: SeenMessage[] | null = null;
  let nextId = 1;

  const adapter: ChatAdapter = {
    platform: 'console',
    async start() {},
    async stop() {},
    isConnected: () => true,
    async postMessage(_c, reply) {
      const ref = { ...channel, messageId: String(nextId++) };
      messages.push({ id: ref.messageId, reply });
      produced?.push(seen(reply, ref));
      return ref;
    },
    async updateMessage(ref, reply) {
      const m = messages.find((x) => x.id === ref.messageId);
      if (m) m.reply = reply;
    },
    async sendPrivate(_c, userId, reply) {
      produced?.push(seen({ ...reply, visibility: 'ephemeral' }, undefined, userId));
    },
  };

  async function capture(user: HarnessUser, run: () => Promise<Reply[]>): Promise<SeenMessage[]> {
    produced = [];
    const out = produced;
    const replies = await run();
    for (const reply of replies) {
      if (reply.visibility === 'channel') await adapter.postMessage(channel, reply);
      else out.push(seen(reply, undefined, user.id));
    }
    produced = null;
    return out;
  }

  function base(user: HarnessUser) {
    return {
      ...channel,
      userId: user.id,
      userName: user.name,
      isAdmin: async () => user.admin === true,
    };
  }

  await adapter.start(core);
  return {
    adapter,
    channel,
    command(user, text) {
      const [name = '', ...args] = text.trim().split(/\s+/).filter(Boolean);
      return capture(user, () => core.handleCommand({ ...base(user), name, args }));
    },
    click(user, on, button) {
      const event: ActionEvent = {
        ...base(user),
        actionId: button.actionId,
        value: button.value,
        ...(on.ref ? { message: on.ref } : {}),
      };
      return capture(user, () => core.handleAction(event));
    },
    channelMessages: () => messages.map((m) => seen(m.reply, { ...channel, messageId: m.id })),
    async close() {},
  };
}
