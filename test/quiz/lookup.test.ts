import { describe, expect, it } from 'vitest';
import { buildQuestionBank } from '../../src/quiz/bank.ts';
import {
  conceptNames,
  findQuestion,
  type LookupResult,
  lookupConcept,
} from '../../src/quiz/lookup.ts';
import { fixture, shippedAliases, shippedNotes } from './notes-helpers.ts';

const bank = buildQuestionBank([shippedNotes()], { aliases: shippedAliases() });

function name(result: LookupResult): string | null {
  return result.found ? (result.concept?.name ?? null) : null;
}

/** The card's title name, for concepts and sections alike. */
function cardName(result: LookupResult): string | null {
  return result.found ? result.card.name : null;
}

describe('lookupConcept', () => {
  it.each([
    ['gRPC', 'gRPC', 'name'],
    ['grpc', 'gRPC', 'name'],
    ['ｇＲＰＣ', 'gRPC', 'name'],
    ['さーが', 'サーガ', 'name'],
    ['ｻｰｶﾞ', 'サーガ', 'name'],
    ['saga', 'サーガ', 'alias'],
    ['SAGAパターン', 'サーガ', 'alias'],
    ['docker-compose', 'Docker Compose', 'name'],
    ['サービス メッシュ', 'サービスメッシュ', 'name'],
    ['メッシュ', 'サービスメッシュ', 'partial'],
    ['compose', 'Docker Compose', 'partial'],
    ['ci', 'CI/CD', 'partial'],
    ['Backend for Frontend', 'BFF', 'alias'],
  ])('finds %s → %s (%s)', (term, expected, matchedBy) => {
    const result = lookupConcept(bank, term);
    expect(name(result)).toBe(expected);
    expect(result.found && result.matchedBy).toBe(matchedBy);
  });

  it('does not take "broker" for ブローカーレス (broker-less is its opposite) but suggests it', () => {
    const result = lookupConcept(bank, 'broker');
    expect(result.found).toBe(false);
    expect(!result.found && result.suggestions).toEqual(['ブローカーレス']);
    // In Japanese the notes have a section for it: ブローカーメッセージング, never ブローカーレス.
    for (const term of ['ブローカー', 'ぶろーかー']) {
      const found = lookupConcept(bank, term);
      expect(found.found && found.card.kind, term).toBe('section');
      expect(cardName(found), term).toBe('ブローカーメッセージング');
    }
    expect(name(lookupConcept(bank, 'brokerless'))).toBe('ブローカーレス');
  });

  it('suggests, without choosing, when a part names several concepts', () => {
    const result = lookupConcept(bank, 'サービス');
    expect(result.found).toBe(false);
    expect(!result.found && result.suggestions.slice(0, 2)).toEqual([
      'サービスディスカバリ',
      'サービスメッシュ',
    ]);
    expect(!result.found && result.suggestions.length).toBeLessThanOrEqual(3);
  });

  it('suggests close spellings', () => {
    const typo = lookupConcept(bank, 'orchestraton');
    expect(!typo.found && typo.suggestions[0]).toBe('オーケストレーション');
  });

  it('finds the sections of the notes that are no concept, by heading or a part of it', () => {
    for (const [term, heading] of [
      ['2PC', '2PC（Two-Phase Commit / 分散トランザクション）'],
      ['2pc', '2PC（Two-Phase Commit / 分散トランザクション）'],
      ['two-phase commit', '2PC（Two-Phase Commit / 分散トランザクション）'],
      ['API Gateway', 'API Gateway'],
      ['api gateway', 'API Gateway'],
      ['gateway', 'API Gateway'],
      ['Protocol Buffer', 'Protocol Buffer'],
      ['protocol buffer', 'Protocol Buffer'],
    ]) {
      const result = lookupConcept(bank, term!);
      expect(result.found && result.card.section, term).toBe(heading);
      expect(result.found && result.card.kind, term).toBe('section');
      expect(result.found && result.concept, term).toBeNull();
    }
    const twoPc = lookupConcept(bank, '2PC');
    if (!twoPc.found) throw new Error('2PC not found');
    expect(twoPc.card.name).toBe('2PC');
    expect(twoPc.card.aliases).toEqual(['Two-Phase Commit', '分散トランザクション']);
    expect(twoPc.card.correct).toBe(
      'コーディネータが複数サービスのトランザクションを同期的に管理します。',
    );
    expect(twoPc.card.keyPoints).toEqual([
      '2PCは「同期」「ロック」。SAGAは「非同期」「ロックなし」。',
    ]);
    expect(twoPc.card.lists.map((l) => l.label)).toEqual(['フェーズ']);
    expect(twoPc.card.questionIds).toEqual([]);
    const proto = lookupConcept(bank, 'Protocol Buffer');
    expect(proto.found && proto.card.misconceptions[0]).toEqual({
      text: '全てのプログラミング言語でスタブ生成可能',
      correction: '主要言語のみ',
    });
  });

  it('gives a section the concept it is named after, and names the concepts a section holds', () => {
    // The SAGAパターン section is サーガ's own: the concept card says more.
    expect(name(lookupConcept(bank, 'SAGAパターン'))).toBe('サーガ');
    const kubernetes = lookupConcept(bank, 'Kubernetes');
    expect(kubernetes.found && kubernetes.card.kind).toBe('section');
    expect(kubernetes.found && kubernetes.card.related).toEqual(['セルフヒーリング']);
  });

  it('finds the concept of a question by its id', () => {
    const question = bank.questions[5]!;
    const result = lookupConcept(bank, question.id.toUpperCase());
    expect(result.found && result.matchedBy).toBe('id');
    expect(result.found && result.concept?.id).toBe(question.conceptId);
  });

  it('ignores invisible characters (zero-width space, joiners, BOM, soft hyphen)', () => {
    for (const term of [
      'サー\u200Bガ',
      '\uFEFFsaga',
      'ブレー\u200Dカー',
      'g\u00ADRPC',
      '2\u2060PC',
    ]) {
      expect(lookupConcept(bank, term).found, JSON.stringify(term)).toBe(true);
    }
    expect(name(lookupConcept(bank, 'サー\u200Bガ'))).toBe('サーガ');
  });

  it('answers a 1 MB term (no pattern backtracks on it; the test timeout would catch one)', () => {
    expect(lookupConcept(bank, 'サ'.repeat(1_000_000)).found).toBe(false);
    expect(lookupConcept(bank, 'a '.repeat(500_000)).found).toBe(false);
    expect(lookupConcept(bank, `「${'x'.repeat(1_000_000)}」ではない`).found).toBe(false);
  });

  it('does not repeat a misconception in its correction or in the key points (サーキットブレーカー)', () => {
    const result = lookupConcept(bank, 'サーキットブレーカー');
    if (!result.found) throw new Error('not found');
    expect(result.card.misconceptions).toEqual([
      { text: 'キューに入れて後で処理', correction: '即エラー' },
      { text: '秒間リクエスト数の上限', correction: 'エラーレートの閾値' },
    ]);
    expect(result.card.keyPoints).toEqual([]);
  });

  it('shows each other name once, none nesting the name (CQRS, サーガ)', () => {
    const cqrs = lookupConcept(bank, 'CQRS');
    expect(cqrs.found && cqrs.card.aliases).toEqual(['Command Query Responsibility Segregation']);
    const saga = lookupConcept(bank, 'サーガ');
    expect(saga.found && saga.card.aliases).toEqual(['SAGA']);
  });

  it('finds nothing and suggests nothing for an empty or unrelated term', () => {
    expect(lookupConcept(bank, '  ')).toEqual({ found: false, term: '  ', suggestions: [] });
    expect(lookupConcept(bank, 'zzzzzz')).toEqual({
      found: false,
      term: 'zzzzzz',
      suggestions: [],
    });
  });

  it('gives the card: correct understanding, misconceptions with corrections, key points, comparisons, questions', () => {
    const result = lookupConcept(bank, 'セルフヒーリング');
    if (!result.found) throw new Error('not found');
    const { card } = result;
    expect(card.correct).toBe('Pod数を維持するよう自動起動');
    expect(card.misconceptions[0]).toEqual({
      text: 'Nodeを作成する',
      correction: 'Nodeに障害が発生しても、別NodeでPodを再起動する（Nodeは作成しない）',
    });
    expect(card.keyPoints).toContain('セルフヒーリングはPod単位（Node単位ではない）');
    expect(card.comparisons).toEqual([
      {
        table: 'Docker Compose vs Kubernetes',
        header: ['機能', 'Docker Compose', 'Kubernetes'],
        row: ['セルフヒーリング', '×', '○'],
      },
    ]);
    expect(card.section).toBe('Kubernetes');
    expect(card.language).toBe('ja');
    expect(card.questionIds.length).toBeGreaterThan(0);
    for (const id of card.questionIds)
      expect(findQuestion(bank, id)?.conceptId).toBe(card.conceptId);
  });

  it("gives every row of a table where the concept is a column, and the notes' correction of each misconception", () => {
    const result = lookupConcept(bank, 'ブローカーレス');
    if (!result.found) throw new Error('not found');
    expect(result.card.comparisons.map((c) => c.row[0])).toEqual([
      '結合度',
      'レイテンシ',
      '単一障害点',
      '配信保証',
      'バッファリング',
    ]);
    expect(result.card.misconceptions).toEqual([
      { text: '疎結合を保てる', correction: '直接参照するため密結合' },
      { text: 'バッファリング可能', correction: 'できない、それはブローカー有り' },
    ]);
  });

  it('writes a terse misconception out and says where it belongs (サイドカー: 中継 → アンバサダー)', () => {
    const result = lookupConcept(bank, 'サイドカー');
    expect(result.found && result.card.misconceptions).toEqual([
      { text: '外部接続を中継', correction: 'それはアンバサダー（外部接続を中継）' },
      { text: 'データを変換・整形', correction: 'それはアダプター（データを変換・整形）' },
    ]);
  });

  it('works on English notes', () => {
    const en = buildQuestionBank([fixture('resilience.en.md')]);
    const result = lookupConcept(en, 'CIRCUIT-BREAKER');
    expect(result.found && result.card.language).toBe('en');
    expect(result.found && result.card.keyPoints).toEqual([
      'When open it fails fast (not queues requests).',
    ]);
  });
});

describe('conceptNames', () => {
  it('lists every concept in notes order for an empty input', () => {
    expect(conceptNames(bank)).toEqual(bank.concepts.map((c) => c.name));
  });

  it('puts names starting with the input first, then names containing it', () => {
    // "SOA vs マイクロサービス" (an alias of SOA vs MSA) contains it, so it comes after.
    expect(conceptNames(bank, 'さーび')).toEqual([
      'サービスディスカバリ',
      'サービスメッシュ',
      'SOA vs MSA',
    ]);
    expect(conceptNames(bank, 'サービス').slice(0, 2)).toEqual([
      'サービスディスカバリ',
      'サービスメッシュ',
    ]);
    expect(conceptNames(bank, 'ｓａｇａ')).toEqual(['サーガ']);
  });

  it('respects the limit (Discord shows 25)', () => {
    expect(conceptNames(bank, '', 5)).toHaveLength(5);
  });
});

describe('findQuestion', () => {
  const question = bank.questions[0];
  if (!question) throw new Error('empty bank');

  it('finds a question by its id, forgiving case, full width, # and brackets', () => {
    const fullWidth = question.id
      .toUpperCase()
      .replace(/[0-9A-Z]/g, (ch) => String.fromCharCode(ch.charCodeAt(0) + 0xfee0));
    for (const typed of [
      question.id,
      question.id.toUpperCase(),
      ` #${question.id} `,
      `(${question.id})`,
      fullWidth,
    ]) {
      expect(findQuestion(bank, typed)?.id, typed).toBe(question.id);
    }
  });

  it('reads o as 0 and l or i as 1, which the ids never contain', () => {
    const withDigits = bank.questions.find((q) => /[01]/.test(q.id));
    if (!withDigits) return;
    const typed = withDigits.id.replace(/0/g, 'O').replace(/1/g, 'l');
    expect(findQuestion(bank, typed)?.id).toBe(withDigits.id);
  });

  it('returns undefined for an unknown id', () => {
    expect(findQuestion(bank, 'zzzzzzzz')).toBeUndefined();
    expect(findQuestion(bank, '')).toBeUndefined();
  });
});
