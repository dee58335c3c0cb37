/** Labels that open a sentence of a section: an aside keeps its statement, a remedy has none. */
import { describe, expect, it } from 'vitest';
import {
  asSectionStatement,
  isExampleHeading,
  opensOnCaseLabel,
  opensOnSideLabel,
  STATEMENT_LABEL_RULES,
  statementLabel,
} from '../../../src/quiz/facts/statement-labels.ts';
import { sectionSentences } from '../../../src/quiz/facts/true-statements.ts';
import { parseNotes } from '../../../src/quiz/notes/parse-notes.ts';
import { inline } from '../notes-helpers.ts';

describe('statement labels', () => {
  it.each(STATEMENT_LABEL_RULES.map((r) => [r.name, r]))('%s reads its example', (name, rule) => {
    expect(statementLabel(rule.example)?.rule).toBe(name);
  });

  it('keeps an aside without its label, and drops a remedy or an alternative', () => {
    expect(asSectionStatement('Note: browsers do not apply CORS to WebSockets', 'en')).toBe(
      'Browsers do not apply CORS to WebSockets',
    );
    expect(asSectionStatement('補足: docker run --init を使うとゾンビを回収する', 'ja')).toBe(
      'docker run --init を使うとゾンビを回収する',
    );
    expect(asSectionStatement('Note: `fd` is closed on exec', 'en')).toBe('`fd` is closed on exec');
    // Reading 37.
    expect(asSectionStatement('前提：マントルは固体（地震のS波が伝わる）', 'ja')).toBe(
      'マントルは固体（地震のS波が伝わる）',
    );
    expect(asSectionStatement('Fixes: `shopt -s lastpipe` in scripts', 'en')).toBeNull();
    expect(
      asSectionStatement('Alternative for linear probing: backward-shift deletion', 'en'),
    ).toBeNull();
    expect(asSectionStatement('対策：タイムアウトを付ける', 'ja')).toBeNull();
    // Readings 36 and 39.
    expect(asSectionStatement('対処：conntrack -D で古いエントリを消す', 'ja')).toBeNull();
    expect(asSectionStatement('自分メモ：介入の原資は外貨準備', 'ja')).toBe('介入の原資は外貨準備');
    // Reading 82: the writer's lead-in to the concept's idea.
    expect(
      asSectionStatement(
        'Idea: the Minkowski difference contains the origin iff they overlap',
        'en',
      ),
    ).toBe('The Minkowski difference contains the origin iff they overlap');
    expect(asSectionStatement('The flip side: nothing is shared by default', 'en')).toBe(
      'Nothing is shared by default',
    );
    expect(asSectionStatement('条文：公表された著作物は引用して利用できる', 'ja')).toBe(
      '公表された著作物は引用して利用できる',
    );
    // Reading 72: `例外：` kept in a which-concept stem; the exception is a statement of its own.
    expect(
      asSectionStatement(
        '例外：64バイトを超えるバイナリは共有ヒープに置かれ、参照だけが渡る',
        'ja',
      ),
    ).toBe('64バイトを超えるバイナリは共有ヒープに置かれ、参照だけが渡る');
    expect(
      asSectionStatement('The exception: `WHERE o.id IS NULL` is applied after the join', 'en'),
    ).toBe('`WHERE o.id IS NULL` is applied after the join');
    // Reading 42: a worked calculation's heading is no statement.
    expect(
      asSectionStatement('試算：3,000万円・年1.0%・35年、5年後に100万円を繰上返済', 'ja'),
    ).toBeNull();
    // Reading 41: a result and a remark on what matters, each followed by its statement.
    expect(asSectionStatement('結果：遺伝的に同一の 2n の娘細胞が2つできる', 'ja')).toBe(
      '遺伝的に同一の 2n の娘細胞が2つできる',
    );
    expect(
      asSectionStatement(
        '物理的にも重要：キアズマが相同染色体をつなぎとめておくことで、後期Ⅰで正しく分離できる',
        'ja',
      ),
    ).toBe('キアズマが相同染色体をつなぎとめておくことで、後期Ⅰで正しく分離できる');
    // What follows `Otherwise:` is the case the sentence before leaves: no statement alone.
    expect(
      asSectionStatement('Otherwise: `ValueError: operands could not be broadcast together`', 'en'),
    ).toBeNull();
    expect(asSectionStatement('それ以外：エラーになる', 'ja')).toBeNull();
  });

  it('reads an aside named so, a practice to avoid, and a label with a remark after it (readings 52–53)', () => {
    expect(
      asSectionStatement(
        'Naming aside: in 2020 the huge genus Lactobacillus was split into 25 genera',
        'en',
      ),
    ).toBe('In 2020 the huge genus Lactobacillus was split into 25 genera');
    // A digression of any kind is none of the concept (`digression-label`, below).
    expect(asSectionStatement('歴史の余談：最初の報告は1950年代', 'ja')).toBeNull();
    expect(
      asSectionStatement(
        'アンチパターン：sw.js のファイル名にハッシュを付ける（sw-3f9a1c.js）',
        'ja',
      ),
    ).toBeNull();
    expect(
      asSectionStatement('Anti-pattern: catching every exception at the top', 'en'),
    ).toBeNull();
    // The remark in brackets says whose the label is: the label is still a worked example's.
    expect(
      asSectionStatement(
        '計算例（自分で作った例）：分子量 10,000 の鎖が 1 mol、100,000 の鎖が 1 mol の混合物',
        'ja',
      ),
    ).toBeNull();
    expect(statementLabel('Note (mine): browsers cache it')?.rule).toBe('aside-label');
    expect(asSectionStatement('効果：カテキンが抑えられ、うま味が増す', 'ja')).toBe(
      'カテキンが抑えられ、うま味が増す',
    );
    // Reading 55: a list whose sense its label carries, and examples.
    expect(asSectionStatement("What you don't get: mass", 'en')).toBeNull();
    expect(asSectionStatement('What you get: period, eccentricity, M sin i', 'en')).toBeNull();
    expect(asSectionStatement('Checks: odd/even transit depths differ → binary', 'en')).toBeNull();
    expect(
      statementLabel('Examples: Proxima Centauri b (RV, 2016), several TRAPPIST-1 planets')?.rule,
    ).toBe('example-label');
    // A label that is not one of the rules' stays unread, remark or not.
    expect(statementLabel('Otto cycle (ideal): heat added at constant volume')).toBeNull();
  });

  it('reads a reason, a cost or a catch as an aside, and a walkthrough as no statement', () => {
    expect(
      asSectionStatement(
        "Reason: an ES module's body is itself evaluated as part of draining the microtask queue",
        'en',
      ),
    ).toBe("An ES module's body is itself evaluated as part of draining the microtask queue");
    expect(asSectionStatement('Cost: lookups get slower as filters are added', 'en')).toBe(
      'Lookups get slower as filters are added',
    );
    expect(asSectionStatement('Catch with ANS: the encoder works in reverse', 'en')).toBe(
      'The encoder works in reverse',
    );
    // A walk through the notes' own code names parts the player never sees.
    expect(
      asSectionStatement(
        'Walkthrough: A, E, G are synchronous (E because the async body runs)',
        'en',
      ),
    ).toBeNull();
    // Reading 32: a point's label and a derivation's result.
    expect(asSectionStatement('ポイント：重みは推論中に更新されない', 'ja')).toBe(
      '重みは推論中に更新されない',
    );
    // Reading 34: a law article in front of the statement is its source.
    expect(asSectionStatement('労基法35条: 毎週少なくとも1回の休日を与える', 'ja')).toBe(
      '毎週少なくとも1回の休日を与える',
    );
    // Reading 33: a verdict label (`悪い点：`) in front of the statement.
    expect(asSectionStatement('悪い点：ファイルが2つ要る', 'ja')).toBe('ファイルが2つ要る');
    expect(asSectionStatement('メリット：再起動なしで反映できる', 'ja')).toBe(
      '再起動なしで反映できる',
    );
    expect(asSectionStatement('Net result: forcing grows with the logarithm of CO₂', 'en')).toBe(
      'Forcing grows with the logarithm of CO₂',
    );
    // A label of content stays: it says which part the statement is about.
    expect(asSectionStatement('Decrease: on loss, cwnd is cut by a factor', 'en')).toBe(
      'Decrease: on loss, cwnd is cut by a factor',
    );
  });

  it('reads a classic or typical example as an example (`Classic example:` was kept as an option)', () => {
    expect(asSectionStatement('Classic example: C arrays are row-major', 'en')).toBe(
      'C arrays are row-major',
    );
    expect(asSectionStatement('典型例：行優先の二重ループ', 'ja')).toBe('行優先の二重ループ');
  });

  it('reads what a line explains (`Why:`, `Mechanism:`, `目的：`) as an aside, a typical use as an example (reading 44)', () => {
    expect(
      asSectionStatement(
        'Why: chocolate is sugar and cocoa particles suspended in fat with almost no water',
        'en',
      ),
    ).toBe('Chocolate is sugar and cocoa particles suspended in fat with almost no water');
    expect(
      asSectionStatement('Mechanism: moisture on the surface dissolves some sugar', 'en'),
    ).toBe('Moisture on the surface dissolves some sugar');
    expect(asSectionStatement('目的：ロストアップデートの防止', 'ja')).toBe(
      'ロストアップデートの防止',
    );
    expect(asSectionStatement('原因：被相続人への虐待・重大な侮辱', 'ja')).toBe(
      '被相続人への虐待・重大な侮辱',
    );
    expect(
      asSectionStatement('典型用途：sleep 5 などで、エンドポイント削除が行き渡るのを待つ', 'ja'),
    ).toBe('sleep 5 などで、エンドポイント削除が行き渡るのを待つ');
  });

  it('reads a takeaway as an aside and mitigations as a remedy (jvm-gc.en, feature flags)', () => {
    expect(
      asSectionStatement('Takeaway: a copying collection touches only what survives', 'en'),
    ).toBe('A copying collection touches only what survives');
    expect(asSectionStatement('Mitigations: give release toggles an expiry date', 'en')).toBeNull();
    // Reading 24 (plant-physiology.en): the writer's lead-in is no part of the statement.
    expect(asSectionStatement('The catch: water under tension can cavitate', 'en')).toBe(
      'Water under tension can cavitate',
    );
    // Reading 25 (javascript-event-loop.en).
    expect(
      asSectionStatement(
        "The cost: while your callback runs, the browser can't handle input or paint",
        'en',
      ),
    ).toBe("While your callback runs, the browser can't handle input or paint");
    // Reading 28 (file-durability-fsync.en): the key kept `Lesson:`.
    expect(
      asSectionStatement('Lesson: an fsync error means "state unknown, data probably lost"', 'en'),
    ).toBe('An fsync error means "state unknown, data probably lost"');
    expect(asSectionStatement('教訓：fsync のエラーは「状態不明」と読む', 'ja')).toBe(
      'fsync のエラーは「状態不明」と読む',
    );
  });

  it('tells a side of a concept by its label (`Exception-ish:`, `検出:`, `Other handy APIs:`)', () => {
    for (const s of [
      'Exception-ish: values with a Drop impl keep the borrow until the end of scope',
      '検出: asyncio.run(main(), debug=True) で遅いコールバックが警告される',
      'Other handy APIs: Intl.Segmenter counts graphemes',
      'その他の方法：ログを見る',
    ])
      expect(opensOnSideLabel(s), s).toBe(true);
    for (const s of [
      'Self-synchronizing: continuation bytes always start with 10',
      '典型パターン: 入れ子の量指定子',
      'Exceptions are raised, not returned',
    ])
      expect(opensOnSideLabel(s), s).toBe(false);
  });

  it('leaves a sentence whose colon is no label as it is', () => {
    for (const s of [
      'Precision answers one question: of the alerts, how many were real',
      '代償は更新の整合性：同期が要る',
      'Notes of a section are plain prose',
    ])
      expect(asSectionStatement(s, 'en')).toBe(s);
  });

  it('reads only the opening of a long line', () => {
    const long = `${'a'.repeat(1_000_000)}: b`;
    const started = performance.now();
    expect(statementLabel(long)).toBeNull();
    expect(performance.now() - started).toBeLessThan(1000);
  });

  it('gives a section no sentence of a remedy, and an aside’s without its label', () => {
    const doc = parseNotes(
      inline([
        '# Hash tables',
        '',
        '| Concept | Correct understanding | Common misconceptions |',
        '|---|---|---|',
        '| Tombstones | Deleted markers that keep probe chains intact | Emptying the slot is enough × |',
        '',
        '## Tombstones',
        '',
        'Deleted markers that keep probe chains intact.',
        '',
        '- Lookups skip a tombstone and keep probing past it',
        '- Alternative for linear probing: backward-shift deletion',
        '- Note: an insert may reuse the slot of a tombstone',
      ]),
    );
    const section = doc.sections.find((s) => s.heading === 'Tombstones');
    if (!section) throw new Error('no section');
    const sentences = sectionSentences(section, 'en');
    expect(sentences).toContain('An insert may reuse the slot of a tombstone');
    expect(sentences.some((s) => s.includes('backward-shift'))).toBe(false);
    expect(sentences.some((s) => s.startsWith('Note'))).toBe(false);
  });
});

describe('writers-lead-in: a label that weighs the remark it opens', () => {
  it('keeps the statement after `The critical detail:`, `Key message:`, not after a term', () => {
    expect(
      asSectionStatement(
        'The critical detail: the two forces act on different objects, so they never cancel',
        'en',
      ),
    ).toBe('The two forces act on different objects, so they never cancel');
    expect(asSectionStatement('Key message: only systematic risk earns a premium', 'en')).toBe(
      'Only systematic risk earns a premium',
    );
    expect(statementLabel('My own takeaway: test the restore')?.rule).toBe('aside-label');
    // A term that ends on a lead-in word names a thing: its line stays as it is.
    for (const line of [
      'Dew point: the temperature at which air saturates',
      'Code point: the number Unicode gives a character',
      'Break-even point: revenue equals cost',
    ])
      expect(asSectionStatement(line, 'en')).toBe(line);
  });
});

describe('cites-source: a label that says where the statement comes from', () => {
  it('keeps the statement without its source (reading 91)', () => {
    expect(
      asSectionStatement(
        'The docs: logging is thread-safe (handlers use locks), and logging to one file from multiple threads is fine.',
        'en',
      ),
    ).toBe(
      'Logging is thread-safe (handlers use locks), and logging to one file from multiple threads is fine.',
    );
    expect(
      asSectionStatement(
        'From the logging HOWTO: libraries should not add handlers other than NullHandler',
        'en',
      ),
    ).toBe('Libraries should not add handlers other than NullHandler');
    expect(asSectionStatement('公式ドキュメント：ConfigMap は 1MiB まで', 'ja')).toBe(
      'ConfigMap は 1MiB まで',
    );
    // Reading 92: the writer's `Trick:` is a lead-in too.
    expect(
      asSectionStatement('Trick: pencil a grid on the stone, lap until all lines are gone', 'en'),
    ).toBe('Pencil a grid on the stone, lap until all lines are gone');
    // A term is no source: its line stays as it is.
    expect(asSectionStatement('Docstring: the first string literal of a function', 'en')).toBe(
      'Docstring: the first string literal of a function',
    );
  });
});

describe('digression-label: the writer steps off the concept', () => {
  it('gives a digression no statement, and leaves an English aside one', () => {
    for (const line of [
      '余談：日本語の「電食」は、直流電鉄などからの迷走電流で埋設管が溶ける現象を指すことが多い',
      '余談（日本の事情）：日銀は2016年9月から長短金利操作で10年金利を0%程度に誘導していた',
      '小ネタ：5日・10日は輸入企業の決済が集中する',
      'Fun fact: Bellman picked the name "dynamic programming" in the 1950s',
    ])
      expect(asSectionStatement(line, line.includes('Fun') ? 'en' : 'ja')).toBeNull();
    // `record-memo`: what the writer saw on an outing (reading 57), not a kept fact.
    expect(
      asSectionStatement('巡検メモ：玄武岩は細かすぎて斑晶以外はほぼ判別不能だった', 'ja'),
    ).toBeNull();
    expect(asSectionStatement('自分メモ：介入の原資は外貨準備', 'ja')).toBe('介入の原資は外貨準備');
    // Reading 82: the writer's lead-in to the concept's idea.
    expect(
      asSectionStatement(
        'Idea: the Minkowski difference contains the origin iff they overlap',
        'en',
      ),
    ).toBe('The Minkowski difference contains the origin iff they overlap');
    // `personal-remark`: the writer's own story and lesson (reading 68), not a term's label.
    expect(
      asSectionStatement(
        '個人的な教訓：ステージングは location が /api/、本番は誰かが /api に直していた',
        'ja',
      ),
    ).toBeNull();
    expect(
      asSectionStatement('Personal note: the table did more than any argument', 'en'),
    ).toBeNull();
    // The writer's impressions (reading 72 asked one as a which-concept stem, label and all).
    expect(
      asSectionStatement(
        '雑感：ハイスピードカメラの映像を見ると、接続した瞬間に一本だけ「パッ」と光る',
        'ja',
      ),
    ).toBeNull();
    expect(
      asSectionStatement('感想：ゼラチンの「口で溶ける」性質は他で代替しにくい', 'ja'),
    ).toBeNull();
    expect(asSectionStatement('Personal protection: an RCD trips at 30 mA', 'en')).not.toBeNull();
    // English `Aside:` mostly says more of the concept: its statement stays.
    expect(asSectionStatement('Aside: GDPR only covers living natural persons', 'en')).toBe(
      'GDPR only covers living natural persons',
    );
  });

  it('digression-runs-on: no sentence of a digression line is a statement of the section', () => {
    const doc = parseNotes(
      inline([
        '# 揚げ物の科学',
        '',
        '| 概念 | 正しい理解 | よくある誤解 |',
        '|---|---|---|',
        '| 天ぷら衣 | 冷水・薄力粉・混ぜすぎない → グルテンを出さず軽い衣 | よく混ぜるほどサクサク × |',
        '',
        '## 天ぷら衣',
        '',
        '冷水で溶いた薄力粉は、グルテンができにくいので衣が軽く仕上がる。',
        '',
        '> 余談：アメリカの料理サイトで、水の一部をウォッカにする衣が紹介されていた。エタノールはグルテン形成に寄与しない、という理屈。試したらたしかに軽かったが、普通に冷水で十分だった。',
        '',
        '揚げる直前に混ぜると、グルテンができる時間がなく衣が軽いままになる。',
      ]),
    );
    const section = doc.sections.find((s) => s.heading === '天ぷら衣');
    if (!section) throw new Error('no section');
    const sentences = sectionSentences(section, 'ja');
    expect(sentences).toContain(
      '揚げる直前に混ぜると、グルテンができる時間がなく衣が軽いままになる',
    );
    for (const word of ['ウォッカ', 'エタノール', '試したら'])
      expect(sentences.some((s) => s.includes(word))).toBe(false);
  });
});

describe('reading 84: a worked example and a result', () => {
  it('example-heading-runs-on: the sentences after `Worked example.` on its line are its data', () => {
    const doc = parseNotes(
      inline([
        '# Startup equity',
        '',
        '| Concept | Correct understanding | Common misconceptions |',
        '|---|---|---|',
        '| Option pool shuffle | A pool counted in the pre-money dilutes only the existing holders | The investor shares the pool dilution |',
        '',
        '## Option pool shuffle',
        '',
        'Investors usually ask for the pool to be created before the round, in the pre-money.',
        '',
        'Worked example. Founders hold 8,000,000 shares. Term sheet: $2M at $8M pre, with a 10% post-money pool.',
        '',
        'Negotiating the pool size matters as much as negotiating the headline number.',
      ]),
    );
    const section = doc.sections.find((s) => s.heading === 'Option pool shuffle');
    if (!section) throw new Error('no section');
    const sentences = sectionSentences(section, 'en');
    expect(sentences).toContain(
      'Negotiating the pool size matters as much as negotiating the headline number',
    );
    for (const word of ['8,000,000', 'Term sheet'])
      expect(sentences.some((s) => s.includes(word))).toBe(false);
    expect(isExampleHeading('計算例。')).toBe(true);
    expect(isExampleHeading('Worked example.')).toBe(true);
    expect(isExampleHeading('Founders hold 8,000,000 shares.')).toBe(false);
    expect(isExampleHeading(`${'Worked example '.repeat(10_000)}.`)).toBe(false);
  });

  it('reads `The result:` as an aside', () => {
    expect(
      asSectionStatement(
        "The result: the pool's dilution falls on the existing holders only",
        'en',
      ),
    ).toBe("The pool's dilution falls on the existing holders only");
  });
});

describe('reading 51: labels kept in a stem and a key', () => {
  it('reads `Big idea:` and `弱点：` as asides, `前兆：` as how to tell the concept', () => {
    expect(asSectionStatement('Big idea: the KDC and each party share a secret', 'en')).toBe(
      'The KDC and each party share a secret',
    );
    expect(
      asSectionStatement('弱点：回線がすごく遅いとき、タイムアウトするまで待たされる', 'ja'),
    ).toBe('回線がすごく遅いとき、タイムアウトするまで待たされる');
    expect(statementLabel('前兆：窓ガラスが黒くすすけている')?.rule).toBe('symptom-label');
  });

  it('reading 53: reads `Intuition:` as an aside and `Signs:` as how to tell the concept', () => {
    expect(
      asSectionStatement("Intuition: the root must be the element you'd throw out next", 'en'),
    ).toBe("The root must be the element you'd throw out next");
    expect(statementLabel('Signs: smooth, glazed surfaces')?.rule).toBe('symptom-label');
  });
});

describe('caution-of (reading 77)', () => {
  it('reads `評価の注意:` as a caution whose statement follows', () => {
    expect(asSectionStatement('評価の注意: PSL はコルチゾールの免疫測定と交差反応する', 'ja')).toBe(
      'PSL はコルチゾールの免疫測定と交差反応する',
    );
    expect(statementLabel('使用上の注意：空腹時に飲まない')?.rule).toBe('aside-label');
    // A label that only holds the word is another label (`注意喚起`).
    expect(statementLabel('注意喚起：空腹時に飲まない')?.rule).not.toBe('aside-label');
  });
});

describe('case-label: what follows a case holds in that case only (reading 93)', () => {
  it('reads a case label, Japanese and English, and no other label', () => {
    for (const line of [
      '`--wait` なし：マニフェストを受け付けた時点で deployed。Pod が CrashLoopBackOff でも成功扱い',
      'TLS ありの場合：証明書の検証が要る',
      'Without --wait: the release is deployed once the API server accepts it',
      'With strict dominance: the order of deletion does not matter',
    ])
      expect(opensOnCaseLabel(line)).toBe(true);
    for (const line of [
      '--atomic：失敗したら自動で元に戻す',
      'Note: browsers do not apply CORS',
      // Goes on to a sentence of its own (`Hospitals use tools like the HOPE score…`).
      'When not to start/continue: obviously lethal injuries. Hospitals use tools like the HOPE score',
    ])
      expect(opensOnCaseLabel(line)).toBe(false);
  });

  it('keeps the first sentence of a case line, with its label, and none after it', () => {
    const doc = parseNotes(
      inline([
        '# Helm',
        '',
        '| 概念 | 正しい理解 | よくある誤解 |',
        '|---|---|---|',
        '| --wait と --atomic | --wait で Ready まで待つ | 成功＝Pod が Ready ×（--wait なしなら受け付けただけ） |',
        '',
        '## --wait と --atomic',
        '',
        '- --wait なし：マニフェストを API サーバーが受け付けた時点で deployed。Pod が CrashLoopBackOff でも成功扱い',
        '- --atomic：失敗したら自動で元に戻す。--wait も自動で ON になる',
      ]),
    );
    const section = doc.sections.find((s) => s.heading === '--wait と --atomic');
    if (!section) throw new Error('no section');
    const sentences = sectionSentences(section, 'ja');
    expect(sentences).toContain(
      '--wait なし：マニフェストを API サーバーが受け付けた時点で deployed',
    );
    expect(sentences.some((s) => s.includes('CrashLoopBackOff'))).toBe(false);
    // A label that names no case: its later sentences stand.
    expect(sentences).toContain('--wait も自動で ON になる');
  });
});
