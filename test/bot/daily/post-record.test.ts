/**
 * A post is self-contained: what was asked is kept with the post, so an edit of the notes while a
 * question is open — and a restart with the edited notes — changes nothing about it. Clicks,
 * close and reveal, explain, stats and the team map all read the question as it was asked.
 */
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { type Bot, createBot } from '../../../src/bot/create-bot.ts';
import { messages } from '../../../src/bot/i18n/catalog.ts';
import type { ActionEvent, CommandEvent, Reply } from '../../../src/bot/types.ts';
import { silentLogger } from '../../../src/logger.ts';
import { buildQuestionBank } from '../../../src/quiz/bank.ts';
import { seededRandom } from '../../../src/quiz/text/seeded-random.ts';
import type { Question, QuestionBank } from '../../../src/quiz/types.ts';
import { openStore, type SqliteQuizStore } from '../../../src/store/index.ts';
import { testBank } from '../fixtures/test-bank.ts';
import { RecordingTransport } from './recording-transport.ts';

const CHANNEL = { platform: 'console' as const, teamId: 'T1', channelId: 'C1' };
const m = messages('en');
const NOTES = readFileSync(
  join(import.meta.dirname, '../../fixtures/notes/resilience.en.md'),
  'utf8',
);

let dir: string;
let running: { bot: Bot; store: SqliteQuizStore } | null = null;

/** Starts a bot on the test's database file with `bank` (a "restart" when one ran before). */
async function start(bank: QuestionBank) {
  await stop();
  const store = openStore(join(dir, 'quizbot.db'));
  const bot = createBot({
    bank,
    store,
    logger: silentLogger(),
    settings: { locale: 'en', defaultTimezone: 'Asia/Tokyo', answerWindowMinutes: 24 * 60 },
    random: seededRandom(3),
  });
  const transport = new RecordingTransport();
  bot.attach(transport);
  running = { bot, store };
  return { bot, store, transport };
}

async function stop() {
  if (!running) return;
  await running.bot.stop();
  running.store.close();
  running = null;
}

function base(userId: string) {
  return { ...CHANNEL, userId, userName: userId.toLowerCase(), isAdmin: async () => true };
}
const command = (bot: Bot, name: string, args: string[] = [], userId = 'UADMIN') =>
  bot.handleCommand({ ...base(userId), name, args } satisfies CommandEvent);
const click = (bot: Bot, userId: string, value: string, actionId = 'answer') =>
  bot.handleAction({ ...base(userId), actionId, value } satisfies ActionEvent);
const text = (replies: Reply[]) =>
  replies
    .map((r) => [r.title, r.text, ...(r.fields ?? []).map((f) => f.value)].join('\n'))
    .join('\n');

/**
 * Only the "which statement is correct" questions whose key is the concept's correct cell (the
 * generator also keys them on other sentences of the notes, which the edit below leaves alone).
 */
function correctAboutBank(notes: string): QuestionBank {
  const bank = buildQuestionBank([{ path: 'resilience.en.md', text: notes }]);
  const cell = new Map(bank.concepts.map((c) => [c.id, c.correct]));
  return {
    ...bank,
    questions: bank.questions.filter(
      (q) =>
        q.kind === 'correct-about' &&
        q.choices.some((c) => c.correct && c.text === cell.get(q.conceptId)),
    ),
  };
}

/** The notes with the correct-understanding cell of `concept` rewritten. */
function editCell(notes: string, concept: string, cell: string): string {
  const row = notes.split('\n').find((l) => l.startsWith(`| ${concept} |`));
  if (!row) throw new Error(`no summary row for ${concept}`);
  const cells = row.split('|');
  cells[2] = ` ${cell} `;
  return notes.replace(row, cells.join('|'));
}

beforeEach(() => {
  vi.useFakeTimers({ now: Date.parse('2026-11-30T00:30:00Z'), toFake: ['Date'] });
  dir = mkdtempSync(join(tmpdir(), 'quizbot-post-record-'));
});

afterEach(async () => {
  await stop();
  vi.useRealTimers();
  rmSync(dir, { recursive: true, force: true });
});

describe('an open post whose notes cell is edited, across a restart', () => {
  it('takes clicks, closes, reveals, explains and names its concept as it was asked', async () => {
    const first = await start(correctAboutBank(NOTES));
    await command(first.bot, 'post');
    const asked = first.store.latestPost(CHANNEL)!.question!;
    const buttons = first.transport.questionPosts()[0]!.reply.buttons!;
    const key = asked.choices.findIndex((c) => c.correct);
    const wrong = (key + 1) % asked.choices.length;
    expect(text(await click(first.bot, 'U1', buttons[key]!.value))).toContain(m.resultCorrect);

    // The concept's correct understanding is rewritten while the post is open; then a restart.
    const edited = correctAboutBank(
      editCell(NOTES, asked.conceptName, '**Rewritten** understanding of the concept'),
    );
    expect(edited.questions.some((q) => q.id === asked.id)).toBe(false);
    const second = await start(edited);

    const answered = await click(second.bot, 'U2', buttons[wrong]!.value);
    expect(answered[0]!.title).toBe(m.resultWrong);
    expect(answered[0]!.text).toContain(
      m.yourAnswer(`${wrong + 1}. ${asked.choices[wrong]!.text}`),
    );
    expect(answered[0]!.text).toContain(m.rightAnswer(`${key + 1}. ${asked.choices[key]!.text}`));
    expect(text(await click(second.bot, 'U1', buttons[wrong]!.value))).toContain(
      m.alreadyAnswered(`${key + 1}. ${asked.choices[key]!.text}`),
    );
    // Explain before the close: the record, and never a spoiler for someone who has not answered.
    expect(text(await command(second.bot, 'explain', [], 'U3'))).toContain(m.explainWouldSpoil);
    expect(text(await command(second.bot, 'explain', [], 'U1'))).toContain(asked.prompt);

    await command(second.bot, 'close');
    const edit = second.transport.calls.find((c) => c.kind === 'update')!;
    expect(edit.reply.text).toContain(asked.prompt);
    expect(edit.reply.buttons!.map((b) => b.label)).toEqual(
      asked.choices.map((c, i) => `${i + 1}. ${c.text}`),
    );
    const reveal = second.transport.calls.find((c) => c.kind === 'post')!;
    expect(reveal.reply.title).toBe(m.revealTitle('2026-11-30'));
    expect(reveal.reply.text).toContain(asked.prompt);
    const rows = reveal.reply.text.split('\n').filter((l) => /^\d\. [█░]/.test(l));
    expect(rows).toHaveLength(asked.choices.length);
    expect(rows[key]).toContain(`${m.people(1)} ${m.correctMark}  ${asked.choices[key]!.text}`);
    expect(rows[wrong]).toContain(`${m.people(1)}  ${asked.choices[wrong]!.text}`);

    // After yet another restart: explain, stats and the team map still speak of the record.
    const third = await start(edited);
    for (const args of [[], [asked.id], [asked.id.toUpperCase()]]) {
      const [card] = await command(third.bot, 'explain', args, 'U3');
      expect(card!.title).toBe(m.explanationTitle(asked.id));
      expect(card!.text).toContain(asked.prompt);
      expect(card!.text).toContain(m.explanationKey(asked.choices[key]!.text));
    }
    const stats = text(await command(third.bot, 'stats', [], 'U2'));
    expect(stats).toContain(`${asked.conceptName} 0% (0/1)`);
    expect(stats).toContain(m.statsPickedLine(asked.conceptName, asked.choices[wrong]!.text, 1));
    expect(stats).not.toContain(asked.conceptId);
    const team = text(await command(third.bot, 'team', [], 'U2'));
    expect(team).toContain(asked.conceptName);
    expect(team).toContain(`× ${asked.choices[wrong]!.text}`);
    expect(team).not.toContain(asked.conceptId);
    expect(team.split('\n').some((l) => l.trim() === '→')).toBe(false);
  });
});

describe('misconceptions reordered while a post is open, across a restart', () => {
  /** The test bank's Saga question alone, its options in `order` (indexes into the original). */
  function sagaBank(order: number[]): QuestionBank {
    const bank = testBank();
    const saga = bank.questions[0]!;
    const question: Question = { ...saga, choices: order.map((i) => saga.choices[i]!) };
    return { ...bank, questions: [question] };
  }

  it('a click on button 1 is the option shown as 1, and the reveal agrees with the choices', async () => {
    const first = await start(sagaBank([0, 1, 2, 3]));
    await command(first.bot, 'post');
    const asked = first.store.latestPost(CHANNEL)!.question!;
    const buttons = first.transport.questionPosts()[0]!.reply.buttons!;

    // Same id, options moved (the key stays where it was, as in the measurement).
    const reordered = sagaBank([3, 1, 0, 2]);
    expect(reordered.questions[0]!.id).toBe(asked.id);
    expect(reordered.questions[0]!.choices[0]!.text).not.toBe(asked.choices[0]!.text);
    const second = await start(reordered);

    const [reply] = await click(second.bot, 'U1', buttons[0]!.value);
    expect(reply!.text).toContain(m.yourAnswer(`1. ${asked.choices[0]!.text}`));
    for (const [user, i] of [
      ['U2', 0],
      ['U3', 2],
    ] as const)
      await click(second.bot, user, buttons[i]!.value);
    const stored = second.store.db
      .prepare('SELECT choice_index, choice_text FROM answers ORDER BY id')
      .all() as { choice_index: number; choice_text: string }[];
    for (const a of stored) expect(a.choice_text).toBe(asked.choices[a.choice_index]!.text);

    await command(second.bot, 'close');
    const reveal = second.transport.calls.find((c) => c.kind === 'post')!.reply.text;
    const rows = reveal.split('\n').filter((l) => /^\d\. [█░]/.test(l));
    expect(rows[0]).toContain(`${m.people(2)}  ${asked.choices[0]!.text}`);
    expect(rows[2]).toContain(`${m.people(1)}  ${asked.choices[2]!.text}`);
    expect(rows[1]).toContain(`${m.people(0)} ${m.correctMark}  ${asked.choices[1]!.text}`);
  });
});

describe('posts made before questions were kept with posts', () => {
  it('get their question back from the notes at start-up when it is unchanged', async () => {
    const first = await start(sagaBank());
    await command(first.bot, 'post');
    const post = first.store.latestPost(CHANNEL)!;
    first.store.db.prepare('UPDATE posts SET question = NULL').run();
    const second = await start(sagaBank());
    expect(second.store.getPost(post.id)!.question).toEqual(post.question);
    await second.bot.tick();
    expect(second.store.getPost(post.id)!.closedAt).toBeNull();
  });

  it('an open one whose question is gone is closed with a reveal that says it was withdrawn', async () => {
    const first = await start(sagaBank());
    await command(first.bot, 'post');
    const post = first.store.latestPost(CHANNEL)!;
    const button = first.transport.questionPosts()[0]!.reply.buttons![0]!;
    first.store.db.prepare('UPDATE posts SET question = NULL').run();

    const second = await start({ ...testBank(), questions: testBank().questions.slice(1) });
    expect(second.store.getPost(post.id)!.question).toBeNull();
    expect(text(await click(second.bot, 'U1', button.value))).toContain(m.questionWithdrawn);
    expect(second.store.answerCount(post.id)).toBe(0);
    expect(text(await command(second.bot, 'explain', [], 'U1'))).toContain(m.questionWithdrawn);

    await second.bot.tick();
    const closed = second.store.getPost(post.id)!;
    expect(closed.closedAt).not.toBeNull();
    expect(closed.revealedAt).not.toBeNull();
    const edit = second.transport.calls.find((c) => c.kind === 'update')!;
    expect(edit.messageId).toBe(post.messageId);
    expect(edit.reply.text).toBe(m.questionWithdrawn);
    expect(edit.reply.buttons ?? []).toEqual([]);
    const reveal = second.transport.calls.find((c) => c.kind === 'post')!;
    expect(reveal.reply.text).toBe(m.questionWithdrawnReveal);
    expect(reveal.reply.footer).toBe(m.questionId(post.questionId));
    // Once: a later tick says nothing more.
    await second.bot.tick();
    expect(second.transport.calls.filter((c) => c.kind === 'post')).toHaveLength(1);
  });

  function sagaBank(): QuestionBank {
    const bank = testBank();
    return { ...bank, questions: [bank.questions[0]!] };
  }
});
