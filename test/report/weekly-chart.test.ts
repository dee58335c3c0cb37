/**
 * The weekly chart, read back from its pixels: size, one bar per concept as long as its accuracy,
 * glyphs drawn in every concept label (Japanese and English, from the font the project carries),
 * the trend's points, the most-missed misconception.
 */
import { describe, expect, it } from 'vitest';
import { renderWeeklyChart } from '../../src/report/weekly-chart.ts';
import {
  barColor,
  barLength,
  CHART_COLORS,
  CHART_LAYOUT,
  CHART_MAX_BARS,
  type WeeklyChartData,
} from '../../src/report/weekly-chart-layout.ts';
import { decodePng, inkIn, readBars, sameColor } from './chart-pixels.ts';

function chart(
  bars: WeeklyChartData['bars'],
  overrides: Partial<WeeklyChartData> = {},
): WeeklyChartData {
  return {
    title: '週間レポート（2026-W49）',
    subtitle: '今週の回答 12件・正答率 67%',
    barsHeading: '概念ごとの正答率',
    bars,
    trendHeading: 'チームの正答率（直近8週）',
    trend: ['W42', 'W43', 'W44', 'W45', 'W46', 'W47', 'W48', 'W49'].map((label, i) => ({
      label,
      accuracy: i === 0 || i === 4 ? null : 0.4 + i * 0.05,
    })),
    missed: {
      heading: '今週いちばん多かった誤解',
      text: 'サーガ: × 分散トランザクションを使う（3人）',
      none: false,
    },
    ...overrides,
  };
}

const JAPANESE = [
  'サーガ',
  'サーキットブレーカー',
  'イベントソーシング',
  'バルクヘッド',
  '結果整合性',
  'サイドカー',
];
const ENGLISH = [
  'Circuit breaker',
  'Bulkhead',
  'Retry with backoff',
  'Idempotency key',
  'Saga',
  'CQRS',
];

describe('renderWeeklyChart', () => {
  it('is a 1200×720 PNG with one bar per concept, as long as its accuracy, coloured by band', () => {
    const accuracies = [0, 0.25, 0.5, 0.79, 0.8, 1];
    const { png, layout } = renderWeeklyChart(
      chart(accuracies.map((accuracy, i) => ({ label: JAPANESE[i]!, accuracy }))),
    );
    expect([...png.slice(0, 8)]).toEqual([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
    const image = decodePng(png);
    expect([image.width, image.height]).toEqual([1200, 720]);

    const bars = readBars(image);
    expect(bars).toHaveLength(accuracies.length);
    expect(bars.map((b) => b.length)).toEqual(accuracies.map(barLength));
    bars.forEach((bar, i) => {
      if (accuracies[i]! > 0)
        expect(Math.abs(bar.length - accuracies[i]! * CHART_LAYOUT.trackWidth)).toBeLessThanOrEqual(
          1,
        );
    });
    expect(bars.map((b) => b.color)).toEqual([
      CHART_COLORS.weak,
      CHART_COLORS.weak,
      CHART_COLORS.learning,
      CHART_COLORS.learning,
      CHART_COLORS.mastered,
      CHART_COLORS.mastered,
    ]);
    // The layout says the same as the pixels, top to bottom in the order given.
    expect(layout.bars.map((b) => b.bar.y)).toEqual(bars.map((b) => b.top));
  });

  it.each([
    ['Japanese', JAPANESE],
    ['English', ENGLISH],
  ])('draws glyphs in every concept label area (%s notes)', (_language, labels) => {
    const { png, layout } = renderWeeklyChart(
      chart(labels.map((label, i) => ({ label, accuracy: i / labels.length }))),
    );
    const image = decodePng(png);
    expect(layout.bars.map((b) => b.text)).toEqual(labels);
    for (const bar of layout.bars) {
      const ink = inkIn(image, bar.label);
      // Each glyph leaves dozens of dark pixels at 24 px; a missing glyph leaves none.
      expect(ink, bar.text).toBeGreaterThan(20 * [...bar.text].length);
    }
    // Nothing is drawn left of the label column: long names do not run out of it.
    for (const bar of layout.bars)
      expect(inkIn(image, { ...bar.label, x: 0, width: bar.label.x })).toBe(0);
  });

  it('shortens a name too long for the label column with …, inside the column', () => {
    const long = 'ストラングラーフィグパターンによる段階的な移行（レガシーシステムの置き換え）';
    const { png, layout } = renderWeeklyChart(chart([{ label: long, accuracy: 0.5 }]));
    const [bar] = layout.bars;
    expect(bar!.text.endsWith('…')).toBe(true);
    expect(long.startsWith(bar!.text.slice(0, -1))).toBe(true);
    const image = decodePng(png);
    expect(inkIn(image, { ...bar!.label, x: 0, width: bar!.label.x })).toBe(0);
    expect(inkIn(image, bar!.label)).toBeGreaterThan(200);
  });

  it(`draws at most ${CHART_MAX_BARS} bars, with the footnote`, () => {
    const many = Array.from({ length: 20 }, (_, i) => ({
      label: `概念${i + 1}`,
      accuracy: i / 20,
    }));
    const { png, layout } = renderWeeklyChart(
      chart(many, { barsFootnote: 'ほか12概念はメッセージ本文にあります' }),
    );
    const image = decodePng(png);
    expect(readBars(image)).toHaveLength(CHART_MAX_BARS);
    expect(layout.bars.map((b) => b.color)).toEqual(
      many.slice(0, CHART_MAX_BARS).map((b) => barColor(b.accuracy)),
    );
    expect(
      inkIn(image, {
        x: CHART_LAYOUT.pad,
        y: CHART_LAYOUT.footnoteBaseline - 20,
        width: 400,
        height: 26,
      }),
    ).toBeGreaterThan(200);
  });

  it('puts a point on every week with answers, none on weeks without, and the most-missed misconception in its band', () => {
    const data = chart([{ label: 'サーガ', accuracy: 0.3 }]);
    const { png, layout } = renderWeeklyChart(data);
    const image = decodePng(png);
    layout.trend.forEach((point, i) => {
      expect(point === null, data.trend[i]!.label).toBe(data.trend[i]!.accuracy === null);
      if (point) expect(sameColor(image.at(point.x, point.y), CHART_COLORS.trend)).toBe(true);
    });
    // Higher accuracy is higher up.
    const drawn = layout.trend.filter((p) => p !== null);
    expect(drawn.at(-1)!.y).toBeLessThan(drawn[0]!.y);
    expect(inkIn(image, layout.missed)).toBeGreaterThan(1000);
  });

  it('draws an empty week, no bars and no misconception without failing', () => {
    const { png } = renderWeeklyChart(
      chart([], {
        trend: [{ label: 'W49', accuracy: null }],
        missed: {
          heading: 'Most-missed misconception this week',
          text: 'No wrong answers this week.',
          none: true,
        },
      }),
    );
    expect(readBars(decodePng(png))).toHaveLength(0);
  });

  it.each([
    [
      [{ label: 'Saga', accuracy: 1.5 }],
      {},
      'bar "Saga": accuracy 1.5 is not a number between 0 and 1',
    ],
    [[{ label: 'CQRS', accuracy: Number.NaN }], {}, 'bar "CQRS": accuracy NaN'],
    [[], { trend: [{ label: 'W49', accuracy: -0.1 }] }, 'week W49: accuracy -0.1'],
  ])('refuses values it cannot draw: %j', (bars, overrides, message) => {
    expect(() => renderWeeklyChart(chart(bars, overrides))).toThrow(message);
  });
});
