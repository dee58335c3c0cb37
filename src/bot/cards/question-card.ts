/**
 * The public question post: the prompt, the numbered options and one button per option.
 * It shows only how many have answered; once closed, the buttons are disabled and the right
 * answer is marked.
 */
import type { Question } from '../../quiz/types.ts';
import type { PostRecord } from '../../store/types.ts';
import { formatWhen, type Messages } from '../i18n/catalog.ts';
import type { Button, Locale, Reply } from '../types.ts';

/** Button action ids of the core. */
export const ACTION = {
  answer: 'answer',
  explain: 'explain',
  practiceAnswer: 'practice-answer',
  practiceNext: 'practice-next',
  quizMe: 'quiz-me',
} as const;

export interface QuestionCardInput {
  question: Question;
  post: PostRecord;
  answered: number;
  m: Messages;
  locale: Locale;
  timezone: string;
}

/** `1. text` lines. */
export function numberedChoices(question: Question, markCorrect: boolean, mark = '✅'): string {
  return question.choices
    .map((c, i) => `${i + 1}. ${c.text}${markCorrect && c.correct ? ` ${mark}` : ''}`)
    .join('\n');
}

/** The value of an answer button: `postId:choiceIndex`. */
export function answerValue(postId: number, choiceIndex: number): string {
  return `${postId}:${choiceIndex}`;
}

function choiceButtons(
  question: Question,
  action: string,
  value: (i: number) => string,
  disabled: boolean,
): Button[] {
  return question.choices.map((c, i) => ({
    actionId: action,
    label: `${i + 1}. ${c.text}`,
    value: value(i),
    disabled,
  }));
}

/** The open question as posted in the channel. */
export function questionCard(input: QuestionCardInput): Reply {
  const { question, post, answered, m, locale, timezone } = input;
  return {
    visibility: 'channel',
    tone: 'question',
    title: m.questionTitle(post.localDate),
    text: `${question.prompt}\n\n${numberedChoices(question, false)}`,
    buttons: choiceButtons(question, ACTION.answer, (i) => answerValue(post.id, i), false),
    footer: [
      m.questionId(question.id),
      m.answeredCount(answered),
      m.closesAt(formatWhen(post.closesAt, timezone, locale)),
    ].join(' · '),
  };
}

/** The same post after it closed: buttons disabled, right answer marked. */
export function closedQuestionCard(input: QuestionCardInput): Reply {
  const { question, post, answered, m } = input;
  return {
    visibility: 'channel',
    tone: 'question',
    title: m.questionTitle(post.localDate),
    text: `${question.prompt}\n\n${numberedChoices(question, true, m.correctMark)}`,
    buttons: choiceButtons(question, ACTION.answer, (i) => answerValue(post.id, i), true),
    footer: [m.questionId(question.id), m.answeredCount(answered), m.closedFooter].join(' · '),
  };
}

/** A private practice question; its buttons carry the question id, not a post. */
export function practiceCard(question: Question, m: Messages): Reply {
  return {
    visibility: 'ephemeral',
    tone: 'question',
    title: m.practiceTitle,
    text: `${question.prompt}\n\n${numberedChoices(question, false)}`,
    buttons: choiceButtons(question, ACTION.practiceAnswer, (i) => `${question.id}:${i}`, false),
    footer: `${m.questionId(question.id)} · ${m.practiceNotCounted}`,
  };
}
