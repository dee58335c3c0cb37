/** Statements a bank shows in more than one question (src/quiz/repeated-statements.ts). */
import { describe, expect, it } from 'vitest';
import { repeatedStatementIds, statementsShown } from '../../src/quiz/repeated-statements.ts';
import type { Question } from '../../src/quiz/types.ts';

function question(id: string, kind: Question['kind'], prompt: string, options: string[]): Question {
  return {
    id,
    conceptId: id,
    conceptName: id,
    kind,
    asksFor: kind === 'misconception-about' ? 'misconception' : 'correct',
    prompt,
    choices: options.map((text, i) => ({ text, correct: i === 0, why: null })),
    explanation: { why: null, notes: [], source: { file: 'notes.md', line: 1, section: null } },
    section: null,
    language: 'ja',
  };
}

describe('statementsShown', () => {
  it('reads a which-concept stem without its quotation marks, an option without its label', () => {
    const stem = question(
      'a',
      'which-concept',
      '次の説明にあてはまるものはどれ？\n「湿潤環境で上皮化が速い」',
      ['湿潤療法', 'デブリードマン'],
    );
    const labelled = question('b', 'misconception-about', '誤っているものはどれ？', [
      '湿潤療法：湿潤環境で上皮化が速い',
      '消毒：傷口は毎日消毒する',
    ]);
    expect(statementsShown(stem)).toEqual(statementsShown(labelled).slice(0, 1));
  });

  it('reads no statement in a table look-up', () => {
    expect(statementsShown(question('c', 'table-row', 'どの行？', ['○', '×']))).toEqual([]);
  });
});

describe('repeatedStatementIds', () => {
  it('finds both questions that show one statement, and no other', () => {
    const bank = [
      question(
        'a',
        'which-concept',
        'Which concept does this describe?\n“Drops rows whose key is NaN”',
        ['groupby', 'merge'],
      ),
      question('b', 'correct-about', 'Which statement about “groupby” is correct?', [
        'Drops rows whose key is NaN',
        'Keeps the original order of groups',
      ]),
      question('c', 'correct-about', 'Which statement about “merge” is correct?', [
        'A key duplicated on the right multiplies rows',
        'Joins on the index by default',
      ]),
    ];
    expect([...repeatedStatementIds(bank)].sort()).toEqual(['a', 'b']);
  });
});
