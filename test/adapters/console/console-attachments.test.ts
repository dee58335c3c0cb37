/** The terminal cannot show an image: it writes each attachment to a file and prints the path. */
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { PassThrough } from 'node:stream';
import pngjs from 'pngjs';
import { afterEach, describe, expect, it } from 'vitest';
import { createConsoleAdapter, reportsDir } from '../../../src/adapters/console/console-adapter.ts';
import type { BotCore } from '../../../src/bot/types.ts';

const dirs: string[] = [];
afterEach(() => {
  for (const dir of dirs.splice(0)) rmSync(dir, { recursive: true, force: true });
});

const idleCore: BotCore = {
  handleCommand: async () => [],
  handleAction: async () => [],
  complete: async () => [],
  commands: () => [],
};

describe('terminal attachments', () => {
  it('writes a posted PNG to the attachment folder and prints its path', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'quizbot-console-'));
    dirs.push(dir);
    const output = new PassThrough();
    let printed = '';
    output.on('data', (chunk: Buffer) => (printed += chunk.toString('utf8')));
    const adapter = createConsoleAdapter({
      input: new PassThrough(),
      output,
      color: false,
      locale: 'en',
      attachmentDir: join(dir, 'out'),
    });
    await adapter.start(idleCore);
    const png = new Uint8Array(pngjs.PNG.sync.write(new pngjs.PNG({ width: 4, height: 3 })));
    await adapter.postMessage(adapter.channel, {
      visibility: 'channel',
      title: 'Weekly report (2026-W49)',
      text: 'This week: 12 answers',
      attachments: [
        { filename: '../quizbot-report-2026-W49.png', mimeType: 'image/png', data: png },
      ],
    });
    const path = join(dir, 'out', 'quizbot-report-2026-W49.png'); // no way out of the folder
    expect(printed).toContain(`📎 ${path}`);
    expect(new Uint8Array(readFileSync(path))).toEqual(png);
    await adapter.stop();
  });

  it('keeps charts under the data folder, beside the database, not in the system temp folder', () => {
    expect(reportsDir('data/quizbot.db')).toBe(join('data', 'reports'));
    expect(reportsDir('/data/quizbot.db')).toBe('/data/reports');
    expect(reportsDir(':memory:')).toBe(join('data', 'reports'));
  });

  it('prints the file name and the reason when the file cannot be written', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'quizbot-console-'));
    dirs.push(dir);
    const blocker = join(dir, 'not-a-folder');
    writeFileSync(blocker, 'x');
    const output = new PassThrough();
    let printed = '';
    output.on('data', (chunk: Buffer) => (printed += chunk.toString('utf8')));
    const adapter = createConsoleAdapter({
      input: new PassThrough(),
      output,
      color: false,
      locale: 'en',
      attachmentDir: blocker,
    });
    await adapter.start(idleCore);
    await adapter.postMessage(adapter.channel, {
      visibility: 'channel',
      text: 'x',
      attachments: [{ filename: 'chart.png', mimeType: 'image/png', data: new Uint8Array([1]) }],
    });
    expect(printed).toMatch(/📎 chart\.png \(.*(EEXIST|ENOTDIR).*\)/);
    await adapter.stop();
  });
});
