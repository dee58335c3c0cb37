import { describe, expect, it } from 'vitest';
import {
  barColor,
  barHeight,
  CHART_COLORS,
  CHART_LAYOUT,
  renderAccuracyChart,
} from '../../src/report/accuracy-chart.ts';
import { decodeChart } from './chart-pixels.ts';

const PLOT_HEIGHT = CHART_LAYOUT.height - CHART_LAYOUT.top - CHART_LAYOUT.bottom;

describe('renderAccuracyChart', () => {
  it('is a PNG of the expected size with one bar per concept, tall as its accuracy', () => {
    const accuracies = [0, 0.25, 0.5, 0.79, 0.8, 1];
    const png = renderAccuracyChart(
      accuracies.map((accuracy, i) => ({ label: String(i + 1), accuracy })),
    );
    expect([...png.slice(0, 8)]).toEqual([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
    const chart = decodeChart(png);
    expect([chart.width, chart.height]).toEqual([CHART_LAYOUT.width, CHART_LAYOUT.height]);
    expect(chart.bars).toHaveLength(accuracies.length);
    expect(chart.bars.map((b) => b.height)).toEqual(
      accuracies.map((a) => barHeight(a, PLOT_HEIGHT)),
    );
    expect(chart.bars.map((b) => b.color)).toEqual([
      CHART_COLORS.weak,
      CHART_COLORS.weak,
      CHART_COLORS.learning,
      CHART_COLORS.learning,
      CHART_COLORS.mastered,
      CHART_COLORS.mastered,
    ]);
    // Left to right in the order given.
    expect(chart.bars.map((b) => b.x)).toEqual(
      [...chart.bars.map((b) => b.x)].sort((a, b) => a - b),
    );
  });

  it.each([1, 2, 7, 20])('draws %i separate bars', (n) => {
    const chart = decodeChart(
      renderAccuracyChart(
        Array.from({ length: n }, (_, i) => ({
          label: String(i + 1),
          accuracy: ((i * 37) % 100) / 100,
        })),
      ),
    );
    expect(chart.bars).toHaveLength(n);
  });

  it('keeps a 0 % bar visible and colours by band', () => {
    expect(barHeight(0, PLOT_HEIGHT)).toBe(2);
    expect(barHeight(1, PLOT_HEIGHT)).toBe(PLOT_HEIGHT);
    expect(barColor(0.49)).toBe(CHART_COLORS.weak);
    expect(barColor(0.5)).toBe(CHART_COLORS.learning);
    expect(barColor(0.8)).toBe(CHART_COLORS.mastered);
  });

  it.each([
    [[], 'at least one bar'],
    [[{ label: '1', accuracy: 1.5 }], 'bar "1": accuracy 1.5 is not a number between 0 and 1'],
    [[{ label: '2', accuracy: Number.NaN }], 'bar "2": accuracy NaN'],
  ])('refuses bad bars: %j', (bars, message) => {
    expect(() => renderAccuracyChart(bars)).toThrow(message);
  });
});
