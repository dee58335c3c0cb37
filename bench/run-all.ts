/**
 * `npm run bench` — every benchmark in one run, one after another (each in its own process, so
 * none disturbs another's memory or JIT): the answer path against bare Bolt, the store
 * (`npm run bench:store`), the bank build from the shipped notes, and the peak RSS of the real
 * process after 10,000 answers. Prints one table and writes bench/results.json.
 *
 * Options: --quick (smaller runs, for a smoke test; the figures are not the targets' figures)
 */
import { spawn } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { cpus, tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { parseBankOutput, parseStoreOutput } from './lib/parse-output.ts';
import { printTable, type Row } from './lib/table.ts';

const { values } = parseArgs({ options: { quick: { type: 'boolean', default: false } } });
const REPO = fileURLToPath(new URL('../', import.meta.url));
const RESULTS = join(REPO, 'bench', 'results.json');
/** No single benchmark may run longer than this. */
const BENCH_LIMIT_MS = 10 * 60_000;

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

console.log('== 1. answer path ==');
const answerJson = join(dir, 'answer.json');
const answerRun = await tsx(
  'bench/answer-path.bench.ts',
  '--json',
  answerJson,
  ...(quick ? ['--rounds', '2', '--clicks', '800', '--warmup', '200'] : []),
);
const answer = readJson(answerJson) as null | {
  ours: { clicksPerSecond: number; p50Ms: number; p99Ms: number };
  bare: { clicksPerSecond: number; p50Ms: number; p99Ms: number };
  throughputRatio: number;
  p99Ratio: number;
  recorded: { exactlyOnce: boolean; clicks: number; answers: number };
};

console.log('\n== 2. store (npm run bench:store) ==');
const storeRun = await run('npm', [
  'run',
  '--silent',
  'bench:store',
  ...(quick ? ['--', '--answers', '100000', '--users', '2000'] : []),
]);
const store = parseStoreOutput(storeRun.stdout);

console.log('\n== 3. bank build ==');
const bankRun = await tsx('bench/bank.bench.ts', ...(quick ? ['30', '--quick'] : ['200']));
const bank = parseBankOutput(bankRun.stdout);

console.log('\n== 4. peak RSS ==');
const rssJson = join(dir, 'rss.json');
const rssRun = await tsx(
  'bench/rss.bench.ts',
  '--json',
  rssJson,
  ...(quick ? ['--users', '2000'] : []),
);
const rss = readJson(rssJson) as null | {
  peakRssMb: number;
  answers: number;
  users: number;
  allAnsweredOnce: boolean;
  nodeOptions: string;
  mallocArenaMax: string;
};
rmSync(dir, { recursive: true, force: true });

const verdict = (ok: boolean | null): string => (ok === null ? 'n/a' : ok ? 'met' : 'MISSED');
const rows: Row[] = [];
if (answer) {
  rows.push(
    [
      'answer path: ours',
      `${answer.ours.clicksPerSecond} clicks/s, p50 ${answer.ours.p50Ms} ms, p99 ${answer.ours.p99Ms} ms`,
      '',
      '',
    ],
    [
      'answer path: bare Bolt',
      `${answer.bare.clicksPerSecond} clicks/s, p50 ${answer.bare.p50Ms} ms, p99 ${answer.bare.p99Ms} ms`,
      '',
      '',
    ],
    [
      'answer path: throughput ratio',
      String(answer.throughputRatio),
      '>= 0.85',
      verdict(answer.throughputRatio >= 0.85),
    ],
    ['answer path: p99 ratio', String(answer.p99Ratio), '<= 2', verdict(answer.p99Ratio <= 2)],
    [
      'answer path: clicks recorded once',
      `${answer.recorded.answers} / ${answer.recorded.clicks}`,
      'all',
      verdict(answer.recorded.exactlyOnce),
    ],
  );
} else rows.push(['answer path', `failed (exit ${answerRun.code})`, '', 'MISSED']);
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
      at: new Date().toISOString(),
      node: process.version,
      cores: cpus().length,
      quick,
      answerPath: answer,
      store: { ...store, seconds: Math.round(storeRun.seconds), raw: storeRun.stdout },
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
if ([answerRun, storeRun, bankRun, rssRun].some((r) => r.code !== 0)) process.exitCode = 1;
