/**
 * The real adapter (discord.js) receiving interactions from the local gateway and answering
 * through the local REST stub, with the REAL core behind it: slash commands with options,
 * autocomplete, button clicks, ephemeral and public replies, deferral (slow core, locked
 * database), admin checks, repeated deliveries, command registration.
 */
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import Database from 'better-sqlite3';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { createDiscordAdapter } from '../../../src/adapters/discord/discord-adapter.ts';
import { messages } from '../../../src/bot/i18n/catalog.ts';
import type { BotCore, Reply } from '../../../src/bot/types.ts';
import { silentLogger } from '../../../src/logger.ts';
import { loadBank } from '../../../src/notes/load-bank.ts';
import { openStore } from '../../../src/store/index.ts';
import { createTestBot } from '../../bot/fixtures/test-bot.ts';
import { tempDir } from '../../store/helpers.ts';
import type { SeenMessage } from '../harness.ts';
import { captureLogger } from './capture-logger.ts';
import {
  type DiscordHarness,
  type DiscordHarnessOptions,
  type DiscordWithCore,
  STUB_TOKEN,
  startDiscordHarness,
  startDiscordWithCore,
} from './discord-harness.ts';
import { IDS } from './stubs/fixtures.ts';
import { buttonPayload, MANAGE_CHANNELS_PERMISSIONS, type StubUser } from './stubs/payloads.ts';
import { EPHEMERAL } from './stubs/rest-stub.ts';

const m = messages('ja');
/** A bank built from real notes, so lookups have cards (the hand-made test bank has no documents). */
const bank = loadBank({
  notes: [fileURLToPath(new URL('../../fixtures/notes/resilience.en.md', import.meta.url))],
  aliases: null,
}).bank;
const retry = bank.concepts.find((c) => c.name === 'Retry')!;
const hanako: StubUser = { id: '1300000000000000002', name: 'Hanako' };
const taro: StubUser = { id: '1300000000000000003', name: 'Taro' };
const jiro: StubUser = { id: '1300000000000000004', name: 'Jiro' };
const owner: StubUser = { id: '1300000000000000001', name: 'Owner', admin: true };

const CALLBACK = /^\/interactions\/\d+\/[^/]+\/callback$/;
const ORIGINAL = /^\/webhooks\/\d+\/[^/]+\/messages\/@original$/;
const FOLLOW_UP = /^\/webhooks\/\d+\/[^/]+$/;

let running: DiscordWithCore | undefined;

async function start(
  options: DiscordHarnessOptions & Parameters<typeof startDiscordWithCore>[0] = {},
): Promise<DiscordWithCore> {
  running = await startDiscordWithCore({ users: [hanako, taro, jiro, owner], bank, ...options });
  return running;
}

afterEach(async () => {
  await running?.close();
  running = undefined;
});

/** The owner posts today's question; returns the card as the channel shows it. */
async function postQuestion(h: DiscordHarness): Promise<SeenMessage> {
  await h.command(owner, 'post');
  const card = h.channelMessages().find((s) => s.buttons.length > 0);
  if (!card) throw new Error('no question card');
  return card;
}

describe('start-up', () => {
  it('connects, registers /quiz in the guild, and registers nothing on a restart with the same registry', async () => {
    const { h, bot } = await start();
    expect(h.adapter.isConnected()).toBe(true);
    expect(h.rest.commands.get(IDS.guild)?.map((c) => c.name)).toEqual(['quiz']);

    const again = createDiscordAdapter({
      token: STUB_TOKEN,
      guildId: IDS.guild,
      apiUrl: h.rest.api,
      admins: [],
      logger: silentLogger(),
      restRetries: 0,
    });
    await again.start(bot);
    await again.stop();
    expect(h.rest.requestsTo('POST', /\/commands$/)).toHaveLength(1);
    expect(h.rest.requestsTo('GET', /\/commands$/)).toHaveLength(2);
  });

  it('refuses to start with a token Discord rejects', async () => {
    const { h, bot } = await start();
    const wrong = createDiscordAdapter({
      token: 'not-the-token',
      guildId: null,
      apiUrl: h.rest.api,
      admins: [],
      logger: silentLogger(),
      restRetries: 0,
    });
    await expect(wrong.start(bot)).rejects.toThrow(/token/i);
    expect(wrong.isConnected()).toBe(false);
  });

  it('keeps running when registration fails, and logs why', async () => {
    const log = captureLogger();
    const { h } = await start({
      logger: log.logger,
      registerCommands: true,
      guildId: '1100000000000000999',
    });
    expect(h.adapter.isConnected()).toBe(true);
    const [line] = log.find(/registering \/quiz failed/);
    expect(line?.level).toBe(50);
  });
});

describe('slash commands', () => {
  it('turns /quiz lookup term into a CommandEvent and answers ephemerally', async () => {
    const { h, core } = await start();
    const seen = await h.command(hanako, 'lookup Retry');

    const event = core.commandEvents[0];
    expect(event).toMatchObject({
      platform: 'discord',
      teamId: IDS.guild,
      channelId: IDS.channel,
      userId: hanako.id,
      userName: 'Hanako',
      name: 'lookup',
      args: ['Retry'],
    });
    const [callback] = h.rest.requestsTo('POST', CALLBACK);
    expect(event?.idempotencyKey).toBe(callback?.path.split('/')[2]);
    expect(callback?.body).toMatchObject({ type: 4, data: { flags: EPHEMERAL } });
    expect(seen).toHaveLength(1);
    expect(seen[0]).toMatchObject({ visibility: 'ephemeral', userId: hanako.id });
    expect(seen[0]?.text).toContain(retry.correct);
    expect(seen[0]?.buttons).toEqual([
      { label: m.quizMeButton, actionId: 'quiz-me', value: retry.id, disabled: false },
    ]);
    expect(h.channelMessages()).toEqual([]);
  });

  it('posts a channel reply publicly', async () => {
    const { h, store } = await start();
    const [scheduled] = await h.command(owner, 'schedule 09:00');
    expect(scheduled).toMatchObject({ visibility: 'channel' });
    expect(scheduled?.text).toContain(m.scheduleSet('').slice(0, 8));
    const callback = h.rest.requestsTo('POST', CALLBACK)[0]?.body as {
      type: number;
      data: { flags?: number };
    };
    expect(callback.type).toBe(4);
    expect((callback.data.flags ?? 0) & EPHEMERAL).toBe(0);
    expect(h.channelMessages()).toHaveLength(1);
    expect(store.listChannels().map((c) => c.time)).toEqual(['09:00']);
  });

  it('passes a user option as a mention', async () => {
    const { h, core } = await start();
    await h.command(hanako, `stats <@${taro.id}>`);
    expect(core.commandEvents[0]?.args).toEqual([`<@${taro.id}>`]);
  });

  it('keeps argument positions when only a later option is given', async () => {
    const { h, core, store } = await start();
    await h.command(owner, 'schedule time:08:30 timezone:UTC');
    expect(core.commandEvents[0]?.args).toEqual(['08:30', '', 'UTC']);
    expect(store.listChannels().map((c) => [c.time, c.timezone])).toEqual([['08:30', 'UTC']]);
  });

  it('sends the first reply as the response and the others as follow-ups', async () => {
    // The real core answers every command with one reply today; the BotCore contract allows a
    // list, so this one wrapper adds a private note after the core's own public reply.
    const { bot, store } = createTestBot({ bank });
    const note: Reply = { visibility: 'ephemeral', text: 'note', tone: 'info' };
    const twoReplies: BotCore = {
      ...bot,
      handleCommand: async (event) => [...(await bot.handleCommand(event)), note],
    };
    const h = await startDiscordHarness(
      (transport) => {
        bot.attach(transport);
        return twoReplies;
      },
      { users: [owner] },
    );
    try {
      const seen = await h.command(owner, 'season new 2025春');
      expect(seen.map((s) => s.visibility)).toEqual(['channel', 'ephemeral']);
      expect(seen[0]?.text).toBe(m.seasonStarted('2025春'));
      expect(h.rest.requestsTo('POST', FOLLOW_UP)[0]?.body).toMatchObject({ flags: EPHEMERAL });
    } finally {
      await h.close();
      await bot.stop();
      store.close();
    }
  });
});

describe('admins', () => {
  it.each([
    ['Manage Server', { ...jiro, admin: true }, [], true],
    [
      'Manage Channels in that channel',
      { ...jiro, permissions: MANAGE_CHANNELS_PERMISSIONS },
      [],
      true,
    ],
    ['listed in QUIZBOT_ADMINS', jiro, [jiro.id], true],
    ['a plain member', jiro, [], false],
  ] as [string, StubUser, string[], boolean][])(
    '%s → admin %s',
    async (_, user, admins, expected) => {
      const { h, core } = await start({ admins });
      const [reply] = await h.command(user, 'post');
      expect(core.adminAnswers).toEqual([expected]);
      if (expected) expect(h.channelMessages()).toHaveLength(1);
      else expect(reply?.text).toBe(m.adminOnly('post'));
    },
  );
});

describe('autocomplete', () => {
  it('offers the core’s completions for lookup term', async () => {
    const { h, core } = await start();
    const choices = await h.autocomplete(hanako, 'lookup', 'term', 'Re');
    expect(core.completions).toEqual([
      { command: 'lookup', option: 'term', partial: 'Re', channel: h.channel },
    ]);
    expect(choices.map((c) => c.value)).toContain('Retry');
  });

  it('offers nothing, and logs, when the core fails', async () => {
    const log = captureLogger();
    const { h, core } = await start({ logger: log.logger });
    vi.spyOn(core, 'complete').mockRejectedValueOnce(new Error('bank not loaded'));
    expect(await h.autocomplete(hanako, 'lookup', 'term', 'x')).toEqual([]);
    expect(log.find(/autocomplete failed/)).toHaveLength(1);
  });
});

describe('buttons', () => {
  it('records clicks by several users, each answered privately, with the click written before the reply', async () => {
    const { h, core, store } = await start();
    const card = await postQuestion(h);
    expect(card.buttons.length).toBeGreaterThanOrEqual(3);
    const postId = Number(card.buttons[0]!.value.split(':')[0]);

    for (const [i, user] of [hanako, taro, jiro].entries()) {
      const [result] = await h.click(user, card, card.buttons[i]!);
      expect(result).toMatchObject({ visibility: 'ephemeral', userId: user.id });
      expect(result?.text).toMatch(new RegExp(`${m.resultCorrect}|${m.resultWrong}`));
      expect(store.answerCount(postId)).toBe(i + 1);
    }
    expect(core.actionEvents.map((e) => [e.userId, e.actionId, e.value])).toEqual([
      [hanako.id, 'answer', `${postId}:0`],
      [taro.id, 'answer', `${postId}:1`],
      [jiro.id, 'answer', `${postId}:2`],
    ]);
    expect(core.actionEvents[0]?.message).toEqual(card.ref);
    expect(new Set(core.actionEvents.map((e) => e.idempotencyKey)).size).toBe(3);
    // Each click was answered by its response (type 4): the reply is the ack, sent after the write.
    const callbacks = h.rest.requestsTo('POST', CALLBACK).slice(-3);
    expect(callbacks.map((c) => (c.body as { type: number }).type)).toEqual([4, 4, 4]);
  });

  it('answers a click on an ephemeral message without a message ref', async () => {
    const { h, core } = await start();
    const [card] = await h.command(hanako, 'lookup Retry');
    if (!card) throw new Error('no card');
    const [practice] = await h.click(hanako, card, card.buttons[0]!);
    expect(core.actionEvents[0]).toMatchObject({ actionId: 'quiz-me', value: retry.id });
    expect(core.actionEvents[0]?.message).toBeUndefined();
    expect(practice).toMatchObject({ visibility: 'ephemeral' });
    const asked = bank.questions.filter((q) => q.conceptId === retry.id);
    expect(practice?.buttons.filter((b) => b.actionId === 'practice-answer').length).toBe(
      asked.find((q) => practice!.text.includes(q.prompt))?.choices.length,
    );
  });

  it('acknowledges a button that is not ours without calling the core', async () => {
    const { h, core } = await start();
    const card = await postQuestion(h);
    const message = h.stored(card);
    if (!message) throw new Error('no card');
    const id = h.rest.snowflake();
    const tracked = h.rest.track(id, `token-${id}`, IDS.channel, hanako.id, message.id);
    const payload = buttonPayload({
      id,
      token: tracked.token,
      user: hanako,
      channelId: IDS.channel,
      message: h.rest.apiMessage(message),
      customId: 'poll:yes',
    });
    expect(await h.dispatch(payload, tracked)).toEqual([]);
    expect(tracked.callbacks).toEqual([6]);
    expect(core.actionEvents).toEqual([]);
  });

  it('answers a replayed interaction once: the core drops the repeat and says nothing', async () => {
    const { h, core, store } = await start();
    const card = await postQuestion(h);
    const message = h.stored(card);
    if (!message) throw new Error('no card');
    const id = h.rest.snowflake();
    const tracked = h.rest.track(id, `token-${id}`, IDS.channel, hanako.id, message.id);
    const payload = buttonPayload({
      id,
      token: tracked.token,
      user: hanako,
      channelId: IDS.channel,
      message: h.rest.apiMessage(message),
      customId: `q:answer:${card.buttons[0]!.value}`,
    });
    const first = await h.dispatch(payload, tracked);
    expect(first).toHaveLength(1);
    h.gateway.dispatch('INTERACTION_CREATE', payload);
    await vi.waitFor(() => expect(core.actionEvents).toHaveLength(2));
    await h.adapter.whenIdle();
    expect(tracked.callbacks).toEqual([4]);
    expect(store.answerCount(Number(card.buttons[0]!.value.split(':')[0]))).toBe(1);
  });
});

describe('slow core, locked database and failures', () => {
  it('defers when the core is slow, then edits the placeholder with the ephemeral answer', async () => {
    const { h, core } = await start({ deferAfterMs: 0 });
    const release = core.hold();
    const deferred = h.rest.nextRequest('POST', CALLBACK);
    const pending = h.command(hanako, 'help');
    expect((await deferred).body).toEqual({ type: 5, data: { flags: EPHEMERAL } });
    release();
    const [answer] = await pending;
    expect(answer).toMatchObject({ visibility: 'ephemeral', userId: hanako.id });
    expect(answer?.text).toContain(m.helpTitle);
    expect(h.rest.requestsTo('PATCH', ORIGINAL)).toHaveLength(1);
  });

  it('posts a slow public reply in the channel and removes the private placeholder', async () => {
    const { h, core } = await start({ deferAfterMs: 0 });
    const release = core.hold();
    const deferred = h.rest.nextRequest('POST', CALLBACK);
    const pending = h.command(owner, 'schedule 09:00');
    await deferred;
    release();
    const seen = await pending;
    expect(seen.map((s) => s.visibility)).toEqual(['channel']);
    expect(h.rest.requestsTo('DELETE', ORIGINAL)).toHaveLength(1);
    expect(h.channelMessages().map((s) => s.text)).toEqual([
      expect.stringContaining(m.scheduleSet('').slice(0, 8)),
    ]);
  });

  it('defers at once when the database is locked, and tells the user once the click is written', async () => {
    const path = join(tempDir(), 'locked.db');
    const store = openStore(path, { busyTimeoutMs: 20 });
    const { h } = await start({ store, deferAfterMs: 2_500 });
    const card = await postQuestion(h);
    const postId = Number(card.buttons[0]!.value.split(':')[0]);
    const other = new Database(path);
    other.exec('BEGIN IMMEDIATE');
    const deferred = h.rest.nextRequest('POST', CALLBACK);
    const t0 = performance.now();
    const pending = h.click(taro, card, card.buttons[1]!);
    try {
      expect((await deferred).body).toEqual({ type: 5, data: { flags: EPHEMERAL } });
      expect(performance.now() - t0).toBeLessThan(2_000);
      expect(store.answerCount(postId)).toBe(0);
    } finally {
      other.exec('COMMIT');
      other.close();
    }
    const [result] = await pending;
    expect(store.answerCount(postId)).toBe(1);
    expect(result?.text).toContain(m.yourAnswer('2. '));
    expect(result?.text).toContain(m.answerRecordedLate);
  });

  it('apologises in the channel’s language when something fails inside the core', async () => {
    const log = captureLogger();
    const { h, store } = await start({ logger: log.logger });
    vi.spyOn(store, 'leaderboard').mockImplementation(() => {
      throw new Error('disk I/O error');
    });
    const [reply] = await h.command(hanako, 'leaderboard');
    expect(reply).toMatchObject({ visibility: 'ephemeral', text: m.apology });
    expect(log.find(/handler failed/)).toHaveLength(1);
  });

  it('shows a UserError’s message as it is', async () => {
    const { h, store } = await start();
    const [reply] = await h.command(owner, 'schedule 9時');
    expect(reply?.text).toBe(m.badTime('9時'));
    expect(store.listChannels()).toEqual([]);
  });
});

describe('stop', () => {
  it('lets an in-flight command finish, then disconnects and ignores new events', async () => {
    const { h, core } = await start();
    const release = core.hold();
    const pending = h.command(hanako, 'help');
    await vi.waitFor(() => expect(core.commandEvents).toHaveLength(1));
    let stopped = false;
    const stopping = h.adapter.stop().then(() => (stopped = true));
    for (let i = 0; i < 5; i++) await new Promise((r) => setImmediate(r));
    expect(stopped).toBe(false);
    release();
    const [reply] = await pending;
    await stopping;
    expect(reply?.text).toContain(m.helpTitle);
    expect(h.adapter.isConnected()).toBe(false);
  });
});
