/** A ChatTransport that records what the bot said first, and can be told to fail. */
import type { ChannelRef, ChatTransport, MessageRef, Reply } from '../../../src/bot/types.ts';

export interface Recorded {
  kind: 'post' | 'update' | 'private';
  channel: ChannelRef;
  reply: Reply;
  messageId?: string;
  userId?: string;
  at: number;
}

export class RecordingTransport implements ChatTransport {
  readonly platform = 'console' as const;
  readonly calls: Recorded[] = [];
  /** When set, the next calls throw this (until cleared). */
  failWith: Error | null = null;
  /** When set, edits throw this (until cleared). */
  failUpdatesWith: Error | null = null;
  private nextId = 1;

  async postMessage(channel: ChannelRef, reply: Reply): Promise<MessageRef> {
    if (this.failWith) throw this.failWith;
    const messageId = `m${this.nextId++}`;
    this.calls.push({ kind: 'post', channel, reply, messageId, at: Date.now() });
    return { ...channel, messageId };
  }

  async updateMessage(ref: MessageRef, reply: Reply): Promise<void> {
    if (this.failWith) throw this.failWith;
    if (this.failUpdatesWith) throw this.failUpdatesWith;
    this.calls.push({
      kind: 'update',
      channel: ref,
      reply,
      messageId: ref.messageId,
      at: Date.now(),
    });
  }

  async sendPrivate(channel: ChannelRef, userId: string, reply: Reply): Promise<void> {
    this.calls.push({ kind: 'private', channel, reply, userId, at: Date.now() });
  }

  /** Question posts (the ones with live answer buttons). */
  questionPosts(): Recorded[] {
    return this.calls.filter(
      (c) =>
        c.kind === 'post' &&
        (c.reply.buttons ?? []).some((b) => b.actionId === 'answer' && !b.disabled),
    );
  }
}
