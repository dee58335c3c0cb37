import { describe, expect, it } from 'vitest';
import { BANK_RULES, reviewBank, reviewBankQuestions } from '../../../src/quiz/review/review.ts';
import type { ComparisonTable, Concept, Question, QuestionBank } from '../../../src/quiz/types.ts';
import { bareConcept } from '../notes-helpers.ts';
import { q } from './make-question.ts';

function concept(id: string, name: string, line: number): Concept {
  return bareConcept(name, id, line);
}

function bank(
  questions: Question[],
  concepts: Concept[],
  comparisons: ComparisonTable[] = [],
): QuestionBank {
  return {
    documents: [
      {
        file: 'notes.md',
        title: null,
        language: 'ja',
        concepts,
        sections: [],
        comparisons,
        problems: [],
      },
    ],
    concepts,
    questions,
    problems: [],
  };
}

/** A question about `conceptId` with three distinct options. */
function about(conceptId: string, id: string, options?: string[]): Question {
  return {
    ...q({ id, options: options ?? [`*${id}の正しい説明`, `${id}の誤り一`, `${id}の誤り二`] }),
    conceptId,
  };
}

const reasonsOf = (b: QuestionBank, rule: string) => reviewBank(b).filter((r) => r.rule === rule);

describe('bank rules', () => {
  it('every rule has a kebab-case name and a description', () => {
    for (const rule of BANK_RULES) {
      expect(rule.name).toMatch(/^[a-z]+(-[a-z0-9]+)*$/);
      expect(rule.description.length).toBeGreaterThan(10);
    }
  });

  describe('questions-per-concept', () => {
    const concepts = [concept('c1', 'ダーティリード', 10), concept('c2', 'ファントムリード', 11)];

    it('names each concept with fewer than two questions, with its line', () => {
      const reasons = reasonsOf(
        bank([about('c1', 'a'), about('c1', 'b'), about('c2', 'c')], concepts),
        'questions-per-concept',
      );
      expect(reasons).toEqual([
        {
          rule: 'questions-per-concept',
          questionIds: ['c'],
          message: '"ファントムリード" (notes.md:11) has 1 question',
          evidence: ['ファントムリード'],
        },
      ]);
    });

    it('names a concept with no question at all', () => {
      const reasons = reasonsOf(
        bank([about('c1', 'a'), about('c1', 'b')], concepts),
        'questions-per-concept',
      );
      expect(reasons.map((r) => r.message)).toEqual([
        '"ファントムリード" (notes.md:11) has 0 questions',
      ]);
    });

    it('passes when every concept has two', () => {
      const b = bank(
        [about('c1', 'a'), about('c1', 'b'), about('c2', 'c'), about('c2', 'd')],
        concepts,
      );
      expect(reasonsOf(b, 'questions-per-concept')).toEqual([]);
    });
  });

  describe('two-option-share', () => {
    const concepts = [concept('c1', 'TCP', 1)];
    const twoOption = (id: string): Question => ({
      ...q({ id, options: [`*${id} yes`, `${id} no`] }),
      conceptId: 'c1',
    });

    it('flags more than 10 % two-option questions', () => {
      const questions = [
        twoOption('t1'),
        twoOption('t2'),
        ...Array.from({ length: 8 }, (_, i) => about('c1', `x${i}`)),
      ];
      const reasons = reasonsOf(bank(questions, concepts), 'two-option-share');
      expect(reasons).toHaveLength(1);
      expect(reasons[0]?.message).toBe('2 of 10 questions (20 %) have two options');
      expect(reasons[0]?.questionIds).toEqual(['t1', 't2']);
    });

    it('passes 10 % exactly', () => {
      const questions = [
        twoOption('t1'),
        ...Array.from({ length: 9 }, (_, i) => about('c1', `x${i}`)),
      ];
      expect(reasonsOf(bank(questions, concepts), 'two-option-share')).toEqual([]);
    });
  });

  describe('distinct-option-sets', () => {
    const concepts = [concept('c1', 'サイドカー', 1), concept('c2', 'アンバサダー', 2)];

    it('groups questions offering one option set in any order and form', () => {
      const b = bank(
        [
          about('c1', 'a', ['*サイドカー', 'アンバサダー', 'アダプター']),
          about('c2', 'b', ['アダプター', '*アンバサダー', 'サイドカー']),
          about('c2', 'c', ['ｻｲﾄﾞｶｰ', 'アンバサダー', '*アダプター']),
          about('c1', 'd', ['*補助機能を追加', '外部接続を中継', 'データを変換']),
        ],
        concepts,
      );
      const reasons = reasonsOf(b, 'distinct-option-sets');
      expect(reasons.map((r) => r.questionIds)).toEqual([['a', 'b', 'c']]);
      expect(reasons[0]?.evidence).toEqual(['サイドカー / アンバサダー / アダプター']);
    });

    it('passes different sets', () => {
      const b = bank([about('c1', 'a'), about('c2', 'b')], concepts);
      expect(reasonsOf(b, 'distinct-option-sets')).toEqual([]);
    });
  });

  describe('one-fact-once', () => {
    const concepts = [concept('c1', 'セルフヒーリング', 1), concept('c2', 'Docker Compose', 2)];
    const twoEntities: ComparisonTable = {
      header: ['機能', 'Docker Compose', 'Kubernetes'],
      rows: [
        ['セルフヒーリング', '×', '○'],
        ['マルチホスト', '×', '○'],
      ],
      line: 20,
      section: 'Docker Compose vs Kubernetes',
      rowLines: [22, 23],
    };
    const matrix: ComparisonTable = {
      header: ['分離レベル', 'ダーティリード', 'ノンリピータブルリード', 'ファントムリード'],
      rows: [['READ COMMITTED', '防止', '発生', '発生']],
      line: 40,
      section: '分離レベル',
      rowLines: [42],
    };
    const from = (line: number, id: string, prompt: string, options: string[]): Question => ({
      ...q({ id, prompt, options, source: { file: 'notes.md', line, section: null } }),
      conceptId: 'c1',
    });

    it('flags one cell of a two-entity table asked from both sides', () => {
      const b = bank(
        [
          from(22, 'a', 'セルフヒーリングが ○ なのはどちら？', [
            'Docker Compose',
            '*Kubernetes',
            'Podman',
          ]),
          from(22, 'b', 'Docker Composeが × の項目はどれ？', [
            '*セルフヒーリング',
            '複数コンテナ管理',
            '依存カプセル化',
          ]),
          from(23, 'c', 'マルチホストが ○ なのはどちら？', [
            'Docker Compose',
            '*Kubernetes',
            'systemd',
          ]),
        ],
        concepts,
        [twoEntities],
      );
      const reasons = reasonsOf(b, 'one-fact-once');
      expect(reasons.map((r) => r.questionIds)).toEqual([['a', 'b']]);
      expect(reasons[0]?.message).toContain('notes.md:22');
    });

    it('lets a matrix row give one question per column', () => {
      const b = bank(
        [
          from(42, 'a', 'READ COMMITTED でダーティリードは？', [
            '*防止される',
            '発生する',
            '設定による',
          ]),
          from(42, 'b', 'READ COMMITTED でファントムリードは？', [
            '*発生しうる',
            '防止される',
            '設定による',
          ]),
        ],
        concepts,
        [matrix],
      );
      expect(reasonsOf(b, 'one-fact-once')).toEqual([]);
    });

    it('flags one matrix cell asked twice', () => {
      const b = bank(
        [
          from(42, 'a', 'READ COMMITTED でダーティリードは？', [
            '*防止される',
            '発生する',
            '設定による',
          ]),
          from(42, 'b', 'ダーティリードを防ぐ最も弱い分離レベルは？', [
            '*READ COMMITTED',
            'READ UNCOMMITTED',
            'SERIALIZABLE',
          ]),
        ],
        concepts,
        [matrix],
      );
      expect(reasonsOf(b, 'one-fact-once').map((r) => r.questionIds)).toEqual([['a', 'b']]);
    });

    it('ignores questions that do not cite a table row', () => {
      const b = bank(
        [
          from(5, 'a', 'セルフヒーリングについて正しいものは？', [
            '*Pod数を維持する',
            'Nodeを作る',
            '設定を戻す',
          ]),
          from(5, 'b', 'セルフヒーリングについて誤っているものは？', [
            '*Nodeを作る',
            'Pod数を維持する',
            'Podを再起動する',
          ]),
        ],
        concepts,
        [twoEntities],
      );
      expect(reasonsOf(b, 'one-fact-once')).toEqual([]);
    });
  });
});

describe('reviewBankQuestions', () => {
  it('runs every item rule with the concept’s aliases and lets two-option questions pass', () => {
    const selfHealing = { ...concept('c1', 'セルフヒーリング', 1), aliases: ['自動復旧'] };
    const named = {
      ...q({
        id: 'a',
        options: ['*Pod数を維持する', '自動復旧はNode単位で動く', 'Nodeを作成する'],
      }),
      conceptId: 'c1',
    };
    const two = {
      ...q({ id: 'b', options: ['*Kubernetesで動く', 'Docker Composeで動く'] }),
      conceptId: 'c1',
    };
    const reasons = reviewBankQuestions(bank([named, two], [selfHealing]));
    expect(reasons.map((r) => [r.rule, r.questionIds[0]])).toEqual([['no-concept-name-clue', 'a']]);
  });
});
