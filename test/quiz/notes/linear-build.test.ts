/**
 * The bank builds in time proportional to the notes (issue 11 item 7): the inputs that used to
 * take seconds to minutes, a 5,000-row table, 2 MB of notes, and long lines of every character
 * class in every place a line can be. Bounds are generous CPU times of this process (other work
 * on the machine counts far less there than in wall time), far above what a linear build needs and far below what a
 * backtracking pattern or a quadratic loop takes, or, for the two big builds, how the CPU time
 * grows with the size against a smaller build measured just before; the real targets are in
 * `npm run bench:bank`.
 */
import { describe, expect, it } from 'vitest';
import { buildQuestionBank } from '../../../src/quiz/bank.ts';
import type { NotesSource } from '../../../src/quiz/types.ts';
import {
  CHARACTER_CLASSES,
  knownSlowInputs,
  misconceptionTable,
  notesWith,
  ordinarySections,
  PLACES,
  run,
} from './pathological-notes.ts';

/** CPU milliseconds this process spends building the bank from `source`. */
function buildCpuMs(source: NotesSource): number {
  const before = process.cpuUsage();
  const bank = buildQuestionBank([source]);
  const used = process.cpuUsage(before);
  expect(bank.questions.every((q) => q.choices.filter((c) => c.correct).length === 1)).toBe(true);
  return (used.user + used.system) / 1000;
}

const classes = Object.entries(CHARACTER_CLASSES);
const places = Object.keys(PLACES);

/**
 * Every bound here is CPU time of this process, which other work on the machine does not change;
 * the wall time it takes does: at load 18 on this 2-core machine the 5,000-row case (about 14 s of
 * CPU with its warm-up and 500-row run) took 70 s. vitest's 20 s would fail that build for being
 * scheduled late, not for being slow, and cannot stop a synchronous build that hangs anyway. So the
 * wall-clock limit is set to let each CPU bound decide.
 */
const WALL_TIMEOUT_MS = 300_000;

/** CPU milliseconds of a build of some notes and of one of 8 times as much, and their ratio. */
interface Growth {
  smallMs: number;
  largeMs: number;
  ratio: number;
}

/**
 * The most CPU a build of 8 times the notes (2 MB against 250 KB) may take, as a multiple of the
 * smaller build's. Measured (2026-12-01, load 10–12, 3 rounds each): the linear build 4.6–5.3
 * (below 8: each build also pays for its 40 concepts and its summary table); the same build with a
 * quadratic step added, costing 2.5 s at 2 MB: 9.0–14.9; costing 4.5 s: 12.6–17.2 (the old
 * absolute bound of 5 s caught that one too); costing 11 s: 18.1–23.5; a quadratic build: 64.
 */
const GROWTH_OF_8X_AT_MOST = 12;

describe('a linear build', { timeout: WALL_TIMEOUT_MS }, () => {
  it.each(Object.entries(knownSlowInputs()))('%s: under 2 s', (_name, source) => {
    expect(buildCpuMs(source)).toBeLessThan(2_000);
  });

  it('a 5,000-row misconception table: a question per row, in time that grows linearly with the rows', () => {
    const cpuOf = (rows: number): number => {
      const source = misconceptionTable(rows);
      const before = process.cpuUsage();
      const bank = buildQuestionBank([source]);
      const used = process.cpuUsage(before);
      expect(bank.concepts).toHaveLength(rows);
      expect(bank.questions.length).toBeGreaterThanOrEqual(rows);
      return (used.user + used.system) / 1000;
    };
    cpuOf(500); // warm-up: compile the generator's paths before measuring
    const small = cpuOf(500);
    const large = cpuOf(5_000);
    // Ten times the rows: about ten times the time when linear, a hundred when quadratic. The
    // ratio, unlike a bound in seconds, holds on a machine shared with other work (this process's
    // CPU time also counts its garbage collector and compiler threads); the 2 s target is in
    // `npm run bench:bank`. The absolute bound only catches a build that hangs.
    expect(large / small).toBeLessThan(25);
    expect(large).toBeLessThan(30_000);
  });

  it('2 MB of ordinary sections: in time that grows linearly with the size (target 2 s in the bench)', () => {
    const large = ordinarySections(2_000_000);
    const small = ordinarySections(250_000);
    expect(Buffer.byteLength(large.text)).toBeGreaterThanOrEqual(2_000_000);
    expect(Buffer.byteLength(small.text)).toBeGreaterThanOrEqual(250_000);
    // Warm-up: the first builds compile the generator's paths and size the heap (the first small
    // build costs twice a later one).
    buildCpuMs(small);
    buildCpuMs(small);
    // The baseline is four small builds around the large one, in this process: a machine that is
    // slow for everyone (load 15 once made the 2 MB build take 5 s of CPU instead of 1.5–2 s) slows
    // both alike, and the mean of four evens out the single build's noise. A round that noise
    // still pushes over is measured again, up to three times: noise does not repeat, growth does.
    const rounds: Growth[] = [];
    for (let round = 0; round < 3; round++) {
      const before = [buildCpuMs(small), buildCpuMs(small)];
      const largeMs = buildCpuMs(large);
      const baseline = [...before, buildCpuMs(small), buildCpuMs(small)];
      const smallMs = baseline.reduce((a, b) => a + b) / baseline.length;
      rounds.push({ smallMs, largeMs, ratio: largeMs / smallMs });
      if (largeMs / smallMs < GROWTH_OF_8X_AT_MOST) break;
    }
    const best = rounds.reduce((a, b) => (b.ratio < a.ratio ? b : a));
    const seen = rounds
      .map((r) => `${Math.round(r.largeMs)} / ${Math.round(r.smallMs)} ms = ${r.ratio.toFixed(1)}`)
      .join('; ');
    // It grows: the 2 MB are really read (a build that skipped most of them would cost the same).
    expect(best.ratio, seen).toBeGreaterThan(1);
    expect(best.ratio, seen).toBeLessThan(GROWTH_OF_8X_AT_MOST);
    // Only a build that became many times slower at every size fails here; speed is in the bench.
    expect(best.largeMs, seen).toBeLessThan(30_000);
  });

  it(`64 KB lines of each of ${classes.length} character classes in each of ${places.length} places: each under 1 s`, () => {
    const slow: string[] = [];
    for (const [kind, pattern] of classes)
      for (const place of places) {
        const ms = buildCpuMs(notesWith(place, run(pattern, 65_536)));
        if (ms >= 1_000) slow.push(`${kind} in ${place}: ${Math.round(ms)} ms`);
      }
    expect(slow).toEqual([]);
  });

  // The 64 KB sweep above catches any pattern that backtracks (it would take seconds there); at
  // 1 MB, the classes those patterns used to trip on, each in a place of its own.
  const MEGABYTE_CASES: [string, string][] = [
    ['spaces', 'heading'],
    ['open parentheses', 'paragraph'],
    ['open brackets', 'correct cell'],
    ['double stars', 'misconception bullet'],
    ['kanji', 'definition'],
    ['period and spaces', 'point label'],
    ['spaced wrong marks', 'misconception cell'],
    ['colons', 'label-word heading'],
  ];

  it.each(MEGABYTE_CASES)('a 1 MB line of %s in the %s: under 2 s', (kind, place) => {
    const pattern = CHARACTER_CLASSES[kind] ?? '';
    expect(pattern).not.toBe('');
    expect(buildCpuMs(notesWith(place, run(pattern, 1_000_000)))).toBeLessThan(2_000);
  });

  it('a concept heading of 200,000 `/`-joined parts over 20 lines: under 2 s (alias-length)', () => {
    // The whole heading was a name of `Tag`, and each of its statements was read against it: at
    // 80,000 parts 3 s, growing with the heading times the lines.
    const heading = `## Tag / ${'ab / '.repeat(200_000)}Digest`;
    const lines = Array.from({ length: 20 }, (_, i) => `- Tag line ${i} says a thing.`);
    expect(buildCpuMs(sectionNotes(heading, lines))).toBeLessThan(2_000);
  });

  it('a section of 5,000 statements that all say one thing: in time that grows linearly (most-true-statements)', () => {
    // Every pair of a concept's statements is compared, and keys shared pair by pair copied a
    // list as long as the class: 500 such statements took 3 s, 1,000 took 20 s.
    const notesOf = (statements: number): NotesSource =>
      sectionNotes(
        '## Tag / Digest',
        Array.from(
          { length: statements },
          (_, i) => `- Tag line ${i} says a thing about digest number ${i}.`,
        ),
      );
    buildCpuMs(notesOf(1_000)); // warm-up: compile the generator's paths before measuring
    const small = buildCpuMs(notesOf(1_000));
    const large = buildCpuMs(notesOf(5_000));
    // Five times the statements: at most five times the time when linear (measured 1.5–2.1 on
    // 2026-12-07: the two concepts' own questions cost the same in both), 25 when quadratic. A
    // bound of 2 s held at 1.4 s on one machine and failed at 2.2 s on a slower one with the code
    // unchanged: the ratio holds on both, and the absolute bound only catches a hang.
    expect(large / small).toBeLessThan(8);
    expect(large).toBeLessThan(30_000);
  });
});

/** Notes of two concepts, `Tag` and `Digest`, whose one section is `heading` over `lines`. */
function sectionNotes(heading: string, lines: readonly string[]): NotesSource {
  return {
    path: 'section.md',
    text: [
      '# Images',
      '',
      '| Concept | Correct understanding | Common misconceptions |',
      '|---|---|---|',
      '| Tag | Mutable pointer | Tags never move × |',
      '| Digest | Hash of the manifest | Content can change × |',
      '',
      heading,
      '',
      ...lines,
      '',
      '- × A tag can never change (anyone with push rights can move it)',
      '',
    ].join('\n'),
  };
}
