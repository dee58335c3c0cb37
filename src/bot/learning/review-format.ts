/** How the next review of a card is told: "next review in 3 days (12/3)". */
import type { Messages } from '../i18n/catalog.ts';
import type { Locale } from '../types.ts';

/** `12/3` (ja) or `Dec 3` (en): the local date of `at` in `timeZone`. */
export function shortDate(at: number, timeZone: string, locale: Locale): string {
  return new Intl.DateTimeFormat(locale === 'ja' ? 'ja-JP' : 'en-US', {
    timeZone,
    month: locale === 'ja' ? 'numeric' : 'short',
    day: 'numeric',
  }).format(new Date(at));
}

export function nextReviewText(m: Messages, days: number, dueAt: number, timeZone: string, locale: Locale): string {
  return m.nextReview(days, shortDate(dueAt, timeZone, locale));
}
