/**
 * What only the clicking user sees after answering: right or wrong, a short explanation drawn
 * from the notes, and an Explain button for the whole explanation.
 */
import type { Question } from '../../quiz/types.ts';
import type { Messages } from '../i18n/catalog.ts';
import type { Button, Reply } from '../types.ts';
import { explanationLines, shortWhy } from './explanation-text.ts';
import { ACTION } from './question-card.ts';

export interface ResultInput {
  question: Question;
  choiceIndex: number;
  correct: boolean;
  m: Messages;
  /** Current streak after this answer (daily questions only). */
  streak?: number;
  /** True when this click found the answer already locked. */
  alreadyAnswered?: boolean;
  practice?: boolean;
  /** When the user's spaced-repetition card for the concept comes back ("next review in 3 days"). */
  nextReview?: string;
  /** Confidence buttons (sure / unsure) offered under a right practice answer. */
  confidence?: Button[];
}

function choiceText(question: Question, index: number): string {
  return question.choices[index]?.text ?? `#${index + 1}`;
}

export function explainButton(question: Question, m: Messages): Button {
  return { actionId: ACTION.explain, label: m.explainButton, value: question.id };
}

export function resultCard(input: ResultInput): Reply {
  const { question, choiceIndex, correct, m } = input;
  const lines: string[] = [];
  if (input.alreadyAnswered)
    lines.push(m.alreadyAnswered(`${choiceIndex + 1}. ${choiceText(question, choiceIndex)}`));
  else lines.push(m.yourAnswer(`${choiceIndex + 1}. ${choiceText(question, choiceIndex)}`));
  if (!correct) {
    const right = question.choices.findIndex((c) => c.correct);
    lines.push(m.rightAnswer(`${right + 1}. ${choiceText(question, right)}`));
    // Wrong because what was picked is true: say so, or "wrong" next to a true statement confuses.
    if (question.asksFor === 'misconception') lines.push(m.resultPickedTrue);
  }
  const why = shortWhy(question, choiceIndex);
  if (why) lines.push('', why);
  if (input.streak && input.streak > 1) lines.push('', m.streakNow(input.streak));
  // Learning engine: when the concept comes back, and (practice, right answers) how sure the user was.
  if (input.nextReview) lines.push('', input.nextReview);
  if (input.confidence && input.confidence.length > 0) lines.push(m.confidencePrompt);

  const buttons: Button[] = [...(input.confidence ?? []), explainButton(question, m)];
  // "Another" lets the spaced-repetition schedule pick (due cards first, then new concepts).
  if (input.practice)
    buttons.push({ actionId: ACTION.practiceNext, label: m.anotherPractice, value: 'next' });
  return {
    visibility: 'ephemeral',
    tone: correct ? 'correct' : 'wrong',
    title: correct ? m.resultCorrect : m.resultWrong,
    text: lines.join('\n'),
    buttons,
    footer: input.practice ? m.practiceNotCounted : m.resultLater,
  };
}

/** The whole explanation of a question, with the right answer marked. */
export function explanationCard(question: Question, m: Messages): Reply {
  const choices = question.choices
    .map((c, i) => `${i + 1}. ${c.text}${c.correct ? ` ${m.correctMark}` : ''}`)
    .join('\n');
  return {
    visibility: 'ephemeral',
    tone: 'info',
    title: m.explanationTitle(question.id),
    text: `${question.prompt}\n\n${choices}\n\n${explanationLines(question, m).join('\n')}`,
  };
}
