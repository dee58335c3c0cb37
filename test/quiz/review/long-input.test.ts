/**
 * No rule backtracks or goes quadratic: every item rule and bank rule on questions whose every
 * text is 1 MB of a pathological pattern. The timeout is not a speed target (those live in
 * `npm run bench`): it is generous for a shared, loaded machine, and a quadratic pass over 1 MB
 * (~10¹² steps) would take hours. The findings are checked too, so the rules really read the text.
 */
import { describe, expect, it } from 'vitest';
import {
  ITEM_RULES,
  reviewBank,
  reviewBankQuestions,
  reviewQuestion,
} from '../../../src/quiz/review/review.ts';
import { seededRandom } from '../../../src/quiz/text/seeded-random.ts';
import type { Question, QuestionBank } from '../../../src/quiz/types.ts';
import { q } from './make-question.ts';

const MB = 1_000_000;
/** Per test: linear work on a loaded machine finishes well within it. */
const LINEAR_BOUND_MS = 120_000;

function fill(piece: string): string {
  return piece.repeat(Math.ceil(MB / piece.length)).slice(0, MB);
}

function randomText(seed: string): string {
  const alphabet = 'あいうをはがのにでナンザクション分散取得aZ09 （）()「」、。,.-*×○ー々';
  const random = seededRandom(seed);
  let out = '';
  while (out.length < MB) out += alphabet[Math.floor(random() * alphabet.length)];
  return out;
}

const PATTERNS: [string, string][] = [
  ['one letter', fill('a')],
  ['hiragana', fill('あ')],
  ['spaces', fill(' ')],
  ['full-width parentheses', fill('（')],
  ['open parentheses', fill('(')],
  ['closing parentheses', fill(')')],
  ['"[a"', fill('[a')],
  ['a doubled katakana word', fill('コミット')],
  ['absolute words', fill('のみonly ')],
  ['capitalised absolute words', fill(' / None')],
  ['spaces before a capital', fill('      N')],
  ['negations', fill('ないnot ')],
  ['particles', fill('はをが')],
  ['English words', fill('fails fast the ')],
  ['random mixture', randomText('long-input')],
];

function longQuestion(text: string, language: 'ja' | 'en'): Question {
  const base = q({ language, options: ['*x', 'y', 'z'], why: text, notes: [text] });
  return {
    ...base,
    prompt: text,
    choices: [
      { text: `${text}1`, correct: true, why: text },
      { text: `2${text}`, correct: false, why: text },
      { text, correct: false, why: null },
    ],
  };
}

describe('rules on 1 MB texts', () => {
  it.each(PATTERNS.map(([name, text], i) => [name, i % 2 === 0 ? 'ja' : 'en', text] as const))(
    'item rules finish on %s (%s question)',
    (_name, language, text) => {
      const reasons = reviewQuestion(longQuestion(text, language), {
        conceptNames: [text.slice(0, 50)],
      });
      for (const reason of reasons) expect(ITEM_RULES.map((r) => r.name)).toContain(reason.rule);
      // The third option has no why: the feedback rule read the options to say so.
      expect(reasons.map((r) => r.rule)).toContain('wrong-options-explained');
    },
    LINEAR_BOUND_MS,
  );

  it(
    'bank rules finish on a bank of 1 MB questions',
    () => {
      const questions = PATTERNS.slice(0, 5).map(([, text], i) => ({
        ...longQuestion(text, 'ja'),
        id: `long${i}`,
        conceptId: 'c1',
      }));
      const bank: QuestionBank = {
        documents: [],
        concepts: [
          {
            id: 'c1',
            name: 'X',
            correct: 'x',
            keyPhrases: [],
            misconceptions: [],
            section: null,
            aliases: [],
            source: { file: 'notes.md', line: 1 },
          },
        ],
        questions,
        problems: [],
      };
      // 1 MB of `（` and 1 MB of `(` are one text once width is folded: an option of marks only
      // keeps its marks (`symbol-names`), so their sets are one set, and no other two are.
      expect(reviewBank(bank).map((r) => [r.rule, r.questionIds])).toEqual([
        ['distinct-option-sets', ['long3', 'long4']],
      ]);
      expect(reviewBankQuestions(bank).length).toBeGreaterThan(0);
    },
    LINEAR_BOUND_MS,
  );

  it(
    'bank rules stay linear on 20,000 questions, 5,000 concepts and a 5,000-row table',
    () => {
      const n = 5_000;
      const concepts = Array.from({ length: n }, (_, i) => ({
        id: `c${i}`,
        name: `概念${i}`,
        correct: 'x',
        keyPhrases: [],
        misconceptions: [],
        section: null,
        aliases: [],
        source: { file: 'big.md', line: i + 1 },
      }));
      const questions = Array.from({ length: 4 * n }, (_, i) => ({
        ...q({
          id: `q${i}`,
          options: ['*Aを返す', 'Bを返す', i % 2 === 0 ? 'Cを返す' : `C${i}を返す`],
          source: { file: 'big.md', line: 10_000 + (i % n), section: null },
        }),
        conceptId: `c${i % (n - 1)}`,
      }));
      const bank: QuestionBank = {
        documents: [
          {
            file: 'big.md',
            title: null,
            language: 'ja',
            concepts,
            sections: [],
            comparisons: [
              {
                header: ['観点', 'A', 'B'],
                rows: concepts.map((c) => [c.name, '○', '×']),
                line: 9_999,
                section: null,
                rowLines: concepts.map((_, i) => 10_000 + i),
              },
            ],
            problems: [],
          },
        ],
        concepts,
        questions,
        problems: [],
      };
      const rules = reviewBank(bank).map((r) => r.rule);
      expect(rules.filter((r) => r === 'questions-per-concept')).toHaveLength(1);
      expect(rules.filter((r) => r === 'distinct-option-sets')).toHaveLength(1);
      expect(rules.filter((r) => r === 'one-fact-once')).toHaveLength(3 * n);
      expect(reviewBankQuestions(bank)).toEqual([]);
    },
    LINEAR_BOUND_MS,
  );
});
