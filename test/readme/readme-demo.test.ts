/**
 * The README's terminal transcript cannot drift: it must be exactly what `npm run demo` prints,
 * the same on every run. After a change to the notes, the bank or the wording:
 * `npm run demo:readme` rewrites it.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { README, readmeTranscript, runDemo } from '../../scripts/readme-demo.ts';

describe('the README transcript', () => {
  it('is what npm run demo prints (run `npm run demo:readme` after changing notes or wording)', () => {
    const first = runDemo();
    expect(first.code, first.stderr).toBe(0);
    expect(first.stderr).toBe('');
    const written = readmeTranscript(readFileSync(README, 'utf8'));
    expect(written, 'README.md has no demo transcript block').not.toBeNull();
    expect(first.stdout).toBe(written);
    // Reproducible: a second run on its own fresh database says the same.
    expect(runDemo().stdout).toBe(first.stdout);
  }, 120_000);
});
