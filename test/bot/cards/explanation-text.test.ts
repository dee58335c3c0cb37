/** The explanation's lines: each wrong option's why printed beside it, its name said once. */
import { describe, expect, it } from 'vitest';
import {
  besideOption,
  explanationLines,
  optionLine,
  reasonAfterOption,
  reasonAroundOption,
} from '../../../src/bot/cards/explanation-text.ts';
import { messages } from '../../../src/bot/i18n/catalog.ts';
import type { Question } from '../../../src/quiz/types.ts';

describe('named-beside-itself', () => {
  it('drops the option’s own name before the quoted cell', () => {
    expect(besideOption('Bulkhead', 'Bulkhead: “Isolates resources per dependency”')).toBe(
      '“Isolates resources per dependency”',
    );
    expect(besideOption('非競合阻害', '非競合阻害は「Vmax↓、Km 不変」')).toBe('「Vmax↓、Km 不変」');
  });

  it('keeps a why that says more than the name and a quote, or none', () => {
    expect(besideOption('Retry', 'Retry: only for transient faults')).toBe(
      'Retry: only for transient faults',
    );
    expect(besideOption('Timeout', 'That describes Bulkhead')).toBe('That describes Bulkhead');
    expect(
      besideOption('Timeout', 'The table under “Pattern support” gives Timeout: Isolates = “×”'),
    ).toBe('The table under “Pattern support” gives Timeout: Isolates = “×”');
    expect(besideOption('Retry', null)).toBeNull();
  });
});

describe('reason-extends-option (reading 35)', () => {
  const jit = 'JIT engines need special handling';
  const sentence =
    'JIT engines need special handling (they must generate code), which is why browsers are a favourite target';

  it('prints the notes’ whole sentence in place of the option and the option again', () => {
    expect(optionLine(jit, sentence)).toEqual({ text: sentence, why: null });
    // The sentence's first letter in the other case, the option's final stop aside.
    expect(
      optionLine(
        'The moment you start stirring decides crystal size.',
        'the moment you start stirring decides crystal size. Fudge: beat it cool',
      ),
    ).toEqual({
      text: 'The moment you start stirring decides crystal size. Fudge: beat it cool',
      why: null,
    });
    expect(
      reasonAfterOption(
        '多重化は1スレッドで多数のfdを見る',
        '多重化は1スレッドで多数のfdを見る（select/poll/epoll）',
      ),
    ).toBe('（select/poll/epoll）');
  });

  it('keeps a why that does not open with the option, or says nothing more', () => {
    expect(optionLine(jit, 'They must generate code')).toEqual({
      text: jit,
      why: 'They must generate code',
    });
    expect(optionLine(jit, `${jit}.`)).toEqual({ text: jit, why: `${jit}.` });
    expect(optionLine(jit, null)).toEqual({ text: jit, why: null });
    expect(reasonAfterOption('', 'anything')).toBeNull();
  });

  it('prints the passage alone where it holds the option further on (reason-holds-option, reading 38)', () => {
    const option = 'スプリントゴールへの進捗を検査し、計画を適応させる';
    const passage = `開発者のための15分のイベント。${option}`;
    expect(optionLine(option, passage)).toEqual({ text: passage, why: null });
    expect(reasonAroundOption(option, passage)).toEqual({
      before: '開発者のための15分のイベント。',
      after: '',
    });
    // A short option found inside a why by chance is no passage it was cut from.
    expect(optionLine('あり', 'なし（あり）')).toEqual({ text: 'あり', why: 'なし（あり）' });
    expect(reasonAroundOption(option, option)).toBeNull();
    // The predicate after its subject, a sentence before an aside.
    expect(
      optionLine(
        '失敗したら本リクエストは送られない',
        'プリフライトが失敗したら本リクエストは送られない',
      ),
    ).toEqual({
      text: 'プリフライトが失敗したら本リクエストは送られない',
      why: null,
    });
    // A why that names the option in passing speaks of it: the option stays, its why beside it.
    const table = 'The table under “Stemming” gives Lemmatization rules: Method = “dictionary”';
    expect(optionLine('Lemmatization rules', table)).toEqual({
      text: 'Lemmatization rules',
      why: table,
    });
    const quoted = 'ノートの「できないこと」に「セルフヒーリング（自動復旧）」とある';
    expect(optionLine('セルフヒーリング（自動復旧）', quoted)).toEqual({
      text: 'セルフヒーリング（自動復旧）',
      why: quoted,
    });
    expect(reasonAroundOption(option, `${option}（自ページ）`)).toBeNull();
  });

  it('reads once in the explanation of a misconception question, in both languages', () => {
    const question: Question = {
      id: 'q1',
      conceptId: 'c1',
      conceptName: 'NX / DEP',
      kind: 'misconception-about',
      asksFor: 'misconception',
      prompt: 'Which of these is a misconception about “NX / DEP”?',
      choices: [
        { text: 'NX makes bugs unexploitable', correct: true, why: 'ROP reuses existing code' },
        { text: jit, correct: false, why: sentence },
      ],
      explanation: {
        why: 'ROP reuses existing code',
        notes: [],
        source: { file: 'n.md', line: 1, section: 'NX' },
      },
      section: 'NX',
      language: 'en',
    } as Question;
    for (const lang of ['en', 'ja'] as const) {
      const lines = explanationLines(question, messages(lang));
      expect(lines).toContain(`○ ${sentence}`);
      expect(lines.join('\n').split(jit).length - 1).toBe(1);
    }
  });
});
