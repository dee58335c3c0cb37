/**
 * The daily flow once, end to end, through the shared harness interface: an admin schedules and
 * posts, three people answer (one twice), someone asks for the explanation, the admin closes and
 * the original post is edited into the reveal, the leaderboard shows the winners.
 * Runs on the scripted core today; the same steps run against the real core once it lands.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { AdapterHarness, HarnessUser, SeenMessage } from '../harness.ts';
import { startDiscordHarness } from './discord-harness.ts';
import { ScriptedCore } from './scripted-core.ts';

const admin: HarnessUser = { id: '1300000000000000001', name: 'Owner', admin: true };
const hanako: HarnessUser = { id: '1300000000000000002', name: 'Hanako' };
const taro: HarnessUser = { id: '1300000000000000003', name: 'Taro' };
const jiro: HarnessUser = { id: '1300000000000000004', name: 'Jiro' };

let harness: AdapterHarness;

beforeAll(async () => {
  const core = new ScriptedCore();
  harness = await startDiscordHarness((transport) => {
    core.attach(transport);
    return core;
  });
});

afterAll(async () => {
  await harness.close();
});

function only(messages: SeenMessage[]): SeenMessage {
  expect(messages).toHaveLength(1);
  const [message] = messages;
  if (!message) throw new Error('no message');
  return message;
}

function button(message: SeenMessage, label: RegExp) {
  const found = message.buttons.find((b) => label.test(b.label));
  if (!found) throw new Error(`no button ${label} on: ${message.text}`);
  return found;
}

describe('the daily quiz on Discord', () => {
  let post: SeenMessage;
  let hanakoResult: SeenMessage;

  it('an admin schedules the quiz', async () => {
    const reply = only(await harness.command(admin, 'schedule 09:00 mon-fri Asia/Tokyo'));
    expect(reply).toMatchObject({ visibility: 'ephemeral', userId: admin.id });
    expect(reply.text).toBe('毎日 09:00（mon-fri、Asia/Tokyo）に出題します。');
  });

  it('a member may not post; the admin posts the question card', async () => {
    expect(only(await harness.command(hanako, 'post')).text).toContain('管理者だけ');
    expect(harness.channelMessages()).toEqual([]);

    const produced = await harness.command(admin, 'post');
    expect(produced.map((m) => m.visibility)).toEqual(['channel', 'ephemeral']);
    post = only(harness.channelMessages());
    expect(produced[0]?.ref).toEqual(post.ref);
    expect(post.text).toContain('サーキットブレーカーの説明として正しいものはどれ？');
    expect(post.buttons.map((b) => b.actionId)).toEqual(['answer', 'answer', 'answer', 'answer']);
  });

  it('three people answer, each privately; a second click changes nothing', async () => {
    hanakoResult = only(await harness.click(hanako, post, button(post, /^A\./)));
    expect(hanakoResult).toMatchObject({ visibility: 'ephemeral', userId: hanako.id });
    expect(hanakoResult.text).toContain('正解！');

    expect(only(await harness.click(taro, post, button(post, /^C\./))).text).toContain('不正解');
    expect(only(await harness.click(jiro, post, button(post, /^A\./))).text).toContain('正解！');
    expect(only(await harness.click(taro, post, button(post, /^A\./))).text).toContain(
      '回答済みです（あなたの回答: C）',
    );

    expect(only(harness.channelMessages()).text).toContain('3人が回答');
  });

  it('the Explain button on a private result explains, privately', async () => {
    const explanation = only(
      await harness.click(hanako, hanakoResult, button(hanakoResult, /解説/)),
    );
    expect(explanation).toMatchObject({ visibility: 'ephemeral', userId: hanako.id });
    expect(explanation.text).toContain('解説: サーキットブレーカー');
  });

  it('closing edits the original post into the reveal', async () => {
    expect(only(await harness.command(admin, 'close')).visibility).toBe('ephemeral');
    const revealed = only(harness.channelMessages());
    expect(revealed.ref).toEqual(post.ref);
    expect(revealed.text).toContain('正解: A. エラーレートが閾値を超えたら即座にエラーを返す');
    expect(revealed.text).toContain(`<@${hanako.id}> <@${jiro.id}>`);
    expect(revealed.buttons.map((b) => b.actionId)).toEqual(['explain']);
  });

  it('the weekly leaderboard is posted publicly with the winners', async () => {
    const board = only(await harness.command(taro, 'leaderboard week'));
    expect(board.visibility).toBe('channel');
    expect(board.text).toContain('ランキング（week）');
    expect(board.text).toContain(`1位\n<@${hanako.id}> — 1点`);
    expect(board.text).toContain(`2位\n<@${jiro.id}> — 1点`);
    expect(harness.channelMessages()).toHaveLength(2);
  });
});
