/** How the next review of a card is told: "next review in 3 days (12/3)". */
import { formatShortDate, type Messages } from '../i18n/catalog.ts';
import type { Locale } from '../types.ts';

export function nextReviewText(
  m: Messages,
  days: number,
  dueAt: number,
  timeZone: string,
  locale: Locale,
): string {
  return m.nextReview(days, formatShortDate(dueAt, timeZone, locale));
}
