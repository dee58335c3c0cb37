/**
 * Why a channel's schedule is paused, in the reader's language. The store keeps the reason as the
 * delivery failure's code and the platform's detail (`missing_permission: chat:write`); only the
 * detail — the platform's own code, such as a scope name — is shown as it is.
 */
import type { Messages } from '../i18n/catalog.ts';

export function describePause(reason: string, m: Messages): string {
  const at = reason.indexOf(': ');
  const failure = at < 0 ? reason : reason.slice(0, at);
  const detail = at < 0 ? null : reason.slice(at + 2);
  const text =
    failure === 'channel_unavailable'
      ? m.pauseChannelUnavailable
      : failure === 'missing_permission'
        ? m.pauseMissingPermission
        : null;
  if (text === null) return reason;
  return detail ? m.pauseDetail(text, detail) : text;
}
