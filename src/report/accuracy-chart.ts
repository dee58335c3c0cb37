/**
 * The weekly report's chart: a PNG bar chart of accuracy per concept. Bars are numbered 1, 2, 3…
 * under the axis with their accuracy on top; the message text carries the legend (number →
 * concept name), so the image needs no font and Japanese names never depend on system fonts.
 *
 * Drawn pixel by pixel into an RGBA buffer and encoded with pngjs (pure JavaScript: nothing to
 * compile or download at install time, same output on every platform).
 */
import pngjs from 'pngjs';
import { drawText, GLYPH_HEIGHT, textWidth } from './pixel-font.ts';

const { PNG } = pngjs;

/** One bar: its label (the legend number) and accuracy in [0, 1]. */
export interface ChartBarInput {
  label: string;
  accuracy: number;
}

export type Rgb = readonly [number, number, number];

/** The chart's colours. Bars take one of three by accuracy band. */
export const CHART_COLORS = {
  background: [255, 255, 255] as Rgb,
  grid: [226, 226, 226] as Rgb,
  axis: [90, 90, 90] as Rgb,
  text: [40, 40, 40] as Rgb,
  /** accuracy < 50 % */
  weak: [214, 69, 65] as Rgb,
  /** 50 % ≤ accuracy < 80 % */
  learning: [240, 173, 78] as Rgb,
  /** accuracy ≥ 80 % */
  mastered: [76, 168, 92] as Rgb,
};

/** Image size and plot margins, in pixels. */
export const CHART_LAYOUT = {
  width: 800,
  height: 400,
  left: 60,
  right: 16,
  top: 28,
  bottom: 36,
} as const;

/** The bar colour for an accuracy. */
export function barColor(accuracy: number): Rgb {
  if (accuracy < 0.5) return CHART_COLORS.weak;
  if (accuracy < 0.8) return CHART_COLORS.learning;
  return CHART_COLORS.mastered;
}

/** Height in pixels of a bar; at least 2 so a 0 % bar is still seen (and counted). */
export function barHeight(accuracy: number, plotHeight: number): number {
  return Math.max(2, Math.round(Math.min(1, Math.max(0, accuracy)) * plotHeight));
}

/** Renders the chart; throws a RangeError for no bars or an accuracy that is not a number in [0, 1]. */
export function renderAccuracyChart(bars: readonly ChartBarInput[]): Uint8Array {
  if (bars.length === 0) throw new RangeError('an accuracy chart needs at least one bar');
  for (const bar of bars) {
    if (!Number.isFinite(bar.accuracy) || bar.accuracy < 0 || bar.accuracy > 1) {
      throw new RangeError(
        `bar "${bar.label}": accuracy ${bar.accuracy} is not a number between 0 and 1`,
      );
    }
  }
  const { width, height, left, right, top, bottom } = CHART_LAYOUT;
  const png = new PNG({ width, height });
  const set = (x: number, y: number, [r, g, b]: Rgb): void => {
    if (x < 0 || y < 0 || x >= width || y >= height) return;
    const i = (y * width + x) * 4;
    png.data[i] = r;
    png.data[i + 1] = g;
    png.data[i + 2] = b;
    png.data[i + 3] = 255;
  };
  const fill = (x0: number, y0: number, w: number, h: number, color: Rgb): void => {
    for (let y = y0; y < y0 + h; y++) for (let x = x0; x < x0 + w; x++) set(x, y, color);
  };
  const text = (s: string, x: number, y: number, scale: number): void =>
    drawText(s, x, y, scale, (px, py) => set(px, py, CHART_COLORS.text));

  fill(0, 0, width, height, CHART_COLORS.background);
  const plotWidth = width - left - right;
  const plotHeight = height - top - bottom;
  const baseline = top + plotHeight; // first row below the plot: the x axis

  for (const tick of [0, 0.25, 0.5, 0.75, 1]) {
    const y = baseline - Math.round(tick * plotHeight);
    if (tick > 0) fill(left, y, plotWidth, 1, CHART_COLORS.grid);
    if ((tick * 100) % 50 === 0) {
      const label = `${tick * 100}%`;
      text(label, left - 6 - textWidth(label, 2), y - GLYPH_HEIGHT, 2);
    }
  }

  const slot = plotWidth / bars.length;
  const barWidth = Math.max(2, Math.min(64, Math.floor(slot * 0.7)));
  bars.forEach((bar, i) => {
    const centre = left + Math.floor(slot * i + slot / 2);
    const x = centre - Math.floor(barWidth / 2);
    const h = barHeight(bar.accuracy, plotHeight);
    fill(x, baseline - h, barWidth, h, barColor(bar.accuracy));

    const percent = `${Math.round(bar.accuracy * 100)}%`;
    const percentScale = textWidth(percent, 2) <= slot - 4 ? 2 : 1;
    text(
      percent,
      centre - Math.floor(textWidth(percent, percentScale) / 2),
      baseline - h - 4 - GLYPH_HEIGHT * percentScale,
      percentScale,
    );
    const labelScale = textWidth(bar.label, 2) <= slot - 2 ? 2 : 1;
    text(
      bar.label,
      centre - Math.floor(textWidth(bar.label, labelScale) / 2),
      baseline + 8,
      labelScale,
    );
  });
  fill(left, baseline, plotWidth, 1, CHART_COLORS.axis);
  fill(left - 1, top, 1, plotHeight + 1, CHART_COLORS.axis);

  return new Uint8Array(PNG.sync.write(png));
}
