/**
 * The weekly report's chart as a PNG: the layout (weekly-chart-layout.ts) as SVG, drawn by resvg
 * (@resvg/resvg-js: Rust's resvg; its native binary ships in npm platform packages, so nothing is
 * compiled or downloaded at install time) with the chart's own font only.
 */
import { CHART_FONT_FAMILY, chartFontOptions } from './chart-font.ts';
import { resvg } from './resvg.ts';
import { toSvg } from './svg.ts';
import type { MeasureText } from './text-fit.ts';
import {
  CHART_COLORS,
  layoutWeeklyChart,
  type WeeklyChartData,
  type WeeklyChartLayout,
} from './weekly-chart-layout.ts';

export interface RenderedChart {
  png: Uint8Array;
  svg: string;
  layout: WeeklyChartLayout;
}

const hex = (rgb: readonly number[]) =>
  `#${rgb.map((v) => v.toString(16).padStart(2, '0')).join('')}`;

/** Throws a RangeError naming the first value the chart cannot draw. */
function validate(data: WeeklyChartData): void {
  const bad = (v: number | null) => v !== null && (!Number.isFinite(v) || v < 0 || v > 1);
  for (const bar of data.bars)
    if (bad(bar.accuracy))
      throw new RangeError(
        `bar "${bar.label}": accuracy ${bar.accuracy} is not a number between 0 and 1`,
      );
  for (const point of data.trend)
    if (bad(point.accuracy))
      throw new RangeError(
        `week ${point.label}: accuracy ${point.accuracy} is not a number between 0 and 1`,
      );
}

/** Lays out and renders the chart. */
export function renderWeeklyChart(data: WeeklyChartData, measure?: MeasureText): RenderedChart {
  validate(data);
  const layout = layoutWeeklyChart(data, measure);
  const svg = toSvg(
    layout.width,
    layout.height,
    hex(CHART_COLORS.background),
    layout.shapes,
    CHART_FONT_FAMILY,
  );
  const png = new (resvg())(svg, { font: chartFontOptions(), fitTo: { mode: 'original' } })
    .render()
    .asPng();
  return { png: new Uint8Array(png.buffer, png.byteOffset, png.byteLength), svg, layout };
}
