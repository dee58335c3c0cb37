/**
 * `npm run bench` — every benchmark in one run, one after another (each in its own process, so
 * none disturbs another's memory or JIT): the answer path in Slack HTTP mode, Slack Socket Mode
 * and on Discord, each against its bare-library floors (answer-path.bench.ts), the store
 * (`npm run bench:store`), the bank build from the shipped notes, and the peak RSS of the real
 * process after 10,000 answers. Prints one table and writes bench/results.json.
 *
 * Options: --quick (smaller runs, for a smoke test; the figures are not the targets' figures)
 *          --modes http,socket,discord (measure only these answer-path modes again; every other
 *          figure is taken from the last bench/results.json, and `measuredAt` says when each was)
 */
import { spawn } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { cpus, tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import {
  type BankFigures,
  parseBankOutput,
  parseStoreOutput,
  type StoreFigures,
} from './lib/parse-output.ts';
import { printTable, type Row } from './lib/table.ts';

const { values } = parseArgs({
  options: { quick: { type: 'boolean', default: false }, modes: { type: 'string' } },
});
const REPO = fileURLToPath(new URL('../', import.meta.url));
const RESULTS = join(REPO, 'bench', 'results.json');
/** No single benchmark may run longer than this. */
const BENCH_LIMIT_MS = 20 * 60_000;

interface Ran {
  stdout: string;
  code: number | null;
  seconds: number;
}

/** Runs a command in the repo, echoing its output, bounded in time. */
function run(command: string, args: string[]): Promise<Ran> {
  const started = performance.now();
  return new Promise((resolve) => {
    const child = spawn(command, args, { cwd: REPO, stdio: ['ignore', 'pipe', 'inherit'] });
    let stdout = '';
    child.stdout.setEncoding('utf8').on('data', (chunk: string) => {
      stdout += chunk;
      process.stdout.write(chunk);
    });
    const timer = setTimeout(() => child.kill('SIGTERM'), BENCH_LIMIT_MS);
    child.once('exit', (code) => {
      clearTimeout(timer);
      resolve({ stdout, code, seconds: (performance.now() - started) / 1000 });
    });
  });
}

const tsx = (script: string, ...args: string[]): Promise<Ran> =>
  run(process.execPath, ['--import', 'tsx', script, ...args]);
const quick = values.quick;
const dir = mkdtempSync(join(tmpdir(), 'quizbot-bench-all-'));
const readJson = (file: string): Record<string, unknown> | null => {
  try {
    return JSON.parse(readFileSync(file, 'utf8')) as Record<string, unknown>;
  } catch {
    return null;
  }
};

console.log(
  `quizbot benchmarks — node ${process.version}, ${cpus().length} cores${quick ? ' (quick)' : ''}\n`,
);

interface AnswerSide {
  clicksPerSecond: number;
  p50Ms: number;
  p99Ms: number;
  cpuUsPerClick: number;
}
interface AnswerRun {
  mode: string;
  sides: Record<string, AnswerSide>;
  ratios: Record<
    string,
    { throughput: number; p99: number; cpu: number; floor: string; replying: boolean }
  >;
  recorded: { exactlyOnce: boolean; clicks: number; answers: number } | null;
  problems: string[];
  targets: { throughputRatioMin: number; p99RatioMax: number };
}

const MODES = ['http', 'socket', 'discord'] as const;
/** With --modes: the last full run, whose other figures are kept. */
const previous = values.modes ? readJson(RESULTS) : null;
if (values.modes && !previous) throw new Error(`--modes needs an earlier ${RESULTS}`);
const remeasured = new Set(values.modes ? values.modes.split(',') : MODES);
const now = new Date().toISOString();
const measuredAt: Record<string, string> = {
  ...((previous?.measuredAt as Record<string, string> | undefined) ??
    Object.fromEntries(
      [...MODES.map((m) => `answer ${m}`), 'store', 'bank', 'rss'].map((k) => [
        k,
        String(previous?.at ?? now),
      ]),
    )),
};
const answerRuns: Ran[] = [];
const answers: Record<string, AnswerRun | null> = {};
for (const [i, mode] of MODES.entries()) {
  if (!remeasured.has(mode)) {
    answers[mode] = (previous?.answerPath as Record<string, AnswerRun | null>)[mode] ?? null;
    continue;
  }
  measuredAt[`answer ${mode}`] = now;
  console.log(`== 1${'abc'[i]}. answer path, ${mode} ==`);
  const file = join(dir, `answer-${mode}.json`);
  answerRuns.push(
    await tsx(
      'bench/answer-path.bench.ts',
      '--mode',
      mode,
      '--json',
      file,
      ...(quick ? ['--rounds', '2', '--clicks', '600', '--warmup', '200'] : []),
    ),
  );
  answers[mode] = readJson(file) as AnswerRun | null;
}

const kept = <T>(key: string): T => previous![key] as T;
const skipped: Ran = { stdout: '', code: 0, seconds: 0 };
let store: StoreFigures & { seconds?: number; raw?: string };
let storeRun = skipped;
let bank: BankFigures;
let bankRun = skipped;
let rss: null | {
  peakRssMb: number;
  answers: number;
  users: number;
  allAnsweredOnce: boolean;
  nodeOptions: string;
  mallocArenaMax: string;
};
let rssRun = skipped;
if (previous) {
  store = kept('store');
  bank = kept('bank');
  rss = kept('rss');
} else {
  console.log('\n== 2. store (npm run bench:store) ==');
  storeRun = await run('npm', [
    'run',
    '--silent',
    'bench:store',
    ...(quick ? ['--', '--answers', '100000', '--users', '2000'] : []),
  ]);
  store = {
    ...parseStoreOutput(storeRun.stdout),
    seconds: Math.round(storeRun.seconds),
    raw: storeRun.stdout,
  };

  console.log('\n== 3. bank build ==');
  bankRun = await tsx('bench/bank.bench.ts', ...(quick ? ['30', '--quick'] : ['200']));
  bank = parseBankOutput(bankRun.stdout);

  console.log('\n== 4. peak RSS ==');
  const rssJson = join(dir, 'rss.json');
  rssRun = await tsx(
    'bench/rss.bench.ts',
    '--json',
    rssJson,
    ...(quick ? ['--users', '2000'] : []),
  );
  rss = readJson(rssJson) as typeof rss;
  for (const key of ['store', 'bank', 'rss']) measuredAt[key] = now;
}
rmSync(dir, { recursive: true, force: true });

const verdict = (ok: boolean | null): string => (ok === null ? 'n/a' : ok ? 'met' : 'MISSED');
const rows: Row[] = [];
for (const mode of MODES) {
  const run = answers[mode];
  if (!run) {
    rows.push([`answer path ${mode}`, 'failed', '', 'MISSED']);
    continue;
  }
  for (const [target, side] of Object.entries(run.sides))
    rows.push([
      `answer ${mode}: ${target}`,
      `${side.clicksPerSecond} clicks/s, p50 ${side.p50Ms} ms, p99 ${side.p99Ms} ms, ${side.cpuUsPerClick} µs CPU/click`,
      '',
      '',
    ]);
  const { throughputRatioMin: min, p99RatioMax: max } = run.targets;
  for (const [floor, ratio] of Object.entries(run.ratios)) {
    rows.push([
      `answer ${mode}: ours / ${floor} throughput`,
      `${ratio.throughput}× (per CPU-second ${ratio.cpu}×)`,
      ratio.replying ? `>= ${min}` : '(no reply: none)',
      ratio.replying ? verdict(ratio.throughput >= min) : '',
    ]);
    rows.push([
      `answer ${mode}: ours / ${floor} p99`,
      `${ratio.p99}×`,
      ratio.replying ? `<= ${max}` : '(no reply: none)',
      ratio.replying ? verdict(ratio.p99 <= max) : '',
    ]);
  }
  if (run.recorded)
    rows.push([
      `answer ${mode}: clicks recorded and answered once`,
      `${run.recorded.answers} / ${run.recorded.clicks}${run.problems.length ? `; ${run.problems.join('; ')}` : ''}`,
      'all',
      verdict(run.recorded.exactlyOnce && run.problems.length === 0),
    ]);
}
if (store.recordPerSecond !== null) {
  rows.push(
    [
      'store: recordAnswer',
      `${store.recordPerSecond} answers/s (bare insert ${store.barePerSecond})`,
      '',
      '',
    ],
    ...(store.foldedPerSecond !== null
      ? [['store: recordAnswer + board folds', `${store.foldedPerSecond} answers/s`, '', ''] as Row]
      : []),
    ...(store.clickPerSecond !== null
      ? [
          [
            'store: recordClick (key + answer + card)',
            `${store.clickPerSecond} clicks/s; grouped by 8: ${store.groupedClickPerSecond} clicks/s`,
            '',
            '',
          ] as Row,
        ]
      : []),
    [
      'store: record/bare ratio',
      String(store.ratio),
      '>= 0.5',
      verdict(store.ratio === null ? null : store.ratio >= 0.5),
    ],
  );
  for (const board of store.leaderboards)
    rows.push([
      `store: leaderboard ${board.scope} ${board.period}`,
      `p50 ${board.p50Ms} ms, p99 ${board.p99Ms} ms`,
      '',
      '',
    ]);
} else rows.push(['store', `failed (exit ${storeRun.code})`, '', 'MISSED']);
if (bank.medianMs !== null)
  rows.push([
    'bank build (median)',
    `${bank.medianMs} ms (first ${bank.firstMs} ms, p90 ${bank.p90Ms} ms, ${bank.runs} runs)`,
    '<= 100 ms',
    verdict(bank.medianMs <= 100),
  ]);
else rows.push(['bank build', `failed (exit ${bankRun.code})`, '', 'MISSED']);
for (const size of bank.sizes) {
  const target = /5,000 rows|2 MB/.test(size.name) ? 2_000 : /line:/.test(size.name) ? 2_000 : null;
  rows.push([
    `bank build: ${size.name}`,
    `${size.medianMs} ms (cpu ${size.cpuMs} ms; ${size.size}, ${size.questions} questions)`,
    target === null ? '' : `<= ${target} ms`,
    target === null ? '' : verdict(size.medianMs <= target),
  ]);
}
if (rss)
  rows.push([
    `peak RSS after ${rss.answers} answers`,
    `${rss.peakRssMb} MB`,
    '<= 150 MB',
    verdict(rss.peakRssMb <= 150 && rss.allAnsweredOnce),
  ]);
else rows.push(['peak RSS', `failed (exit ${rssRun.code})`, '', 'MISSED']);

console.log('\n== results ==');
printTable(['benchmark', 'figure', 'target', 'verdict'], rows);

writeFileSync(
  RESULTS,
  `${JSON.stringify(
    {
      at: now,
      measuredAt,
      node: process.version,
      cores: cpus().length,
      quick,
      answerPath: answers,
      store,
      bank,
      rss,
      table: rows.map(([benchmark, figure, target, verdictText]) => ({
        benchmark,
        figure,
        target,
        verdict: verdictText,
      })),
    },
    null,
    2,
  )}\n`,
);
console.log(`\nwritten to ${RESULTS}`);
if ([...answerRuns, storeRun, bankRun, rssRun].some((r) => r.code !== 0)) process.exitCode = 1;
