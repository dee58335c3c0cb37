/** The weekly chart's colours and geometry, shared by its parts (and read by tests). */
import type { Color } from './svg.ts';

export type Rgb = readonly [number, number, number];

export interface Box {
  x: number;
  y: number;
  width: number;
  height: number;
}

/** `[47, 111, 222]` → `#2f6fde`. */
export const hex = ([r, g, b]: Rgb): Color =>
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

/** Size, margins and the panels' geometry, in pixels. */
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
  trendValueSize: 28,
  band: { x: 48, y: 616, width: 1104, height: 80, headingSize: 20, textSize: 26 },
} as const;
