/**
 * How long building the question bank takes, and how that grows with the notes (targets: ≤ 100 ms
 * for the shipped notes; ≤ 2 s for a 5,000-row misconception table or 2 MB of notes; a line of up
 * to 1 MB of any characters in any place costs time in proportion to its length).
 *
 * First the shipped notes: the median and 90th percentile over many builds after a warm-up (the
 * line `npm run bench` reads). Then one row per input: the shipped notes 1×, 10× and 100× (each
 * copy's headings and concepts tagged so they stay distinct), the inputs of issue 11 that used to
 * take seconds, long lines (256 KB) of every character class in every place a line can be (the
 * worst few are shown), and 1 MB lines of the classes that used to make patterns backtrack. Each row gives the first (cold) build and the median of the next ones, in wall
 * and CPU time (the two part when other work shares the machine), and the time per MB, so that
 * growth shows. The 5,000-row table is also loaded as the bot loads it (a notes file, a fresh
 * worker each time), where every build is a first one: under tsx as `npm start` runs, and
 * compiled as `npm run start:prod` runs (the bench runs `npm run build` first), with Node's
 * default heap and with the Docker image's (`NODE_OPTIONS`, bench/lib/runtime-flags.ts). Not a
 * test.
 *
 *   npx tsx bench/bank.bench.ts [runs] [--quick]
 */
import { execFileSync, spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { loadQuestionBankAsync } from '../src/notes/load-bank-async.ts';
import { parseAliasFile } from '../src/quiz/aliases.ts';
import { buildQuestionBank } from '../src/quiz/bank.ts';
import type { NotesSource, QuestionBank } from '../src/quiz/types.ts';
import {
  CHARACTER_CLASSES,
  knownSlowInputs,
  misconceptionTable,
  notesWith,
  ordinarySections,
  PLACES,
  run,
  scaledAliases,
  scaledNotes,
} from '../test/quiz/notes/pathological-notes.ts';
import { IMAGE_NODE_OPTIONS } from './lib/runtime-flags.ts';
import { printTable, type Row } from './lib/table.ts';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const notes = 'data/notes/microservices.ja.md';
const source = { path: notes, text: readFileSync(path.join(root, notes), 'utf8') };
const { aliases } = parseAliasFile(
  readFileSync(path.join(root, 'data/aliases.json'), 'utf8'),
  'data/aliases.json',
);
const args = process.argv.slice(2);
const quick = args.includes('--quick');
const runs = Number(args.find((a) => /^\d+$/.test(a)) ?? 50);

// 1. The shipped notes, many times (the figure `npm run bench` reports).
const first = performance.now();
const bank = buildQuestionBank([source], { aliases });
const cold = performance.now() - first;
for (let i = 0; i < 5; i++) buildQuestionBank([source], { aliases });
const times: number[] = [];
for (let i = 0; i < runs; i++) {
  const start = performance.now();
  buildQuestionBank([source], { aliases });
  times.push(performance.now() - start);
}
times.sort((a, b) => a - b);
const at = (q: number): number =>
  times[Math.min(times.length - 1, Math.floor(q * times.length))] ?? NaN;
console.log(
  `bank build (${bank.concepts.length} concepts, ${bank.questions.length} questions): ` +
    `first ${cold.toFixed(1)} ms, median ${at(0.5).toFixed(1)} ms, p90 ${at(0.9).toFixed(1)} ms over ${runs} runs (target ≤ 100 ms)`,
);

// 2. Growth: one row per input.
interface Measured {
  name: string;
  bytes: number;
  concepts: number;
  questions: number;
  firstMs: number;
  medianMs: number;
  medianCpuMs: number;
}

/** One build: its wall and CPU time, and what it built. */
interface Build {
  ms: number;
  cpuMs: number;
  questions: number;
  concepts: number;
}

/** Times one build (`load` returns the bank); CPU time is the whole process's, workers included. */
async function timed(load: () => QuestionBank | Promise<QuestionBank>): Promise<Build> {
  const cpu = process.cpuUsage();
  const start = performance.now();
  const built = await load();
  const ms = performance.now() - start;
  const used = process.cpuUsage(cpu);
  return {
    ms,
    cpuMs: (used.user + used.system) / 1000,
    questions: built.questions.length,
    concepts: built.concepts.length,
  };
}

/** The row of an input: its first build, and the median of `sample`. */
function measured(name: string, input: NotesSource, first: Build, sample: Build[]): Measured {
  const median = (values: number[]): number =>
    [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)] ?? NaN;
  return {
    name,
    bytes: Buffer.byteLength(input.text, 'utf8'),
    concepts: first.concepts,
    questions: first.questions,
    firstMs: first.ms,
    medianMs: median(sample.map((b) => b.ms)),
    medianCpuMs: median(sample.map((b) => b.cpuMs)),
  };
}

async function measure(
  name: string,
  input: NotesSource,
  options = {},
  repeat = 3,
): Promise<Measured> {
  const once = () => timed(() => buildQuestionBank([input], options));
  const cold = await once();
  const warm: Build[] = [];
  for (let i = 0; i < repeat; i++) warm.push(await once());
  return measured(name, input, cold, repeat > 0 ? warm : [cold]);
}

/**
 * Loads the input the way the bot does, from a notes file in a fresh worker thread each time
 * (reading, building, handing the bank back), three times: every build is a first one.
 */
async function measureInWorker(name: string, input: NotesSource): Promise<Measured> {
  const folder = mkdtempSync(path.join(tmpdir(), 'quizbot-bench-'));
  const file = path.join(folder, 'notes.md');
  writeFileSync(file, input.text);
  try {
    const builds: Build[] = [];
    for (let i = 0; i < 3; i++)
      builds.push(
        await timed(
          async () => (await loadQuestionBankAsync({ notes: [file], aliases: null })).bank,
        ),
      );
    return measured(name, input, builds[0] as Build, builds);
  } finally {
    rmSync(folder, { recursive: true, force: true });
  }
}

/**
 * {@link measureInWorker} as `npm run start:prod` loads the notes: the compiled loader
 * (dist/notes/load-bank-async.js, built by `npm run build`) in a plain `node` process, no tsx,
 * with `nodeOptions` as NODE_OPTIONS. Null, and why, when the loads fail (the image's heap cap).
 */
function measureCompiled(
  name: string,
  input: NotesSource,
  nodeOptions: string,
): { measured: Measured; failed: null } | { measured: null; failed: string } {
  const folder = mkdtempSync(path.join(tmpdir(), 'quizbot-bench-'));
  const file = path.join(folder, 'notes.md');
  writeFileSync(file, input.text);
  const loader = new URL('../dist/notes/load-bank-async.js', import.meta.url).href;
  // The same three timed loads as measureInWorker, in a child with no TypeScript loader.
  const script = `
    const { loadQuestionBankAsync } = await import(${JSON.stringify(loader)});
    const builds = [];
    for (let i = 0; i < 3; i++) {
      const cpu = process.cpuUsage();
      const start = performance.now();
      const { bank } = await loadQuestionBankAsync({ notes: [${JSON.stringify(file)}], aliases: null });
      const ms = performance.now() - start;
      const used = process.cpuUsage(cpu);
      builds.push({ ms, cpuMs: (used.user + used.system) / 1000, questions: bank.questions.length, concepts: bank.concepts.length });
    }
    console.log(JSON.stringify(builds));`;
  try {
    // A file, not `-e`: the worker would inherit `--input-type`, which it refuses.
    const entry = path.join(folder, 'load.mjs');
    writeFileSync(entry, script);
    const child = spawnSync(process.execPath, [entry], {
      encoding: 'utf8',
      env: { ...process.env, NODE_OPTIONS: nodeOptions },
    });
    if (child.status !== 0) {
      // The loader's own line (`BankLoadError: building the question bank needs more memory
      // than NODE_OPTIONS sets …`), else the exit status.
      const reason = /BankLoadError: ([^\n]*)/.exec(child.stderr)?.[1];
      return { measured: null, failed: reason ?? `exit ${child.status}` };
    }
    const builds = JSON.parse(child.stdout) as Build[];
    return { measured: measured(name, input, builds[0] as Build, builds), failed: null };
  } finally {
    rmSync(folder, { recursive: true, force: true });
  }
}

const rows: { measured: Measured; target: string; limitMs: number | null }[] = [];
const add = (measured: Measured, target = '', limitMs: number | null = null): void => {
  rows.push({ measured, target, limitMs });
  const m = measured;
  console.log(
    `bank build [${m.name}]: ${sizeOf(m.bytes)}, ${m.concepts} concepts, ${m.questions} questions: ` +
      `first ${m.firstMs.toFixed(0)} ms, median ${m.medianMs.toFixed(0)} ms (cpu ${m.medianCpuMs.toFixed(0)} ms)${target ? ` (target ${target})` : ''}`,
  );
};

for (const copies of quick ? [1, 10] : [1, 10, 100])
  add(
    await measure(`shipped notes ×${copies}`, scaledNotes(source, copies), {
      aliases: scaledAliases(aliases, copies),
    }),
    copies === 1 ? '≤ 100 ms' : '',
    copies === 1 ? 100 : null,
  );
add(await measure('misconception table, 5,000 rows', misconceptionTable(5_000)), '≤ 2 s', 2_000);
// The row above builds in a process the shipped rows have warmed up. The bot builds in a fresh
// worker each start (src/notes/load-bank-async.ts): every one of its builds is a first one, and
// under `npm start` (tsx) the worker compiles the build's code first. Shown, not judged.
add(
  await measureInWorker(
    '5,000 rows, as `npm start` loads them (fresh worker)',
    misconceptionTable(5_000),
  ),
);
// Compiled (`npm run start:prod`): what the tsx row pays for compiling TypeScript, the rest being
// the worker's first build (code not yet optimised, a heap that starts small). Then with the Docker
// image's heap cap, which its worker shares (a V8 flag of the process overrides a worker's
// resourceLimits). Shown, not judged.
execFileSync('npm', ['run', '--silent', 'build'], { cwd: root, stdio: 'inherit' });
for (const [label, nodeOptions] of [
  ['`npm run start:prod`', ''],
  ['the Docker image (its NODE_OPTIONS)', IMAGE_NODE_OPTIONS],
] as const) {
  const name = `5,000 rows, as ${label} loads them (fresh worker)`;
  const compiled = measureCompiled(name, misconceptionTable(5_000), nodeOptions);
  if (compiled.measured) add(compiled.measured);
  else console.log(`bank build [${name}]: failed: ${compiled.failed}`);
}
add(await measure('ordinary sections, 2 MB', ordinarySections(2_000_000)), '≤ 2 s', 2_000);
for (const [name, input] of Object.entries(knownSlowInputs()))
  add(await measure(name, input, {}, 1));

// 3. Long lines: every character class in every place at 256 KB (the worst few shown), and the
//    classes that used to make patterns backtrack at 1 MB.
const sweepLength = quick ? 32_768 : 262_144;
const lines: Measured[] = [];
for (const [kind, pattern] of Object.entries(CHARACTER_CLASSES))
  for (const place of Object.keys(PLACES))
    lines.push(
      await measure(`${kind} in ${place}`, notesWith(place, run(pattern, sweepLength)), {}, 0),
    );
lines.sort((a, b) => b.firstMs - a.firstMs);
console.log(
  `bank build [${lines.length} notes, each with a ${sizeOf(sweepLength)} line]: worst ${lines[0]?.firstMs.toFixed(0)} ms (${lines[0]?.name})`,
);
for (const m of lines.slice(0, 3))
  add({ ...m, name: `${sizeOf(sweepLength)} line: ${m.name}` }, '≤ 2 s', 2_000);
const megabyte: [string, string][] = [
  ['spaces', 'heading'],
  ['open parentheses', 'paragraph'],
  ['open brackets', 'correct cell'],
  ['double stars', 'misconception bullet'],
  ['kanji', 'definition'],
  ['period and spaces', 'point label'],
  ['spaced wrong marks', 'misconception cell'],
  ['english words', 'label-word heading'],
  ['english words', 'english point'],
];
const lineLength = quick ? 100_000 : 1_000_000;
for (const [kind, place] of megabyte)
  add(
    await measure(
      `${sizeOf(lineLength)} line: ${kind} in ${place}`,
      notesWith(place, run(CHARACTER_CLASSES[kind] ?? '', lineLength)),
      {},
      1,
    ),
    '≤ 2 s',
    2_000,
  );

console.log('');
printTable(
  ['input', 'size · concepts · questions', 'first / median (cpu)', 'per MB · target'],
  rows.map(({ measured: m, target, limitMs }): Row => {
    const perMb = m.bytes > 0 ? (m.medianMs / (m.bytes / 1_000_000)).toFixed(0) : '–';
    const verdict = limitMs === null ? '' : m.medianMs <= limitMs ? ' met' : ' MISSED';
    return [
      m.name,
      `${sizeOf(m.bytes)} · ${m.concepts} · ${m.questions}`,
      `${m.firstMs.toFixed(0)} / ${m.medianMs.toFixed(0)} ms (${m.medianCpuMs.toFixed(0)})`,
      `${perMb} ms/MB${target ? ` · ${target}${verdict}` : ''}`,
    ];
  }),
);
if (rows.some((r) => r.limitMs !== null && r.measured.medianMs > r.limitMs)) process.exitCode = 1;

function sizeOf(bytes: number): string {
  if (bytes >= 1_000_000) return `${(bytes / 1_000_000).toFixed(1)} MB`;
  return `${Math.max(1, Math.round(bytes / 1_000))} KB`;
}
