/**
 * The daily flow end to end through the real Slack adapter, in both modes:
 * schedule → post (blocks with buttons) → clicks by several users → private results →
 * reveal (chat.update + reveal message) → leaderboard. With the scripted core for now.
 */
import { afterEach, describe, expect, it } from 'vitest';
import type { HarnessUser } from '../harness.ts';
import { type SlackHarness, startSlackHarness } from './slack-harness.ts';
import { QUESTION, ScriptedCore } from './stand-in-core.ts';

const anna: HarnessUser = { id: 'U0111ANNA', name: 'anna', admin: true };
const ben: HarnessUser = { id: 'U0222BEN', name: 'ben' };
const chie: HarnessUser = { id: 'U0333CHIE', name: 'chie' };

describe.each(['http', 'socket'] as const)('daily flow over Slack (%s mode)', (mode) => {
  let harness: SlackHarness | null = null;
  afterEach(async () => {
    await harness?.close();
    harness = null;
  });

  it('schedules, posts, takes answers, reveals and ranks', async () => {
    const core = new ScriptedCore();
    harness = await startSlackHarness(core, mode);
    core.attach(harness.adapter);
    expect(harness.adapter.isConnected()).toBe(true);

    // An admin schedules the channel; the confirmation is private.
    const scheduled = await harness.command(anna, 'schedule 09:00');
    expect(scheduled).toEqual([
      expect.objectContaining({
        visibility: 'ephemeral',
        userId: anna.id,
        text: 'このチャンネルでは毎日 09:00 に出題します。',
      }),
    ]);
    expect(core.schedules.get(`T0001QUIZ/C0123DAILY`)).toBe('09:00');
    expect(harness.api.callsOf('users.info').map((c) => c.args.user)).toEqual([anna.id]);

    // 09:00: the core posts today's question through the transport.
    const ref = await core.runDailyPost(harness.channel);
    const post = harness.api.callsOf('chat.postMessage')[0];
    expect(post?.args.channel).toBe('C0123DAILY');
    expect(ref).toEqual({
      platform: 'slack',
      teamId: 'T0001QUIZ',
      channelId: 'C0123DAILY',
      messageId: expect.stringMatching(/^\d+\.\d{6}$/),
    });
    const [question] = harness.channelMessages();
    if (!question) throw new Error('no question posted');
    expect(question.text).toContain(QUESTION.text);
    expect(question.buttons.map((b) => [b.actionId, b.value])).toEqual([
      ['answer', 'post-1:0'],
      ['answer', 'post-1:1'],
      ['answer', 'post-1:2'],
      ['answer', 'post-1:3'],
    ]);

    // Three people answer; each sees only their own result.
    const benResult = await harness.click(ben, question, question.buttons[0]!);
    expect(benResult).toHaveLength(1);
    expect(benResult[0]).toMatchObject({ visibility: 'ephemeral', userId: ben.id });
    expect(benResult[0]?.text).toContain('正解！');
    expect(benResult[0]?.buttons).toEqual([
      { label: '解説を見る', actionId: 'explain', value: 'post-1', disabled: false },
    ]);
    const chieResult = await harness.click(chie, question, question.buttons[2]!);
    expect(chieResult[0]?.text).toContain('残念、不正解');
    const annaResult = await harness.click(anna, question, question.buttons[0]!);
    expect(annaResult[0]?.text).toContain('正解！');

    // A second click by Ben does not change his answer.
    const again = await harness.click(ben, question, question.buttons[3]!);
    expect(again[0]?.text).toContain('すでに A で回答済み');
    expect(core.answers).toEqual(
      new Map([
        [ben.id, 0],
        [chie.id, 2],
        [anna.id, 0],
      ]),
    );

    // Explain, clicked on the private result.
    const explained = await harness.click(ben, benResult[0]!, benResult[0]!.buttons[0]!);
    expect(explained).toEqual([
      expect.objectContaining({
        visibility: 'ephemeral',
        userId: ben.id,
        text: expect.stringContaining(QUESTION.explanation),
      }),
    ]);
    // Nothing private reached the channel.
    expect(harness.channelMessages()).toHaveLength(1);

    // The window closes: the post is edited and the reveal follows.
    await core.reveal();
    const update = harness.api.callsOf('chat.update')[0];
    expect(update?.args).toMatchObject({ channel: 'C0123DAILY', ts: ref.messageId });
    const [closed, reveal] = harness.channelMessages();
    expect(closed?.buttons.map((b) => b.disabled)).toEqual([true, true, true, true]);
    expect(closed?.text).toContain('締め切りました · 回答 3 人');
    expect(reveal?.text).toContain('答え: A');
    expect(reveal?.text).toContain('██ 2 人');
    expect(reveal?.text).toContain(`<@${ben.id}> <@${anna.id}>`);

    // A late click on a closed button reaches the core, which says it is closed.
    const late = await harness.click(chie, closed!, closed!.buttons[0]!);
    expect(late).toEqual([
      expect.objectContaining({
        visibility: 'ephemeral',
        text: 'この問題の回答は締め切られました。',
      }),
    ]);

    // The leaderboard goes to the channel, with mentions.
    const board = await harness.command(chie, 'leaderboard');
    expect(board).toHaveLength(1);
    expect(board[0]?.visibility).toBe('channel');
    expect(board[0]?.text).toContain(`1. <@${ben.id}> 10 点\n2. <@${anna.id}> 10 点`);
    expect(harness.channelMessages()).toHaveLength(3);
  });
});
