/**
 * Where everything of the weekly chart goes: a pure function from the chart's data (texts already
 * in the channel's language) to shapes, plus the boxes a test or a reader needs (each bar, each
 * concept label). 1200 × 720 px with type from 20 px up, so that it stays readable at the ~45 %
 * scale Slack and Discord show a preview at. The panels are drawn by chart-bars.ts and
 * chart-trend.ts; colours and geometry are in chart-style.ts.
 *
 * ```
 * ┌──────────────────────────────────────────────────────────────┐
 * │ Title (week)                                                 │
 * │ subtitle: answers, accuracy, change                          │
 * │ Accuracy per concept          │ Team accuracy, last 8 weeks  │
 * │   concept name ███████  67%   │   100% ┤        ●            │
 * │   …up to 8 concepts           │    50% ┤  ●──●─╯             │
 * │                               │     0% ┴ W42 … W49           │
 * │ ┌ Most-missed misconception ───────────────────────────────┐ │
 * │ └ concept: × the misconception (N people)                  ┘ │
 * └──────────────────────────────────────────────────────────────┘
 * ```
 */
import { type BarPlacement, type ChartBarData, drawBars } from './chart-bars.ts';
import { Pen } from './chart-pen.ts';
import { type Box, CHART_COLORS, CHART_LAYOUT as L } from './chart-style.ts';
import { type ChartTrendPoint, drawTrend, type TrendPlacement } from './chart-trend.ts';
import type { Shape } from './svg.ts';
import type { MeasureText } from './text-fit.ts';

export {
  barColor,
  barLength,
  CHART_MAX_BARS,
  type ChartBarData,
} from './chart-bars.ts';
export { type Box, CHART_COLORS, CHART_LAYOUT, type Rgb } from './chart-style.ts';
export type { ChartTrendPoint } from './chart-trend.ts';

/** Everything the chart shows; every text is already in the channel's language. */
export interface WeeklyChartData {
  title: string;
  subtitle: string;
  barsHeading: string;
  /** Weakest first; at most CHART_MAX_BARS are drawn. */
  bars: readonly ChartBarData[];
  /** Under the bars when some were left out (e.g. "3 more in the message"). */
  barsFootnote?: string;
  trendHeading: string;
  /** Oldest first. */
  trend: readonly ChartTrendPoint[];
  /** The most-missed misconception (heading and line), or the line saying there was none. */
  missed: { heading: string; text: string; none: boolean };
}

/** Where the chart put each thing (for tests, and for anyone placing marks over it). */
export interface WeeklyChartLayout {
  width: number;
  height: number;
  shapes: Shape[];
  /** One per drawn bar, top to bottom: the bar itself and its concept label's area. */
  bars: BarPlacement[];
  /** One per week, oldest first; null where the week had no answers. */
  trend: TrendPlacement[];
  missed: Box;
}

/** Lays the chart out. Texts too wide for their place are shortened with `…` (see fitText). */
export function layoutWeeklyChart(data: WeeklyChartData, measure?: MeasureText): WeeklyChartLayout {
  const pen = new Pen(measure);
  const inner = L.width - 2 * L.pad;
  pen.line(data.title, L.pad, L.titleBaseline, inner, {
    size: L.titleSize,
    weight: 700,
    color: CHART_COLORS.text,
  });
  pen.line(data.subtitle, L.pad, L.subtitleBaseline, inner, {
    size: L.subtitleSize,
    weight: 400,
    color: CHART_COLORS.muted,
  });
  pen.rect(L.pad, L.ruleY, inner, 2, CHART_COLORS.grid);
  const bars = drawBars(pen, data.barsHeading, data.bars, data.barsFootnote);
  const trend = drawTrend(pen, data.trendHeading, data.trend);
  return {
    width: L.width,
    height: L.height,
    shapes: pen.shapes,
    bars,
    trend,
    missed: drawMissed(pen, data.missed),
  };
}

/** The band at the bottom: the most-missed misconception this week (or that there was none). */
function drawMissed(pen: Pen, missed: WeeklyChartData['missed']): Box {
  const { band } = L;
  pen.rect(
    band.x,
    band.y,
    band.width,
    band.height,
    missed.none ? CHART_COLORS.noneFill : CHART_COLORS.missedFill,
    12,
  );
  const width = band.width - 40;
  pen.line(missed.heading, band.x + 20, band.y + 30, width, {
    size: band.headingSize,
    weight: 700,
    color: missed.none ? CHART_COLORS.muted : CHART_COLORS.missedText,
  });
  pen.line(missed.text, band.x + 20, band.y + 66, width, {
    size: band.textSize,
    weight: 400,
    color: CHART_COLORS.text,
  });
  return { x: band.x, y: band.y, width: band.width, height: band.height };
}
