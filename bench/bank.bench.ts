/**
 * How long building the question bank from the shipped notes takes (target ≤ 100 ms).
 * Prints the median and the 90th percentile over many runs after a warm-up. Not a test.
 *
 *   npx tsx bench/bank.bench.ts [runs]
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseAliasFile } from '../src/quiz/aliases.ts';
import { buildQuestionBank } from '../src/quiz/bank.ts';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const notes = 'data/notes/microservices.ja.md';
const source = { path: notes, text: readFileSync(path.join(root, notes), 'utf8') };
const { aliases } = parseAliasFile(
  readFileSync(path.join(root, 'data/aliases.json'), 'utf8'),
  'data/aliases.json',
);
const runs = Number(process.argv[2] ?? 50);

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
