/** The chart's left panel: accuracy per concept, weakest first, a labelled bar per concept. */
import type { Pen } from './chart-pen.ts';
import { type Box, CHART_COLORS, CHART_LAYOUT as L, type Rgb } from './chart-style.ts';

/** One concept's bar. */
export interface ChartBarData {
  /** The concept's name, in the notes' language. */
  label: string;
  /** In [0, 1]. */
  accuracy: number;
}

/** Where a bar and its label went. */
export interface BarPlacement {
  bar: Box;
  /** The concept label's area (right-aligned text inside). */
  label: Box;
  /** The label as drawn (shortened with … when it did not fit). */
  text: string;
  color: Rgb;
}

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
  return Math.max(3, Math.round(Math.min(1, Math.max(0, accuracy)) * L.trackWidth));
}

/** Draws the heading, up to {@link CHART_MAX_BARS} bars and the footnote. */
export function drawBars(
  pen: Pen,
  heading: string,
  data: readonly ChartBarData[],
  footnote: string | undefined,
): BarPlacement[] {
  const panelWidth = L.trendLeft - L.pad - 32;
  pen.line(heading, L.pad, L.headingBaseline, panelWidth, {
    size: L.headingSize,
    weight: 700,
    color: CHART_COLORS.text,
  });
  const drawn = data.slice(0, CHART_MAX_BARS);
  const pitch = Math.min(
    L.maxRowPitch,
    Math.floor((L.rowsBottom - L.rowsTop) / Math.max(1, drawn.length)),
  );
  const thickness = Math.round(pitch * 0.62);
  const placements = drawn.map((b, i): BarPlacement => {
    const centre = L.rowsTop + Math.round(pitch * i + pitch / 2);
    const text = pen.line(
      b.label,
      L.labelRight,
      centre + Math.round(L.labelSize * 0.35),
      L.labelWidth,
      {
        size: L.labelSize,
        weight: 400,
        color: CHART_COLORS.text,
        anchor: 'end',
      },
    );
    const top = centre - Math.floor(thickness / 2);
    const length = barLength(b.accuracy);
    const color = barColor(b.accuracy);
    pen.rect(L.trackX, top, L.trackWidth, thickness, CHART_COLORS.track);
    pen.rect(L.trackX, top, length, thickness, color);
    pen.text(
      `${Math.round(b.accuracy * 100)}%`,
      L.trackX + L.trackWidth + 10,
      centre + Math.round(L.valueSize * 0.35),
      {
        size: L.valueSize,
        weight: 700,
        color: CHART_COLORS.text,
      },
    );
    return {
      bar: { x: L.trackX, y: top, width: length, height: thickness },
      label: {
        x: L.labelRight - L.labelWidth,
        y: centre - L.labelSize,
        width: L.labelWidth,
        height: L.labelSize * 2,
      },
      text,
      color,
    };
  });
  if (footnote)
    pen.line(footnote, L.pad, L.footnoteBaseline, panelWidth, {
      size: L.footnoteSize,
      weight: 400,
      color: CHART_COLORS.muted,
    });
  return placements;
}
