/**
 * The weekly report as a channel post: the week's accuracy and change, leaderboard, trend, the
 * three misconceptions held most with their corrections, accuracy per concept, and the chart (PNG).
 */
import type { WeeklyReportData } from '../../quiz/learning/weekly-report.ts';
import type { LeaderboardRow } from '../../store/types.ts';
import { formatPercent, type Messages } from '../i18n/catalog.ts';
import type { Attachment, Field, Reply } from '../types.ts';

/** `+8pt` / `-3pt` / `±0pt`. */
export function formatPoints(change: number): string {
  const points = Math.round(change * 100);
  return `${points > 0 ? '+' : points < 0 ? '-' : '±'}${Math.abs(points)}pt`;
}

/** The report's one-line summary: answers and accuracy this week, and the change on last week. */
export function reportSummary(data: WeeklyReportData, m: Messages): string {
  const current = data.trend.at(-1)!;
  const summary = [m.reportSummary(data.answered, formatPercent(current.accuracy ?? 0))];
  if (data.change !== null) summary.push(m.reportChange(formatPoints(data.change)));
  return summary.join('・');
}

export function reportCard(
  data: WeeklyReportData,
  leaderboard: readonly LeaderboardRow[],
  chart: Attachment | null,
  m: Messages,
): Reply {
  const fields: Field[] = [
    {
      label: m.reportLeaderboard,
      value:
        leaderboard.length === 0
          ? m.leaderboardEmpty
          : leaderboard
              .map((r) =>
                m.leaderboardRow(
                  r.rank,
                  r.userName,
                  r.points,
                  r.correct,
                  r.answered,
                  formatPercent(r.accuracy),
                  r.streak,
                ),
              )
              .join('\n'),
    },
    {
      label: m.reportTrend,
      value: data.trend
        .map((t) =>
          t.accuracy === null
            ? m.reportTrendNone(t.weekKey)
            : m.reportTrendLine(t.weekKey, formatPercent(t.accuracy), t.answered),
        )
        .join('\n'),
    },
    {
      label: m.reportMisconceptions,
      value:
        data.misconceptions.length === 0
          ? m.reportNoMisconceptions
          : data.misconceptions
              .map(
                (h, i) =>
                  `${m.reportMisconceptionLine(i + 1, h.conceptName, h.choiceText, h.people)}\n   ${m.teamCorrectionLine(h.correction)}`,
              )
              .join('\n'),
    },
  ];
  if (data.bars.length > 0) {
    fields.push({
      label: m.reportChartLegend,
      value: data.bars
        .map((b) =>
          m.reportChartLine(
            b.n,
            b.conceptName,
            formatPercent(b.accuracy),
            Math.round(b.accuracy * b.answered),
            b.answered,
          ),
        )
        .join('\n'),
    });
  }
  return {
    visibility: 'channel',
    tone: 'info',
    title: m.reportTitle(data.weekKey),
    text: reportSummary(data, m),
    fields,
    footer: m.reportFooter,
    ...(chart ? { attachments: [chart] } : {}),
  };
}
