import { describe, expect, it } from 'vitest';
import { conceptFacts } from '../../../src/quiz/facts/concept-facts.ts';
import { asStatements } from '../../../src/quiz/facts/fact.ts';
import {
  correctionProper,
  definitionSubjectDropped,
  introducesAnother,
  sectionSentences,
  withoutExampleLabel,
} from '../../../src/quiz/facts/true-statements.ts';
import { parseNotes } from '../../../src/quiz/notes/parse-notes.ts';
import { quotationOnly } from '../../../src/quiz/text/brackets.ts';
import { factsNamed, fixture, inline } from '../notes-helpers.ts';

const notes = inline(
  [
    '# Promises',
    '',
    '### Promise',
    '',
    'An object for a value that may not be available yet, settled once as fulfilled or rejected.',
    '',
    '**Features**:',
    '',
    '- `then` callbacks always run asynchronously, even when the promise is already settled',
    '- descheduler or a rollout rebalances them later',
    '',
    '## Summary',
    '',
    '| Concept | Correct understanding | Common misconceptions |',
    '|---|---|---|',
    '| Promise | a value that may not be available yet | starts a new thread × |',
  ],
  'promise.en.md',
);

describe('true statements', () => {
  it('keep a feature that opens on code in lower case, and drop a piece cut from a sentence', () => {
    const doc = parseNotes(notes);
    const concept = doc.concepts[0];
    if (!concept) throw new Error('no concept');
    const trues = conceptFacts(doc, concept).trues.map((f) => f.text);
    expect(trues).toContain(
      'then callbacks always run asynchronously, even when the promise is already settled',
    );
    expect(trues.some((t) => t.startsWith('descheduler'))).toBe(false);
  });
});

describe('bullet corrections as true statements', () => {
  it('keep what the correction says is true instead: its last sentence (auth-security)', () => {
    expect(correctionProper('鍵が漏れれば元に戻せる。元に戻せないハッシュで保存する')).toBe(
      '元に戻せないハッシュで保存する',
    );
    expect(correctionProper('速すぎて総当たりに弱い。遅いハッシュ関数を使う。')).toBe(
      '遅いハッシュ関数を使う',
    );
    expect(correctionProper('Secrets leak with the file. Keep them in the environment')).toBe(
      'Keep them in the environment',
    );
    expect(quotationOnly('「どれくらい違うか」')).toBe(true);
    expect(quotationOnly('「どれくらい違うか」を示す量')).toBe(false);
    // `exception-last`: a last sentence that is an exception leaves the one before.
    expect(correctionProper('通常は B-tree。複合 GIN のために btree_gin を使う場合は別')).toBe(
      '通常は B-tree',
    );
    expect(correctionProper('Use a B-tree. Except for arrays, where GIN fits')).toBe(
      'Use a B-tree',
    );
    // One sentence is kept whole; a version number's dot is no sentence stop.
    expect(correctionProper('pip builds a wheel from it first')).toBe(
      'pip builds a wheel from it first',
    );
    expect(correctionProper('pip 20.3 refuses it')).toBe('pip 20.3 refuses it');
  });

  it('never key the explanation of the wrong statement true about the concept', () => {
    const doc = parseNotes(
      inline(
        [
          '#### パスワードハッシュ',
          '',
          'パスワードを平文ではなく、**遅いハッシュ関数**で変換して保存すること。',
          '',
          '**よくある誤解**:',
          '',
          '- × パスワードは暗号化して保存すればよい（鍵が漏れれば元に戻せる。元に戻せないハッシュで保存する）',
          '',
          '## まとめ',
          '',
          '| 概念 | 正しい理解 | よくある誤解 |',
          '|-----|-----------|-------------|',
          '| パスワードハッシュ | **遅いハッシュ関数**で変換して保存 | 暗号化して保存 × |',
        ],
        'hash.ja.md',
      ),
    );
    const concept = doc.concepts[0];
    if (!concept) throw new Error('no concept');
    const trues = conceptFacts(doc, concept).trues.map((t) => t.text);
    expect(trues).toContain('元に戻せないハッシュで保存する');
    expect(trues.some((t) => t.includes('鍵が漏れれば'))).toBe(false);
  });
});

const typeNotes = inline(
  [
    '# Types',
    '',
    '### any',
    '',
    'A type that turns type checking off for a value.',
    '',
    '**Key point**: `any` spreads: a property read from an `any` value is `any` too.',
    '',
    '**Common misconceptions**:',
    '',
    '- × `any` and `unknown` are the same thing (`unknown` must be narrowed before it is used)',
    '- × the checker looks at every value (it skips them)',
    '- × and narrows it on its own (nothing narrows an any value)',
    '',
    '### unknown',
    '',
    'The type-safe top type: any value can be assigned to it.',
    '',
    '## Summary',
    '',
    '| Concept | Correct understanding | Common misconceptions |',
    '|---|---|---|',
    '| any | Turns checking off | Same as unknown × |',
    '| unknown | Usable only after narrowing | Methods can be called on it × |',
  ],
  'types.en.md',
);

describe('statements that open on code', () => {
  const doc = parseNotes(typeNotes);
  const any = doc.concepts.find((c) => c.name === 'any');
  if (!any) throw new Error('no concept');
  const facts = conceptFacts(doc, any);

  it('keep the case of a point that opens on code (`any` spreads is not "Any spreads")', () => {
    const points = facts.trues.filter((f) => f.source === 'point').map((f) => f.text);
    expect(points).toEqual(['any spreads: a property read from an any value is any too']);
  });

  it('count a × bullet that opens on code as a statement, and keep its case', () => {
    const wrong = (start: string) => facts.falses.find((f) => f.text.startsWith(start));
    expect(wrong('any and unknown')?.unusable).toBeUndefined();
  });

  it("count a whole × bullet in lower case as a sentence (its author's style), opening on a capital", () => {
    const wrong = (start: string) => facts.falses.find((f) => f.text.startsWith(start));
    expect(wrong('The checker looks at every value')?.unusable).toBeUndefined();
    expect(wrong('the checker')).toBeUndefined();
  });

  it('count a × bullet that opens on a connective (`and narrows it…`) as a piece of a sentence', () => {
    const wrong = facts.falses.find((f) => f.text.startsWith('and narrows'));
    expect(wrong?.unusable).toBe('a piece of a sentence (it starts mid-clause)');
  });

  it('mark the parsed bullet that opens on code, and only that one', () => {
    const section = doc.sections.find((s) => s.heading === 'any');
    expect(section?.misconceptions.map((m) => m.opensOnCode === true)).toEqual([
      true,
      false,
      false,
    ]);
  });
});

describe('continued-point-line', () => {
  it('continued-point-line: a point line that ends a sentence begun above is no statement', () => {
    const doc = parseNotes(fixture('auth-security.ja.md'));
    const concept = doc.concepts.find((c) => c.name === 'OAuth 2.0');
    if (!concept) throw new Error('no concept');
    const texts = conceptFacts(doc, concept).trues.map((t) => t.text);
    expect(texts).not.toContain('アプリに伝えるためのものではない');
    expect(texts).toContain('アプリが受け取るのはアクセストークン');
  });
});

const zombieNotes = inline(
  [
    '# Processes',
    '',
    '### Zombie process',
    '',
    'A child that has exited but whose exit status the parent has not yet collected. It holds only',
    'a process-table entry, no memory.',
    '',
    'It is a common sight on busy servers. It shows up in ps as defunct.',
    '',
    '### Orphan process',
    '',
    'A child whose parent exited first. It is adopted by init.',
    '',
    '## Summary',
    '',
    '| Concept | Correct understanding | Common misconceptions |',
    '|---|---|---|',
    '| Zombie process | Exited child not yet reaped | Uses a lot of memory × |',
    '| Orphan process | Child whose parent exited first | Killed with its parent × |',
  ],
  'processes.en.md',
);

describe('pronoun-after-definition', () => {
  const doc = parseNotes(zombieNotes);
  const trues = (name: string) => {
    const concept = doc.concepts.find((c) => c.name === name);
    if (!concept) throw new Error(`no concept ${name}`);
    return conceptFacts(doc, concept).trues.map((f) => f.text);
  };

  it('reads `It …` right after the first sentence without its pronoun (wrapped line too)', () => {
    expect(definitionSubjectDropped('It holds only a process-table entry', 'en')).toBe(
      'Holds only a process-table entry',
    );
    expect(trues('Zombie process')).toContain('Holds only a process-table entry, no memory');
  });

  it('leaves `It …` out anywhere else', () => {
    expect(trues('Zombie process').some((t) => /defunct|busy servers/.test(t))).toBe(false);
    expect(definitionSubjectDropped('親が先に終了した子。', 'ja')).toBeNull();
  });

  it('keeps `It is` only before a noun phrase or a passive', () => {
    expect(trues('Orphan process')).toContain('Is adopted by init');
    expect(definitionSubjectDropped('It is a common sight on busy servers', 'en')).toBe(
      'Is a common sight on busy servers',
    );
    expect(definitionSubjectDropped('It is important to call wait', 'en')).toBeNull();
    expect(definitionSubjectDropped('It seems to hang', 'en')).toBeNull();
  });
});

describe('pronoun-in-opening-clause', () => {
  const doc = parseNotes(
    inline([
      '### GC roots',
      '',
      'The collector starts from a fixed set of roots and follows references. Whatever it reaches',
      'is live. Once they are unreachable, objects are garbage. When a thread stops, its stack is',
      'no root any more.',
      '',
      '## Summary',
      '',
      '| Concept | Correct understanding | Common misconceptions |',
      '|---|---|---|',
      '| GC roots | Live objects are reachable from roots | Java counts references × |',
    ]),
  );
  const [concept] = doc.concepts;
  const trues = concept ? conceptFacts(doc, concept).trues.map((f) => f.text) : [];

  it('leaves out a sentence whose opening clause leans on a pronoun', () => {
    expect(trues.some((t) => t.startsWith('Whatever it reaches'))).toBe(false);
    expect(trues.some((t) => t.startsWith('Once they are'))).toBe(false);
  });

  it('leaves out a sentence that opens on a definite noun standing for the one before (leaning-definite)', () => {
    const raced = parseNotes(
      inline([
        '### Data race',
        '',
        'A data race happens when two goroutines write the same memory without a lock. The result',
        'is undefined, not merely stale. Races on maps crash the program at once.',
        '',
        '## Summary',
        '',
        '| Concept | Correct understanding | Common misconceptions |',
        '|---|---|---|',
        '| Data race | Unsynchronised access where one side writes | Races need many cores × |',
      ]),
    );
    const [race] = raced.concepts;
    const said = race ? conceptFacts(raced, race).trues.map((f) => f.text) : [];
    expect(said.some((t) => t.startsWith('The result'))).toBe(false);
    expect(said).toContain('Races on maps crash the program at once');
  });

  it('leaves out `The relationship is …` and `Something will …` (reading 84)', () => {
    const wood = parseNotes(
      inline([
        '### EMC',
        '',
        'Wood trades moisture with the air until its MC matches the EMC for the surrounding RH. The',
        'relationship is nearly the same for most species. Something will give: the panel cracks.',
        'Temperature matters much less than RH indoors.',
        '',
        '## Summary',
        '',
        '| Concept | Correct understanding | Common misconceptions |',
        '|---|---|---|',
        '| EMC | The MC wood drifts to at a given RH | Kiln-dried wood stays dry × |',
      ]),
    );
    const [emc] = wood.concepts;
    const said = emc ? conceptFacts(wood, emc).trues.map((f) => f.text) : [];
    expect(said.some((t) => t.startsWith('The relationship') || t.startsWith('Something'))).toBe(
      false,
    );
    expect(said).toContain(
      'Wood trades moisture with the air until its MC matches the EMC for the surrounding RH',
    );
  });

  it('leaves out a contraction of a leaning pronoun, a quantifier for what was named, `The problem …`', () => {
    const decoded = parseNotes(
      inline([
        '### LZ77',
        '',
        'The decoder needs no dictionary sent along with the data. That’s why LZ decompression is',
        "so fast: mostly memcpy. That's the trick behind every LZ format. Case mappings differ by",
        'language. Some are locale-sensitive in Turkish. The problem is the encoder’s match search.',
        'Back-references may overlap the bytes they produce.',
        '',
        '## Summary',
        '',
        '| Concept | Correct understanding | Common misconceptions |',
        '|---|---|---|',
        '| LZ77 | Sliding-window back-references | Needs a stored dictionary × |',
      ]),
    );
    const [lz] = decoded.concepts;
    const said = lz ? conceptFacts(decoded, lz).trues.map((f) => f.text) : [];
    for (const opening of ['That’s why', "That's the", 'Some are', 'The problem'])
      expect(said.some((t) => t.startsWith(opening))).toBe(false);
    expect(said).toContain('Back-references may overlap the bytes they produce');
  });

  it('keeps one whose opening clause names its subject', () => {
    expect(trues).toContain('When a thread stops, its stack is no root any more');
  });
});

describe('a table row in a section', () => {
  // The body holds a table's rows as lines; a cell's second sentence has no pipe of its own and
  // was read as a sentence of the section (`Bonferroni より常に検出力が高いか等しい`, a fact of
  // Holm's row, was asked as true of 多重比較).
  const section = parseNotes(
    inline([
      '# 検定',
      '',
      '## 多重比較',
      '',
      '検定の数が増えると、少なくとも1つ偽陽性が出る確率が膨らむ。',
      '',
      '| 方法 | 制御 | 特徴 |',
      '|---|---|---|',
      '| Holm | FWER | p値の小さい順に判定する。Bonferroni より常に検出力が高いか等しい |',
      '',
      '探索的な比較は事前に決めた主要指標と分けて報告する。',
    ]),
  ).sections.find((s) => s.heading === '多重比較');

  it('gives no sentence, and the line below it is a sentence of its own', () => {
    if (!section) throw new Error('no section');
    const sentences = sectionSentences(section, 'ja');
    expect(sentences.some((s) => s.includes('Bonferroni'))).toBe(false);
    expect(sentences).toContain('探索的な比較は事前に決めた主要指標と分けて報告する');
  });
});

describe('the why of a bullet correction', () => {
  // Under the key, the × line read as if the key were the wrong statement (`× memtableの内容は
  // 電源断で必ず失われる（WALを有効にしていれば復元できる）`): the why names the misconception.
  const doc = parseNotes(
    inline([
      '# ストレージ',
      '',
      '## memtable',
      '',
      'memtable はメモリ上のソート済み構造。',
      '',
      'よくある誤解：',
      '',
      '- × memtableの内容は電源断で必ず失われる（WALを有効にしていれば復元できる）',
      '',
      '## まとめ',
      '',
      '| 概念 | 正しい理解 | よくある誤解 |',
      '|---|---|---|',
      '| memtable | メモリ上のソート済み構造 | 電源断で必ず失われる × |',
    ]),
  );

  it('says it is the notes’ correction of that misconception, never the × line', () => {
    const concept = doc.concepts.find((c) => c.name === 'memtable');
    if (!concept) throw new Error('no concept');
    const key = conceptFacts(doc, concept).trues.find((t) => t.source === 'bullet-correction');
    expect(key?.text).toBe('WALを有効にしていれば復元できる');
    expect(key?.why).toBe(
      'よくある誤解「memtableの内容は電源断で必ず失われる」に対する、ノートの訂正',
    );
    expect(key?.evidence.words).toContain('×');
  });
});

describe('example-label', () => {
  it('reads a sentence that opens on an example label as the example itself', () => {
    expect(withoutExampleLabel('例：集計値（件数、合計）を親テーブルに持たせる')).toBe(
      '集計値（件数、合計）を親テーブルに持たせる',
    );
    expect(withoutExampleLabel('For example: a cache of ten entries')).toBe(
      'a cache of ten entries',
    );
    // Other labels are no example's (`Note:`, `Tools:`), nor a colon later in the sentence.
    expect(withoutExampleLabel('Note: the cache is warm')).toBe('Note: the cache is warm');
    expect(withoutExampleLabel('代償は更新の整合性：同期が要る')).toBe(
      '代償は更新の整合性：同期が要る',
    );
  });

  it('drops the label from the section sentences a question may quote', () => {
    const doc = parseNotes({
      path: 'db.ja.md',
      text: [
        '# DB',
        '',
        '## 非正規化',
        '',
        '読み取りを速くするために、意図して冗長に持たせること。',
        '',
        '- 例：集計値（件数、合計）を親テーブルに持たせる',
        '',
      ].join('\n'),
    });
    const section = doc.sections.find((s) => s.heading === '非正規化');
    if (!section) throw new Error('no section');
    expect(sectionSentences(section, 'ja')).toContain('集計値（件数、合計）を親テーブルに持たせる');
  });
});

describe('contrast-partner: a sentence on the term set beside the concept is that term’s', () => {
  const sentencesOf = (names: readonly string[], line: string, language: 'ja' | 'en'): string[] => {
    const doc = parseNotes({
      path: `types.${language}.md`,
      text: [
        '# Types',
        '',
        '## never',
        '',
        'First words of the section.',
        '',
        `- ${line}`,
        '',
      ].join('\n'),
    });
    const section = doc.sections.find((s) => s.heading === 'never');
    if (!section) throw new Error('no section');
    return sectionSentences(section, language, undefined, undefined, names);
  };

  it('leaves out `void は「…」` beside `never は「…」` in never’s section (reading 47)', () => {
    const out = sentencesOf(
      ['never'],
      'void は「戻り値を使わない」（関数は普通に戻る）。never は「そもそも戻ってこない」',
      'ja',
    );
    expect(out.some((s) => s.startsWith('void'))).toBe(false);
    expect(out.some((s) => s.startsWith('never'))).toBe(true);
    const en = sentencesOf(
      ['never'],
      'void means "the return value is not used". never means "the call does not return".',
      'en',
    );
    expect(en.some((s) => s.startsWith('void'))).toBe(false);
  });

  it('keeps a sentence whose topic is no term set in quotes, or a line with no sentence on the concept', () => {
    // `報告では` is no term; `RocksDB は…` describes nothing in quotes.
    expect(
      sentencesOf(['never'], 'never は「戻らない」。報告では p値と一緒に書いておく', 'ja'),
    ).toContain('報告では p値と一緒に書いておく');
    expect(
      sentencesOf(['never'], 'void は「戻り値を使わない」。undefined は「値がない」', 'ja'),
    ).toContain('void は「戻り値を使わない」');
    // Without the concept's names the rule does not run.
    expect(
      sentencesOf([], 'void は「戻り値を使わない」。never は「そもそも戻ってこない」', 'ja'),
    ).toContain('void は「戻り値を使わない」');
  });
});

/**
 * The sentences of the section `heading` of notes that hold only it: its first words, then `lines`
 * (which sectionSentences reads beyond the first sentence).
 */
function sentencesUnder(
  language: 'ja' | 'en',
  heading: string,
  lines: readonly string[],
): string[] {
  const opening = language === 'ja' ? '最初の文です。' : 'First words.';
  const doc = parseNotes({
    path: `notes.${language}.md`,
    text: ['# Notes', '', `## ${heading}`, '', opening, '', ...lines, ''].join('\n'),
  });
  const section = doc.sections.find((s) => s.heading === heading);
  if (!section) throw new Error(`no section ${heading}`);
  return sectionSentences(section, language);
}

describe('story-runs-on: the sentences after a story on its line are the story', () => {
  const sentencesOf = (line: string): string[] =>
    sentencesUnder('en', 'Reaction principle', [line]);

  it('leaves out `The paper printed a correction…` after the editorial story (reading 48)', () => {
    const out = sentencesOf(
      '> Aside: in 1920 a New York Times editorial mocked Goddard for supposedly not knowing that a rocket needs something to push against. The paper printed a correction on 17 July 1969, the day after Apollo 11 launched.',
    );
    expect(out.some((s) => s.includes('correction'))).toBe(false);
  });

  it('keeps what follows an aside that is a statement', () => {
    const out = sentencesOf(
      '> Aside: what frameworks call convolution is technically cross-correlation. A flipped kernel is just another kernel, so it makes no difference once the kernel is learned.',
    );
    expect(out.some((s) => s.startsWith('A flipped kernel'))).toBe(true);
  });
});

describe('own-story-runs-on: the sentences after the writer’s own view on its line (reading 76)', () => {
  it('leaves out `INSERT が落ちたら監視で気づける` after `個人的には…と思う`', () => {
    const out = sentencesUnder('ja', 'デフォルトパーティション', [
      '個人的には、時系列テーブルではデフォルトを作らず、未来のパーティションを先に作っておく運用の方が素直だと思う。INSERT が落ちたら監視で気づける。',
    ]);
    expect(out.some((s) => s.includes('監視で気づける'))).toBe(false);
  });

  it('leaves out `The fast-acid share was gone` after `my overnight pancake batter…`', () => {
    const out = sentencesUnder('en', 'Single- vs double-acting', [
      '> Aside: my overnight pancake batter with double-acting powder still rose the next morning, but noticeably less. The fast-acid share was gone; only the oven share was left.',
    ]);
    expect(out.some((s) => s.includes('fast-acid'))).toBe(false);
  });

  it('story-paragraph: a labelled digression goes on over the lines of its paragraph (reading 77)', () => {
    const out = sentencesUnder('en', 'Stack unwinding', [
      '> Personal note: I spent most of a day speeding up a JSON helper that looked like it had 30% self time.',
      "> It didn't — the stacks were truncated, so samples from three different call paths were dumped into",
      '> the same shallow tower. Rebuilt with frame pointers; the helper went down to 4%.',
      '',
      'Omitting frame pointers frees a register, so optimized builds drop them by default.',
    ]);
    expect(out.some((s) => s.includes('went down to 4%'))).toBe(false);
    expect(out.some((s) => s.startsWith('Omitting frame pointers'))).toBe(true);
  });

  it('keeps the paragraph after a first person with no label', () => {
    const out = sentencesUnder('en', 'Screen reader navigation', [
      "I assumed screen reader users Tab through everything. Mostly they don't.",
      'Tab is for interactive elements; in form fields screen readers switch to focus mode so keys go to the field.',
    ]);
    expect(out.some((s) => s.startsWith('Tab is for interactive elements'))).toBe(true);
  });

  it('keeps what follows a first person in parentheses only', () => {
    const out = sentencesUnder('en', 'Authorization expiry', [
      'Validity depends on network and merchant category (our PSP expires uncaptured payments after 7 days). An authorization for a hotel is valid for thirty days, so the merchant can capture later.',
    ]);
    expect(out.some((s) => s.startsWith('An authorization for a hotel'))).toBe(true);
  });
});

describe('rest-of-bullet: a line indented under a bullet left mid-sentence', () => {
  it('is the rest of that sentence, not a statement that opens on a quotation (reading 67)', () => {
    const out = sentencesUnder('en', 'File descriptors', [
      '- Limit per process: `RLIMIT_NOFILE` (`ulimit -n`, soft limit is often 1024). Hitting it gives `EMFILE`',
      '  "Too many open files"; the system-wide limit gives `ENFILE`.',
    ]);
    expect(out.some((s) => s.startsWith('"Too many open files"'))).toBe(false);
    expect(out).toContain(
      'Hitting it gives EMFILE "Too many open files"; the system-wide limit gives ENFILE',
    );
  });

  it('reads a line indented under a bullet that ended its sentence, or after a blank line, as its own', () => {
    const out = sentencesUnder('en', 'Pipes', [
      '- A pipe is a one-way kernel buffer.',
      '  "Full" means the writer blocks until the reader drains it.',
      '',
      '  "Empty" means the reader blocks until a writer writes.',
    ]);
    expect(out).toContain('"Full" means the writer blocks until the reader drains it');
    expect(out).toContain('"Empty" means the reader blocks until a writer writes');
  });

  it('leaves a line that opens on an arrow apart from the bullet above it', () => {
    const out = sentencesUnder('ja', '翻案権', [
      '- 原著作者は二次的著作物の著作者と同一の種類の権利を持つ（28条）',
      '  → 翻訳本を出版するには、翻訳者と原作者の両方の許諾が要る',
    ]);
    expect(out.some((s) => s.includes('28条）→') || s.includes('28条） →'))).toBe(false);
  });
});

describe('the heading of a section inside another', () => {
  it('is no sentence of the outer section', () => {
    const doc = parseNotes({
      path: 'regex.en.md',
      text: [
        '# Regex',
        '',
        '## Catastrophic backtracking',
        '',
        'Nested quantifiers make the engine try every split of the input before it fails.',
        '',
        '### Patterns we found in our code',
        '',
        '| Pattern | Why it is slow |',
        '|---|---|',
        '| `^(a+)+$` | Nested quantifiers |',
        '',
      ].join('\n'),
    });
    const section = doc.sections.find((s) => s.heading === 'Catastrophic backtracking');
    if (!section) throw new Error('no section');
    expect(section.bodyHeadings).toContain(true);
    expect(sectionSentences(section, 'en')).not.toContain('Patterns we found in our code');
  });
});

describe('attribute-value', () => {
  it('reads an attribute with its value as a name in code, not a formula', () => {
    const doc = parseNotes({
      path: 'a11y.ja.md',
      text: [
        '# A11y',
        '',
        '## aria-hidden',
        '',
        '支援技術から要素を隠す属性。',
        '',
        '`aria-hidden="true"` は要素をアクセシビリティツリーから外すが、フォーカスは受け続ける。',
        '`p = 1 - e^(-kn/m)` で誤検出率が決まる。',
        '',
      ].join('\n'),
    });
    const section = doc.sections.find((s) => s.heading === 'aria-hidden');
    if (!section) throw new Error('no section');
    const said = sectionSentences(section, 'ja');
    expect(said.some((t) => t.startsWith('aria-hidden="true" は要素を'))).toBe(true);
    expect(said.some((t) => t.includes('誤検出率'))).toBe(false);
  });
});

describe('cleft-of-other', () => {
  it('gives the concept no cleft sentence whose focus is another thing of its kind', () => {
    const doc = parseNotes(
      inline([
        '# RAID',
        '',
        '| 概念 | 正しい理解 | よくある誤解 |',
        '|---|---|---|',
        '| RAID 5 | 分散パリティで1台まで耐える | パリティ専用ディスクを持つ × |',
        '| RAID 6 | 2種類のパリティで2台まで耐える | RAID 5 より速い × |',
        '',
        '## RAID 5',
        '',
        'データとパリティをストライプ単位で全ディスクに分散して配置する。',
        '',
        'パリティ専用ディスクを持つのは RAID 4。パリティの位置をずらすのは書き込みの集中を避けるため。',
        '',
        'リビルド中に読めるのは残りのディスクだけだ。',
      ]),
    );
    const concept = doc.concepts.find((c) => c.name === 'RAID 5');
    if (!concept) throw new Error('no concept');
    const texts = conceptFacts(doc, concept).trues.map((t) => t.text);
    expect(texts.some((t) => t.includes('RAID 4'))).toBe(false);
    // A focus that is a clause, not a name of the concept's kind, keeps its sentence.
    expect(texts.some((t) => t.includes('書き込みの集中を避けるため'))).toBe(true);
  });
});

describe('counter-example', () => {
  const doc = parseNotes(
    inline([
      '# 正規化',
      '',
      '#### 第3正規形',
      '',
      '2NFであり、かつ非キー属性が候補キーに推移的に従属していない状態です。',
      '',
      '例：`社員(社員番号, 氏名, 部署コード, 部署名)`',
      '',
      '- `社員番号 → 部署コード`、`部署コード → 部署名`',
      '- よって `部署名` は `社員番号` に推移的従属 → 3NF違反',
      '',
      '#### 第2正規形',
      '',
      '1NFであり、非キー属性が候補キーに部分関数従属していない状態です。',
      '',
      '例：',
      '',
      '- `注文明細(注文番号, 商品番号, 数量)` は主キー全体に従属する',
      '',
      '## まとめ',
      '',
      '| 概念 | 正しい理解 | よくある誤解 |',
      '|---|---|---|',
      '| 第3正規形 | 非キー属性が候補キーに推移的に従属しない | 冗長性が完全に消える × |',
      '| 第2正規形 | 部分関数従属がない | 主キーが1列なら不要 × |',
    ]),
  );
  const examplesOf = (name: string): string[] => {
    const concept = doc.concepts.find((c) => c.name === name);
    if (!concept) throw new Error(name);
    return conceptFacts(doc, concept)
      .trues.filter((f) => f.source === 'example')
      .map((f) => f.text);
  };

  it('takes no example of a list that says the example breaks the concept (reading 15)', () => {
    expect(examplesOf('第3正規形')).toEqual([]);
    // An example that satisfies its concept stays.
    expect(examplesOf('第2正規形').length).toBeGreaterThan(0);
  });
});

describe('numbered-step: an item of a numbered list is a step, no statement beside others', () => {
  const doc = parseNotes(
    inline([
      '| 概念 | 正しい理解 | よくある誤解 |',
      '|---|---|---|',
      '| 収益認識 | 履行義務の充足時に収益を認識 | 契約締結時に全額売上 × |',
      '',
      '## 収益認識',
      '',
      '収益は5つのステップで認識する。',
      '',
      '1. 顧客との契約を識別する',
      '2. 取引価格を各履行義務に配分する',
      '',
      '先に代金をもらった場合は売上ではなく契約負債として計上する。',
    ]),
  );
  const concept = doc.concepts.find((c) => c.name === '収益認識');

  it('keeps the step as a true fact marked a step, and the prose sentence unmarked', () => {
    if (!concept) throw new Error('no concept');
    const trues = conceptFacts(doc, concept).trues;
    const step = trues.find((t) => t.text.includes('取引価格を各履行義務に配分'));
    const prose = trues.find((t) => t.text.includes('契約負債'));
    expect(step?.step).toBe(true);
    expect(prose?.step).toBeUndefined();
    expect(asStatements(trues)).not.toContain(step);
    expect(asStatements(trues)).toContain(prose);
  });
});

describe('claim-label', () => {
  const doc = parseNotes(
    inline([
      '# Contract formation',
      '',
      '| Concept | Correct understanding | Common misconceptions |',
      '|---|---|---|',
      '| Consideration | Something of value, bargained for | Must be a fair price × |',
      '| Promissory estoppel | Enforces a promise without consideration in the US | Works the same everywhere × |',
      '',
      '## Consideration',
      '',
      'Each side must give something of value in exchange for the other’s promise.',
      '',
      '- **Past consideration is no consideration**: work already done before the promise does not support it.',
      '- **Kinds of value**: money, goods, a promise, forbearance.',
      '- **How adequacy is judged**: it is not; courts leave the price to the parties.',
      '- **Mutuality is the key**: each side must be bound, or neither is.',
      '',
      '## Promissory estoppel',
      '',
      'A promise relied on can be enforced without consideration.',
    ]),
  );
  const consideration = doc.concepts.find((c) => c.name === 'Consideration');
  if (!consideration) throw new Error('no Consideration');
  const trues = conceptFacts(doc, consideration).trues;

  it('reads a bold label that states a claim as a true statement, explained by its line', () => {
    const claim = trues.find((f) => f.text === 'Past consideration is no consideration');
    expect(claim?.why).toContain('work already done before the promise does not support it');
  });

  it('never a label that names a term or asks how', () => {
    expect(trues.map((f) => f.text)).not.toContain('Kinds of value');
    expect(trues.map((f) => f.text)).not.toContain('How adequacy is judged');
  });

  it('never a label that says its line is the answer (announcing-claim-label)', () => {
    expect(trues.map((f) => f.text)).not.toContain('Mutuality is the key');
  });
});

describe('another-concepts-subsection', () => {
  const doc = parseNotes(
    inline(
      [
        '# 著作権',
        '',
        '## 権利制限規定',
        '',
        '日本法は個別の権利制限規定を並べる方式で、一般的なフェアユース規定はない。',
        '',
        '### 私的使用のための複製',
        '',
        '家庭内の限られた範囲で使用する本人が複製する場合に認められる。',
        '',
        '**対象外になる主なケース**：',
        '',
        '- 公衆用の自動複製機器（ダビング機など）を使って複製する',
        '',
        '## まとめ',
        '',
        '| 概念 | 正しい理解 | よくある誤解 |',
        '|---|---|---|',
        '| 権利制限規定 | 30条〜50条に個別に並ぶ | 一般的なフェアユースがある |',
        '| 私的使用のための複製 | 家庭内の範囲で本人が複製 | 会社の資料のコピーも私的使用 |',
      ],
      'copyright.ja.md',
    ),
  );

  it('reads the lines of another concept’s own subsection as that concept’s, not the parent’s', () => {
    const parent = doc.concepts.find((c) => c.name === '権利制限規定');
    expect(parent).toBeTruthy();
    if (!parent) return;
    const trues = conceptFacts(doc, parent).trues.map((f) => f.text);
    expect(trues.some((t) => t.includes('公衆用の自動複製機器'))).toBe(false);
    expect(trues.some((t) => t.includes('家庭内の限られた範囲'))).toBe(false);
    expect(trues.some((t) => t.includes('一般的なフェアユース規定はない'))).toBe(true);
  });
});

describe('another-thing-introduced', () => {
  it('reads no sentence of the concept from a line that brings in another named thing, nor after it', () => {
    const doc = parseNotes({
      path: 'corrosion.ja.md',
      text: [
        '# 腐食',
        '',
        '## 電位-pH図（プールベ図）',
        '',
        '電位とpHで、金属が溶けるか・不働態になるかを示す図。',
        '',
        '熱力学だけを扱うので、速度は分からない。',
        '',
        '> 補足：逆に電位を貴な方向に上げて不働態域に保つ「アノード防食」もある。不働態化する金属にしか使えない。',
        '',
      ].join('\n'),
    });
    const section = doc.sections.find((s) => s.heading.startsWith('電位-pH図'));
    if (!section) throw new Error('no section');
    const sentences = sectionSentences(section, 'ja');
    expect(sentences).toContain('熱力学だけを扱うので、速度は分からない');
    expect(sentences.join('\n')).not.toContain('不働態化する金属にしか使えない');
    expect(sentences.join('\n')).not.toContain('アノード防食');
  });

  it('names the endings and openings that bring in another thing', () => {
    expect(introducesAnother('逆に電位を貴な方向に上げる「アノード防食」もある。', 'ja')).toBe(
      true,
    );
    expect(introducesAnother('There is also anodic protection for passivating metals.', 'en')).toBe(
      true,
    );
    expect(introducesAnother('速度は分からない', 'ja')).toBe(false);
    // set-apart-thing (reading 61): one thing set apart opens a line about it; two set apart
    // from each other may both be the section's.
    expect(
      introducesAnother('`BatchWriteItem` は別物：最大25件・16MB、アトミックではない', 'ja'),
    ).toBe(true);
    expect(
      introducesAnother(
        'HTTP の keep-alive は全く別物：1本の TCP 接続で複数のリクエストを送る',
        'ja',
      ),
    ).toBe(true);
    expect(introducesAnother('ΔG° と ΔG は別物：ΔG = ΔG° + RT ln Q', 'ja')).toBe(false);
    expect(introducesAnother('これは別物だ', 'ja')).toBe(false);
    expect(introducesAnother('There is no rate information in the diagram', 'en')).toBe(false);
  });
});

describe('answers-its-question (reading 61)', () => {
  it('reads no sentence that answers a question before it on its line', () => {
    const doc = parseNotes({
      path: 'rmd.en.md',
      text: [
        '# Retirement accounts',
        '',
        '## RMDs',
        '',
        'Required minimum distributions start at 73.',
        '',
        "- Still working and not a 5% owner? The current employer's 401(k) can wait; IRAs cannot.",
        '- The first RMD can be delayed to April 1 of the next year.',
        '',
        'Where are they held? Most accounts that owe an RMD are IRAs.',
        '',
        'Rollovers use wildcards like `List<? extends Plan>` in the tool. A direct rollover is never taxed.',
        '',
      ].join('\n'),
    });
    const section = doc.sections.find((s) => s.heading === 'RMDs');
    if (!section) throw new Error('no section');
    const sentences = sectionSentences(section, 'en');
    expect(sentences).toContain('The first RMD can be delayed to April 1 of the next year');
    expect(sentences.join('\n')).not.toContain('can wait');
    // A question of `where` is no condition: what follows says its own subject.
    expect(sentences).toContain('Most accounts that owe an RMD are IRAs');
    // A question mark of code is no question.
    expect(sentences).toContain('A direct rollover is never taxed');
  });
});

describe('subject-carries (reading 40)', () => {
  it('reads no sentence alone that opens on a verb after another sentence of its line', () => {
    const doc = parseNotes({
      path: 'econ.en.md',
      text: [
        '# Econ',
        '',
        '## Surplus',
        '',
        'Consumer surplus is value to the buyer above the price paid.',
        '',
        'Producer surplus is the price received minus marginal cost, summed. Equals total revenue minus total variable cost.',
        '',
        'Equals the area between the demand curve and the price line, over all units.',
        '',
      ].join('\n'),
    });
    const section = doc.sections.find((s) => s.heading === 'Surplus');
    if (!section) throw new Error('no section');
    const sentences = sectionSentences(section, 'en');
    expect(sentences).toContain(
      'Producer surplus is the price received minus marginal cost, summed',
    );
    expect(sentences.some((t) => t.startsWith('Equals total revenue'))).toBe(false);
    // First in its line, a verb opens a statement of the section's own concept.
    expect(sentences.some((t) => t.startsWith('Equals the area'))).toBe(true);
  });
});

describe('definition-children', () => {
  const sectionOf = (lines: readonly string[]) => {
    const section = parseNotes(
      inline(['# Analgesics', '', '## Codeine & tramadol', '', 'Two weak opioids.', '', ...lines]),
    ).sections.find((s) => s.heading === 'Codeine & tramadol');
    if (!section) throw new Error('no section');
    return section;
  };

  it('sets aside a bullet nested under another thing’s term that opens on it', () => {
    const section = sectionOf([
      '- **Naloxone**: a competitive mu antagonist',
      '  - Naloxone has a shorter duration than most opioids, so patients re-sedate',
    ]);
    const sentences = sectionSentences(section, 'en', undefined, undefined, ['Codeine & tramadol']);
    expect(sentences.some((s) => s.includes('re-sedate'))).toBe(false);
  });

  it('keeps one nested under a part of the concept’s own name', () => {
    const section = sectionOf([
      '- **Tramadol**: a weak mu agonist plus reuptake inhibition',
      '  - Tramadol lowers the seizure threshold in overdose and with other drugs',
    ]);
    const sentences = sectionSentences(section, 'en', undefined, undefined, [
      'Codeine & tramadol (CYP2D6)',
    ]);
    expect(sentences.some((s) => s.includes('seizure threshold'))).toBe(true);
  });
});

describe('label-carries-subject', () => {
  const sentencesOf = (line: string, names: readonly string[] = ['抑制消火']) => {
    const section = parseNotes(
      inline(['# 消火', '', '## 抑制消火', '', '燃焼の連鎖反応を断って消す方法。', '', line]),
    ).sections.find((s) => s.heading === '抑制消火');
    if (!section) throw new Error('no section');
    return sectionSentences(section, 'ja', undefined, undefined, names);
  };

  it('drops a later sentence that names no subject of its own after another thing’s label', () => {
    const sentences = sentencesOf(
      '- ハロゲン化物（ハロン）：抑制効果が非常に強いが、オゾン層を壊すので生産は全廃。既存設備の再利用に限られる',
    );
    expect(sentences.some((s) => s.includes('既存設備の再利用に限られる'))).toBe(false);
    expect(sentences.some((s) => s.includes('生産は全廃'))).toBe(true);
  });

  it('keeps one that opens on a label of its own, or follows the concept’s own label', () => {
    expect(
      sentencesOf('- 寒中：初期凍害を防ぐため保温・給熱。暑中：急激な乾燥と温度上昇を防ぐ'),
    ).toContain('暑中：急激な乾燥と温度上昇を防ぐ');
    expect(
      sentencesOf('- 抑制消火：連鎖反応を断つ方法。粉末やハロンの消火剤で行う', ['抑制消火']),
    ).toContain('粉末やハロンの消火剤で行う');
  });
});

describe('label-names-one-part', () => {
  const sentencesOf = (line: string) => {
    const section = parseNotes(
      inline([
        '# JWT',
        '',
        '## RS256 / ES256',
        '',
        '秘密鍵で署名し、公開鍵で検証する方式。',
        '',
        line,
      ]),
    ).sections.find((s) => s.heading === 'RS256 / ES256');
    if (!section) throw new Error('no section');
    return sectionSentences(section, 'ja', undefined, undefined, ['RS256 / ES256', 'ES256']);
  };

  it('drops the later sentences of a line labelled by one of the things the name joins (reading 64)', () => {
    const sentences = sentencesOf(
      '- ES256：ECDSA（P-256）と SHA-256 の組み合わせ。署名が短い（64バイト）',
    );
    expect(sentences.some((s) => s.includes('署名が短い'))).toBe(false);
  });

  it('keeps them under a label of the whole name', () => {
    expect(
      sentencesOf('- RS256 / ES256：非対称鍵の署名方式。検証側は公開鍵だけを持てばよい'),
    ).toContain('検証側は公開鍵だけを持てばよい');
  });
});

describe('reversed-definition', () => {
  const sentencesOf = (heading: string) => {
    const section = parseNotes(
      inline([
        '# Grid',
        '',
        `## ${heading}`,
        '',
        'How fast the frequency falls right after a unit trips.',
        '',
        'The lowest point reached afterwards is the **frequency nadir**; it depends on both inertia and how fast primary response arrives.',
      ]),
    ).sections.find((s) => s.heading === heading);
    if (!section) throw new Error('no section');
    return sectionSentences(section, 'en', undefined, undefined, [heading]);
  };

  it('sets the line aside from another concept’s sentences, and keeps it for its own term', () => {
    expect(sentencesOf('RoCoF').some((s) => s.includes('nadir'))).toBe(false);
    expect(sentencesOf('Frequency nadir').some((s) => s.includes('nadir'))).toBe(true);
  });
});

describe('arrow-joins-clauses: one arrow between two clauses reads as "so" (reading 52)', () => {
  const sentencesOf = (language: 'ja' | 'en', lines: readonly string[]): string[] =>
    sentencesUnder(language, 'Visible vs foreground', lines);

  it('keeps a bullet whose arrow joins a cause and what follows from it', () => {
    const out = sentencesOf('en', [
      '- Since Android 10 every visible top activity is resumed in multi-window mode',
      '- Showing a system permission dialog takes the focus → the activity gets onPause only',
    ]);
    expect(out).toContain(
      'Showing a system permission dialog takes the focus → the activity gets onPause only',
    );
  });

  it('leaves out a flow of arrows and a line that maps to a bare term', () => {
    expect(
      sentencesOf('en', ['- onCreate runs first → onStart runs next → onResume runs last']),
    ).toEqual([]);
    expect(sentencesOf('ja', ['- 体内量は物理的崩壊と排泄の両方で減る → 実効半減期'])).toEqual([]);
  });
});

describe('bare-condition: a Japanese sentence that opens on a condition with nothing before its verb', () => {
  const sentencesOf = (line: string): string[] => sentencesUnder('ja', 'データム', [line]);

  it('leans on the sentence before it on its line (reading 52)', () => {
    const out = sentencesOf('- 指示の順番には意味がある。入れ替えると測定結果が変わる');
    expect(out).toContain('指示の順番には意味がある');
    expect(out.some((s) => s.startsWith('入れ替えると'))).toBe(false);
  });

  it('keeps an event that needs no object (`再起動すると`)', () => {
    expect(sentencesOf('- メモリ上に作る。再起動すると中身は消える')).toContain(
      '再起動すると中身は消える',
    );
  });

  it('keeps one that says what it speaks of, and one that opens on 例えば', () => {
    expect(sentencesOf('- 指示の順番には意味がある。順番を入れ替えると測定結果が変わる')).toContain(
      '順番を入れ替えると測定結果が変わる',
    );
    expect(sentencesOf('- 指示の順番には意味がある。例えば第1データムは3点で支える')).toContain(
      '例えば第1データムは3点で支える',
    );
  });
});

describe('reversed-definition of the opening: a section that opens on another thing defined', () => {
  const trueOf = (opening: string): string[] => {
    const doc = parseNotes(
      inline(
        [
          '# ドメイン駆動設計',
          '',
          '## 10. コンテキストマップと腐敗防止層（ACL）',
          '',
          opening,
          '',
          '- 上流のいびつな概念が、自分のドメインモデルに染み出すのを防ぐ',
          '',
          '## まとめ',
          '',
          '| 概念 | 正しい理解 | よくある誤解 |',
          '|---|---|---|',
          '| 腐敗防止層（ACL） | 外部のモデルを自分のモデルに翻訳する層 | ただのAPIゲートウェイ |',
        ],
        'ddd.ja.md',
      ),
    );
    const acl = doc.concepts.find((c) => c.name === '腐敗防止層（ACL）');
    if (!acl) throw new Error('no ACL');
    return conceptFacts(doc, acl).trues.map((t) => t.text);
  };

  it('is no opening of the concept: the line defines the other name of its heading (reading 53)', () => {
    const trues = trueOf(
      'コンテキスト同士の関係（誰が上流で誰が下流か）を図にしたものが**コンテキストマップ**。',
    );
    expect(trues.some((t) => t.includes('コンテキストマップ'))).toBe(false);
  });

  it('stays the opening when the line defines the concept itself', () => {
    const trues = trueOf('外部のモデルを自分のモデルに翻訳する層が**腐敗防止層**。');
    expect(trues.some((t) => t.includes('翻訳する層が'))).toBe(true);
  });
});

describe('heading-aside-term: the definition of the term a heading adds in parentheses (reading 76)', () => {
  const doc = parseNotes(
    inline([
      '# やきもの',
      '',
      '| 概念 | 正しい理解 | よくある誤解 |',
      '|---|---|---|',
      '| 釉薬 | ガラス形成剤と融剤と安定剤の組み合わせ | 色の成分を水に溶かしたもの × |',
      '| 指数分布（無記憶性） | ポアソン過程の待ち時間 | 長く待つほど来やすい × |',
      '',
      '## 6. 釉薬の基本（ゼーゲル式）',
      '',
      '釉薬は、素地の表面にできる薄いガラス層。',
      '',
      '**ゼーゲル式**：融剤の合計を 1 とした分子比で書く。',
      '',
      '## 指数分布（無記憶性）',
      '',
      '**無記憶性**: P(T > s + t | T > s) = P(T > t)。',
    ]),
  );
  const trues = (name: string): string[] => factsNamed(doc, name).trues.map((t) => t.text);

  it('is no statement of the concept', () => {
    expect(trues('釉薬').some((t) => t.includes('分子比'))).toBe(false);
    expect(trues('釉薬').some((t) => t.includes('薄いガラス層'))).toBe(true);
  });

  it('keeps the definition of a part of the concept’s own name', () => {
    expect(trues('指数分布（無記憶性）').some((t) => t.includes('P(T > s + t'))).toBe(true);
  });
});
