/**
 * Exactly one question and one reveal per post (issue 15 #2), with the real core and a real SQLite
 * file: the platform takes a message but its answer is lost (as when the process is killed while
 * chat.postMessage is slow), the process is restarted, and the retry finds the copy instead of
 * sending a second one; two copies that did go out are cut back to one (the other deleted, or its
 * buttons disabled when it cannot be deleted).
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Bot } from '../../../src/bot/create-bot.ts';
import { SEND_LEASE_MS } from '../../../src/bot/daily/post-question.ts';
import { REVEAL_LEASE_MS } from '../../../src/bot/daily/reveal.ts';
import { DeliveryError } from '../../../src/bot/errors.ts';
import type {
  ChannelRef,
  ChatTransport,
  MessageRef,
  PostMark,
  Reply,
} from '../../../src/bot/types.ts';
import { openStore } from '../../../src/store/index.ts';
import type { QuizStore } from '../../../src/store/types.ts';
import { createTestBot } from '../fixtures/test-bot.ts';

const CHANNEL = { platform: 'console' as const, teamId: 'T1', channelId: 'C1' };

interface Kept {
  id: string;
  reply: Reply;
  mark?: PostMark;
  deleted: boolean;
}

/** A channel that keeps what it was sent, can lose answers, and can be searched by key. */
class Channel implements ChatTransport {
  readonly platform = 'console' as const;
  readonly messages: Kept[] = [];
  /** The next posts are taken, but their answer is lost (the caller sees an error). */
  loseAnswers = 0;
  searchable = true;
  deletable = true;
  private next = 1;

  async postMessage(channel: ChannelRef, reply: Reply, mark?: PostMark): Promise<MessageRef> {
    const id = `m${this.next++}`;
    this.messages.push({ id, reply, ...(mark ? { mark } : {}), deleted: false });
    if (this.loseAnswers > 0) {
      this.loseAnswers -= 1;
      throw new DeliveryError('transient', 'no answer in time');
    }
    return { ...channel, messageId: id };
  }
  async updateMessage(ref: MessageRef, reply: Reply): Promise<void> {
    const message = this.messages.find((m) => m.id === ref.messageId);
    if (message) message.reply = reply;
  }
  async sendPrivate(): Promise<void> {}
  async findPosted(channel: ChannelRef, _reply: Reply, mark: PostMark) {
    if (!this.searchable) return null;
    return this.messages
      .filter((m) => !m.deleted && m.mark?.key === mark.key)
      .map((m) => ({ ...channel, messageId: m.id }));
  }
  async deleteMessage(ref: MessageRef): Promise<void> {
    if (!this.deletable) throw new DeliveryError('missing_permission', 'cannot delete');
    const message = this.messages.find((m) => m.id === ref.messageId);
    if (message) message.deleted = true;
  }

  live(kind: 'question' | 'reveal'): Kept[] {
    return this.messages.filter(
      (m) => !m.deleted && (m.mark?.key.startsWith(kind === 'question' ? 'q' : 'r') ?? false),
    );
  }
}

let dir: string;
let now: number;
const bots: { bot: Bot; store: QuizStore }[] = [];

/** A fresh process on the same database file (what a restart is). */
function restart(channel: Channel): { bot: Bot; store: QuizStore } {
  const store = openStore(join(dir, 'quizbot.db'));
  const { bot } = createTestBot({ store, clock: () => now });
  bot.attach(channel);
  bots.push({ bot, store });
  return { bot, store };
}

beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'quizbot-once-'));
  now = Date.parse('2026-11-30T00:30:00Z');
});
afterEach(async () => {
  for (const { bot, store } of bots.splice(0)) {
    await bot.stop();
    store.close();
  }
  rmSync(dir, { recursive: true, force: true });
});

async function post(bot: Bot): Promise<Reply[]> {
  return bot.handleCommand({
    ...CHANNEL,
    userId: 'UADMIN',
    userName: 'admin',
    isAdmin: async () => true,
    name: 'post',
    args: [],
  });
}

describe('exactly one question per post', () => {
  it('after a lost answer and a restart, records the copy that went out instead of posting again', async () => {
    const channel = new Channel();
    const first = restart(channel);
    channel.loseAnswers = 1;
    await post(first.bot);
    expect(channel.live('question')).toHaveLength(1);
    expect(first.store.latestPost(CHANNEL)?.messageId).toBeNull();

    const second = restart(channel);
    now += SEND_LEASE_MS + 1;
    await second.bot.tick();
    expect(channel.live('question')).toHaveLength(1);
    const recorded = second.store.latestPost(CHANNEL)!;
    expect(recorded.messageId).toBe(channel.live('question')[0]!.id);
    expect(second.store.getDelivery(recorded.id, 'question')).toMatchObject({
      attempts: 2,
      messageId: recorded.messageId,
    });
  });

  it('sends again when the earlier attempt never reached the channel', async () => {
    const channel = new Channel();
    const first = restart(channel);
    channel.loseAnswers = 1;
    await post(first.bot);
    channel.messages.splice(0); // the platform never made it
    now += SEND_LEASE_MS + 1;
    await first.bot.tick();
    expect(channel.live('question')).toHaveLength(1);
    expect(first.store.latestPost(CHANNEL)?.messageId).toBe(channel.live('question')[0]!.id);
  });

  it('cuts two copies that went out back to one (deleting, else disabling the buttons)', async () => {
    for (const deletable of [true, false]) {
      const channel = new Channel();
      channel.deletable = deletable;
      const { bot, store } = restart(channel);
      channel.loseAnswers = 1;
      channel.searchable = false; // cannot look: the retry sends again…
      await post(bot);
      now += SEND_LEASE_MS + 1;
      channel.searchable = true; // …and finds both copies afterwards
      await bot.tick();
      const live = channel
        .live('question')
        .filter((m) => (m.reply.buttons ?? []).some((b) => !b.disabled));
      expect(live).toHaveLength(1);
      expect(live[0]!.id).toBe(store.latestPost(CHANNEL)!.messageId);
      await bot.stop();
      store.close();
      bots.splice(0);
      rmSync(join(dir, 'quizbot.db'), { force: true });
      rmSync(join(dir, 'quizbot.db-wal'), { force: true });
      rmSync(join(dir, 'quizbot.db-shm'), { force: true });
    }
  });
});

describe('exactly one reveal per post', () => {
  it('after a lost answer and a restart, the reveal is not posted again', async () => {
    const channel = new Channel();
    const first = restart(channel);
    await post(first.bot);
    channel.loseAnswers = 1;
    await first.bot.handleCommand({
      ...CHANNEL,
      userId: 'UADMIN',
      userName: 'admin',
      isAdmin: async () => true,
      name: 'close',
      args: [],
    });
    expect(channel.live('reveal')).toHaveLength(1);
    expect(first.store.unrevealedPosts()).toHaveLength(1);

    const second = restart(channel);
    now += REVEAL_LEASE_MS + 1;
    await second.bot.tick();
    expect(channel.live('reveal')).toHaveLength(1);
    expect(second.store.unrevealedPosts()).toHaveLength(0);
    const reveal = channel.live('reveal')[0]!;
    // The reveal names the question post it follows up.
    expect(reveal.mark?.replyTo?.messageId).toBe(second.store.latestPost(CHANNEL)!.messageId);
  });
});

describe('a post closed before its question was recorded', () => {
  async function close(bot: Bot): Promise<Reply[]> {
    return bot.handleCommand({
      ...CHANNEL,
      userId: 'UADMIN',
      userName: 'admin',
      isAdmin: async () => true,
      name: 'close',
      args: [],
    });
  }

  it('finds the copy that went out, closes its buttons and replies to it with the reveal', async () => {
    const channel = new Channel();
    const first = restart(channel);
    channel.loseAnswers = 1;
    await post(first.bot); // the question went out; its answer was lost
    const second = restart(channel);
    now += SEND_LEASE_MS + 1;
    await close(second.bot);
    const [question] = channel.live('question');
    expect(channel.live('question')).toHaveLength(1);
    expect((question!.reply.buttons ?? []).every((b) => b.disabled)).toBe(true);
    const recorded = second.store.latestPost(CHANNEL)!;
    expect(recorded.messageId).toBe(question!.id);
    expect(channel.live('reveal')).toHaveLength(1);
    expect(channel.live('reveal')[0]!.mark?.replyTo?.messageId).toBe(question!.id);
    expect(second.store.unrevealedPosts()).toHaveLength(0);
  });

  it('says nothing when the question never reached the channel, and never sends it afterwards', async () => {
    const channel = new Channel();
    const { bot, store } = restart(channel);
    channel.loseAnswers = 1;
    await post(bot);
    channel.messages.splice(0); // the platform never made it
    now += SEND_LEASE_MS + 1;
    await close(bot);
    await bot.tick();
    expect(channel.messages).toEqual([]);
    expect(store.unrevealedPosts()).toHaveLength(0);
    expect(store.latestPost(CHANNEL)?.messageId).toBeNull();
  });

  it('waits while another attempt is sending it (the send lease), then reveals', async () => {
    const channel = new Channel();
    const first = restart(channel);
    channel.loseAnswers = 1;
    await post(first.bot);
    // A process that died sending it still holds the lease: the reveal waits for the next pass.
    const second = restart(channel);
    const postId = second.store.latestPost(CHANNEL)!.id;
    expect(second.store.claimEvent(`send:${postId}`, now, SEND_LEASE_MS)).toBe(true);
    await close(second.bot);
    expect(channel.live('reveal')).toHaveLength(0);
    expect(second.store.unrevealedPosts()).toHaveLength(1);
    now += SEND_LEASE_MS + 1;
    await second.bot.tick();
    expect(channel.live('question')).toHaveLength(1);
    expect(channel.live('reveal')).toHaveLength(1);
  });
});
