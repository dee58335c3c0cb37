/**
 * Draws the README's weekly chart from a simulated team: the real bot core, question bank, store
 * (in memory) and report pipeline; eight weeks of weekday questions answered by six people who
 * get better week by week (seeded, so the picture is the same every run).
 *
 *   npx tsx scripts/sample-weekly-chart.ts                      # → docs/weekly-chart.png (shipped Japanese notes)
 *   npx tsx scripts/sample-weekly-chart.ts test/fixtures/notes/resilience.en.md en docs/weekly-chart.en.png
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';
import { createBot } from '../src/bot/create-bot.ts';
import { buildReportReply } from '../src/bot/learning/weekly-report.ts';
import type { ChannelRef, ChatTransport, Locale, MessageRef, Reply } from '../src/bot/types.ts';
import { silentLogger } from '../src/logger.ts';
import { loadBank } from '../src/notes/load-bank.ts';
import { seededRandom } from '../src/quiz/text/seeded-random.ts';
import { openStore } from '../src/store/index.ts';

const [notes, locale = 'ja', out = 'docs/weekly-chart.png'] = process.argv.slice(2);
const CHANNEL: ChannelRef = { platform: 'console', teamId: 'sample', channelId: 'sample' };
const PEOPLE = ['aiko', 'ben', 'chika', 'dan', 'emi', 'fumi'];
const START = Date.parse('2026-10-12T00:00:00Z'); // Mon 09:00 Tokyo, ISO week 2026-W42
const WEEKS = 8;

const posts: Reply[] = [];
const transport: ChatTransport = {
  platform: 'console',
  async postMessage(channel, reply): Promise<MessageRef> {
    posts.push(reply);
    return { ...channel, messageId: String(posts.length) };
  },
  async updateMessage() {},
  async sendPrivate() {},
};

let now = START - 3_600_000;
const random = seededRandom(42);
const { bank } = loadBank(notes ? { notes: [notes] } : {});
const store = openStore(':memory:');
const bot = createBot({
  bank,
  store,
  logger: silentLogger(),
  settings: {
    locale: locale as Locale,
    defaultTimezone: 'Asia/Tokyo',
    answerWindowMinutes: 60 * 8,
  },
  clock: () => now,
  random,
});
bot.attach(transport);
const user = (name: string) => ({
  ...CHANNEL,
  userId: name,
  userName: name,
  isAdmin: async () => true,
});
await bot.handleCommand({
  ...user('aiko'),
  name: 'schedule',
  args: ['09:00', 'weekdays', 'Asia/Tokyo'],
});
await bot.handleCommand({ ...user('aiko'), name: 'team', args: ['report', 'off'] });

// Each concept has its own difficulty; everyone improves a little each week.
const difficulty = new Map(bank.concepts.map((c) => [c.id, random() * 0.5]));
for (let day = 0; day < WEEKS * 7 - 2; day++) {
  now = START + day * 86_400_000;
  await bot.tick();
  const question = posts.at(-1);
  if (!question?.buttons) continue;
  const post = store.latestPost(CHANNEL);
  if (!post) continue;
  const week = Math.floor(day / 7);
  for (const name of PEOPLE) {
    if (random() < 0.15) continue; // not everyone answers every day
    const chance = 0.4 + week * 0.05 - (difficulty.get(post.conceptId) ?? 0.2) + random() * 0.2;
    const right = random() < chance;
    const options = question.buttons.filter((b) => b.actionId === 'answer');
    const correct = post.correctIndex;
    const wrong = options.map((_, i) => i).filter((i) => i !== correct);
    const pick = right ? correct : wrong[Math.floor(random() * wrong.length)]!;
    const button = options[pick];
    if (button)
      await bot.handleAction({ ...user(name), actionId: button.actionId, value: button.value });
  }
  now += 9 * 3_600_000; // closed and revealed
  await bot.tick();
  posts.length = 0;
}
now = START + (WEEKS - 1) * 7 * 86_400_000 + 4 * 86_400_000 + 8 * 3_600_000; // the last Friday 17:00
const report = buildReportReply(
  bot.deps,
  CHANNEL,
  new Date(now + 9 * 3_600_000).toISOString().slice(0, 10),
);
const chart = report?.attachments?.[0];
if (!chart) throw new Error('no chart: nobody answered');
mkdirSync(dirname(out), { recursive: true });
writeFileSync(out, chart.data);
console.log(`${out}\n${chart.altText}`);
await bot.stop();
store.close();
