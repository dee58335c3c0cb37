/** What a question uses up of the notes' facts, so that the bank asks each fact once. */
import { describe, expect, it } from 'vitest';
import { askedKeys, assemble } from '../../../src/quiz/generate/assemble.ts';
import type { Draft, DraftChoice } from '../../../src/quiz/generate/draft.ts';

function choice(text: string, correct: boolean, key: string): DraftChoice {
  return { text, correct, truth: correct, why: correct ? null : 'the other side', keys: [key] };
}

/** 「X vs Y」の表で、「side」にあてはまるものはどれ？ — the side's cell first, the other side's after. */
function comparison(side: string, choices: DraftChoice[]): Draft {
  return {
    template: 'which-applies',
    conceptId: side,
    conceptName: side,
    kind: 'comparison',
    asksFor: 'correct',
    optionKind: 'value',
    prompt: `「ブローカー有 vs ブローカーレス」の表で、「${side}」にあてはまるものはどれ？`,
    choices,
    section: null,
    language: 'ja',
    why: null,
    notes: [],
    source: { file: 'x.md', line: 10, section: null },
    asks: [choices[0]?.keys[0] ?? ''],
    quality: 1,
  };
}

describe('a comparison question', () => {
  const broker = comparison('ブローカー有', [
    choice('単一障害点：あり', true, 'T:10:a0'),
    choice('レイテンシ：低い', false, 'T:10:a1'),
    choice('配信保証：難しい', false, 'T:10:a2'),
  ]);
  const brokerless = comparison('ブローカーレス', [
    choice('レイテンシ：低い', true, 'T:10:a1'),
    choice('単一障害点：あり', false, 'T:10:a0'),
    choice('バッファリング：可能', false, 'T:10:a3'),
  ]);

  it('uses up the facts of all its options (the other side is shown too)', () => {
    expect([...askedKeys(broker)].sort()).toEqual(['T:10:a0', 'T:10:a1', 'T:10:a2']);
  });

  it('is not asked again from the other side of the table', () => {
    const kept = assemble(
      [
        { draft: broker, owner: { type: 'table', key: '10' } },
        { draft: brokerless, owner: { type: 'table', key: '10' } },
      ],
      ['ブローカー有', 'ブローカーレス'],
    );
    expect(kept).toHaveLength(1);
  });
});

describe('the option check no-named-distractor', () => {
  /** The check itself. */
  const namedDistractor = async () => {
    const { OPTION_CHECKS } = await import('../../../src/quiz/generate/option-checks.ts');
    const check = OPTION_CHECKS.find((c) => c.name === 'no-named-distractor');
    if (!check) throw new Error('no check');
    return check;
  };
  /** A which-concept draft: the prompt, and the names offered, the key first. */
  const names = (prompt: string, options: string[]): Draft => ({
    ...comparison('x', [
      choice(options[0] ?? '', true, 'a'),
      ...options.slice(1).map((o, i) => choice(o, false, `b${i}`)),
    ]),
    kind: 'which-concept',
    optionKind: 'name',
    prompt,
  });

  it('turns down a description that names a wrong option, and only then', async () => {
    const check = await namedDistractor();
    const tcp = names(
      'Which concept does this describe?\n“Opening a TCP connection takes three segments”',
      ['Three-way handshake', 'TCP', 'UDP'],
    );
    expect(check.check(tcp, { names: [] })).toContain('TCP');
    // `TCP` inside another word is no mention; nor is a name the description does not use.
    const other = names('Which concept does this describe?\n“TCPdump reads segments”', [
      'Three-way handshake',
      'TCP',
      'UDP',
    ]);
    expect(check.check(other, { names: [] })).toBeNull();
  });

  it('reads a wrong option named word by word, in any order, as named (reading 42)', async () => {
    const check = await namedDistractor();
    const prompt = 'Which concept does this describe?\n“Most fission neutrons are prompt”';
    expect(
      check.check(names(prompt, ['Delayed neutrons', 'Prompt neutrons', 'Decay heat']), {
        names: [],
      }),
    ).toContain('Prompt neutrons');
    // Where the key's words are all there too, the stem names both: not this check's to say.
    expect(
      check.check(
        names('Which concept does this describe?\n“Fission neutrons come prompt or delayed”', [
          'Delayed neutrons',
          'Prompt neutrons',
          'Decay heat',
        ]),
        { names: [] },
      ),
    ).toBeNull();
    // One word of a name is no naming.
    expect(
      check.check(names(prompt, ['Delayed neutrons', 'Fission products', 'Decay heat']), {
        names: [],
      }),
    ).toBeNull();
  });
});

describe('a list question', () => {
  /** 「Docker Compose」の「label」としてノートに挙がっているものはどれ？ — the key first. */
  function list(label: string, choices: DraftChoice[]): Draft {
    return {
      ...comparison('Docker Compose', choices),
      template: 'list',
      kind: 'list',
      optionKind: 'statement',
      prompt: `「Docker Compose」の「${label}」としてノートに挙がっているものはどれ？`,
    };
  }
  const can = list('できること', [
    choice('複数コンテナの一括管理', true, 'L:1'),
    choice('セルフヒーリング', false, 'L:5'),
    choice('マルチホストでの管理', false, 'L:6'),
  ]);
  const cannot = list('できないこと', [
    choice('セルフヒーリング', true, 'L:5'),
    choice('複数コンテナの一括管理', false, 'L:1'),
    choice('単一ホストでの実行', false, 'L:2'),
  ]);

  it('uses up every item it shows, so the other list is not asked with them', () => {
    expect([...askedKeys(can)].sort()).toEqual(['L:1', 'L:5', 'L:6']);
    const kept = assemble(
      [
        { draft: can, owner: { type: 'concept', key: 'Docker Compose' } },
        { draft: cannot, owner: { type: 'concept', key: 'Docker Compose' } },
      ],
      ['Docker Compose'],
    );
    expect(kept).toHaveLength(1);
  });
});
