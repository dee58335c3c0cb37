import { webApi } from '@slack/bolt';
import { describe, expect, it } from 'vitest';
import { toDeliveryError } from '../../../src/adapters/slack/slack-errors.ts';
import { DeliveryError } from '../../../src/bot/errors.ts';
import { fixture } from './slack-payloads.ts';

const errors =
  fixture<Record<string, { ok: false; error: string; needed?: string }>>('api-errors.json');
const platform = (name: string) => new webApi.WebAPIPlatformError(errors[name]!);

describe('toDeliveryError', () => {
  it.each(['channel_not_found', 'not_in_channel', 'is_archived'])(
    '%s pauses the channel',
    (code) => {
      const failure = toDeliveryError(platform(code), 'chat.postMessage');
      expect(failure).toBeInstanceOf(DeliveryError);
      expect(failure.failure).toBe('channel_unavailable');
      expect(failure.pausesChannel).toBe(true);
      expect(failure.options.detail).toBe(code);
      expect(failure.message).toBe(`Slack chat.postMessage failed: ${code}`);
    },
  );

  it('names the missing scope', () => {
    const failure = toDeliveryError(platform('missing_scope'), 'chat.postMessage');
    expect(failure.failure).toBe('missing_permission');
    expect(failure.options.detail).toBe('chat:write');
    expect(failure.message).toContain('chat:write');
  });

  it('does not pause a channel for a revoked or invalid bot token (lost credentials stop the bot instead)', () => {
    for (const code of ['invalid_auth', 'token_revoked', 'account_inactive']) {
      const failure = toDeliveryError(
        new webApi.WebAPIPlatformError({ ok: false, error: code }),
        'chat.update',
      );
      expect(failure.pausesChannel).toBe(false);
      expect(failure.options.detail).toBe(code);
    }
  });

  it('carries Retry-After of a rate limit in milliseconds', () => {
    const failure = toDeliveryError(new webApi.WebAPIRateLimitedError(30), 'chat.postMessage');
    expect(failure.failure).toBe('rate_limited');
    expect(failure.options.retryAfterMs).toBe(30_000);
    expect(failure.pausesChannel).toBe(false);
  });

  it('retries later on HTTP errors, network errors and unknown Slack errors', () => {
    expect(
      toDeliveryError(
        new webApi.WebAPIHTTPError(503, 'Service Unavailable', {}),
        'chat.postMessage',
      ),
    ).toMatchObject({ failure: 'transient', options: { detail: 'http_503' } });
    expect(
      toDeliveryError(new webApi.WebAPIRequestError(new Error('ECONNREFUSED')), 'chat.postMessage')
        .failure,
    ).toBe('transient');
    expect(toDeliveryError(platform('fatal_error'), 'chat.update')).toMatchObject({
      failure: 'transient',
      options: { detail: 'fatal_error' },
    });
  });

  it.each(['message_not_found', 'cant_update_message', 'edit_window_closed'])(
    'reports %s on an edit as message_unavailable',
    (code) => {
      const failure = toDeliveryError(
        new webApi.WebAPIPlatformError({ ok: false, error: code }),
        'chat.update',
      );
      expect(failure).toMatchObject({ failure: 'message_unavailable', options: { detail: code } });
      expect(failure.pausesChannel).toBe(false);
    },
  );

  it('passes a DeliveryError through', () => {
    const original = new DeliveryError('transient', 'x');
    expect(toDeliveryError(original, 'chat.update')).toBe(original);
  });
});
