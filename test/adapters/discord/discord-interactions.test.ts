/**
 * The real adapter (discord.js) receiving interactions from the local gateway and answering
 * through the local REST stub: slash commands with options, autocomplete, button clicks,
 * ephemeral and public replies, deferral, admin checks, command registration.
 */
import { afterEach, describe, expect, it, vi } from 'vitest';
import { createDiscordAdapter } from '../../../src/adapters/discord/discord-adapter.ts';
import { silentLogger } from '../../../src/logger.ts';
import { captureLogger } from './capture-logger.ts';
import {
  type DiscordHarness,
  type DiscordHarnessOptions,
  STUB_TOKEN,
  startDiscordHarness,
} from './discord-harness.ts';
import { ScriptedCore } from './scripted-core.ts';
import { IDS } from './stubs/fixtures.ts';
import { buttonPayload, MANAGE_CHANNELS_PERMISSIONS, type StubUser } from './stubs/payloads.ts';
import { EPHEMERAL } from './stubs/rest-stub.ts';

const hanako: StubUser = { id: '1300000000000000002', name: 'Hanako' };
const taro: StubUser = { id: '1300000000000000003', name: 'Taro' };
const jiro: StubUser = { id: '1300000000000000004', name: 'Jiro' };
const owner: StubUser = { id: '1300000000000000001', name: 'Owner', admin: true };

const CALLBACK = /^\/interactions\/\d+\/[^/]+\/callback$/;
const ORIGINAL = /^\/webhooks\/\d+\/[^/]+\/messages\/@original$/;
const FOLLOW_UP = /^\/webhooks\/\d+\/[^/]+$/;

let harness: DiscordHarness | undefined;
let core: ScriptedCore;

async function start(options: DiscordHarnessOptions = {}): Promise<DiscordHarness> {
  core = new ScriptedCore();
  harness = await startDiscordHarness(core, { users: [hanako, taro, jiro, owner], ...options });
  core.attach(harness.adapter);
  return harness;
}

afterEach(async () => {
  await harness?.close();
  harness = undefined;
});

describe('start-up', () => {
  it('connects, registers /quiz in the guild, and registers nothing on a restart with the same registry', async () => {
    const h = await start();
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
    await again.start(new ScriptedCore());
    await again.stop();
    expect(h.rest.requestsTo('POST', /\/commands$/)).toHaveLength(1);
    expect(h.rest.requestsTo('GET', /\/commands$/)).toHaveLength(2);
  });

  it('refuses to start with a token Discord rejects', async () => {
    const h = await start();
    const wrong = createDiscordAdapter({
      token: 'not-the-token',
      guildId: null,
      apiUrl: h.rest.api,
      admins: [],
      logger: silentLogger(),
      restRetries: 0,
    });
    await expect(wrong.start(new ScriptedCore())).rejects.toThrow(/token/i);
    expect(wrong.isConnected()).toBe(false);
  });

  it('keeps running when registration fails, and logs why', async () => {
    const log = captureLogger();
    core = new ScriptedCore();
    const h = await startDiscordHarness(
      (transport) => {
        core.attach(transport);
        return core;
      },
      { logger: log.logger, registerCommands: true, guildId: '1100000000000000999' },
    );
    harness = h;
    expect(h.adapter.isConnected()).toBe(true);
    const [line] = log.find(/registering \/quiz failed/);
    expect(line?.level).toBe(50);
  });
});

describe('slash commands', () => {
  it('turns /quiz lookup term into a CommandEvent and answers ephemerally', async () => {
    const h = await start();
    const seen = await h.command(hanako, 'lookup サーキットブレーカー');

    const event = core.commandEvents[0];
    expect(event).toMatchObject({
      platform: 'discord',
      teamId: IDS.guild,
      channelId: IDS.channel,
      userId: hanako.id,
      userName: 'Hanako',
      name: 'lookup',
      args: ['サーキットブレーカー'],
    });
    const [callback] = h.rest.requestsTo('POST', CALLBACK);
    expect(event?.idempotencyKey).toBe(callback?.path.split('/')[2]);
    expect(callback?.body).toMatchObject({ type: 4, data: { flags: EPHEMERAL } });
    expect(seen).toHaveLength(1);
    expect(seen[0]).toMatchObject({ visibility: 'ephemeral', userId: hanako.id });
    expect(seen[0]?.text).toContain('エラーレートが閾値を超えたら即座にエラーを返す');
    expect(seen[0]?.buttons).toEqual([
      {
        label: 'この用語で練習',
        actionId: 'quiz-me',
        value: 'サーキットブレーカー',
        disabled: false,
      },
    ]);
    expect(h.channelMessages()).toEqual([]);
  });

  it('posts a channel reply publicly', async () => {
    const h = await start();
    const [board] = await h.command(taro, 'leaderboard month');
    expect(core.commandEvents[0]?.args).toEqual(['month']);
    expect(board).toMatchObject({ visibility: 'channel' });
    expect(board?.text).toContain('ランキング（month）');
    const callback = h.rest.requestsTo('POST', CALLBACK)[0]?.body as {
      type: number;
      data: { flags?: number };
    };
    expect(callback.type).toBe(4);
    expect((callback.data.flags ?? 0) & EPHEMERAL).toBe(0);
    expect(h.channelMessages()).toHaveLength(1);
  });

  it('passes a user option as a mention', async () => {
    const h = await start();
    await h.command(hanako, `stats <@${taro.id}>`);
    expect(core.commandEvents[0]?.args).toEqual([`<@${taro.id}>`]);
  });

  it('keeps argument positions when only a later option is given', async () => {
    const h = await start();
    await h.command(owner, 'schedule timezone:UTC');
    expect(core.commandEvents[0]?.args).toEqual(['', '', 'UTC']);
    expect(core.schedule).toEqual({ time: '09:00', days: 'mon-fri', timezone: 'UTC' });
  });

  it('sends a public reply and an ephemeral follow-up when the core returns both', async () => {
    const h = await start();
    const seen = await h.command(owner, 'season new 2025春');
    expect(core.commandEvents[0]?.args).toEqual(['new', '2025春']);
    expect(seen.map((m) => m.visibility)).toEqual(['channel', 'ephemeral']);
    expect(h.rest.requestsTo('POST', FOLLOW_UP)[0]?.body).toMatchObject({ flags: EPHEMERAL });
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
      const h = await start({ admins });
      const [reply] = await h.command(user, 'post');
      expect(core.adminAnswers).toEqual([expected]);
      if (expected) expect(h.channelMessages()).toHaveLength(1);
      else expect(reply?.text).toContain('管理者だけ');
    },
  );
});

describe('autocomplete', () => {
  it('offers the core’s completions for lookup term', async () => {
    const h = await start();
    const choices = await h.autocomplete(hanako, 'lookup', 'term', 'サ');
    expect(core.completions).toEqual([
      { command: 'lookup', option: 'term', partial: 'サ', channel: h.channel },
    ]);
    expect(choices).toEqual(
      ['サーキットブレーカー', 'サーガ', 'サイドカー'].map((c) => ({ name: c, value: c })),
    );
  });

  it('offers nothing, and logs, when the core fails', async () => {
    const log = captureLogger();
    const h = await start({ logger: log.logger });
    vi.spyOn(core, 'complete').mockRejectedValueOnce(new Error('bank not loaded'));
    expect(await h.autocomplete(hanako, 'lookup', 'term', 'x')).toEqual([]);
    expect(log.find(/autocomplete failed/)).toHaveLength(1);
  });
});

describe('buttons', () => {
  it('records clicks by several users, each answered privately, and counts them on the card', async () => {
    const h = await start();
    await h.command(owner, 'post');
    const [card] = h.channelMessages();
    if (!card) throw new Error('no card');
    expect(card.buttons.map((b) => b.label)).toEqual([
      'A. エラーレートが閾値を超えたら即座にエラーを返す',
      'B. リクエストをキューに入れて順番に処理する',
      'C. 秒間リクエスト数に上限を設ける',
      'D. 障害時に別リージョンへ切り替える',
    ]);

    const clicks: [StubUser, number][] = [
      [hanako, 0],
      [taro, 2],
      [jiro, 0],
    ];
    for (const [user, choice] of clicks) {
      const [result] = await h.click(user, card, card.buttons[choice]!);
      expect(result).toMatchObject({ visibility: 'ephemeral', userId: user.id });
      expect(result?.text).toContain(choice === 0 ? '正解！' : '不正解');
    }
    expect(core.actionEvents.map((e) => [e.userId, e.actionId, e.value])).toEqual([
      [hanako.id, 'answer', 'post-1:0'],
      [taro.id, 'answer', 'post-1:2'],
      [jiro.id, 'answer', 'post-1:0'],
    ]);
    expect(core.actionEvents[0]?.message).toEqual(card.ref);
    expect(new Set(core.actionEvents.map((e) => e.idempotencyKey)).size).toBe(3);
    expect(h.channelMessages()[0]?.text).toContain('3人が回答');
  });

  it('answers a click on an ephemeral message without a message ref', async () => {
    const h = await start();
    const [card] = await h.command(hanako, 'lookup サーガ');
    if (!card) throw new Error('no card');
    const [practice] = await h.click(hanako, card, card.buttons[0]!);
    expect(core.actionEvents[0]).toMatchObject({ actionId: 'quiz-me', value: 'サーガ' });
    expect(core.actionEvents[0]?.message).toBeUndefined();
    expect(practice).toMatchObject({ visibility: 'ephemeral' });
    expect(practice?.buttons).toHaveLength(4);
  });

  it('acknowledges a button that is not ours without calling the core', async () => {
    const h = await start();
    await h.command(owner, 'post');
    const [card] = h.channelMessages();
    const message = card ? h.stored(card) : undefined;
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

  it('acknowledges silently when the core has nothing to say', async () => {
    const h = await start();
    await h.command(owner, 'post');
    const [card] = h.channelMessages();
    const message = card ? h.stored(card) : undefined;
    if (!message) throw new Error('no card');
    const id = h.rest.snowflake();
    const tracked = h.rest.track(id, `token-${id}`, IDS.channel, hanako.id, message.id);
    const payload = buttonPayload({
      id,
      token: tracked.token,
      user: hanako,
      channelId: IDS.channel,
      message: h.rest.apiMessage(message),
      customId: 'q:retired-action:1',
    });
    expect(await h.dispatch(payload, tracked)).toEqual([]);
    expect(core.actionEvents[0]?.actionId).toBe('retired-action');
    expect(tracked.callbacks).toEqual([6]);
  });
});

describe('slow core and failures', () => {
  it('defers when the core is slow, then edits the placeholder with the ephemeral answer', async () => {
    const h = await start({ deferAfterMs: 0 });
    const release = core.hold();
    const deferred = h.rest.nextRequest('POST', CALLBACK);
    const pending = h.command(hanako, 'explain');
    expect((await deferred).body).toEqual({ type: 5, data: { flags: EPHEMERAL } });
    release();
    const [answer] = await pending;
    expect(answer).toMatchObject({ visibility: 'ephemeral', userId: hanako.id });
    expect(answer?.text).toContain('解説: サーキットブレーカー');
    expect(h.rest.requestsTo('PATCH', ORIGINAL)).toHaveLength(1);
  });

  it('posts a slow public reply in the channel and removes the private placeholder', async () => {
    const h = await start({ deferAfterMs: 0 });
    const release = core.hold();
    const deferred = h.rest.nextRequest('POST', CALLBACK);
    const pending = h.command(taro, 'leaderboard');
    await deferred;
    release();
    const seen = await pending;
    expect(seen.map((m) => m.visibility)).toEqual(['channel']);
    expect(h.rest.requestsTo('DELETE', ORIGINAL)).toHaveLength(1);
    expect(h.channelMessages().map((m) => m.text)).toEqual([
      expect.stringContaining('ランキング（week）'),
    ]);
  });

  it('apologises in the user’s language when the core throws', async () => {
    const log = captureLogger();
    const h = await start({ logger: log.logger });
    core.failNext(new Error('database is locked'));
    const [reply] = await h.command(hanako, 'help');
    expect(reply).toMatchObject({
      visibility: 'ephemeral',
      text: 'エラーが発生しました。しばらくしてからもう一度お試しください。',
    });
    expect(log.find(/the core failed/)).toHaveLength(1);
  });

  it('shows a UserError’s message as it is', async () => {
    const h = await start();
    const [reply] = await h.command(owner, 'schedule 9時');
    expect(reply?.text).toBe('「9時」は HH:MM 形式の時刻ではありません。');
    expect(core.schedule).toBeNull();
  });
});

describe('stop', () => {
  it('lets an in-flight command finish, then disconnects and ignores new events', async () => {
    const h = await start();
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
    expect(reply?.text).toContain('/quiz help');
    expect(h.adapter.isConnected()).toBe(false);
  });
});
