/**
 * The reveal posted when a question closes: how people answered, the right answer, the
 * explanation, who got it right and the week's top 3.
 */
import type { Question } from '../../quiz/types.ts';
import type { LeaderboardRow, PostRecord } from '../../store/types.ts';
import type { Messages } from '../i18n/catalog.ts';
import { mention, type Reply } from '../types.ts';
import { explanationLines } from './explanation-text.ts';

export interface RevealInput {
  question: Question;
  post: PostRecord;
  distribution: number[];
  correctUserIds: string[];
  top3: LeaderboardRow[];
  m: Messages;
}

/** Mentions shown before "+N". */
export const MAX_MENTIONS = 30;

function bar(count: number, max: number): string {
  const width = max === 0 ? 0 : Math.round((count / max) * 10);
  return '█'.repeat(width) + '░'.repeat(10 - width);
}

export function revealCard(input: RevealInput): Reply {
  const { question, post, distribution, correctUserIds, top3, m } = input;
  const total = distribution.reduce((a, b) => a + b, 0);
  const max = Math.max(0, ...distribution);
  const rows = question.choices.map((c, i) => {
    const n = distribution[i] ?? 0;
    return `${i + 1}. ${bar(n, max)} ${m.people(n)}${c.correct ? ` ${m.correctMark}` : ''}  ${c.text}`;
  });

  let who: string;
  if (total === 0) who = m.nobodyAnswered;
  else if (correctUserIds.length === 0) who = m.nobodyCorrect;
  else {
    const shown = correctUserIds.slice(0, MAX_MENTIONS).map(mention).join(' ');
    const more =
      correctUserIds.length > MAX_MENTIONS ? ` +${correctUserIds.length - MAX_MENTIONS}` : '';
    who = m.correctUsers(shown + more);
  }

  const scorers = top3.filter((r) => r.points > 0);
  const fields =
    scorers.length > 0
      ? [
          {
            label: m.weekTop3,
            value: scorers.map((r) => m.top3Row(r.rank, r.userName, r.points)).join('\n'),
          },
        ]
      : [];
  return {
    visibility: 'channel',
    tone: 'info',
    title: m.revealTitle(post.localDate),
    // The explanation opens with the right answer; the distribution marks it too.
    text: [
      question.prompt,
      '',
      `${m.distribution}:`,
      ...rows,
      '',
      who,
      '',
      ...explanationLines(question, m),
    ].join('\n'),
    fields,
    footer: m.questionId(question.id),
  };
}
