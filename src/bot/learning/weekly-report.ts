/**
 * The weekly team report: built from the store, posted once per channel and local ISO week from
 * the scheduler's tick (or at once by an admin's `/quiz team report now`).
 *
 * Once per week, across restarts and processes: the store keeps one row per channel and week
 * (UNIQUE); a process posts only after claiming it, and records the outcome. A claim whose post
 * failed (or whose process died) is taken over after {@link REPORT_LEASE_MS} by a later tick.
 */
import { buildMisconceptionMap } from '../../quiz/learning/misconception-map.ts';
import {
  buildWeeklyReport,
  recentWeekKeys,
  TREND_WEEKS,
} from '../../quiz/learning/weekly-report.ts';
import { addDays, weekdayOf } from '../../quiz/zoned-time.ts';
import type { ReportSchedule } from '../../store/learning-types.ts';
import type { ChannelKey } from '../../store/types.ts';
import { conceptsForPosts, questionsForPosts } from '../asked-concepts.ts';
import type { BotDeps } from '../bot-deps.ts';
import { channelKey, ensureChannel } from '../channel-view.ts';
import { handleDeliveryFailure, transportFor } from '../daily/delivery.ts';
import { messages } from '../i18n/catalog.ts';
import type { Reply } from '../types.ts';
import { reportCard, reportSummary } from './report-card.ts';
import { reportChart } from './report-chart.ts';
import { DEFAULT_REPORT_SCHEDULE, dueReport, type ReportSlot } from './report-slot.ts';

/** How long one process holds the right to post a week's report before another may retry it. */
export const REPORT_LEASE_MS = 2 * 60_000;
export const REPORT_LEADERBOARD_ROWS = 5;

/** The channel's report schedule (the default when never set). */
export function reportSchedule(deps: BotDeps, key: ChannelKey): ReportSchedule {
  return deps.store.getReportSchedule(key) ?? DEFAULT_REPORT_SCHEDULE;
}

/** The local dates of the ISO week holding `localDate`, Monday to Sunday. */
export function weekRange(localDate: string): { from: string; to: string } {
  const from = addDays(localDate, -((weekdayOf(localDate) + 6) % 7));
  return { from, to: addDays(from, 6) };
}

/** The report for the channel's week of `localDate`, or null when nobody answered a closed question that week. */
export function buildReportReply(deps: BotDeps, key: ChannelKey, localDate: string): Reply | null {
  const settings = ensureChannel(deps, key);
  const m = messages(settings.locale);
  const week = weekRange(localDate);
  // Names and corrections as the questions were asked, whatever the notes say now.
  const asked = deps.store.askedQuestions(key);
  const allTallies = deps.store.conceptTallies(key);
  const concepts = conceptsForPosts(
    deps,
    asked,
    allTallies.map((t) => t.conceptId),
    m,
  );
  const weekMap = buildMisconceptionMap({
    concepts,
    questions: questionsForPosts(deps, asked),
    tallies: deps.store.conceptTallies(key, week),
    wrongPicks: deps.store.wrongPicks(key, week),
  });
  const data = buildWeeklyReport({
    localDate,
    weekTallies: deps.store.weekTallies(key, recentWeekKeys(localDate, TREND_WEEKS)),
    weekMisconceptions: weekMap.held,
    conceptTallies: allTallies,
    concepts,
  });
  if (data.answered === 0) return null;
  const board = deps.store.leaderboard({
    scope: { kind: 'channel', channel: key },
    period: 'week',
    today: localDate,
    limit: REPORT_LEADERBOARD_ROWS,
  });
  const chart = reportChart(data, reportSummary(data, m), m);
  return reportCard(data, board.rows, chart, m);
}

export type ReportOutcome = 'posted' | 'skipped' | 'taken' | 'failed';

/**
 * Claims the week and posts its report. `taken`: another process holds or finished the claim;
 * `skipped`: nothing to report (recorded, not retried); `failed`: the platform refused (retried
 * after the lease unless the channel was paused).
 */
export async function postWeeklyReport(
  deps: BotDeps,
  key: ChannelKey,
  slot: Pick<ReportSlot, 'weekKey' | 'localDate'>,
): Promise<ReportOutcome> {
  if (!deps.store.claimWeeklyReport(key, slot.weekKey, deps.clock(), REPORT_LEASE_MS))
    return 'taken';
  const reply = buildReportReply(deps, key, slot.localDate);
  if (!reply) {
    deps.store.finishWeeklyReport(key, slot.weekKey, 'skipped', null, deps.clock());
    deps.logger.info(
      { channel: key, week: slot.weekKey },
      'weekly report skipped: no answers to closed questions this week',
    );
    return 'skipped';
  }
  try {
    const ref = await transportFor(deps, key).postMessage(key, reply);
    deps.store.finishWeeklyReport(key, slot.weekKey, 'posted', ref.messageId, deps.clock());
    deps.logger.info(
      { channel: key, week: slot.weekKey, messageId: ref.messageId },
      'weekly report posted',
    );
    return 'posted';
  } catch (error) {
    await handleDeliveryFailure(deps, key, error, 'weekly report');
    return 'failed';
  }
}

/** One pass, run at the end of every scheduler tick: post every report that is due and not yet posted. */
export async function runWeeklyReports(deps: BotDeps): Promise<void> {
  const now = deps.clock();
  for (const settings of deps.store.listChannels()) {
    if (
      !settings.enabled ||
      settings.pausedReason !== null ||
      !deps.transports.has(settings.platform)
    )
      continue;
    const key = channelKey(settings);
    try {
      const slot = dueReport(reportSchedule(deps, key), settings.timezone, now);
      if (!slot || deps.store.getWeeklyReport(key, slot.weekKey)?.outcome) continue;
      await postWeeklyReport(deps, key, slot);
    } catch (error) {
      deps.logger.error(
        { err: error, channel: key },
        'weekly report failed; will retry on a later tick',
      );
    }
  }
}
