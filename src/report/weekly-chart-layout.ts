/**
 * Where everything of the weekly chart goes: a pure function from the chart's data (texts already
 * in the channel's language) to shapes, plus the boxes a test or a reader needs (each bar, each
 * concept label). 1200 × 720 px with type from 20 px up, so that it stays readable at the ~45 %
 * scale Slack and Discord show a preview at.
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
import type { Color, Shape } from './svg.ts';
import { type FontWeight, fitText, type MeasureText } from './text-fit.ts';

/** One concept's bar. */
export interface ChartBarData {
  /** The concept's name, in the notes' language. */
  label: string;
  /** In [0, 1]. */
  accuracy: number;
}

/** One week of the trend; `accuracy` null when nobody answered. */
export interface ChartTrendPoint {
  /** Short, e.g. `W49`. */
  label: string;
  accuracy: number | null;
}

/** Everything the chart shows; every text is already in the channel's language. */
export interface WeeklyChartData {
  title: string;
  subtitle: string;
  barsHeading: string;
  /** Weakest first; at most {@link CHART_MAX_BARS} are drawn. */
  bars: readonly ChartBarData[];
  /** Under the bars when some were left out (e.g. "3 more in the message"). */
  barsFootnote?: string;
  trendHeading: string;
  /** Oldest first. */
  trend: readonly ChartTrendPoint[];
  /** The most-missed misconception (heading and line), or the line saying there was none. */
  missed: { heading: string; text: string; none: boolean };
}

export type Rgb = readonly [number, number, number];

const hex = ([r, g, b]: Rgb): Color =>
  `#${[r, g, b].map((v) => v.toString(16).padStart(2, '0')).join('')}`;

/** The chart's colours. Bars take one of three by accuracy band. */
export const CHART_COLORS = {
  background: [255, 255, 255] as Rgb,
  text: [31, 41, 51] as Rgb,
  muted: [95, 107, 122] as Rgb,
  /** A week without answers. */
  faint: [170, 178, 189] as Rgb,
  grid: [227, 231, 236] as Rgb,
  track: [238, 241, 245] as Rgb,
  trend: [47, 111, 222] as Rgb,
  missedFill: [253, 240, 239] as Rgb,
  missedText: [176, 48, 43] as Rgb,
  noneFill: [237, 247, 239] as Rgb,
  /** accuracy < 50 % */
  weak: [214, 69, 65] as Rgb,
  /** 50 % ≤ accuracy < 80 % */
  learning: [240, 173, 78] as Rgb,
  /** accuracy ≥ 80 % */
  mastered: [76, 168, 92] as Rgb,
};

/** Size, margins and the two panels' geometry, in pixels. */
export const CHART_LAYOUT = {
  width: 1200,
  height: 720,
  pad: 48,
  titleBaseline: 88,
  titleSize: 44,
  subtitleBaseline: 132,
  subtitleSize: 26,
  ruleY: 156,
  headingBaseline: 204,
  headingSize: 26,
  /** Concept labels: right-aligned at `labelRight`, at most `labelWidth` wide. */
  labelRight: 300,
  labelWidth: 252,
  labelSize: 24,
  /** The bar track: a bar of accuracy a is `barLength(a)` long from `trackX`. */
  trackX: 316,
  trackWidth: 312,
  rowsTop: 228,
  rowsBottom: 580,
  maxRowPitch: 60,
  valueSize: 24,
  footnoteBaseline: 604,
  footnoteSize: 20,
  trendLeft: 748,
  plot: { left: 808, right: 1136, top: 248, bottom: 540 },
  axisSize: 20,
  weekSize: 18,
  band: { x: 48, y: 616, width: 1104, height: 80, headingSize: 20, textSize: 26 },
} as const;

/** Bars drawn at most (the weakest); the message lists every concept. */
export const CHART_MAX_BARS = 8;

/** The bar colour for an accuracy. */
export function barColor(accuracy: number): Rgb {
  if (accuracy < 0.5) return CHART_COLORS.weak;
  if (accuracy < 0.8) return CHART_COLORS.learning;
  return CHART_COLORS.mastered;
}

/** Length in pixels of a bar; at least 3 so a 0 % bar is still seen. */
export function barLength(accuracy: number): number {
  return Math.max(3, Math.round(Math.min(1, Math.max(0, accuracy)) * CHART_LAYOUT.trackWidth));
}

export interface Box {
  x: number;
  y: number;
  width: number;
  height: number;
}

/** Where the chart put each thing (for tests, and for anyone placing marks over it). */
export interface WeeklyChartLayout {
  width: number;
  height: number;
  shapes: Shape[];
  /** One per drawn bar, top to bottom: the bar itself and its concept label's area. */
  bars: { bar: Box; label: Box; text: string; color: Rgb }[];
  /** One per week, oldest first; null where the week had no answers. */
  trend: ({ x: number; y: number } | null)[];
  missed: Box;
}

/** Lays the chart out. Texts too wide for their place are shortened with `…` (see fitText). */
export function layoutWeeklyChart(data: WeeklyChartData, measure?: MeasureText): WeeklyChartLayout {
  const L = CHART_LAYOUT;
  const shapes: Shape[] = [];
  const fit = (text: string, width: number, size: number, weight: FontWeight) =>
    fitText(text, width, size, weight, measure);
  const text = (
    value: string,
    x: number,
    y: number,
    size: number,
    weight: FontWeight,
    color: Rgb,
    anchor: 'start' | 'middle' | 'end' = 'start',
  ) => shapes.push({ kind: 'text', x, y, text: value, size, weight, fill: hex(color), anchor });

  const inner = L.width - 2 * L.pad;
  text(
    fit(data.title, inner, L.titleSize, 700),
    L.pad,
    L.titleBaseline,
    L.titleSize,
    700,
    CHART_COLORS.text,
  );
  text(
    fit(data.subtitle, inner, L.subtitleSize, 400),
    L.pad,
    L.subtitleBaseline,
    L.subtitleSize,
    400,
    CHART_COLORS.muted,
  );
  shapes.push({
    kind: 'rect',
    x: L.pad,
    y: L.ruleY,
    width: inner,
    height: 2,
    fill: hex(CHART_COLORS.grid),
  });

  // Left: accuracy per concept, weakest first.
  const leftWidth = L.trendLeft - L.pad - 32;
  text(
    fit(data.barsHeading, leftWidth, L.headingSize, 700),
    L.pad,
    L.headingBaseline,
    L.headingSize,
    700,
    CHART_COLORS.text,
  );
  const drawn = data.bars.slice(0, CHART_MAX_BARS);
  const pitch = Math.min(
    L.maxRowPitch,
    Math.floor((L.rowsBottom - L.rowsTop) / Math.max(1, drawn.length)),
  );
  const thickness = Math.round(pitch * 0.62);
  const bars: WeeklyChartLayout['bars'] = drawn.map((b, i) => {
    const centre = L.rowsTop + Math.round(pitch * i + pitch / 2);
    const label = fit(b.label, L.labelWidth, L.labelSize, 400);
    text(
      label,
      L.labelRight,
      centre + Math.round(L.labelSize * 0.35),
      L.labelSize,
      400,
      CHART_COLORS.text,
      'end',
    );
    const top = centre - Math.floor(thickness / 2);
    shapes.push({
      kind: 'rect',
      x: L.trackX,
      y: top,
      width: L.trackWidth,
      height: thickness,
      fill: hex(CHART_COLORS.track),
    });
    const length = barLength(b.accuracy);
    const color = barColor(b.accuracy);
    shapes.push({
      kind: 'rect',
      x: L.trackX,
      y: top,
      width: length,
      height: thickness,
      fill: hex(color),
    });
    text(
      `${Math.round(b.accuracy * 100)}%`,
      L.trackX + Math.max(length, L.trackWidth) + 10,
      centre + Math.round(L.valueSize * 0.35),
      L.valueSize,
      700,
      CHART_COLORS.text,
    );
    return {
      bar: { x: L.trackX, y: top, width: length, height: thickness },
      label: {
        x: L.labelRight - L.labelWidth,
        y: centre - L.labelSize,
        width: L.labelWidth,
        height: L.labelSize * 2,
      },
      text: label,
      color,
    };
  });
  if (data.barsFootnote)
    text(
      fit(data.barsFootnote, leftWidth, L.footnoteSize, 400),
      L.pad,
      L.footnoteBaseline,
      L.footnoteSize,
      400,
      CHART_COLORS.muted,
    );

  // Right: the team's accuracy per week.
  const { plot } = L;
  text(
    fit(data.trendHeading, L.width - L.pad - L.trendLeft, L.headingSize, 700),
    L.trendLeft,
    L.headingBaseline,
    L.headingSize,
    700,
    CHART_COLORS.text,
  );
  const yOf = (accuracy: number) => plot.bottom - Math.round(accuracy * (plot.bottom - plot.top));
  for (const tick of [0, 0.5, 1]) {
    const y = yOf(tick);
    shapes.push({
      kind: 'line',
      x1: plot.left,
      y1: y,
      x2: plot.right,
      y2: y,
      stroke: hex(CHART_COLORS.grid),
      width: 2,
    });
    text(`${tick * 100}%`, plot.left - 12, y + 7, L.axisSize, 400, CHART_COLORS.muted, 'end');
  }
  const step = data.trend.length > 1 ? (plot.right - plot.left) / (data.trend.length - 1) : 0;
  const xOf = (i: number) =>
    data.trend.length > 1
      ? Math.round(plot.left + step * i)
      : Math.round((plot.left + plot.right) / 2);
  const trend = data.trend.map((p, i) =>
    p.accuracy === null ? null : { x: xOf(i), y: yOf(p.accuracy) },
  );
  data.trend.forEach((p, i) => {
    text(
      p.label,
      xOf(i),
      plot.bottom + 32,
      L.axisSize,
      400,
      p.accuracy === null ? CHART_COLORS.faint : CHART_COLORS.muted,
      'middle',
    );
  });
  // Lines join consecutive weeks that both have answers; a week without any leaves a gap.
  let run: (readonly [number, number])[] = [];
  const flush = () => {
    if (run.length > 1)
      shapes.push({ kind: 'polyline', points: run, stroke: hex(CHART_COLORS.trend), width: 5 });
    run = [];
  };
  for (const point of trend) {
    if (point) run.push([point.x, point.y]);
    else flush();
  }
  flush();
  for (const point of trend) {
    if (point)
      shapes.push({
        kind: 'circle',
        cx: point.x,
        cy: point.y,
        r: 8,
        fill: hex(CHART_COLORS.trend),
        stroke: '#ffffff',
        strokeWidth: 3,
      });
  }
  const lastIndex = data.trend.findLastIndex((p) => p.accuracy !== null);
  const last = lastIndex >= 0 ? trend[lastIndex] : null;
  if (last) {
    // The value goes on the side of the point away from the line coming in from the week before.
    const before = trend.slice(0, lastIndex).findLast((p) => p !== null);
    const below = before ? before.y < last.y : last.y - 40 < plot.top;
    shapes.push({
      kind: 'text',
      x: Math.min(Math.max(last.x, plot.left + 30), L.width - L.pad - 30),
      y: below ? last.y + 42 : last.y - 18,
      text: `${Math.round(data.trend[lastIndex]!.accuracy! * 100)}%`,
      size: 28,
      weight: 700,
      fill: hex(CHART_COLORS.trend),
      anchor: 'middle',
      halo: hex(CHART_COLORS.background),
    });
  }

  // Bottom: the most-missed misconception.
  const { band } = L;
  shapes.push({
    kind: 'rect',
    x: band.x,
    y: band.y,
    width: band.width,
    height: band.height,
    rx: 12,
    fill: hex(data.missed.none ? CHART_COLORS.noneFill : CHART_COLORS.missedFill),
  });
  const textWidth = band.width - 40;
  text(
    fit(data.missed.heading, textWidth, band.headingSize, 700),
    band.x + 20,
    band.y + 30,
    band.headingSize,
    700,
    data.missed.none ? CHART_COLORS.muted : CHART_COLORS.missedText,
  );
  text(
    fit(data.missed.text, textWidth, band.textSize, 400),
    band.x + 20,
    band.y + 66,
    band.textSize,
    400,
    CHART_COLORS.text,
  );

  return {
    width: L.width,
    height: L.height,
    shapes,
    bars,
    trend,
    missed: { x: band.x, y: band.y, width: band.width, height: band.height },
  };
}
