/** A concept whose examples are built on another concept's examples is a kind of it. */
import { describe, expect, it } from 'vitest';
import { buildQuestionBank } from '../../../src/quiz/bank.ts';
import { indexOf } from '../../../src/quiz/facts/concept-facts.ts';
import { kindParents } from '../../../src/quiz/facts/siblings.ts';
import { parseNotes } from '../../../src/quiz/notes/parse-notes.ts';
import { fixture, inline } from '../notes-helpers.ts';

const NOTES = inline([
  '# Image codecs',
  '',
  '| Concept | Correct understanding | Common misconceptions |',
  '|---|---|---|',
  '| Lossy codec | Drops detail the eye misses to save space | Always looks worse ×; Cannot be tuned × |',
  '| Tiled codec | Splits an image into tiles coded on their own | Tiles are visible ×; Needs one tile size × |',
  '| Lossless codec | Keeps every pixel exactly | Never compresses ×; Is slow to decode × |',
  '| Vector format | Stores shapes, not pixels | Cannot hold text ×; Is always smaller × |',
  '',
  '## Lossy codec',
  '',
  'Drops detail the eye misses to save space. JPEG and WebP are the common ones.',
  '',
  '## Tiled codec',
  '',
  'Splits an image into tiles coded on their own. JPEG-XT and WebP-Tiles are examples.',
  '',
  '## Lossless codec',
  '',
  'Keeps every pixel exactly. PNG and QOI are examples.',
  '',
  '## Vector format',
  '',
  'Stores shapes, not pixels. SVG is the usual one.',
]);

describe('kinds by example', () => {
  it('takes a concept whose examples extend another concept’s as a kind of it', () => {
    const doc = parseNotes(NOTES);
    const parents = kindParents(doc, indexOf(doc));
    expect(parents.get(doc.concepts[1]?.id ?? '')?.name).toBe('Lossy codec');
    expect(parents.has(doc.concepts[0]?.id ?? '')).toBe(false);
    expect(parents.has(doc.concepts[2]?.id ?? '')).toBe(false);
  });

  it('reads no example in a part joined by `+` (HS256 is no kind of RS256 / ES256, reading 64)', () => {
    const doc = parseNotes(
      inline([
        '# JWT',
        '',
        '| Concept | Correct understanding | Common misconceptions |',
        '|---|---|---|',
        '| HS256 | 共有鍵で署名と検証 | 公開鍵で検証できる × |',
        '| RS256 / ES256 | 秘密鍵で署名、公開鍵で検証 | 公開鍵で暗号化している × |',
        '',
        '## HS256',
        '',
        'HMAC-SHA256。発行側と検証側が同じ秘密鍵を共有する。',
        '',
        '## RS256 / ES256',
        '',
        '- RS256：RSASSA-PKCS1-v1_5 + SHA-256',
        '- ES256：ECDSA（P-256）+ SHA-256',
      ]),
    );
    expect(kindParents(doc, indexOf(doc)).size).toBe(0);
  });

  it('never offers what the kind is built on as a wrong option about the kind (AEAD on AES)', () => {
    const bank = buildQuestionBank([fixture('crypto-tls.ja.md')]);
    const aead = bank.questions.filter((q) => q.conceptName === '認証付き暗号');
    expect(aead.length).toBeGreaterThan(0);
    for (const q of aead) {
      const texts = q.choices.filter((c) => !c.correct).map((c) => c.text);
      expect(texts).not.toContain('暗号化と復号に同じ鍵を使い、高速');
      expect(texts).not.toContain('共通鍵暗号');
    }
    // The stem of a symmetric cipher's property fits AEAD too: it is not asked against it.
    for (const q of bank.questions.filter((x) => x.conceptName === '共通鍵暗号')) {
      expect(q.choices.map((c) => c.text)).not.toContain('認証付き暗号');
    }
  });
});

describe('kinds-by-columns', () => {
  // Reading 57: 接触変成と広域変成's cell was a wrong answer to "what is true of 変成作用".
  const doc = parseNotes(
    inline([
      '# 岩石',
      '',
      '| 概念 | 正しい理解 | よくある誤解 |',
      '|---|---|---|',
      '| 変成作用 | 固体のまま再結晶する | 一度溶けて固まる × |',
      '| 接触変成と広域変成 | 接触＝熱；広域＝温度と圧力 | 両方とも圧力が主役 × |',
      '| 続成作用 | 圧密とセメント化で固まる | 熱で固まる × |',
      '',
      '## 変成作用',
      '',
      'すでにある岩石が、固体のまま再結晶すること。',
      '',
      '## 接触変成と広域変成',
      '',
      '| 観点 | 接触変成作用 | 広域変成作用 |',
      '|---|---|---|',
      '| 主な原因 | マグマの熱 | 温度と圧力 |',
      '| 範囲 | 狭い | 広い |',
      '',
      '## 続成作用',
      '',
      '| 観点 | 圧密 | セメント化 |',
      '|---|---|---|',
      '| 何が起こる | 水が抜ける | 鉱物が沈殿する |',
    ]),
  );

  it('takes a concept whose table compares kinds of another concept by name as a kind of it', () => {
    const parents = kindParents(doc, indexOf(doc));
    const byName = (name: string) => doc.concepts.find((c) => c.name === name)?.id ?? '';
    expect(parents.get(byName('接触変成と広域変成'))?.name).toBe('変成作用');
    // Columns that end on no concept's name say nothing of kinds.
    expect(parents.has(byName('続成作用'))).toBe(false);
    expect(parents.has(byName('変成作用'))).toBe(false);
  });
});
