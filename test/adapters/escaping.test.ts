/**
 * Markup from people never reaches a channel (issue 15 #3). The real core runs commands and
 * clicks with hostile season names, display names and look-up terms; every reply and channel
 * message is rendered by the Slack and the Discord renderer, and none may hold a live mention,
 * @channel/@here/@everyone, a link or formatting that came from what people typed. The core's own
 * mentions (who answered right) stay live.
 */
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { renderReply as renderDiscord } from '../../src/adapters/discord/discord-format.ts';
import { normalizeSlackText } from '../../src/adapters/slack/slack-events.ts';
import { renderReply as renderSlack } from '../../src/adapters/slack/slack-format.ts';
import { literalToMrkdwn } from '../../src/adapters/slack/slack-text.ts';
import type { Bot } from '../../src/bot/create-bot.ts';
import { literal, parseMarkup, plainText } from '../../src/bot/markup.ts';
import type { Reply } from '../../src/bot/types.ts';
import type { QuizStore } from '../../src/store/types.ts';
import { RecordingTransport } from '../bot/daily/recording-transport.ts';
import { createTestBot } from '../bot/fixtures/test-bot.ts';

const CHANNEL = { platform: 'console' as const, teamId: 'T1', channelId: 'C1' };
/** Under the 60 characters a season name may have. */
const HOSTILE = '<!channel> <@U0BOSS> [a](https://evil.x) *bold* _i_ @here';

let bot: Bot;
let store: QuizStore;
let transport: RecordingTransport;

beforeEach(() => {
  ({ bot, store } = createTestBot({ locale: 'en' }));
  transport = new RecordingTransport();
  bot.attach(transport);
});
afterEach(async () => {
  await bot.stop();
  store.close();
});

function as(userId: string, userName: string, admin = false) {
  return { ...CHANNEL, userId, userName, isAdmin: async () => admin };
}

/** Everything Slack would show as mrkdwn or fallback text. */
function slackTexts(reply: Reply): string[] {
  const { text, blocks } = renderSlack(reply);
  return [text, JSON.stringify(blocks)];
}

/** Everything Discord would show: content, embed title/description/fields. */
function discordTexts(reply: Reply): string[] {
  const { message } = renderDiscord(reply);
  return [message.content, JSON.stringify(message.embeds)];
}

function expectInertOnSlack(reply: Reply): void {
  for (const text of slackTexts(reply)) {
    expect(text).not.toMatch(/<!(channel|here|everyone)/);
    expect(text).not.toContain('<@U0BOSS>');
    expect(text).not.toMatch(/<https?:/);
    expect(text).not.toContain('https://evil');
    expect(text).not.toMatch(/<!here/);
    expect(text).not.toContain('*bold*');
    expect(text).not.toContain('_i_');
    expect(text).not.toContain('~s~');
    expect(text).not.toContain('`c`');
  }
}

function expectInertOnDiscord(reply: Reply): void {
  for (const text of discordTexts(reply)) {
    expect(text).not.toMatch(/(^|[^\\])\[a(\\\\)?\]\(/);
    expect(text).not.toMatch(/(^|[^\\])<@U0BOSS>/);
    expect(text).not.toMatch(/(^|[^\\])@(everyone|here)/);
    expect(text).not.toContain('https://evil');
    expect(text).not.toMatch(/(^|[^\\])\*bold/);
  }
  const { message } = renderDiscord(reply);
  expect(message).toBeDefined();
}

describe('escaping what people typed', () => {
  it('a season name: no @channel, mention, link or formatting on Slack or Discord', async () => {
    const [reply] = await bot.handleCommand({
      ...as('UADMIN', 'admin', true),
      name: 'season',
      args: ['new', ...HOSTILE.split(' ')],
    });
    expect(plainText(reply!.text)).toContain(HOSTILE);
    expectInertOnSlack(reply!);
    expectInertOnDiscord(reply!);
    const [slack] = slackTexts(reply!);
    expect(slack).toContain('&lt;!channel&gt;');
  });

  it('display names on the leaderboard, the reveal and stats', async () => {
    await bot.handleCommand({ ...as('UADMIN', 'admin', true), name: 'post', args: [] });
    const [question] = transport.questionPosts();
    const buttons = question!.reply.buttons!;
    const nitro = '[free nitro](https://evil.example/n) <!here> *x*';
    for (const [i, button] of buttons.entries())
      await bot.handleAction({
        ...as(`U${i}`, `${nitro} ${i}`),
        actionId: button.actionId,
        value: button.value,
      });
    await bot.handleCommand({ ...as('UADMIN', 'admin', true), name: 'close', args: [] });
    const reveal = transport.calls.filter((c) => c.kind === 'post').at(-1)!.reply;
    const [board] = await bot.handleCommand({ ...as('U0', 'x'), name: 'leaderboard', args: [] });
    const [stats] = await bot.handleCommand({ ...as('U0', 'x'), name: 'stats', args: [] });
    for (const reply of [reveal, board!, stats!]) {
      expect(JSON.stringify(reply)).toContain('free nitro');
      for (const text of slackTexts(reply))
        expect(text).not.toMatch(/<!here>|<https?:|https:\/\/evil/);
      for (const text of discordTexts(reply))
        expect(text).not.toMatch(/(^|[^\\])\[free nitro(\\\\)?\]\(|https:\/\/evil/);
    }
    // The core's own mention of who got it right stays a live mention.
    const correct = buttons.findIndex((b) =>
      question!.reply.text.includes(b.label.replace(/^\d+\.\s*/, '')),
    );
    expect(correct).toBeGreaterThanOrEqual(0);
    expect(slackTexts(reveal).join()).toMatch(/<@U\d>/);
  });

  it('a look-up term echoed in "not found"', async () => {
    const [reply] = await bot.handleCommand({
      ...as('U1', 'one'),
      name: 'lookup',
      args: ['<!channel>', '*zzz*', '[x](https://evil.example)'],
    });
    expectInertOnSlack(reply!);
    expectInertOnDiscord(reply!);
  });

  it('Slack sends a typed "<!channel>" as &lt;!channel&gt;: it stays text after the round trip', () => {
    const typed = normalizeSlackText('new &lt;!channel&gt; &lt;@U0BOSS&gt;');
    expect(typed).toBe('new <!channel> <@U0BOSS>');
    const shown = literalToMrkdwn(typed);
    expect(shown).toBe('new &lt;!channel&gt; &lt;@U0BOSS&gt;');
  });
});

describe('markup parts', () => {
  it('leaves plain words unmarked and marks anything that may be markup', () => {
    expect(literal('alice')).toBe('alice');
    expect(literal('09:00')).toBe('09:00');
    expect(parseMarkup(`hi ${literal('<!here>')}`)).toEqual([
      { kind: 'text', value: 'hi ' },
      { kind: 'literal', value: '<!here>' },
    ]);
  });

  it('drops stray or forged markers and stays linear on 1 MB', () => {
    const forged = `a\uE000b\uE002c\uE001d\uE003e`;
    expect(plainText(forged)).toBe('abcde'.replace('c', 'c'));
    const long = '\uE000'.repeat(1 << 20);
    const started = performance.now();
    expect(plainText(long)).toBe('');
    expect(performance.now() - started).toBeLessThan(2_000);
  });
});
