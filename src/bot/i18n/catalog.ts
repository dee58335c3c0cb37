/**
 * The message catalog: `messages(locale)` gives every user-facing string of the core in that
 * language. Japanese is the default; English has exactly the same keys (checked by the compiler).
 */
import type { Locale } from '../types.ts';
import { en } from './en.ts';
import { ja } from './ja.ts';
import type { Messages } from './messages.ts';

export type { Messages } from './messages.ts';

const catalogs: Record<Locale, Messages> = { ja, en };

/** The messages of `locale`. */
export function messages(locale: Locale): Messages {
  return catalogs[locale];
}

const formatters = new Map<string, Intl.DateTimeFormat>();

/** Intl formatters are costly to build (~0.1 ms): one per locale, zone and style, kept. */
function formatter(locale: Locale, timeZone: string, style: 'when' | 'date'): Intl.DateTimeFormat {
  const key = `${locale}\u0000${timeZone}\u0000${style}`;
  let f = formatters.get(key);
  if (!f) {
    f = new Intl.DateTimeFormat(locale === 'ja' ? 'ja-JP' : 'en-US', {
      timeZone,
      month: locale === 'ja' ? 'numeric' : 'short',
      day: 'numeric',
      ...(style === 'when' ? { hour: '2-digit', minute: '2-digit', hourCycle: 'h23' } : {}),
    });
    formatters.set(key, f);
  }
  return f;
}

/** Formats an instant for messages, in the channel's zone: `11/29 09:00` (ja) or `Nov 29, 09:00` (en). */
export function formatWhen(at: number, timeZone: string, locale: Locale): string {
  return formatter(locale, timeZone, 'when').format(new Date(at));
}

/** The local date of an instant: `12/3` (ja) or `Dec 3` (en). */
export function formatShortDate(at: number, timeZone: string, locale: Locale): string {
  return formatter(locale, timeZone, 'date').format(new Date(at));
}

/** `0.8333` → `83%`. */
export function formatPercent(ratio: number): string {
  return `${Math.round(ratio * 100)}%`;
}
