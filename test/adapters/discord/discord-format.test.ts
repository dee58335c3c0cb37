import { ButtonStyle } from 'discord.js';
import { describe, expect, it } from 'vitest';
import {
  CUSTOM_ID_MAX,
  decodeCustomId,
  encodeCustomId,
} from '../../../src/adapters/discord/discord-custom-id.ts';
import {
  DISCORD_LIMITS,
  renderReply,
  TONE_COLORS,
  toInteractionOptions,
  toRestBody,
  truncate,
} from '../../../src/adapters/discord/discord-format.ts';
import type { Button, Reply } from '../../../src/bot/types.ts';
import { questionCard } from './scripted-core.ts';
import { validateMessage } from './stubs/rest-validate.ts';

const buttons = (n: number, label = 'choice'): Button[] =>
  Array.from({ length: n }, (_, i) => ({
    actionId: 'answer',
    label: `${label} ${i}`,
    value: `post-1:${i}`,
  }));

function allButtons(reply: Reply) {
  return renderReply(reply).message.components.flatMap((row) => row.components);
}

describe('custom_id encoding', () => {
  it('round-trips actionId and value, including values with colons', () => {
    const { customId } = encodeCustomId('answer', 'post-1:2');
    expect(customId).toBe('q:answer:post-1:2');
    expect(decodeCustomId(customId)).toEqual({ actionId: 'answer', value: 'post-1:2' });
  });

  it('escapes an actionId that contains a colon or percent sign', () => {
    const { customId } = encodeCustomId('a:b%c', 'v');
    expect(decodeCustomId(customId)).toEqual({ actionId: 'a:b%c', value: 'v' });
  });

  it('distinguishes repeats of the same button so custom_ids stay unique', () => {
    const first = encodeCustomId('explain', 'q1').customId;
    const second = encodeCustomId('explain', 'q1', 1).customId;
    expect(first).not.toBe(second);
    expect(decodeCustomId(second)).toEqual({ actionId: 'explain', value: 'q1' });
  });

  it('fits an 80-character value with a 16-character actionId in 100 characters', () => {
    const value = 'v'.repeat(80);
    const { customId, truncated } = encodeCustomId('practice-answer1', value);
    expect(truncated).toBe(false);
    expect(customId.length).toBeLessThanOrEqual(CUSTOM_ID_MAX);
    expect(decodeCustomId(customId)?.value).toBe(value);
  });

  it('shortens a value that breaks the contract, and says so', () => {
    const { customId, truncated } = encodeCustomId('answer', 'x'.repeat(150));
    expect(truncated).toBe(true);
    expect(customId).toHaveLength(CUSTOM_ID_MAX);
  });

  it.each(['', 'answer:x', 'x:answer:1', 'q::value', 'q1answer'])(
    'does not decode a foreign custom_id %j',
    (id) => {
      expect(decodeCustomId(id)).toBeNull();
    },
  );
});

describe('renderReply', () => {
  it('renders the question card as an embed with 4 buttons in one row', () => {
    const { message, warnings } = renderReply({
      ...questionCard('answer', 2),
      visibility: 'channel',
    });
    expect(warnings).toEqual([]);
    expect(message.content).toBe('');
    expect(message.embeds[0]).toMatchObject({
      title: '今日の問題',
      description: 'サーキットブレーカーの説明として正しいものはどれ？',
      color: TONE_COLORS.question,
      footer: { text: '回答は1人1回 · 2人が回答' },
    });
    expect(message.components).toHaveLength(1);
    expect(message.components[0]?.components.map((b) => b.custom_id)).toEqual([
      'q:answer:post-1:0',
      'q:answer:post-1:1',
      'q:answer:post-1:2',
      'q:answer:post-1:3',
    ]);
    expect(validateMessage(toRestBody(message, 'create'), 0, 'create')).toBeNull();
  });

  it('renders a bare text reply as content', () => {
    const { message } = renderReply({ visibility: 'ephemeral', text: '回答を受け付けました。' });
    expect(message).toMatchObject({
      content: '回答を受け付けました。',
      embeds: [],
      components: [],
    });
  });

  it('lays 7 buttons out as rows of 5 and 2', () => {
    const rows = renderReply({ visibility: 'channel', text: 'x', buttons: buttons(7) }).message
      .components;
    expect(rows.map((r) => r.components.length)).toEqual([5, 2]);
  });

  it('keeps at most 25 buttons in 5 rows and warns about the rest', () => {
    const { message, warnings } = renderReply({
      visibility: 'channel',
      text: 'x',
      buttons: buttons(30),
    });
    expect(message.components).toHaveLength(DISCORD_LIMITS.rows);
    expect(message.components.every((r) => r.components.length === 5)).toBe(true);
    expect(warnings.join()).toMatch(/dropped 5 buttons/);
    expect(validateMessage(toRestBody(message, 'create'), 0, 'create')).toBeNull();
  });

  it('shortens labels to 80 characters and gives an empty label a placeholder', () => {
    const [long, empty] = allButtons({
      visibility: 'channel',
      text: 'x',
      buttons: [
        { actionId: 'answer', label: 'あ'.repeat(120), value: '1' },
        { actionId: 'answer', label: '  ', value: '2' },
      ],
    });
    expect(long?.label).toHaveLength(80);
    expect(long?.label?.endsWith('…')).toBe(true);
    expect(empty?.label).toBe('…');
  });

  it('maps button styles and keeps disabled buttons disabled', () => {
    const [primary, danger, plain] = allButtons({
      visibility: 'channel',
      text: 'x',
      buttons: [
        { actionId: 'a', label: 'p', value: '1', style: 'primary' },
        { actionId: 'a', label: 'd', value: '2', style: 'danger', disabled: true },
        { actionId: 'a', label: 's', value: '3' },
      ],
    });
    expect([primary?.style, danger?.style, plain?.style]).toEqual([
      ButtonStyle.Primary,
      ButtonStyle.Danger,
      ButtonStyle.Secondary,
    ]);
    expect(danger?.disabled).toBe(true);
    expect(primary?.disabled).toBeUndefined();
  });

  it('gives two identical buttons distinct custom_ids', () => {
    const same = { actionId: 'explain', label: '解説', value: 'q1' };
    const ids = allButtons({ visibility: 'channel', text: 'x', buttons: [same, same] }).map(
      (b) => b.custom_id,
    );
    expect(new Set(ids).size).toBe(2);
    expect(ids.map((id) => decodeCustomId(id))).toEqual([
      { actionId: 'explain', value: 'q1' },
      { actionId: 'explain', value: 'q1' },
    ]);
  });

  it('shortens content over 2000 characters', () => {
    const { message, warnings } = renderReply({ visibility: 'channel', text: 'あ'.repeat(2500) });
    expect(message.content).toHaveLength(DISCORD_LIMITS.content);
    expect(warnings).toHaveLength(1);
  });

  it('keeps an oversized card within every embed limit', () => {
    const reply: Reply = {
      visibility: 'channel',
      title: 'T'.repeat(300),
      text: 'D'.repeat(5000),
      footer: 'F'.repeat(2100),
      fields: Array.from({ length: 30 }, (_, i) => ({
        label: `L${i}`.repeat(100),
        value: 'V'.repeat(1100),
      })),
      tone: 'info',
    };
    const { message, warnings } = renderReply(reply);
    const embed = message.embeds[0];
    expect(embed?.title).toHaveLength(256);
    expect(embed?.footer?.text).toHaveLength(2048);
    expect(embed?.fields?.length).toBeLessThanOrEqual(25);
    expect(warnings.length).toBeGreaterThan(0);
    expect(validateMessage(toRestBody(message, 'create'), 0, 'create')).toBeNull();
  });

  it('fills empty field labels and values, which Discord refuses', () => {
    const { message } = renderReply({
      visibility: 'channel',
      text: '',
      title: 't',
      fields: [{ label: '', value: '' }],
    });
    expect(message.embeds[0]?.fields).toEqual([{ name: '\u200b', value: '\u200b' }]);
    expect(validateMessage(toRestBody(message, 'create'), 0, 'create')).toBeNull();
  });

  it('never renders an empty message', () => {
    const { message } = renderReply({ visibility: 'channel', text: '' });
    expect(validateMessage(toRestBody(message, 'create'), 0, 'create')).toBeNull();
  });

  it('attaches files and shows an image attachment in the embed', () => {
    const png = new Uint8Array([0x89, 0x50, 0x4e, 0x47]);
    const { message } = renderReply({
      visibility: 'channel',
      title: '週間レポート',
      text: '今週の正答率',
      attachments: [
        { filename: 'weekly.png', mimeType: 'image/png', data: png, altText: '正答率のグラフ' },
      ],
    });
    expect(message.files).toEqual([
      {
        name: 'weekly.png',
        data: Buffer.from(png),
        contentType: 'image/png',
        description: '正答率のグラフ',
      },
    ]);
    expect(message.embeds[0]?.image).toEqual({ url: 'attachment://weekly.png' });
    // Alt text for screen readers: the attachment's description.
    expect(toRestBody(message, 'create').attachments).toEqual([
      { id: 0, filename: 'weekly.png', description: '正答率のグラフ' },
    ]);
    expect(toInteractionOptions(message).files).toEqual([
      { attachment: Buffer.from(png), name: 'weekly.png', description: '正答率のグラフ' },
    ]);
    const long = renderReply({
      visibility: 'channel',
      text: 'x',
      attachments: [
        { filename: 'a.png', mimeType: 'image/png', data: png, altText: 'あ'.repeat(2000) },
      ],
    });
    expect(long.message.files[0]?.description).toHaveLength(1024);
  });

  it('pings nobody, and an edit clears content that the new reply lacks', () => {
    const { message } = renderReply({
      visibility: 'channel',
      title: '結果',
      text: '<@1300000000000000002> 正解',
    });
    const edit = toRestBody(message, 'edit');
    expect(edit.allowed_mentions).toEqual({ parse: [] });
    expect(edit.content).toBe('');
    expect(edit.components).toEqual([]);
    expect(toRestBody(message, 'create')).not.toHaveProperty('content');
  });
});

describe('truncate', () => {
  it('does not split a surrogate pair', () => {
    const text = `${'a'.repeat(8)}😀😀`;
    const cut = truncate(text, 10);
    expect(cut).toBe(`${'a'.repeat(8)}…`);
    expect(cut.length).toBeLessThanOrEqual(10);
  });

  it('leaves short text alone', () => {
    expect(truncate('abc', 3)).toBe('abc');
  });
});
