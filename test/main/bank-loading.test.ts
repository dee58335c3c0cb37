/**
 * The real process builds the question bank off its event loop: /healthz answers `loading`
 * (200, not down) from before the bank is ready, then `ready` once the quiz runs.
 */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { ordinarySections } from '../quiz/notes/pathological-notes.ts';
import { freePort, getJson, type RunningMain, spawnMain } from './spawn-main.ts';

const running: RunningMain[] = [];
const dirs: string[] = [];
afterEach(async () => {
  for (const main of running.splice(0)) await main.cleanup();
  for (const dir of dirs.splice(0)) rmSync(dir, { recursive: true, force: true });
});

describe('start-up with a large bank', () => {
  it('answers /healthz with "loading" while the bank builds, then "ready"', async () => {
    const notes = mkdtempSync(path.join(tmpdir(), 'quizbot-big-notes-'));
    dirs.push(notes);
    writeFileSync(path.join(notes, 'big.md'), ordinarySections(2_000_000).text);
    const healthPort = await freePort();
    const main = spawnMain(
      { QUIZBOT_NOTES: notes, HEALTH_PORT: String(healthPort), LOG_LEVEL: 'info' },
      { stdin: 'pipe' },
    );
    running.push(main);
    const seen: string[] = [];
    const url = `http://127.0.0.1:${healthPort}/healthz`;
    const deadline = Date.now() + 60_000;
    while (Date.now() < deadline && !seen.includes('ready')) {
      const answer = await getJson(url).catch(() => null);
      if (answer) {
        const body = answer.body as { bank?: string; ok?: boolean };
        expect(answer.status).toBe(200);
        expect(body.ok).toBe(true);
        if (seen.at(-1) !== body.bank) seen.push(String(body.bank));
      }
      await new Promise((resolve) => setTimeout(resolve, 20));
    }
    expect(seen).toEqual(['loading', 'ready']);
    expect(main.logs().some((l) => l.msg === 'question bank built')).toBe(true);
  }, 90_000);
});
