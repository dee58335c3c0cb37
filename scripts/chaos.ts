/**
 * `npm run chaos [-- slack|discord] [-- --kills N] [-- --seed S]`: the full chaos run of issue 15
 * (≥ 50 SIGKILLs of the real process per platform, see test/chaos/chaos-run.ts). The test suite
 * runs the same code with fewer kills; this is the long run whose figures the README reports.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { type ChaosPlatform, describeResult, runChaos } from '../test/chaos/chaos-run.ts';

import { discordChaosPlatform } from '../test/chaos/discord-chaos.ts';
import { slackChaosPlatform } from '../test/chaos/slack-chaos.ts';

const args = process.argv.slice(2);
const option = (name: string, fallback: number): number => {
  const at = args.indexOf(`--${name}`);
  return at >= 0 ? Number(args[at + 1]) : fallback;
};
const kills = option('kills', 50);
const seed = option('seed', 1);
const platforms = args.filter((a) => a === 'slack' || a === 'discord');
const makers: Record<string, (channels: number) => Promise<ChaosPlatform>> = {
  slack: slackChaosPlatform,
  discord: discordChaosPlatform,
};

let failed = false;
for (const name of platforms.length > 0 ? platforms : ['slack', 'discord']) {
  const dir = mkdtempSync(join(tmpdir(), `quizbot-chaos-${name}-`));
  const platform = await makers[name]!(Math.ceil(kills / 2) + 2);
  try {
    const result = await runChaos(platform, dir, {
      seed,
      kills,
      startTimeoutMs: 30_000,
      log: (line) => process.stderr.write(`${name}: ${line}\n`),
    });
    console.log(describeResult(name, result));
    const bad =
      result.ackedLost.length > 0 ||
      result.doubleAnswers > 0 ||
      result.doubles.length > 0 ||
      result.missing.length > 0 ||
      result.integrity !== 'ok';
    if (bad) {
      failed = true;
      console.log(
        JSON.stringify(
          { ackedLost: result.ackedLost, doubles: result.doubles, missing: result.missing },
          null,
          2,
        ),
      );
    }
  } finally {
    await platform.close();
    if (!process.env.CHAOS_KEEP) rmSync(dir, { recursive: true, force: true });
    else console.log(`kept ${dir}`);
  }
}
process.exitCode = failed ? 1 : 0;
