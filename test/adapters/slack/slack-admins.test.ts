import { webApi } from '@slack/bolt';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { ADMIN_CACHE_MS, createAdminCheck } from '../../../src/adapters/slack/slack-admins.ts';
import { toBoltLogger } from '../../../src/adapters/slack/slack-logger.ts';
import { FakeSlackApi } from './fake-slack-api.ts';
import { type CapturedLog, captureLogs } from './log-capture.ts';

const TOKEN = 'xoxb-1-admins-test';
let api: FakeSlackApi;
let lines: CapturedLog[];
let now: number;
let isAdmin: (userId: string) => Promise<boolean>;

beforeEach(async () => {
  api = await FakeSlackApi.start({ botToken: TOKEN });
  api.users.set('U0111ANNA', { id: 'U0111ANNA', name: 'anna', admin: true });
  api.users.set('U0999OWEN', { id: 'U0999OWEN', name: 'owen', owner: true });
  api.users.set('U0222BEN', { id: 'U0222BEN', name: 'ben' });
  const logs = captureLogs();
  lines = logs.lines;
  now = 1_000_000;
  const client = new webApi.WebClient(TOKEN, {
    slackApiUrl: api.apiUrl,
    retryConfig: { retries: 0 },
    logger: toBoltLogger(logs.logger),
  });
  isAdmin = createAdminCheck({
    client,
    admins: ['U0555LEAD'],
    logger: logs.logger,
    now: () => now,
  });
});

afterEach(async () => {
  await api.close();
});

describe('Slack admin check', () => {
  it('remembers at most cacheMax users: the oldest answer is asked again (issue 15 #8)', async () => {
    const client = new webApi.WebClient(TOKEN, {
      slackApiUrl: api.apiUrl,
      retryConfig: { retries: 0 },
    });
    const check = createAdminCheck({
      client,
      admins: [],
      logger: captureLogs().logger,
      cacheMax: 2,
    });
    for (const user of ['U0111ANNA', 'U0999OWEN', 'U0222BEN']) await check(user);
    expect(api.callsOf('users.info')).toHaveLength(3);
    await check('U0222BEN');
    expect(api.callsOf('users.info')).toHaveLength(3);
    expect(await check('U0111ANNA')).toBe(true);
    expect(api.callsOf('users.info')).toHaveLength(4);
  });

  it('counts workspace admins and owners, not members', async () => {
    expect(await isAdmin('U0111ANNA')).toBe(true);
    expect(await isAdmin('U0999OWEN')).toBe(true);
    expect(await isAdmin('U0222BEN')).toBe(false);
  });

  it('counts QUIZBOT_ADMINS without asking Slack', async () => {
    expect(await isAdmin('U0555LEAD')).toBe(true);
    expect(api.callsOf('users.info')).toHaveLength(0);
  });

  it('asks users.info once per user for ten minutes', async () => {
    await Promise.all([isAdmin('U0111ANNA'), isAdmin('U0111ANNA')]);
    await isAdmin('U0111ANNA');
    now += ADMIN_CACHE_MS - 1;
    await isAdmin('U0111ANNA');
    expect(api.callsOf('users.info')).toHaveLength(1);
    now += 1;
    api.users.set('U0111ANNA', { id: 'U0111ANNA', name: 'anna', admin: false });
    expect(await isAdmin('U0111ANNA')).toBe(false);
    expect(api.callsOf('users.info')).toHaveLength(2);
  });

  it('treats a missing users:read scope as "not an admin", names the scope in the log and does not cache it', async () => {
    api.failNext('users.info', { error: 'missing_scope', needed: 'users:read' });
    expect(await isAdmin('U0111ANNA')).toBe(false);
    const line = lines.find((l) => l.scope === 'users:read');
    expect(line?.msg).toContain('lacks users:read');
    expect(await isAdmin('U0111ANNA')).toBe(true);
  });

  it('treats an unknown user or an outage as "not an admin"', async () => {
    expect(await isAdmin('U0NOBODY')).toBe(false);
    api.failNext('users.info', { status: 500 });
    expect(await isAdmin('U0999OWEN')).toBe(false);
    expect(lines.filter((l) => l.msg.includes('treating the user as not an admin'))).toHaveLength(
      2,
    );
  });
});
