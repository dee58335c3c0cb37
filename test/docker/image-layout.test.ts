/**
 * The image's CLI runs compiled, as the image's user (issue 16): no TypeScript loader is a
 * production dependency, the final stage copies no src/, `quizbot` is on its PATH, and
 * bin/quizbot.mjs runs dist/ wherever src/ is absent. (No Docker engine runs in the tests: the
 * steps were replayed by hand, see the README; this guards what they rely on.)
 */
import { spawnSync } from 'node:child_process';
import { copyFileSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { ROOT } from '../cli/run-cli.ts';

const dirs: string[] = [];
afterEach(() => {
  for (const dir of dirs.splice(0)) rmSync(dir, { recursive: true, force: true });
});

const finalStage = () => {
  const dockerfile = readFileSync(join(ROOT, 'Dockerfile'), 'utf8');
  return dockerfile.slice(dockerfile.lastIndexOf('\nFROM '));
};

describe('the Docker image', () => {
  it('needs no TypeScript loader at run time', () => {
    const pkg = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')) as {
      dependencies: Record<string, string>;
    };
    for (const loader of ['tsx', 'esbuild', 'ts-node', 'typescript'])
      expect(Object.keys(pkg.dependencies)).not.toContain(loader);
  });

  it('copies dist/ but no src/ into the final stage, and puts quizbot on the PATH', () => {
    const stage = finalStage();
    expect(stage).toMatch(/^COPY --from=build \/app\/dist \.\/dist$/m);
    expect(stage).not.toMatch(/^COPY src\b/m);
    expect(stage).toMatch(/ln -s \/app\/bin\/quizbot\.mjs \/usr\/local\/bin\/quizbot/);
    expect(stage).toMatch(/^USER node$/m);
  });

  it('bin/quizbot.mjs runs the compiled CLI where there is no src/', () => {
    const dir = mkdtempSync(join(tmpdir(), 'quizbot-image-'));
    dirs.push(dir);
    mkdirSync(join(dir, 'bin'));
    mkdirSync(join(dir, 'dist', 'cli'), { recursive: true });
    copyFileSync(join(ROOT, 'bin', 'quizbot.mjs'), join(dir, 'bin', 'quizbot.mjs'));
    writeFileSync(
      join(dir, 'dist', 'cli', 'main.js'),
      "process.stdout.write('compiled ' + process.argv.slice(2).join(' ') + '\\n');\n",
    );
    const run = spawnSync(process.execPath, [join(dir, 'bin', 'quizbot.mjs'), 'backup', '--help'], {
      encoding: 'utf8',
    });
    expect(run.status).toBe(0);
    expect(run.stdout).toBe('compiled backup --help\n');
  });
});
