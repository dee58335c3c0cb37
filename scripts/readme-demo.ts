/**
 * The README's terminal transcript is the output of `npm run demo`, kept between two markers.
 * `npm run demo:readme` runs the demo and rewrites that block; test/readme/readme-demo.test.ts
 * runs the same command and fails when the README says anything else. Run it again whenever the
 * notes, the question bank or the bot's wording change.
 */
import { spawnSync } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

export const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..');
export const README = join(ROOT, 'README.md');
export const BEGIN =
  '<!-- demo transcript: written by `npm run demo:readme`; do not edit by hand -->';
export const END = '<!-- end of demo transcript -->';
/** The command the transcript shows, and runs. */
export const DEMO_COMMAND = 'npm run demo';

/** Runs `npm run demo` (quietly: npm's own lines are left out) and returns what it printed. */
export function runDemo(): { code: number | null; stdout: string; stderr: string } {
  const result = spawnSync('npm', ['run', '--silent', 'demo'], {
    cwd: ROOT,
    encoding: 'utf8',
    env: {
      PATH: process.env.PATH ?? '/usr/bin:/bin',
      HOME: process.env.HOME ?? ROOT,
      npm_config_update_notifier: 'false',
    },
    timeout: 120_000,
  });
  return { code: result.status, stdout: result.stdout, stderr: result.stderr };
}

/** The block as the README holds it. */
export function demoBlock(output: string): string {
  return `${BEGIN}\n\`\`\`text\n$ ${DEMO_COMMAND}\n\n${output.replace(/\n*$/, '\n')}\`\`\`\n${END}`;
}

/** The transcript in the README (without the markers and fence), or null when there is none. */
export function readmeTranscript(readme: string): string | null {
  const start = readme.indexOf(BEGIN);
  const end = readme.indexOf(END);
  if (start < 0 || end < start) return null;
  const block = readme.slice(start + BEGIN.length, end);
  const opening = `\n\`\`\`text\n$ ${DEMO_COMMAND}\n\n`;
  if (!block.startsWith(opening) || !block.endsWith('```\n')) return null;
  return block.slice(opening.length, -'```\n'.length);
}

/** The README with its block replaced by `output`. */
export function withTranscript(readme: string, output: string): string {
  const start = readme.indexOf(BEGIN);
  const end = readme.indexOf(END);
  if (start < 0 || end < start) throw new Error(`README.md has no "${BEGIN}" … "${END}" block`);
  return `${readme.slice(0, start)}${demoBlock(output)}${readme.slice(end + END.length)}`;
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  const run = runDemo();
  if (run.code !== 0) {
    process.stderr.write(`npm run demo failed (exit ${run.code}):\n${run.stderr}`);
    process.exit(1);
  }
  const readme = readFileSync(README, 'utf8');
  const updated = withTranscript(readme, run.stdout);
  if (updated === readme) process.stdout.write('README.md: the demo transcript is up to date\n');
  else {
    writeFileSync(README, updated);
    process.stdout.write('README.md: demo transcript rewritten from npm run demo\n');
  }
}
