/**
 * The weekly report's chart as an attachment: the report's data in the channel's language
 * (title with the ISO week, concept names as the notes write them, the eight-week trend, the
 * most-missed misconception), drawn by src/report, with alt text for screen readers that says
 * what the picture shows.
 */
import type { WeeklyReportData } from '../../quiz/learning/weekly-report.ts';
import { renderWeeklyChart } from '../../report/weekly-chart.ts';
import { CHART_MAX_BARS, type WeeklyChartData } from '../../report/weekly-chart-layout.ts';
import { formatPercent, type Messages } from '../i18n/catalog.ts';
import type { Attachment } from '../types.ts';

/** Slack and Discord both take about 1,000 characters of alt text. */
export const ALT_TEXT_MAX = 1000;

export function chartFilename(weekKey: string): string {
  return `quizbot-report-${weekKey}.png`;
}

/** `2026-W49` → `W49`. */
export function shortWeek(weekKey: string): string {
  return weekKey.slice(weekKey.indexOf('-') + 1);
}

/** The chart's content, every text in the channel's language. */
export function chartData(data: WeeklyReportData, summary: string, m: Messages): WeeklyChartData {
  const top = data.misconceptions[0];
  const more = data.bars.length - CHART_MAX_BARS;
  return {
    title: m.reportTitle(data.weekKey),
    subtitle: summary,
    barsHeading: m.chartBarsHeading,
    bars: data.bars.map((b) => ({ label: b.conceptName, accuracy: b.accuracy })),
    ...(more > 0 ? { barsFootnote: m.chartBarsMore(more) } : {}),
    trendHeading: m.chartTrendHeading(data.trend.length),
    trend: data.trend.map((t) => ({ label: shortWeek(t.weekKey), accuracy: t.accuracy })),
    missed: top
      ? {
          heading: m.chartMissedHeading,
          text: m.chartMissedLine(top.conceptName, top.choiceText, top.people),
          none: false,
        }
      : { heading: m.chartMissedHeading, text: m.reportNoMisconceptions, none: true },
  };
}

/** What the chart shows, as sentences (the bars drawn, every week, the most-missed misconception). */
export function chartAltText(chart: WeeklyChartData, m: Messages): string {
  const bars = chart.bars
    .slice(0, CHART_MAX_BARS)
    .map((b) => `${b.label} ${formatPercent(b.accuracy)}`)
    .join(m.listSeparator);
  const weeks = chart.trend
    .map(
      (t) => `${t.label} ${t.accuracy === null ? m.chartAltNoAnswers : formatPercent(t.accuracy)}`,
    )
    .join(m.listSeparator);
  const parts = [m.chartAltIntro(chart.title)];
  if (bars) parts.push(m.chartAltBars(bars));
  if (weeks) parts.push(m.chartAltTrend(weeks));
  parts.push(chart.missed.none ? chart.missed.text : m.chartAltMissed(chart.missed.text));
  const text = parts.join(m.sentenceSeparator);
  return text.length <= ALT_TEXT_MAX ? text : `${text.slice(0, ALT_TEXT_MAX - 1)}…`;
}

/** The chart as a PNG attachment with its alt text. */
export function reportChart(data: WeeklyReportData, summary: string, m: Messages): Attachment {
  const chart = chartData(data, summary, m);
  return {
    filename: chartFilename(data.weekKey),
    mimeType: 'image/png',
    data: renderWeeklyChart(chart).png,
    altText: chartAltText(chart, m),
  };
}
