import type { BlockAction, SlashCommand } from '@slack/bolt';
import { describe, expect, it } from 'vitest';
import {
  actionIdempotencyKey,
  commandIdempotencyKey,
  normalizeSlackText,
  parseCommandText,
  toActionEvent,
  toCommandEvent,
} from '../../../src/adapters/slack/slack-events.ts';
import { fixture } from './slack-payloads.ts';

const notAdmin = async () => false;

describe('parseCommandText', () => {
  it('takes the first word, lower-cased, as the name and the rest as args', () => {
    expect(parseCommandText('  Lookup  サービス　メッシュ ')).toEqual({
      name: 'lookup',
      args: ['サービス', 'メッシュ'],
    });
    expect(parseCommandText('schedule 09:00 Asia/Tokyo')).toEqual({
      name: 'schedule',
      args: ['09:00', 'Asia/Tokyo'],
    });
  });

  it('gives an empty name for a bare /quiz', () => {
    expect(parseCommandText('')).toEqual({ name: '', args: [] });
    expect(parseCommandText('   ')).toEqual({ name: '', args: [] });
  });

  it('turns escaped user mentions into <@U…>, names with spaces included', () => {
    expect(parseCommandText('stats <@U0222BEN|ben>')).toEqual({
      name: 'stats',
      args: ['<@U0222BEN>'],
    });
    expect(parseCommandText('stats <@W0ENTERPRISE|Ben Smith> <@U0333CHIE>')).toEqual({
      name: 'stats',
      args: ['<@W0ENTERPRISE>', '<@U0333CHIE>'],
    });
  });
});

describe('normalizeSlackText', () => {
  it('unescapes what Slack escaped and simplifies channel, special and link mentions', () => {
    expect(normalizeSlackText('&lt;API&gt; &amp; ゲートウェイ')).toBe('<API> & ゲートウェイ');
    expect(normalizeSlackText('<#C0123DAILY|daily-quiz> <!here> <!subteam^S0TEAM|@devs>')).toBe(
      '<#C0123DAILY> @here @devs',
    );
    expect(normalizeSlackText('<https://example.com/x|example.com/x> <mailto:a@b.jp|a@b.jp>')).toBe(
      'https://example.com/x a@b.jp',
    );
  });

  it('does not turn typed text that looks like a mention into one', () => {
    expect(normalizeSlackText('&lt;@U0222BEN&gt;')).toBe('<@U0222BEN>');
  });
});

describe('toCommandEvent (recorded slash command)', () => {
  const body = fixture<SlashCommand>('slash-command.form.json');

  it('translates every field', () => {
    const event = toCommandEvent(body, notAdmin);
    expect(event).toEqual({
      platform: 'slack',
      teamId: 'T0001QUIZ',
      channelId: 'C0123DAILY',
      userId: 'U0111ANNA',
      userName: 'anna',
      isAdmin: notAdmin,
      idempotencyKey: `slack:T0001QUIZ:command:${body.trigger_id}`,
      name: 'lookup',
      args: ['<@U0222BEN>', '<API>', '&', 'ゲートウェイ'],
    });
  });

  it('keys a redelivery like the first delivery and a new invocation differently', () => {
    expect(commandIdempotencyKey({ ...body })).toBe(commandIdempotencyKey(body));
    expect(commandIdempotencyKey({ ...body, trigger_id: '1.2.3' })).not.toBe(
      commandIdempotencyKey(body),
    );
  });
});

describe('toActionEvent (recorded block_actions)', () => {
  const body = fixture<BlockAction>('block-actions.payload.json');
  const action = body.actions[0]!;

  it('decodes the action id and carries value and message', () => {
    expect(toActionEvent(body, action, notAdmin)).toEqual({
      platform: 'slack',
      teamId: 'T0001QUIZ',
      channelId: 'C0123DAILY',
      userId: 'U0222BEN',
      userName: 'ben',
      isAdmin: notAdmin,
      idempotencyKey: `slack:T0001QUIZ:action:${body.trigger_id}`,
      actionId: 'answer',
      value: 'post-1:1',
      message: {
        platform: 'slack',
        teamId: 'T0001QUIZ',
        channelId: 'C0123DAILY',
        messageId: '1718000000.000100',
      },
    });
  });

  it('leaves out the message of an ephemeral click (it cannot be edited)', () => {
    const ephemeral = fixture<BlockAction>('block-actions-ephemeral.payload.json');
    const event = toActionEvent(ephemeral, ephemeral.actions[0]!, notAdmin);
    expect(event).toMatchObject({ actionId: 'explain', value: 'post-1', channelId: 'C0123DAILY' });
    expect(event).not.toHaveProperty('message');
  });

  it('ignores actions that are not ours', () => {
    expect(toActionEvent(body, { ...action, action_id: 'someone-else' }, notAdmin)).toBeNull();
  });

  it('gives a double click its own key and falls back to user + action_ts without a trigger id', () => {
    const second = { ...body, trigger_id: '6666666666.1111111111.ffff' };
    expect(actionIdempotencyKey(second, action)).not.toBe(actionIdempotencyKey(body, action));
    expect(actionIdempotencyKey({ ...body, trigger_id: '' }, action)).toBe(
      `slack:T0001QUIZ:action:U0222BEN:${action.action_ts}`,
    );
  });

  it('finds team and channel in an org-wide install payload (team null, channel only in the container)', () => {
    const { channel: _channel, ...rest } = body;
    const orgWide = { ...rest, team: null } as BlockAction;
    expect(toActionEvent(orgWide, action, notAdmin)).toMatchObject({
      teamId: 'T0001QUIZ',
      channelId: 'C0123DAILY',
    });
  });
});
