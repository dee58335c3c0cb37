/** The why of a row's misconception the notes correct nowhere in words of their own. */
import { describe, expect, it } from 'vitest';
import { conceptFacts } from '../../../src/quiz/facts/concept-facts.ts';
import { parseNotes } from '../../../src/quiz/notes/parse-notes.ts';
import { inline } from '../notes-helpers.ts';

describe("a row's misconception written out as a longer bullet", () => {
  it('is answered by the sentence its terse cell finds (`再起動後も残る` → `再起動すると中身は消える`)', () => {
    const doc = parseNotes(
      inline(
        [
          '# ファイルシステム',
          '',
          '### tmpfs',
          '',
          'メモリ上に作るファイルシステム。再起動すると中身は消える。',
          '',
          'よくある誤解：',
          '- × tmpfs に置いたデータは再起動後も残る',
          '',
          '### マウント',
          '',
          'ファイルシステムをディレクトリにつなぐこと。',
          '',
          '## まとめ',
          '',
          '| 概念 | 正しい理解 | よくある誤解 |',
          '|---|---|---|',
          '| tmpfs | **メモリ上**のファイルシステム | 再起動後も残る |',
          '| マウント | ファイルシステムを**ディレクトリにつなぐ** | 元のファイルが消える |',
        ],
        'fs.ja.md',
      ),
    );
    const tmpfs = doc.concepts.find((c) => c.name === 'tmpfs');
    if (!tmpfs) throw new Error('no tmpfs');
    const wrong = conceptFacts(doc, tmpfs).falses.find((f) => f.cell === '再起動後も残る');
    expect(wrong?.why).toBe('ノートには「再起動すると中身は消える」とある');
  });
});
