import { DiscordAPIError, HTTPError, RateLimitError } from 'discord.js';
import { describe, expect, it } from 'vitest';
import {
  isDirectMessageRefused,
  NEEDED_PERMISSIONS,
  toDeliveryError,
} from '../../../src/adapters/discord/discord-errors.ts';
import { DeliveryError } from '../../../src/bot/errors.ts';
import { loadFixture } from './stubs/fixtures.ts';

function apiError(file: string): DiscordAPIError {
  const status = Number(file.slice(0, 3));
  const raw = loadFixture<{ code: number; message: string }>(`errors/${file}`);
  return new DiscordAPIError(
    raw,
    raw.code,
    status,
    'POST',
    'http://127.0.0.1/api/v10/channels/1/messages',
    { body: {} },
  );
}

describe('toDeliveryError', () => {
  it.each([
    ['403-missing-permissions.json', 'missing_permission', NEEDED_PERMISSIONS],
    ['403-missing-access.json', 'missing_permission', 'View Channel'],
    ['404-unknown-channel.json', 'channel_unavailable', undefined],
    ['400-archived-thread.json', 'channel_unavailable', undefined],
    ['404-unknown-message.json', 'transient', 'unknown_message'],
    ['401-unauthorized.json', 'transient', undefined],
    ['400-invalid-form-body.json', 'transient', undefined],
  ])('maps %s to %s', (file, failure, detail) => {
    const error = toDeliveryError(apiError(file), 'post to channel 1');
    expect(error).toBeInstanceOf(DeliveryError);
    expect(error.failure).toBe(failure);
    expect(error.options.detail).toBe(detail);
    expect(error.message).toMatch(/^post to channel 1: Discord said/);
    expect(error.cause).toBeInstanceOf(DiscordAPIError);
  });

  it('pauses the channel for permission and channel problems only', () => {
    expect(toDeliveryError(apiError('403-missing-permissions.json'), 'x').pausesChannel).toBe(true);
    expect(toDeliveryError(apiError('404-unknown-channel.json'), 'x').pausesChannel).toBe(true);
    expect(toDeliveryError(apiError('404-unknown-message.json'), 'x').pausesChannel).toBe(false);
  });

  it('maps a rate limit the client would not wait for to rate_limited with the wait', () => {
    const limit = new RateLimitError({
      timeToReset: 42_000,
      limit: 5,
      method: 'POST',
      hash: 'h',
      url: 'u',
      route: '/channels/:id/messages',
      majorParameter: '1',
      global: false,
      retryAfter: 42_000,
      sublimitTimeout: 0,
      scope: 'user',
    });
    const error = toDeliveryError(limit, 'post');
    expect(error.failure).toBe('rate_limited');
    expect(error.options.retryAfterMs).toBe(42_000);
  });

  it('maps a 5xx and a network failure to transient', () => {
    const server = new HTTPError(502, 'Bad Gateway', 'POST', 'u', { body: {} });
    expect(toDeliveryError(server, 'post').failure).toBe('transient');
    const network = Object.assign(new Error('connect ECONNREFUSED 127.0.0.1:9'), {
      code: 'ECONNREFUSED',
    });
    expect(toDeliveryError(network, 'post')).toMatchObject({
      failure: 'transient',
      message: 'post: connect ECONNREFUSED 127.0.0.1:9',
    });
  });

  it('passes an already-mapped DeliveryError through', () => {
    const original = new DeliveryError('rate_limited', 'slow down', { retryAfterMs: 5 });
    expect(toDeliveryError(original, 'post')).toBe(original);
  });
});

describe('isDirectMessageRefused', () => {
  it('is true for "Cannot send messages to this user" and false otherwise', () => {
    expect(isDirectMessageRefused(apiError('403-cannot-dm.json'))).toBe(true);
    expect(isDirectMessageRefused(apiError('403-missing-permissions.json'))).toBe(false);
    expect(isDirectMessageRefused(new Error('x'))).toBe(false);
  });
});
