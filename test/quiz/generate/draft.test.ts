import { describe, expect, it } from 'vitest';
import {
  CROSS_REFERENCES,
  LAW_CITATIONS,
  repeatedFactAt,
  tidyOption,
  withoutScareQuotes,
} from '../../../src/quiz/generate/draft.ts';

describe('repeatedFactAt', () => {
  const keys = (x: readonly string[]): readonly string[] => x;
  it('finds the first option that repeats an earlier option’s fact', () => {
    expect(repeatedFactAt([['a'], ['b'], ['c', 'a'], ['b']], keys)).toBe(2);
    expect(repeatedFactAt([['a', 'b'], ['c'], ['d', 'b']], keys)).toBe(2);
  });
  it('is -1 when every option states facts of its own (one option may hold a key twice)', () => {
    expect(repeatedFactAt([['a'], ['b'], ['c']], keys)).toBe(-1);
    expect(repeatedFactAt([['a', 'a'], ['b']], keys)).toBe(-1);
    expect(repeatedFactAt([[], [], ['a']], keys)).toBe(-1);
    expect(repeatedFactAt([], keys)).toBe(-1);
  });
});

describe('tidyOption', () => {
  it('drops the final stop', () => {
    expect(tidyOption('Clients must mask their frames.')).toBe('Clients must mask their frames');
    expect(tidyOption('クライアントはマスクする。')).toBe('クライアントはマスクする');
    // An item of a list whose items end on `;` (bread-baking-science.en).
    expect(tidyOption('CO₂ comes out of solution into the cells;')).toBe(
      'CO₂ comes out of solution into the cells',
    );
  });

  it('drops a final `too` / `as well` that points at the sentence before (added-to-before)', () => {
    // Reading 12 (websockets-realtime.en): `× Servers should mask their frames too`.
    expect(tidyOption('Servers should mask their frames too')).toBe(
      'Servers should mask their frames',
    );
    expect(tidyOption('Arrays are covariant, too.')).toBe('Arrays are covariant');
    expect(tidyOption('The old shape lives forever as well')).toBe('The old shape lives forever');
    // Too short to stand without it, and a `too` inside a word or before an adjective stays.
    expect(tidyOption('Me too')).toBe('Me too');
    // additive-also (reading 59): `also` inside the statement adds it to the one before.
    expect(tidyOption('An attacker can also cut, reorder and replay blocks')).toBe(
      'An attacker can cut, reorder and replay blocks',
    );
    expect(tidyOption('Rubisco also fixes O2; photorespiration costs ATP')).toBe(
      'Rubisco fixes O2; photorespiration costs ATP',
    );
    // A second name: `also called` stays.
    expect(tidyOption('The Nyquist frequency is also called the folding frequency')).toBe(
      'The Nyquist frequency is also called the folding frequency',
    );
    expect(tidyOption('Not only reads but also writes take the lock')).toBe(
      'Not only reads but also writes take the lock',
    );
    // Linear on a line of 1 MB: a long word and many `also`.
    expect(tidyOption(`${'x'.repeat(1_000_000)} also end`)).toBe(`${'x'.repeat(1_000_000)} end`);
    expect(tidyOption(`a ${'also '.repeat(200_000)}end`)).toBe('a end');
    expect(tidyOption('The window is too small')).toBe('The window is too small');
    expect(tidyOption('Use a tattoo')).toBe('Use a tattoo');
  });
});

describe('tidyOption: cross-references (CROSS_REFERENCES)', () => {
  it('drops a closing aside that points elsewhere in the notes', () => {
    for (const rule of CROSS_REFERENCES) {
      const tidy = tidyOption(rule.example);
      expect(tidy, rule.name).not.toMatch(/[)）]$/u);
      expect(rule.example.startsWith(tidy), rule.name).toBe(true);
    }
    expect(tidyOption('Gives carryover time to finish (see §7).')).toBe(
      'Gives carryover time to finish',
    );
    // The notes' own numbering (numbered-part, reading 39).
    expect(tidyOption('モメンタムはこの問題への対策（4節）')).toBe('モメンタムはこの問題への対策');
    expect(tidyOption('Defaults are evaluated once (Section 2.1)')).toBe(
      'Defaults are evaluated once',
    );
    // An arrow to a numbered heading, the example below (reading 80).
    expect(tidyOption('周術期にも使える（→ 10. 悪性症候群の予防で出てくる）')).toBe(
      '周術期にも使える',
    );
    expect(tidyOption('生成物が速度式に入ることもある（下の H₂ + Br₂）')).toBe(
      '生成物が速度式に入ることもある',
    );
  });

  it('keeps an aside that says something of its own', () => {
    expect(tidyOption('Sorts in place (see-saw order)')).toBe('Sorts in place (see-saw order)');
    expect(tidyOption('Runs on each node (kubelet)')).toBe('Runs on each node (kubelet)');
    expect(tidyOption('予熱が必要（オーブンの場合）')).toBe('予熱が必要（オーブンの場合）');
    // An arrow to what follows from it is no pointer (`（→ 収率が下がる）`).
    expect(tidyOption('温度を上げる（→ 収率が下がる）')).toBe('温度を上げる（→ 収率が下がる）');
    // A count is no pointer into the notes (a legal citation goes: law-citation).
    expect(tidyOption('Three-way handshake (3 steps)')).toBe('Three-way handshake (3 steps)');
    // A clause that ends on the verb 参照 is no pointer (the shipped notes' アンバサダー).
    const ambassador =
      'DB接続先の抽象化（開発/本番で接続先が異なる場合でも、メインコンテナからは同じアドレスを参照）';
    expect(tidyOption(ambassador)).toBe(ambassador);
  });
});

describe('tidyOption: law citations (LAW_CITATIONS)', () => {
  it('drops a closing aside that only cites articles', () => {
    for (const rule of LAW_CITATIONS) {
      const tidy = tidyOption(rule.example);
      expect(tidy, rule.name).not.toMatch(/[)）]$/u);
      expect(rule.example.startsWith(tidy), rule.name).toBe(true);
    }
    expect(tidyOption('相手方の同意が必要（261条2項）')).toBe('相手方の同意が必要');
    expect(tidyOption('胎児は既に生まれたものとみなす（民法886条）')).toBe(
      '胎児は既に生まれたものとみなす',
    );
    expect(tidyOption('仮差押えは金銭債権のため（14条・13条2項）')).toBe(
      '仮差押えは金銭債権のため',
    );
    expect(tidyOption('Firm offers stay open (Rest. §87)')).toBe('Firm offers stay open');
    expect(tidyOption('Document every breach internally (Art. 33(5))')).toBe(
      'Document every breach internally',
    );
  });

  it('keeps an aside that says more than where the law has it, and a bare citation', () => {
    expect(tidyOption('起算は死亡の翌年1月1日から（57条、暦年主義）')).toBe(
      '起算は死亡の翌年1月1日から（57条、暦年主義）',
    );
    expect(tidyOption('（365条2項）')).toBe('（365条2項）');
    expect(tidyOption('Statements made for diagnosis (rule of thumb)')).toBe(
      'Statements made for diagnosis (rule of thumb)',
    );
  });
});

describe('scare-quotes', () => {
  it('drops the writer’s quotes around a word or three', () => {
    expect(withoutScareQuotes('Butter is "just fat"')).toBe('Butter is just fat');
    expect(withoutScareQuotes('Heat is “trapped” permanently')).toBe('Heat is trapped permanently');
    expect(tidyOption('Butter is "just fat".')).toBe('Butter is just fat');
  });

  it('keeps quoted code, a long quotation, a text that is all one quotation, unpaired quotes and Japanese', () => {
    for (const text of [
      'Python is strict about it: 1 + "1" raises TypeError',
      'Returns "a very long quoted message here" always',
      '"It passed 100 runs, so it\'s correct"',
      'It says "hi',
      '「浸透」という伝播の仕組みがある',
      // `word-as-subject`: the statement speaks of the word (reading 49).
      '"Constant" is over a buffer window (VBV), not every frame',
      '“Eventually” means no bound on when',
      // `spaced-quote`: the space is part of the string quoted (reading 72, 69z3n4ra).
      '"hello" and " hello" are the same token',
      // `code-quote`: strings of code keep their quotes (reading 76, crd98j2v).
      'customElements.define("fancy-button", FancyButton, { extends: "button" })',
      'Used as <button is="fancy-button"> in the page',
      'Set padding="same" only with stride 1',
    ])
      expect(withoutScareQuotes(text)).toBe(text);
    // A megabyte of quotes: one pass.
    const long = `x ${'"a" '.repeat(250_000)}x`;
    expect(withoutScareQuotes(long).length).toBeLessThan(long.length);
  });
});
