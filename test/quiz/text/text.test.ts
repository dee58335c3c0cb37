import { describe, expect, it } from 'vitest';
import {
  bigrams,
  centrality,
  optionCues,
  pairSimilarity,
  readCue,
  readCueOf,
} from '../../../src/quiz/text/cues.ts';
import { canonicalId, shortId } from '../../../src/quiz/text/hash.ts';
import { foldKana, looksJapanese, matchKey, nfkcLower } from '../../../src/quiz/text/normalize.ts';
import { coverage, coverageIn, haystackOf, overlap } from '../../../src/quiz/text/runs.ts';
import { seededRandom, shuffled } from '../../../src/quiz/text/seeded-random.ts';

describe('match keys', () => {
  it('forgive width, case, kana and punctuation', () => {
    expect(matchKey('ｇＲＰＣ')).toBe(matchKey('grpc'));
    expect(matchKey('サーガ')).toBe(matchKey('さーが'));
    expect(matchKey('ｻｰｶﾞ')).toBe(matchKey('サーガ'));
    expect(matchKey('Docker Compose')).toBe(matchKey('docker-compose'));
    expect(foldKana('サービス')).toBe('さーびす');
  });

  it('keep the marks of a name made of marks only (symbol-names)', () => {
    // Make's automatic variables and Bash's test brackets were one empty key each.
    const names = ['$@', '$<', '$^', '`$*`', '[ ]', '[[ ]]', '(( ))'];
    expect(new Set(names.map(matchKey)).size).toBe(names.length);
    expect(matchKey('`$<`')).toBe(matchKey('$<'));
    expect(matchKey('[[ ]]')).toBe(matchKey('[[]]'));
    // A name with a letter is still read by its letters.
    expect(matchKey('$HOME')).toBe('home');
  });

  it('tell Japanese text from English', () => {
    expect(looksJapanese('サービスの外側で実装')).toBe(true);
    expect(looksJapanese('Fails fast above a threshold')).toBe(false);
  });
});

describe('nfkc lower case', () => {
  it('is the same whether the text is short (worked out afresh) or long (memoised)', () => {
    expect(nfkcLower('ＨＴＴＰ／２ 専用')).toBe('http/2 専用');
    const long = 'ＡＰＩゲートウェイ '.repeat(20);
    expect(long.length).toBeGreaterThan(64);
    expect(nfkcLower(long)).toBe('apiゲートウェイ '.repeat(20));
    expect(nfkcLower(long)).toBe(nfkcLower(long));
  });

  it('matchKey takes out spaces, punctuation and symbols, and keys of word units only as they are', () => {
    const reference = (text: string): string => {
      const soft = foldKana(text.normalize('NFKC').toLowerCase());
      const key = soft.replace(/[\s\p{P}\p{S}]+/gu, '');
      return key !== '' ? key : soft.replace(/[\s`]+/gu, '');
    };
    for (const text of ['概念12', 'grpc', 'サービス・メッシュ', '$@', 'a b', 'ーー', '']) {
      expect(matchKey(text)).toBe(reference(text));
    }
    for (let code = 0; code <= 0xffff; code++) {
      const text = `k${String.fromCharCode(code)}`;
      expect(matchKey(text)).toBe(reference(text));
    }
  });

  it('nfkcLower is NFKC and lower case, texts NFKC keeps as they are read without it', () => {
    const texts = [
      '概念100は鍵アカシタナ語で動き、状態アカシタナを保つ',
      'Docker Compose「サービス」『定義』・ー',
      'か\u3099', // a combining sound mark composes with the kana before it
      'ｶﾞ全角　スペース（括弧）',
      'İstanbul ǅ ﬁ Ⅻ ①',
      '\u30fe\u30ff\u309b\u3000',
      '',
    ];
    for (const text of texts) expect(nfkcLower(text)).toBe(text.normalize('NFKC').toLowerCase());
    // Every code unit the scan keeps, one by one.
    for (let code = 0x80; code <= 0xffff; code++) {
      const text = `A${String.fromCharCode(code)}`;
      expect(nfkcLower(text)).toBe(text.normalize('NFKC').toLowerCase());
    }
  });
});

describe('ids', () => {
  it('are 8 Crockford base32 characters, the same for the same text', () => {
    expect(shortId('x')).toMatch(/^[0-9a-hjkmnp-tv-z]{8}$/);
    expect(shortId('x')).toBe(shortId('x'));
    expect(shortId('x')).not.toBe(shortId('y'));
    expect(shortId('x', 8, 1)).not.toBe(shortId('x'));
  });

  it('are read back the way people type them', () => {
    expect(canonicalId(' #7K2M9QXA ')).toBe('7k2m9qxa');
    expect(canonicalId('ＯＬＩ１')).toBe('0111');
    expect(canonicalId('「abc」')).toBe('abc');
  });

  it('are read in one pass, whatever runs of marks a message holds', () => {
    // `[)…]+$` tried every start of a run of marks not at the end.
    const started = performance.now();
    expect(canonicalId(`#7k2m${'.'.repeat(200_000)}9qxa)`)).toHaveLength(200_008);
    expect(performance.now() - started).toBeLessThan(5_000);
  });
});

describe('content runs', () => {
  it('measure how much of a terse cell a statement covers', () => {
    expect(coverage('静的IP設定', 'IPアドレスを静的に設定する')).toBe(1);
    expect(coverage('Node作成', 'Nodeは作成しない')).toBe(1);
    expect(coverage('キュー待機', 'キューに入れて後で処理')).toBeCloseTo(0.6);
    expect(coverage('Any operation', 'Every operation can be retried safely')).toBe(1);
    expect(coverage('中継', '補助機能を追加')).toBe(0);
  });

  it('measure against a text prepared once (coverageIn) as against the text itself', () => {
    for (const [a, b] of [
      ['静的IP設定', 'IPアドレスを静的に設定する'],
      ['キュー待機', 'キューに入れて後で処理'],
      ['Retries calls', 'A retry of every call'],
      ['、。', 'anything'],
    ] as const)
      expect(coverageIn(a, haystackOf(b))).toBe(coverage(a, b));
  });

  it('see one statement inside another', () => {
    expect(overlap('リアルタイム', 'リアルタイムにデータ取得可能')).toBe(1);
    expect(overlap('Nodeを作成する', 'セルフヒーリングはNode単位')).toBeLessThan(0.75);
  });
});

describe('seeded randomness', () => {
  it('repeats for a seed and differs between seeds', () => {
    const a = seededRandom('s');
    const b = seededRandom('s');
    expect([a(), a(), a()]).toEqual([b(), b(), b()]);
    expect(seededRandom('t')()).not.toBe(seededRandom('s')());
  });

  it('shuffles without losing or adding items, and spreads them evenly', () => {
    expect(shuffled([1, 2, 3, 4], 'seed').sort()).toEqual([1, 2, 3, 4]);
    const firstPlace = [0, 0, 0, 0];
    for (let i = 0; i < 2000; i++) {
      const at = shuffled([0, 1, 2, 3], `seed-${i}`).indexOf(0);
      firstPlace[at] = (firstPlace[at] ?? 0) + 1;
    }
    for (const count of firstPlace) expect(count).toBeGreaterThan(400);
  });
});

describe('wording centrality', () => {
  it('sums each option’s similarity to the others, each pair measured once', () => {
    const texts = ['サービス間通信', 'サービス間連携', '負荷分散', 'サービスメッシュ'];
    const grams = texts.map(bigrams);
    const naive = grams.map((g, i) =>
      grams.reduce((sum, h, j) => (i === j ? sum : sum + pairSimilarity(g, h)), 0),
    );
    expect(centrality(texts)).toEqual(naive);
    expect(pairSimilarity(bigrams('サービス間通信'), bigrams('サービス'))).toBe(1);
    expect(pairSimilarity(bigrams('サービス'), bigrams('サービス間通信'))).toBe(1);
    expect(pairSimilarity(bigrams('負荷分散'), new Set())).toBe(0);
  });
});

describe('cue reading from options read once', () => {
  it('reads the same cue from the options’ cues as from their texts', () => {
    const sets: [string, string[], boolean][] = [
      [
        '「サーガ」について正しいもの',
        ['補償トランザクションで戻す', '必ず2PCを使う', '常にロックする'],
        false,
      ],
      [
        '「サーガ」についての誤解',
        ['補償トランザクションで戻す', '必ず2PCを使う', 'ロックしない'],
        true,
      ],
      [
        'Which is right about “Retry”?',
        ['Retries a failed call', 'Never retries', 'Retry storms'],
        false,
      ],
    ];
    for (const [prompt, texts, misconception] of sets)
      expect(readCueOf(prompt, texts.map(optionCues), misconception)).toEqual(
        readCue(prompt, texts, misconception),
      );
  });
});
