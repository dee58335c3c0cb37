/**
 * The daily flow once, end to end, on Discord with the REAL core: an admin schedules (a public
 * embed) and posts, a member may not post, people answer privately and the card's count is edited
 * in place, the admin closes (the card's buttons are disabled and the reveal is posted), a new
 * season is announced in the channel. (The shared contract suite covers the rest of the flow.)
 */
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { REFRESH_DELAY_MS } from '../../../src/bot/daily/answer-count-refresher.ts';
import { messages } from '../../../src/bot/i18n/catalog.ts';
import { testBank } from '../../bot/fixtures/test-bank.ts';
import type { HarnessUser, SeenMessage } from '../harness.ts';
import { type DiscordWithCore, startDiscordWithCore } from './discord-harness.ts';

const m = messages('ja');
const admin: HarnessUser = { id: '1300000000000000001', name: 'Owner', admin: true };
const hanako: HarnessUser = { id: '1300000000000000002', name: 'Hanako' };
const taro: HarnessUser = { id: '1300000000000000003', name: 'Taro' };
const jiro: HarnessUser = { id: '1300000000000000004', name: 'Jiro' };

let running: DiscordWithCore;

beforeAll(async () => {
  running = await startDiscordWithCore();
});

afterAll(async () => {
  await running.close();
});

function only(list: SeenMessage[], visibility?: SeenMessage['visibility']): SeenMessage {
  const found = visibility ? list.filter((s) => s.visibility === visibility) : list;
  expect(found).toHaveLength(1);
  return found[0]!;
}

describe('the daily quiz on Discord, with the real core', () => {
  let post: SeenMessage;

  it('an admin schedules the quiz: the new schedule is announced in the channel', async () => {
    const reply = only(await running.h.command(admin, 'schedule 09:00 weekdays Asia/Tokyo'));
    expect(reply.visibility).toBe('channel');
    expect(reply.text).toContain(m.scheduleSet('').slice(0, 8));
  });

  it('a member may not post; the admin posts the question card', async () => {
    const { h } = running;
    expect(only(await h.command(hanako, 'post')).text).toBe(m.adminOnly('post'));
    const before = h.channelMessages().length;
    const produced = await h.command(admin, 'post');
    expect(only(produced, 'ephemeral')).toMatchObject({ userId: admin.id });
    expect(h.channelMessages()).toHaveLength(before + 1);
    post = only(produced, 'channel');
    expect(post).toEqual(h.channelMessages().at(-1));
    expect(post.buttons.map((b) => b.actionId)).toEqual(['answer', 'answer', 'answer', 'answer']);
  });

  it('three people answer privately; the card’s count is edited in place', async () => {
    const { h } = running;
    const question = testBank().questions.find((q) => post.text.includes(q.prompt))!;
    const right = question.choices.findIndex((c) => c.correct);
    for (const [user, choice] of [
      [hanako, right],
      [taro, (right + 1) % 4],
      [jiro, right],
    ] as const) {
      const result = only(await h.click(user, post, post.buttons[choice]!));
      expect(result).toMatchObject({ visibility: 'ephemeral', userId: user.id });
      expect(result.text).toContain(choice === right ? m.resultCorrect : m.resultWrong);
    }
    await vi.waitFor(
      () => {
        const card = h.channelMessages().find((s) => s.ref?.messageId === post.ref?.messageId);
        expect(card?.text).toContain(m.answeredCount(3));
      },
      { timeout: REFRESH_DELAY_MS + 5_000, interval: 100 },
    );
  });

  it('closing disables the card’s buttons and posts the reveal', async () => {
    const { h } = running;
    const produced = await h.command(admin, 'close');
    expect(only(produced, 'ephemeral').text).toBe(m.closed);
    const card = h.channelMessages().find((s) => s.ref?.messageId === post.ref?.messageId)!;
    expect(card.buttons.every((b) => b.disabled)).toBe(true);
    const reveal = only(produced, 'channel');
    expect(reveal.text).toContain(m.revealTitle('').slice(0, 4));
    expect(reveal.text).toMatch(/Hanako|Jiro/);
  });

  it('a new season is announced publicly', async () => {
    const reply = only(await running.h.command(admin, 'season new 2025春'));
    expect(reply).toMatchObject({ visibility: 'channel', text: m.seasonStarted('2025春') });
  });
});
