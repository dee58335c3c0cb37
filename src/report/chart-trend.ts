/** The chart's right panel: the team's accuracy per week, as a line with a point per week. */
import type { Pen } from './chart-pen.ts';
import { CHART_COLORS, hex, CHART_LAYOUT as L } from './chart-style.ts';

/** One week of the trend; `accuracy` null when nobody answered. */
export interface ChartTrendPoint {
  /** Short, e.g. `W49`. */
  label: string;
  accuracy: number | null;
}

export type TrendPlacement = { x: number; y: number } | null;

const { plot } = L;
const yOf = (accuracy: number) => plot.bottom - Math.round(accuracy * (plot.bottom - plot.top));

/** Draws the heading, the 0/50/100 % grid, the weeks, the line and points, and the last value. */
export function drawTrend(
  pen: Pen,
  heading: string,
  weeks: readonly ChartTrendPoint[],
): TrendPlacement[] {
  pen.line(heading, L.trendLeft, L.headingBaseline, L.width - L.pad - L.trendLeft, {
    size: L.headingSize,
    weight: 700,
    color: CHART_COLORS.text,
  });
  for (const tick of [0, 0.5, 1]) {
    const y = yOf(tick);
    pen.push({
      kind: 'line',
      x1: plot.left,
      y1: y,
      x2: plot.right,
      y2: y,
      stroke: hex(CHART_COLORS.grid),
      width: 2,
    });
    pen.text(`${tick * 100}%`, plot.left - 12, y + 7, {
      size: L.axisSize,
      weight: 400,
      color: CHART_COLORS.muted,
      anchor: 'end',
    });
  }
  const step = weeks.length > 1 ? (plot.right - plot.left) / (weeks.length - 1) : 0;
  const xOf = (i: number) =>
    weeks.length > 1 ? Math.round(plot.left + step * i) : Math.round((plot.left + plot.right) / 2);
  const points = weeks.map(
    (w, i): TrendPlacement => (w.accuracy === null ? null : { x: xOf(i), y: yOf(w.accuracy) }),
  );
  weeks.forEach((w, i) => {
    pen.text(w.label, xOf(i), plot.bottom + 32, {
      size: L.axisSize,
      weight: 400,
      color: w.accuracy === null ? CHART_COLORS.faint : CHART_COLORS.muted,
      anchor: 'middle',
    });
  });
  // Lines join consecutive weeks that both have answers; a week without any leaves a gap.
  let run: (readonly [number, number])[] = [];
  const flush = () => {
    if (run.length > 1)
      pen.push({ kind: 'polyline', points: run, stroke: hex(CHART_COLORS.trend), width: 5 });
    run = [];
  };
  for (const point of points) {
    if (point) run.push([point.x, point.y]);
    else flush();
  }
  flush();
  for (const point of points)
    if (point)
      pen.push({
        kind: 'circle',
        cx: point.x,
        cy: point.y,
        r: 8,
        fill: hex(CHART_COLORS.trend),
        stroke: hex(CHART_COLORS.background),
        strokeWidth: 3,
      });
  drawLastValue(pen, weeks, points);
  return points;
}

/** The latest week's value, on the side of its point away from the line coming in. */
function drawLastValue(
  pen: Pen,
  weeks: readonly ChartTrendPoint[],
  points: TrendPlacement[],
): void {
  const index = weeks.findLastIndex((w) => w.accuracy !== null);
  const last = index >= 0 ? points[index] : null;
  if (!last) return;
  const before = points.slice(0, index).findLast((p) => p !== null);
  const below = before ? before.y < last.y : last.y - 40 < plot.top;
  pen.push({
    kind: 'text',
    x: Math.min(Math.max(last.x, plot.left + 30), L.width - L.pad - 30),
    y: below ? last.y + 42 : last.y - 18,
    text: `${Math.round(weeks[index]!.accuracy! * 100)}%`,
    size: L.trendValueSize,
    weight: 700,
    fill: hex(CHART_COLORS.trend),
    anchor: 'middle',
    halo: hex(CHART_COLORS.background),
  });
}
