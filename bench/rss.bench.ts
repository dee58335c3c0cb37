/**
 * `tsx bench/rss.bench.ts` — peak resident memory of the real process (`node dist/main.js`, as
 * the Docker image runs it; the bench compiles dist/ first with `npm run build`) in Slack HTTP mode after 10,000 users have each
 * answered a question by clicking (signed block_actions on loopback, 32 clients, 100 open posts).
 * The peak is the kernel's high-water mark (VmHWM in /proc/<pid>/status), read once every answer
 * is recorded and every reply delivered.
 *
 * Options: --users N (10000) --posts N (100) --concurrency N (32) --json FILE
 *          --node-options "…" (NODE_OPTIONS for the process; default: the Docker image's, see
 *          bench/lib/runtime-flags.ts) --malloc-arenas N (MALLOC_ARENA_MAX, default the image's)
 */
import { execFileSync, spawn } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { loadBank } from '../src/notes/load-bank.ts';
import { openStore } from '../src/store/index.ts';
import { freePort } from '../test/main/spawn-main.ts';
import type { ClickSpec } from './lib/clicks.ts';
import { IMAGE_MALLOC_ARENA_MAX, IMAGE_NODE_OPTIONS } from './lib/runtime-flags.ts';
import { BOT_TOKEN, SIGNING_SECRET, TEAM_ID } from './lib/slack-apps.ts';
import { round } from './lib/stats.ts';
import { startLoadWorker } from './lib/worker-client.ts';

const { values } = parseArgs({
  options: {
    users: { type: 'string', default: '10000' },
    posts: { type: 'string', default: '100' },
    concurrency: { type: 'string', default: '32' },
    json: { type: 'string' },
    'node-options': { type: 'string', default: IMAGE_NODE_OPTIONS },
    'malloc-arenas': { type: 'string', default: IMAGE_MALLOC_ARENA_MAX },
  },
});
const USERS = Number(values.users);
const POSTS = Number(values.posts);
const CONCURRENCY = Number(values.concurrency);
const LIMIT_MS = 120_000;

const REPO = fileURLToPath(new URL('../', import.meta.url));

function procStatus(pid: number): { peakMb: number; rssMb: number } {
  const status = readFileSync(`/proc/${pid}/status`, 'utf8');
  const kb = (field: string): number =>
    Number(new RegExp(`^${field}:\\s+(\\d+) kB`, 'm').exec(status)?.[1] ?? NaN);
  return { peakMb: kb('VmHWM') / 1024, rssMb: kb('VmRSS') / 1024 };
}

// The image runs compiled JavaScript (no tsx loader thread, ~40 MB): measure the same.
execFileSync('npm', ['run', '--silent', 'build'], { cwd: REPO, stdio: 'inherit' });

const dir = mkdtempSync(join(tmpdir(), 'quizbot-rss-bench-'));
const dbPath = join(dir, 'quizbot.db');
const worker = await startLoadWorker(BOT_TOKEN);
let child: ReturnType<typeof spawn> | null = null;

try {
  // Open posts, made in the database before the bot starts; their messages exist in the fake Slack.
  const { bank } = loadBank();
  const store = openStore(dbPath);
  const today = new Date().toISOString().slice(0, 10);
  const posts: { channelId: string; postId: number; ts: string; choices: number }[] = [];
  for (let i = 0; i < POSTS; i++) {
    const key = {
      platform: 'slack' as const,
      teamId: TEAM_ID,
      channelId: `C${String(i).padStart(6, '0')}`,
    };
    store.upsertChannel(key, { enabled: false });
    const question = bank.questions[i % bank.questions.length]!;
    const { post } = store.createPost({
      ...key,
      localDate: today,
      questionId: question.id,
      conceptId: question.conceptId,
      correctIndex: question.choices.findIndex((c) => c.correct),
      choiceCount: question.choices.length,
      openedAt: Date.now(),
      closesAt: Date.now() + 2 * 60 * 60_000,
    });
    const ts = `${1_800_000_000 + i}.000100`;
    store.setPostMessage(post.id, ts);
    posts.push({ channelId: key.channelId, postId: post.id, ts, choices: question.choices.length });
  }
  store.close();
  await worker.addMessages(posts.map((p) => ({ channel: p.channelId, ts: p.ts })));

  const port = await freePort();
  child = spawn(process.execPath, [join(REPO, 'dist', 'main.js')], {
    cwd: dir,
    env: {
      PATH: process.env.PATH ?? '/usr/bin:/bin',
      QUIZBOT_DB: dbPath,
      SLACK_BOT_TOKEN: BOT_TOKEN,
      SLACK_SIGNING_SECRET: SIGNING_SECRET,
      SLACK_API_URL: worker.apiUrl,
      PORT: String(port),
      LOG_LEVEL: 'info',
      ...(values['node-options'] ? { NODE_OPTIONS: values['node-options'] } : {}),
      ...(values['malloc-arenas'] ? { MALLOC_ARENA_MAX: values['malloc-arenas'] } : {}),
    },
    stdio: ['ignore', 'ignore', 'inherit'],
  });
  const pid = child.pid!;
  const started = Date.now();
  for (;;) {
    const res = await fetch(`http://127.0.0.1:${port}/healthz`).catch(() => null);
    if (res?.status === 200) break;
    if (Date.now() - started > 30_000 || child.exitCode !== null)
      throw new Error('main did not become healthy');
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
  const atStart = procStatus(pid);

  const clicks: ClickSpec[] = Array.from({ length: USERS }, (_, u) => {
    const post = posts[u % posts.length]!;
    return {
      teamId: TEAM_ID,
      channelId: post.channelId,
      postId: post.postId,
      ts: post.ts,
      choice: u % post.choices,
      userId: `U${String(u).padStart(8, '0')}`,
      userName: `user${u}`,
    };
  });
  const load = await worker.run({
    url: `http://127.0.0.1:${port}/slack/events`,
    secret: SIGNING_SECRET,
    clicks,
    concurrency: CONCURRENCY,
    timeLimitMs: LIMIT_MS,
    expectResponses: true,
  });
  let verification = await worker.verify();
  while (verification.missing > 0 && Date.now() - started < LIMIT_MS) {
    await new Promise((resolve) => setTimeout(resolve, 200));
    verification = await worker.verify();
  }
  const after = procStatus(pid);

  child.kill('SIGTERM');
  const exitCode = await new Promise<number | null>((resolve) =>
    child!.once('exit', (code) => resolve(code)),
  );
  const db = openStore(dbPath);
  const answers = (db.db.prepare('SELECT COUNT(*) AS n FROM answers').get() as { n: number }).n;
  db.close();

  const result = {
    users: USERS,
    posts: POSTS,
    answers,
    clicksAcked: load.statuses['200'] ?? 0,
    repliesDelivered: verification.responses,
    allAnsweredOnce: answers === USERS && verification.missing === 0 && verification.repeated === 0,
    rssAtStartMb: round(atStart.rssMb, 1),
    rssAfterMb: round(after.rssMb, 1),
    peakRssMb: round(after.peakMb, 1),
    exitCode,
    nodeOptions: values['node-options'] ?? '',
    mallocArenaMax: values['malloc-arenas'] ?? '',
    targetMb: 150,
  };
  console.log(
    `peak RSS of dist/main.js (Slack HTTP mode) after ${answers} users each answered: ${result.peakRssMb} MB (target <= 150 MB)`,
  );
  console.log(
    `  NODE_OPTIONS="${result.nodeOptions}" MALLOC_ARENA_MAX=${result.mallocArenaMax || '(glibc default)'}`,
  );
  console.log(
    `  RSS once healthy ${result.rssAtStartMb} MB, after the answers ${result.rssAfterMb} MB; replies ${verification.responses}; exit ${exitCode}`,
  );
  if (values.json) writeFileSync(values.json, JSON.stringify(result, null, 2));
  if (!result.allAnsweredOnce) process.exitCode = 1;
} finally {
  if (child && child.exitCode === null) child.kill('SIGKILL');
  await worker.stop();
  rmSync(dir, { recursive: true, force: true });
}
