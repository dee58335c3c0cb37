/**
 * The weekly report, driven through a week of daily questions by the store-driven tick with a
 * clock the test moves: posted once per channel and local week (across restarts and two processes),
 * at the configured day and time, with the leaderboard, trend, misconceptions and a PNG chart.
 */
import { describe, expect, it } from 'vitest';
import { DeliveryError } from '../../../src/bot/errors.ts';
import { messages } from '../../../src/bot/i18n/catalog.ts';
import { REPORT_LEASE_MS } from '../../../src/bot/learning/weekly-report.ts';
import type { Reply } from '../../../src/bot/types.ts';
import { decodePng, inkIn, readBars } from '../../report/chart-pixels.ts';
import {
  CHANNEL,
  HOUR,
  optionButton,
  startTestBot,
  type TestBot,
  TestClock,
  tempDbPath,
} from './learning-harness.ts';

const m = messages('en');
const MON = '2026-11-29T23:00:00Z'; // Mon 2026-11-30 08:00 Tokyo (ISO week 2026-W49)

function reports(...bots: TestBot[]): Reply[] {
  return bots.flatMap((b) =>
    b.transport.calls
      .filter((c) => c.kind === 'post' && c.reply.title?.startsWith('Weekly report'))
      .map((c) => c.reply),
  );
}

/** Ticks every 30 minutes until `until`; each new question is answered by three people (Bob always wrong). */
async function runUntil(t: TestBot, clock: TestClock, until: string): Promise<void> {
  const end = Date.parse(until);
  while (clock.now < end) {
    clock.advance(HOUR / 2);
    const before = t.transport.questionPosts().length;
    await t.bot.tick();
    for (const post of t.transport.questionPosts().slice(before)) {
      for (const [user, right] of [
        ['UALICE', true],
        ['UCAROL', true],
        ['UBOB', false],
      ] as const) {
        await t.click(user, optionButton(post.reply, t.bot.deps.questions, right));
      }
    }
  }
}

async function setUp(dbPath = tempDbPath(), clock = new TestClock(Date.parse(MON))) {
  const t = startTestBot({ dbPath, clock });
  await t.command('UADMIN', 'schedule 09:00 daily Asia/Tokyo');
  return { t, clock, dbPath };
}

describe('weekly report', () => {
  it('is posted on Friday at 17:00 local by default, with leaderboard, trend, misconceptions and a chart', async () => {
    const { t, clock } = await setUp();
    await runUntil(t, clock, '2026-12-04T07:30:00Z'); // Fri 16:30 Tokyo
    expect(reports(t)).toHaveLength(0);
    await runUntil(t, clock, '2026-12-04T08:00:00Z'); // Fri 17:00
    const [report] = reports(t);
    expect(report).toBeDefined();
    expect(report!.title).toBe(m.reportTitle('2026-W49'));
    // Mon–Thu are closed by Friday 17:00: 4 questions × 3 answers, 2 right each.
    expect(report!.text).toContain(m.reportSummary(12, '67%'));
    const field = (label: string) => report!.fields!.find((f) => f.label === label)!.value;
    expect(field(m.reportLeaderboard).split('\n')[0]).toMatch(/^1\. u(alice|carol) /);
    expect(field(m.reportTrend).split('\n')).toEqual([
      m.reportTrendNone('2026-W42'),
      m.reportTrendNone('2026-W43'),
      m.reportTrendNone('2026-W44'),
      m.reportTrendNone('2026-W45'),
      m.reportTrendNone('2026-W46'),
      m.reportTrendNone('2026-W47'),
      m.reportTrendNone('2026-W48'),
      m.reportTrendLine('2026-W49', '67%', 12),
    ]);
    const misconceptions = field(m.reportMisconceptions).split('\n');
    expect(misconceptions[0]).toMatch(/^1\. .+: × .+ \(1 person\)$/);
    expect(misconceptions[1]).toMatch(/^ {3}→ .+ is wrong\.$/);
    expect(misconceptions.filter((l) => /^\d\. /.test(l))).toHaveLength(3);

    const legend = field(m.reportChartLegend).split('\n');
    const png = report!.attachments![0]!;
    expect(png).toMatchObject({ filename: 'quizbot-report-2026-W49.png', mimeType: 'image/png' });
    const image = decodePng(png.data);
    expect([image.width, image.height]).toEqual([1200, 720]);
    expect(legend.length).toBe(3); // the test bank's three concepts were all asked Mon–Thu
    const bars = readBars(image);
    expect(bars).toHaveLength(3);
    // Each bar is as long as the accuracy the message gives for its concept, weakest first.
    const percents = legend.map((line) => Number(/ (\d+)%/.exec(line)![1]) / 100);
    bars.forEach((bar, i) =>
      expect(Math.abs(bar.length - percents[i]! * 312)).toBeLessThanOrEqual(2 + 312 * 0.005),
    );
    // The concept names are drawn beside the bars (their label areas hold glyphs).
    for (const bar of bars)
      expect(
        inkIn(image, { x: 48, y: bar.top - 8, width: 252, height: bar.bottom - bar.top + 16 }),
      ).toBeGreaterThan(60);
    expect(png.altText).toContain(m.chartAltIntro(m.reportTitle('2026-W49')));
    expect(png.altText).toContain('W49 67%');
    expect(png.altText).toContain(m.chartAltNoAnswers);
    expect(t.store.getWeeklyReport(CHANNEL, '2026-W49')).toMatchObject({ outcome: 'posted' });
  });

  it('posts once per week across restarts and with two processes, and again the next week', async () => {
    const { t, clock, dbPath } = await setUp();
    await runUntil(t, clock, '2026-12-04T07:30:00Z');
    await t.stop();

    // Two processes on one database file reach Friday 17:00 together.
    clock.set('2026-12-04T08:00:00Z');
    const a = startTestBot({ dbPath, clock, seed: 2 });
    const b = startTestBot({ dbPath, clock, seed: 3 });
    await Promise.all([a.bot.tick(), b.bot.tick(), a.bot.tick()]);
    expect(reports(a, b)).toHaveLength(1);
    await a.stop();
    await b.stop();

    // Restarted later the same week: nothing more.
    for (const at of ['2026-12-04T09:00:00Z', '2026-12-05T03:00:00Z', '2026-12-06T14:00:00Z']) {
      clock.set(at);
      const again = startTestBot({ dbPath, clock });
      await again.bot.startScheduler();
      expect(reports(again)).toHaveLength(0);
      await again.stop();
    }

    // The next week's report comes on its Friday.
    clock.set('2026-12-06T23:00:00Z'); // Mon 2026-12-07 08:00
    const next = startTestBot({ dbPath, clock });
    await runUntil(next, clock, '2026-12-11T08:00:00Z');
    expect(reports(next).map((r) => r.title)).toEqual([m.reportTitle('2026-W50')]);
  });

  it('comes at the day and time the channel set', async () => {
    const { t, clock } = await setUp();
    await t.command('UADMIN', 'team report wed 12:00');
    await runUntil(t, clock, '2026-12-02T02:30:00Z'); // Wed 11:30
    expect(reports(t)).toHaveLength(0);
    await runUntil(t, clock, '2026-12-02T03:00:00Z'); // Wed 12:00
    expect(reports(t)).toHaveLength(1);
    expect(reports(t)[0]!.text).toContain(m.reportSummary(6, '67%')); // Mon and Tue closed
    await runUntil(t, clock, '2026-12-04T10:00:00Z');
    expect(reports(t)).toHaveLength(1);
  });

  it('is not posted when turned off, nor where the daily quiz is off, and a week without answers is skipped once', async () => {
    const { t, clock } = await setUp();
    await t.command('UADMIN', 'team report off');
    await runUntil(t, clock, '2026-12-04T09:00:00Z');
    expect(reports(t)).toHaveLength(0);
    expect(t.store.getWeeklyReport(CHANNEL, '2026-W49')).toBeNull();

    await t.command('UADMIN', 'team report fri 17:00');
    await t.command('UADMIN', 'schedule off');
    clock.set('2026-12-11T08:30:00Z');
    await t.bot.tick();
    expect(reports(t)).toHaveLength(0);

    await t.command('UADMIN', 'schedule 09:00 daily Asia/Tokyo');
    clock.set('2026-12-18T08:30:00Z'); // W51: no question closed that week yet → skipped, not retried
    await t.bot.tick();
    expect(reports(t)).toHaveLength(0);
    expect(t.store.getWeeklyReport(CHANNEL, '2026-W51')).toMatchObject({ outcome: 'skipped' });
  });

  it('retries a report the platform refused for a passing reason, once the lease is over, and posts it once', async () => {
    const { t, clock } = await setUp();
    await runUntil(t, clock, '2026-12-04T07:30:00Z');
    t.transport.failWith = new DeliveryError('transient', 'HTTP 503');
    clock.set('2026-12-04T08:00:00Z');
    await t.bot.tick();
    t.transport.failWith = null;
    clock.advance(REPORT_LEASE_MS / 2);
    await t.bot.tick();
    expect(reports(t)).toHaveLength(0); // still leased by the failed attempt
    clock.advance(REPORT_LEASE_MS);
    await t.bot.tick();
    await t.bot.tick();
    expect(reports(t)).toHaveLength(1);
  });

  it('can be posted at once by an admin, and then not again that week', async () => {
    const { t, clock } = await setUp();
    await runUntil(t, clock, '2026-12-02T03:00:00Z'); // Wed noon: Mon and Tue closed
    const [done] = await t.command('UADMIN', 'team report now');
    expect(done!.text).toBe(m.reportPostedNow('2026-W49'));
    expect(reports(t)).toHaveLength(1);
    const [again] = await t.command('UADMIN', 'team report now');
    expect(again!.text).toBe(m.reportAlreadyPosted('2026-W49'));
    await runUntil(t, clock, '2026-12-05T00:00:00Z');
    expect(reports(t)).toHaveLength(1);
    expect((await t.command('UALICE', 'team report now'))[0]!.text).toBe(m.adminOnly('team'));
  });
});
