/** `recommends-other`: advice to use another thing is no statement about the concept. */
import { describe, expect, it } from 'vitest';
import { conceptFacts } from '../../../src/quiz/facts/concept-facts.ts';
import { parseNotes } from '../../../src/quiz/notes/parse-notes.ts';
import { RECOMMENDS_RULES, recommendsOther } from '../../../src/quiz/text/recommends-other.ts';
import { inline } from '../notes-helpers.ts';

describe('RECOMMENDS_RULES', () => {
  it.each(RECOMMENDS_RULES.map((r) => [r.name, r] as const))('%s finds its example', (_n, rule) => {
    expect(rule.recommends(rule.example)).toBe(true);
    expect(recommendsOther(rule.example, ['git pull'], rule.language)).toBe(true);
  });

  it('leaves what the concept itself uses, and advice that names the concept', () => {
    expect(recommendsOther('暗号化と復号に同じ鍵を使う', ['共通鍵暗号'], 'ja')).toBe(false);
    expect(recommendsOther('Use for responses with personal data', ['no-store'], 'en')).toBe(false);
    expect(recommendsOther('大きな表には BRIN を使う', ['BRIN'], 'ja')).toBe(false);
    expect(recommendsOther('Uses a symmetric key for the data', ['TLS'], 'en')).toBe(false);
  });

  it('reads past an aside to the case the advice is for (reading 16, logical-clocks.ja)', () => {
    const advice =
      'カウンタの加算や集合への追加のように、並行な更新を両方反映したいデータには、バージョンベクターによる競合検出か、CRDT（並行な更新を必ずマージできるように設計したデータ型）を使う';
    expect(recommendsOther(advice, ['LWW（物理時刻）', 'LWW'], 'ja')).toBe(true);
  });

  it('reads the end or the opening of a 1 MB statement only', () => {
    expect(recommendsOther(`${'には'.repeat(500_000)}x を使う`, ['y'], 'ja')).toBe(true);
    expect(recommendsOther(`${'a '.repeat(500_000)}use x`, ['y'], 'en')).toBe(false);
    expect(recommendsOther('Use x', ['y'.repeat(1_000_000)], 'en')).toBe(true);
  });
});

describe('a correction that recommends another thing', () => {
  const doc = parseNotes(
    inline([
      '# メモリモデル',
      '',
      '### volatile（C/C++）',
      '',
      '最適化でアクセスを省略させないだけ。',
      '',
      '- × volatile を付ければスレッド間の同期になる（同期には std::atomic を使う）',
      '',
      '### アトミック操作',
      '',
      '途中の状態が他スレッドから見えない読み書き。',
      '',
      '## まとめ',
      '',
      '| 概念 | 正しい理解 | よくある誤解 |',
      '|---|---|---|',
      '| volatile（C/C++） | 最適化でアクセスを**省略させない** | スレッド間の同期になる × |',
      '| アトミック操作 | 途中の状態が**見えない** | 何でも速くなる × |',
    ]),
  );

  it('is no true statement of the concept it corrects', () => {
    const concept = doc.concepts.find((c) => c.name === 'volatile（C/C++）');
    if (!concept) throw new Error('no concept');
    const trues = conceptFacts(doc, concept).trues.map((t) => t.text);
    expect(trues.some((t) => t.includes('std::atomic'))).toBe(false);
  });
});
