import { describe, expect, it } from 'vitest';
import {
  CLOSED_BLOCK,
  decodeActionId,
  encodeActionId,
  renderPlainReply,
  renderReply,
  SLACK_LIMITS,
} from '../../../src/adapters/slack/slack-format.ts';
import { safeCut, shorten, splitMrkdwn, toMrkdwn } from '../../../src/adapters/slack/slack-text.ts';
import { type Button, mention, type Reply } from '../../../src/bot/types.ts';
import { blockKitProblems } from './block-kit-rules.ts';

interface AnyBlock {
  type: string;
  block_id?: string;
  text?: { type: string; text: string };
  fields?: { text: string }[];
  elements?: {
    type: string;
    text?: { text: string } | string;
    action_id?: string;
    value?: string;
    style?: string;
  }[];
}

const blocksOf = (reply: Reply) => renderReply(reply).blocks as AnyBlock[];
const buttonsOf = (blocks: AnyBlock[]) =>
  blocks.filter((b) => b.type === 'actions').flatMap((b) => b.elements ?? []);

const answerButtons = (n: number, label = (i: number) => `${i + 1}. choice ${i + 1}`): Button[] =>
  Array.from({ length: n }, (_, i) => ({ actionId: 'answer', label: label(i), value: `7:${i}` }));

describe('renderReply', () => {
  it('renders a question card as header, text, one actions block of four buttons and a footer', () => {
    const reply: Reply = {
      visibility: 'channel',
      title: '今日の問題 2026-11-30',
      text: 'SAGA パターンの説明として正しいものは？\n\n1. 補償トランザクション\n2. 2PC',
      buttons: answerButtons(4),
      footer: 'Q-12 · 回答 0 人',
      tone: 'question',
    };
    const message = renderReply(reply);
    const blocks = message.blocks as AnyBlock[];
    expect(blocks.map((b) => b.type)).toEqual(['header', 'section', 'actions', 'context']);
    expect(blocks[0]?.text).toEqual({
      type: 'plain_text',
      text: '今日の問題 2026-11-30',
      emoji: true,
    });
    expect(blocks[1]?.text?.text).toBe(reply.text);
    expect(buttonsOf(blocks).map((e) => [e.action_id, e.value])).toEqual([
      ['quiz:answer:0', '7:0'],
      ['quiz:answer:1', '7:1'],
      ['quiz:answer:2', '7:2'],
      ['quiz:answer:3', '7:3'],
    ]);
    expect(message.text).toBe(`${reply.title}\n${reply.text}`);
    expect(message.shortened).toBe(false);
  });

  it('keeps closed buttons visible and unstyled in a block of their own', () => {
    const buttons = answerButtons(4).map((b, i) => ({
      ...b,
      disabled: true,
      style: i === 0 ? ('primary' as const) : ('default' as const),
    }));
    const blocks = blocksOf({
      visibility: 'channel',
      text: 'closed',
      buttons: [
        ...buttons,
        { actionId: 'explain', label: 'Explain', value: '7', style: 'primary' },
      ],
    });
    const actions = blocks.filter((b) => b.type === 'actions');
    expect(actions.map((b) => b.block_id)).toEqual(['quiz-actions-0', `${CLOSED_BLOCK}0`]);
    expect(actions[0]?.elements?.map((e) => [e.action_id, e.style])).toEqual([
      ['quiz:explain:4', 'primary'],
    ]);
    expect(actions[1]?.elements?.map((e) => [e.action_id, e.style])).toEqual([
      ['quiz:answer:0', undefined],
      ['quiz:answer:1', undefined],
      ['quiz:answer:2', undefined],
      ['quiz:answer:3', undefined],
    ]);
  });

  it('shortens button text to 75 characters without splitting an emoji', () => {
    const label = `1. ${'🍣'.repeat(60)}`;
    const [button] = buttonsOf(
      blocksOf({ visibility: 'channel', text: 'q', buttons: answerButtons(1, () => label) }),
    );
    const text = typeof button?.text === 'string' ? button.text : (button?.text?.text ?? '');
    expect(text.length).toBeLessThanOrEqual(SLACK_LIMITS.buttonText);
    expect(text.endsWith('…')).toBe(true);
    expect(text.slice(0, -1)).toBe(label.slice(0, text.length - 1));
    expect(/[\uD800-\uDBFF](?![\uDC00-\uDFFF])/.test(text)).toBe(false);
  });

  it('splits long text into sections of at most 3000 characters and loses nothing', () => {
    const lines = Array.from({ length: 400 }, (_, i) => `行 ${i}: ${'あ'.repeat(20)}`);
    const message = renderReply({ visibility: 'ephemeral', text: lines.join('\n') });
    const sections = (message.blocks as AnyBlock[])
      .filter((b) => b.type === 'section')
      .map((b) => b.text?.text ?? '');
    expect(sections.length).toBeGreaterThan(1);
    for (const s of sections) expect(s.length).toBeLessThanOrEqual(SLACK_LIMITS.sectionText);
    expect(sections.join('\n')).toBe(lines.join('\n'));
    expect(message.text.length).toBeLessThanOrEqual(SLACK_LIMITS.fallbackText);
  });

  it('puts at most 25 buttons in an actions block and at most 50 blocks in a message', () => {
    const message = renderReply({
      visibility: 'channel',
      title: 'many',
      text: 'x'.repeat(200_000),
      fields: Array.from({ length: 300 }, (_, i) => ({
        label: `f${i}`,
        value: 'v',
        inline: i % 2 === 0,
      })),
      buttons: answerButtons(60),
      footer: 'footer',
    });
    const blocks = message.blocks as AnyBlock[];
    expect(blocks.length).toBeLessThanOrEqual(SLACK_LIMITS.blocksPerMessage);
    const actions = blocks.filter((b) => b.type === 'actions');
    expect(actions.map((b) => b.elements?.length)).toEqual([25, 25, 10]);
    expect(new Set(buttonsOf(blocks).map((e) => e.action_id)).size).toBe(60);
    expect(blocks[0]?.type).toBe('header');
    expect(blocks.at(-1)?.type).toBe('context');
    expect(message.shortened).toBe(true);
  });

  it('groups inline fields ten to a section and gives wide fields their own', () => {
    const fields = [
      ...Array.from({ length: 12 }, (_, i) => ({ label: `A${i}`, value: `${i} 人`, inline: true })),
      { label: '正解者', value: `${mention('U1')} ${mention('U2')}` },
    ];
    const sections = blocksOf({ visibility: 'channel', text: '', fields }).filter(
      (b) => b.type === 'section',
    );
    expect(sections.map((s) => s.fields?.length ?? 0)).toEqual([10, 2, 0]);
    expect(sections[0]?.fields?.[0]?.text).toBe('*A0*\n0 人');
    expect(sections[2]?.text?.text).toBe('*正解者*\n<@U1> <@U2>');
  });

  it("escapes &, < and > everywhere, keeps only the core's own mentions and turns **bold** into mrkdwn", () => {
    expect(toMrkdwn(`a < b && c > d, ${mention('U0111ANNA')}`)).toBe(
      'a &lt; b &amp;&amp; c &gt; d, <@U0111ANNA>',
    );
    // Mention syntax in any text is only text (issue 15 #3): no ping, no channel link, no @here.
    expect(toMrkdwn('<@U0111ANNA> <#C0123DAILY> <!here>')).toBe(
      '&lt;@U0111ANNA&gt; &lt;#C0123DAILY&gt; &lt;!here&gt;',
    );
    expect(toMrkdwn('**重要** see [docs](https://example.com/a?b=1&c=2)')).toBe(
      '*重要* see [docs](https://example.com/a?b=1&amp;c=2)',
    );
    expect(toMrkdwn('<script>')).toBe('&lt;script&gt;');
  });

  it('never leaves an empty section, header or button text', () => {
    const blocks = blocksOf({
      visibility: 'ephemeral',
      title: '  ',
      text: '',
      buttons: [{ actionId: 'quiz-me', label: ' ', value: '' }],
    });
    expect(blocks.map((b) => b.type)).toEqual(['actions']);
    const [button] = buttonsOf(blocks);
    expect(button?.text).toEqual({ type: 'plain_text', text: '…', emoji: true });
    expect(button?.value).toBeUndefined();
    expect(renderReply({ visibility: 'ephemeral', text: '' }).text).toBe(' ');
  });

  it('renders a plain-text fallback with every field', () => {
    const message = renderPlainReply({
      visibility: 'channel',
      title: 'T',
      text: 'a < b',
      fields: [{ label: 'L', value: 'V' }],
      footer: 'F',
    });
    expect(message).toEqual({ text: 'T\na &lt; b\nL: V\nF', blocks: [], shortened: true });
  });
});

describe('Block Kit rules', () => {
  const extremes: [string, Reply][] = [
    [
      'huge everything',
      {
        visibility: 'channel',
        title: 'T'.repeat(500),
        text: '&<>'.repeat(5000),
        fields: Array.from({ length: 120 }, (_, i) => ({
          label: 'L'.repeat(3000),
          value: `<@U${i}>`.repeat(400),
          inline: i % 3 > 0,
        })),
        buttons: answerButtons(80, () => 'B'.repeat(300)),
        footer: 'F'.repeat(9000),
      },
    ],
    [
      'mixed open and closed buttons',
      {
        visibility: 'channel',
        text: 'x',
        buttons: answerButtons(30).map((b, i) => ({ ...b, disabled: i % 2 === 0 })),
      },
    ],
    ['only a footer', { visibility: 'ephemeral', text: ' ', footer: 'f' }],
    [
      'emoji everywhere',
      {
        visibility: 'channel',
        title: '🎉'.repeat(100),
        text: '🍣'.repeat(2000),
        buttons: answerButtons(4, () => '🍣'.repeat(50)),
      },
    ],
  ];

  it.each(extremes)('are met for %s', (_name, reply) => {
    const message = renderReply(reply);
    expect(blockKitProblems(message.blocks, message.text)).toEqual([]);
  });

  it('are really checked (a message Slack refuses is caught)', () => {
    const button = (id: string, text: string) => ({
      type: 'button',
      action_id: id,
      text: { type: 'plain_text', text },
    });
    expect(
      blockKitProblems([
        { type: 'section', text: { type: 'mrkdwn', text: '' } },
        { type: 'actions', elements: [button('a', 'x'.repeat(76)), button('a', 'ok')] },
        { type: 'actions', elements: Array.from({ length: 26 }, (_, i) => button(`b${i}`, 'ok')) },
      ]),
    ).toEqual([
      '/blocks/0/text: text is empty',
      '/blocks/1/elements/0/text: text is 76 characters (max 75)',
      '/blocks/1/elements/1/action_id: a is not unique',
      '/blocks/2/elements: 1 to 25 elements',
    ]);
  });
});

describe('action ids', () => {
  it('encode the index so ids are unique, and decode back', () => {
    expect(encodeActionId('answer', 3)).toBe('quiz:answer:3');
    expect(decodeActionId('quiz:answer:3')).toBe('answer');
    expect(decodeActionId('quiz:practice-answer:12')).toBe('practice-answer');
    expect(decodeActionId(encodeActionId('a:b', 0))).toBe('a:b');
  });

  it('reject ids that are not ours', () => {
    expect(decodeActionId('answer')).toBeNull();
    expect(decodeActionId('quiz:answer')).toBeNull();
    expect(decodeActionId('other:answer:1')).toBeNull();
  });

  it('stay within 255 characters', () => {
    expect(encodeActionId('x'.repeat(400), 24).length).toBeLessThanOrEqual(SLACK_LIMITS.actionId);
  });
});

describe('text shortening', () => {
  it('does not cut an entity or a mention in half', () => {
    const escaped = toMrkdwn(`${'a'.repeat(8)}&&`);
    expect(escaped).toBe(`${'a'.repeat(8)}&amp;&amp;`);
    expect(escaped.slice(0, safeCut(escaped, 11))).toBe(`${'a'.repeat(8)}`);
    const mention = `${'b'.repeat(10)}<@U0111ANNA>`;
    expect(mention.slice(0, safeCut(mention, 15))).toBe('b'.repeat(10));
    expect(shorten('short', 10)).toBe('short');
  });

  it('splits at line breaks first', () => {
    expect(splitMrkdwn('aaaa\nbbbb\ncccc', 10)).toEqual(['aaaa\nbbbb', 'cccc']);
  });
});
