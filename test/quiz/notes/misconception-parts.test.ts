import { describe, expect, it } from 'vitest';
import type { TableBlock } from '../../../src/quiz/notes/blocks.ts';
import { boldPhrases, stripInline } from '../../../src/quiz/notes/inline.ts';
import {
  parseMisconceptionBullet,
  trailingParenthetical,
} from '../../../src/quiz/notes/misconception-bullet.ts';
import {
  CELL_CONTINUATIONS,
  CELL_LEAD_INS,
  misconceptionColumns,
  readConceptRows,
  splitMisconceptions,
  withoutCommentsAfterMarks,
  withoutCorrectionAfterLastMark,
  wrongArrowAsMark,
} from '../../../src/quiz/notes/misconception-table.ts';

describe('misconception cells', () => {
  it('split on 、 , ; (full-width too) and lose their × marks', () => {
    expect(splitMisconceptions('中継 ×、変換 ×')).toEqual(['中継', '変換']);
    expect(splitMisconceptions('a ×; b ×, c')).toEqual(['a', 'b', 'c']);
  });

  it('reads an arrow to a word saying wrong as a mark, and what follows as its correction (arrow-says-wrong)', () => {
    // Reading 45 (stock-order-types.en): the correction was offered as a second misconception.
    expect(
      splitMisconceptions('max loss = 100% like buying → wrong, price can rise without limit'),
    ).toEqual(['max loss = 100% like buying']);
    expect(splitMisconceptions('元本保証だと思う → 誤り。運用次第で減る、手数料はゼロ ×')).toEqual([
      '元本保証だと思う',
      '手数料はゼロ',
    ]);
    expect(splitMisconceptions('Buy high → wrong')).toEqual(['Buy high']);
    // An arrow to other words leads on; `wrongly` is no verdict.
    expect(splitMisconceptions('A → B')).toEqual(['A → B']);
    expect(wrongArrowAsMark('taxed → wrongly, twice')).toBe('taxed → wrongly, twice');
    expect(wrongArrowAsMark('弱い → 誤り率は複製より高い')).toBe('弱い → 誤り率は複製より高い');
    // Reading 40's PNG row: the words after `wrong` say where it is wrong.
    expect(
      splitMisconceptions('Always bigger than JPEG → wrong for flat graphics, screenshots, logos'),
    ).toEqual(['Always bigger than JPEG']);
    expect(wrongArrowAsMark(`${'→ '.repeat(50_000)}x`)).toBe(`${'→ '.repeat(50_000)}x`);
    // Many verdicts: each one reads on to the next marked piece only (linear).
    expect(wrongArrowAsMark('a → wrong, b ×, '.repeat(50_000)).startsWith('a ×, b ×, a ×')).toBe(
      true,
    );
  });

  it("reads an arrow to the writer's no, with a stop after it, as a verdict (arrow-says-no)", () => {
    // Reading 84 (rust-error-handling.en): the answer's second half was offered as a misconception.
    expect(
      splitMisconceptions(
        "thiserror is a runtime dependency your users must know about → no, it's just a derive; the type is a plain std Error",
      ),
    ).toEqual(['thiserror is a runtime dependency your users must know about']);
    expect(
      splitMisconceptions('同期的に実行される → 違う。イベントループに積まれる；順番は保証 ×'),
    ).toEqual(['同期的に実行される', '順番は保証']);
    // `no` before a word is the claim's own consequence.
    expect(wrongArrowAsMark('Hash the key → no hot spots; even load')).toBe(
      'Hash the key → no hot spots; even load',
    );
    expect(wrongArrowAsMark('a → nobody, b')).toBe('a → nobody, b');
    expect(wrongArrowAsMark('a → no, b ×; '.repeat(50_000)).startsWith('a ×, b ×; a ×, b ×')).toBe(
      true,
    );
  });

  it('reads a mark at the end of each misconception as where it ends (marks-end-each)', () => {
    expect(splitMisconceptions('自動なら一瞬で終わり、接続は切れない ×')).toEqual([
      '自動なら一瞬で終わり、接続は切れない',
    ]);
    expect(splitMisconceptions('速い、安い ×、古い ×')).toEqual(['速い、安い', '古い']);
    // Without marks, every separator separates.
    expect(splitMisconceptions('ディスクに書かれる、再起動後も残る')).toEqual([
      'ディスクに書かれる',
      '再起動後も残る',
    ]);
    expect(splitMisconceptions(`${'× '.repeat(50_000)}y`)).toEqual(['y']);
  });

  it('drops a piece that only leads into the next one (CELL_LEAD_INS)', () => {
    expect(
      splitMisconceptions(
        'Adverts are always offers; or the opposite, adverts can never be offers',
      ),
    ).toEqual(['Adverts are always offers', 'adverts can never be offers']);
    expect(splitMisconceptions('速いほど良い ×、逆に、遅いほど安全 ×')).toEqual([
      '速いほど良い',
      '遅いほど安全',
    ]);
    for (const rule of CELL_LEAD_INS) {
      const pieces = splitMisconceptions(rule.example);
      expect(pieces, rule.name).toHaveLength(2);
      for (const lead of rule.pieces)
        expect(splitMisconceptions(`A ×; ${lead}, B ×`), `${rule.name}: ${lead}`).toEqual([
          'A',
          'B',
        ]);
    }
    // A misconception that merely opens on such words is kept whole.
    expect(splitMisconceptions('The opposite of caching is faster')).toEqual([
      'The opposite of caching is faster',
    ]);
  });

  it('keeps a piece that goes on with the one before it (CELL_CONTINUATIONS)', () => {
    for (const rule of CELL_CONTINUATIONS) {
      const [head = '', tail = ''] = rule.example.split(', ');
      expect(splitMisconceptions(`${rule.example} ×; Something else ×`), rule.name).toEqual([
        `${head}, ${tail}`,
        'Something else',
      ]);
    }
    expect(splitMisconceptions('Added every four years ×, like a leap day ×')).toEqual([
      'Added every four years, like a leap day',
    ]);
    // Reading 45: a cell without marks.
    expect(
      splitMisconceptions('"Weak" opioid = safe for everyone, including young children'),
    ).toEqual(['"Weak" opioid = safe for everyone, including young children']);
    expect(splitMisconceptions('Antibiotics cure colds, in particular the flu')).toHaveLength(1);
    // Only after a comma: `;` and `、` always separate.
    expect(splitMisconceptions('Slow; like a leap day')).toEqual(['Slow', 'like a leap day']);
    expect(splitMisconceptions(`${'x'.repeat(100_000)}, like ${'y'.repeat(100_000)}`)).toHaveLength(
      1,
    );
    expect(splitMisconceptions('ａ ×，ｂ ×；ｃ')).toEqual(['ａ', 'ｂ', 'ｃ']);
    // Marks split whatever separates the pieces (` / `, `<br>` read as a space).
    expect(splitMisconceptions('日本語はすべて2バイトになる × / UTF-8 には BOM が必須 ×')).toEqual([
      '日本語はすべて2バイトになる',
      'UTF-8 には BOM が必須',
    ]);
    // A full-width slash with no space after it (reading 41's renal notes).
    expect(
      splitMisconceptions(
        'Cr正常＝腎機能正常 ×／Crクリアランスは GFR と一致 × → 尿細管分泌の分だけ過大評価',
      ),
    ).toEqual(['Cr正常＝腎機能正常', 'Crクリアランスは GFR と一致']);
  });

  it('do not split inside parentheses or quotes', () => {
    // (A piece that is one quotation loses its quotes: `whole-quote`.)
    expect(splitMisconceptions('共有DB（SOA、ESB） ×、「速い、安い」 ×')).toEqual([
      '共有DB（SOA、ESB）',
      '速い、安い',
    ]);
  });
});

describe('comment-after-mark', () => {
  it('leaves out the parenthesis right after a mark: it says why, it is no misconception', () => {
    expect(
      splitMisconceptions('cwnd を 1 に戻してスロースタート ×（それはタイムアウト時、Tahoe）'),
    ).toEqual(['cwnd を 1 に戻してスロースタート']);
    expect(
      splitMisconceptions('Runs at once × (it waits for a tick); Blocks forever × (never (ever))'),
    ).toEqual(['Runs at once', 'Blocks forever']);
    // A parenthesis before the mark is the misconception's own.
    expect(splitMisconceptions('共有DB（SOA）×')).toEqual(['共有DB（SOA）']);
  });

  it('reads a long cell of marks and parentheses in one pass', () => {
    const cell = 'x ×（'.repeat(20_000);
    expect(withoutCommentsAfterMarks(cell).length).toBeGreaterThan(0);
  });
});

describe('correction-after-last-mark', () => {
  it('reads the words after the last mark that open on a dash, an arrow or an instruction as its correction', () => {
    // Reading 57: the remedy was asked as a misconception, and a correction stuck to its key.
    expect(
      splitMisconceptions(
        'Fine for multi-bit buses × (bits resolve on different cycles → garbage values); use Gray code / handshake / async FIFO',
      ),
    ).toEqual(['Fine for multi-bit buses']);
    expect(
      splitMisconceptions(
        'ETFs are safer/riskier by nature × — risk comes from the holdings, not the wrapper',
      ),
    ).toEqual(['ETFs are safer/riskier by nature']);
    expect(
      splitMisconceptions('High subcooling always means overcharge ×; → can also be a restriction'),
    ).toEqual(['High subcooling always means overcharge']);
    expect(
      withoutCorrectionAfterLastMark(
        'You may use deadly force ×; no duty to retreat × — it depends',
      ),
    ).toBe('You may use deadly force ×; no duty to retreat ×');
  });

  it('keeps a claim whose mark the writer left out, and a cell that opens on its marks', () => {
    expect(
      splitMisconceptions(
        'Retain → the next PVC picks the old data up automatically ×; Recycle is a good way to wipe volumes',
      ),
    ).toEqual([
      'Retain → the next PVC picks the old data up automatically',
      'Recycle is a good way to wipe volumes',
    ]);
    expect(splitMisconceptions('中継 ×、変換')).toEqual(['中継', '変換']);
    expect(withoutCorrectionAfterLastMark('× 中継、× 変換 — 逆')).toBe('× 中継、× 変換 — 逆');
  });

  it('reads a cell of 1 MB in one pass', () => {
    const cell = `${'x ×; '.repeat(200_000)}— fix`;
    expect(withoutCorrectionAfterLastMark(cell).endsWith('×')).toBe(true);
  });
});

describe('the misconception table header', () => {
  it('is recognised in Japanese and English, in any case', () => {
    expect(misconceptionColumns(['概念', '正しい理解', 'よくある誤解'])).toMatchObject({
      concept: 0,
      correct: 1,
      misconceptions: 2,
      language: 'ja',
    });
    expect(
      misconceptionColumns(['Concept', 'Correct Understanding', 'Common misconceptions'])?.language,
    ).toBe('en');
    expect(
      misconceptionColumns(['**Concept**', 'correct understanding', 'COMMON MISCONCEPTION(S)'])
        ?.language,
    ).toBe('en');
  });

  it('is recognised by the headings teams write, in any column order', () => {
    expect(misconceptionColumns(['用語', '正しくは', 'ありがちな勘違い'])).toMatchObject({
      concept: 0,
      correct: 1,
      misconceptions: 2,
      language: 'ja',
    });
    expect(misconceptionColumns(['Myths', 'Term', 'Reality'])).toMatchObject({
      concept: 1,
      correct: 2,
      misconceptions: 0,
      language: 'en',
    });
  });

  it('reads a Latin header word where it opens a word, not inside one (header-word-starts-a-word)', () => {
    // Reading 81: `Extrapolation` holds `trap`; its rows became concepts.
    expect(misconceptionColumns(['', 'Interpolation', 'Extrapolation'])).toBeNull();
    expect(misconceptionColumns(['Term', 'Construction', 'Entrapment'])).toBeNull();
    // Words that open a word of the heading still count, in any case and plural.
    expect(misconceptionColumns(['Term', 'What it is', 'Traps'])).toMatchObject({
      misconceptions: 2,
    });
    expect(misconceptionColumns(['Term', 'Reality', 'What People Assume'])).toMatchObject({
      correct: 1,
      misconceptions: 2,
    });
    // `caution-column` (reading 87): a caution heading over a middle column that names no truth
    // heads true warnings; beside one that does, mistakes.
    expect(misconceptionColumns(['Tool', 'Good for', 'Gotcha'])).toBeNull();
    expect(misconceptionColumns(['道具', '向いている用途', '落とし穴'])).toBeNull();
    expect(
      misconceptionColumns(['Tool', 'Good for', 'Common gotcha people believe']),
    ).toMatchObject({ correct: 1, misconceptions: 2 });
    // `Incorrect` is no column of truths: the middle column of three is.
    expect(misconceptionColumns(['Term', 'Incorrect belief', 'Note', 'Meaning'])).toMatchObject({
      correct: 3,
      misconceptions: 1,
    });
  });

  it('is no table of incidents: `What went wrong` says what happened, not what people believe (what-happened)', () => {
    expect(misconceptionColumns(['Event', 'Date', 'What went wrong'])).toBeNull();
    // Reading 36: what is wrong with the eye is a fault of the thing, not a belief.
    expect(misconceptionColumns(['Condition', "What's wrong", 'Correction'])).toBeNull();
    expect(misconceptionColumns(['Condition', 'What is wrong', 'Correction'])).toBeNull();
    // What people get wrong is what they believe.
    expect(
      misconceptionColumns(['Concept', 'What it really is', 'What people get wrong']),
    ).not.toBeNull();
    expect(misconceptionColumns(['出来事', '日付', '何が起きたか（間違い）'])).toBeNull();
    expect(misconceptionColumns(['Concept', 'Reality', 'What people get wrong'])).toMatchObject({
      misconceptions: 2,
    });
  });

  it('drop a verdict after a dash, and the quotes of a piece that is one quotation (verdict-after-dash, whole-quote)', () => {
    // Reading 37: `Works because it removes internal covariate shift" — disputed` was the key.
    expect(
      splitMisconceptions(
        'Uses batch stats at inference ×; "it works because it removes internal covariate shift" — disputed',
      ),
    ).toEqual([
      'Uses batch stats at inference',
      'it works because it removes internal covariate shift',
    ]);
    expect(splitMisconceptions('速いほど良い ― 誤り')).toEqual(['速いほど良い']);
    expect(splitMisconceptions('「O型は万能」×、「A」と「B」は同じ ×')).toEqual([
      'O型は万能',
      '「A」と「B」は同じ',
    ]);
    // A dash that goes on with the claim stays.
    expect(splitMisconceptions('Caching — always safe')).toEqual(['Caching — always safe']);
    // `verdict-aside`: a verdict in the closing parenthesis (reading 73 offered it whole).
    expect(
      splitMisconceptions(
        'they reverse memory loss → and are for any stage of dementia (both wrong)',
      ),
    ).toEqual(['they reverse memory loss → and are for any stage of dementia']);
    expect(splitMisconceptions('速いほど良い（誤り）')).toEqual(['速いほど良い']);
    expect(splitMisconceptions('Caching is free (wrong in practice)')).toEqual([
      'Caching is free (wrong in practice)',
    ]);
  });

  it('read a dash or a parenthesis before a megabyte of spaces in one pass (verdict-after-dash, verdict-aside)', () => {
    // `[\s.]+$` tried every start in a run of spaces not at the end: 200,000 took 54 s.
    for (const cell of [`a — x${' '.repeat(1_000_000)}x`, `a (both ${'.'.repeat(1_000_000)}b)`]) {
      const started = performance.now();
      expect(splitMisconceptions(cell)).toHaveLength(1);
      expect(performance.now() - started).toBeLessThan(5_000);
    }
  });

  it('keep a times sign inside a piece (times-sign)', () => {
    // Reading 37: `Each neuron in layer 10 still only sees a 3` was a key.
    expect(
      splitMisconceptions(
        'Each neuron in layer 10 still only sees a 3×3 patch ×; theoretical RF = what the net uses ×',
      ),
    ).toEqual([
      'Each neuron in layer 10 still only sees a 3×3 patch',
      'theoretical RF = what the net uses',
    ]);
    expect(splitMisconceptions('速い×、安い ×')).toEqual(['速い', '安い']);
    expect(splitMisconceptions('速い×安い ×')).toEqual(['速い', '安い']);
  });

  it('is no table comparing two kinds of a mistake (two-kinds-compared)', () => {
    // Reading 37 (criminal law): the rule for mistakes of law was asked as a misconception.
    expect(misconceptionColumns(['', 'Mistake of fact', 'Mistake of law'])).toBeNull();
    expect(misconceptionColumns(['', '思い込みA', '思い込みB'])).toBeNull();
    expect(misconceptionColumns(['Term', 'What it means', 'Common mistake'])).toMatchObject({
      correct: 1,
      misconceptions: 2,
    });
  });

  it('is told by the words its headings hold (header-words)', () => {
    expect(misconceptionColumns(['Concept', 'What it really is', 'Common misconceptions'])).toEqual(
      {
        concept: 0,
        correct: 1,
        misconceptions: 2,
        language: 'en',
      },
    );
    expect(
      misconceptionColumns(['Concept', 'What it actually is', 'Misconceptions']),
    ).toMatchObject({ correct: 1, misconceptions: 2, language: 'en' });
    expect(misconceptionColumns(['用語', 'ポイント', '誤解しやすい点'])).toEqual({
      concept: 0,
      correct: 1,
      misconceptions: 2,
      language: 'ja',
    });
    expect(misconceptionColumns(['Term', 'What it really means', 'Traps'])).toMatchObject({
      correct: 1,
      misconceptions: 2,
      language: 'en',
    });
    expect(misconceptionColumns(['用語', '意味', 'ハマりどころ'])).toMatchObject({
      correct: 1,
      misconceptions: 2,
      language: 'ja',
    });
    // What people believe is the misconception column (`People often think`, `思い込み`).
    expect(misconceptionColumns(['Concept', 'What it is', 'People often think'])).toEqual({
      concept: 0,
      correct: 1,
      misconceptions: 2,
      language: 'en',
    });
    expect(misconceptionColumns(['Term', 'Reality', 'Common assumptions'])).toMatchObject({
      correct: 1,
      misconceptions: 2,
    });
    expect(misconceptionColumns(['用語', '実際', 'よくある思い込み'])).toMatchObject({
      correct: 1,
      misconceptions: 2,
      language: 'ja',
    });
    expect(misconceptionColumns(['用語', '説明', 'そう思われがち'])).toMatchObject({
      correct: 1,
      misconceptions: 2,
    });
    // In a three-column table the one between is the correct understanding.
    expect(misconceptionColumns(['Header', 'Does', 'Typical mistake'])).toMatchObject({
      concept: 0,
      correct: 1,
      misconceptions: 2,
    });
    // A fourth column needs a heading that names the truth.
    expect(misconceptionColumns(['Setting', 'Default', 'Scope', 'Pitfall'])).toBeNull();
    expect(misconceptionColumns(['Setting', 'Default', 'Meaning', 'Pitfall'])).toMatchObject({
      correct: 2,
      misconceptions: 3,
    });
  });

  it('is not any other table', () => {
    expect(misconceptionColumns(['Directive', 'Shared cache', 'Browser'])).toBeNull();
    expect(misconceptionColumns(['誤解', '正しい', 'ノート'])).toBeNull();
    expect(misconceptionColumns(['項目', 'REST', 'gRPC'])).toBeNull();
    expect(misconceptionColumns(['観点', 'SOA', 'マイクロサービス'])).toBeNull();
    expect(misconceptionColumns(['概念', '正しい理解'])).toBeNull();
  });
});

describe('× bullets', () => {
  it('split the statement from its correction in full-width and ASCII parentheses', () => {
    expect(parseMisconceptionBullet('× 分散トランザクションを使う（使わない、それは2PC）')).toEqual(
      { statement: '分散トランザクションを使う', correction: '使わない、それは2PC' },
    );
    expect(
      parseMisconceptionBullet('× Retries fix permanent faults (only transient ones)'),
    ).toEqual({ statement: 'Retries fix permanent faults', correction: 'only transient ones' });
    expect(parseMisconceptionBullet('× 疎結合を保てる（直接参照するため**密結合**）')).toEqual({
      statement: '疎結合を保てる',
      correction: '直接参照するため密結合',
    });
  });

  it('read a claim written in quotation marks without them (quoted-claim, reading 58)', () => {
    expect(
      parseMisconceptionBullet(
        '× "Torque is what holds the joint" (torque is just the **input** we can measure)',
      ),
    ).toEqual({
      statement: 'Torque is what holds the joint',
      correction: 'torque is just the input we can measure',
    });
    expect(parseMisconceptionBullet('× 「1承認で確定」（まだ覆り得る）')).toEqual({
      statement: '1承認で確定',
      correction: 'まだ覆り得る',
    });
    // Quotation marks around a part only are the claim's own.
    expect(parseMisconceptionBullet('× "A" or "B" is the same')?.statement).toBe(
      '"A" or "B" is the same',
    );
  });

  it('leave out a pointer to another section that closes the correction (reading 54)', () => {
    expect(
      parseMisconceptionBullet(
        '× A 20 % capacity factor means the panel is 20 % efficient (unrelated quantities — see §4)',
      ),
    ).toEqual({
      statement: 'A 20 % capacity factor means the panel is 20 % efficient',
      correction: 'unrelated quantities',
    });
    expect(parseMisconceptionBullet('× 容量と効率は同じ（§4参照）')).toEqual({
      statement: '容量と効率は同じ',
      correction: null,
    });
  });

  it('keep nested parentheses in the correction, and take → / — as a separator', () => {
    expect(parseMisconceptionBullet('× X（Y（Z）のため）')).toEqual({
      statement: 'X',
      correction: 'Y（Z）のため',
    });
    expect(parseMisconceptionBullet('× It queues requests → it fails fast')).toEqual({
      statement: 'It queues requests',
      correction: 'it fails fast',
    });
    expect(parseMisconceptionBullet('× ただの誤解')).toEqual({
      statement: 'ただの誤解',
      correction: null,
    });
  });

  it('find the trailing parenthesis only at the end', () => {
    expect(trailingParenthetical('A（B）C')).toBeNull();
    expect(trailingParenthetical('A（B）。')).toEqual({ before: 'A', inside: 'B' });
  });
});

describe('inline markdown', () => {
  it('strips emphasis, code and links but keeps the words', () => {
    expect(stripInline('**Pod数**を`kubectl`で[維持](http://x)する')).toBe(
      'Pod数をkubectlで維持する',
    );
    expect(boldPhrases('**ローカルTx** + **非同期メッセージ**')).toEqual([
      'ローカルTx',
      '非同期メッセージ',
    ]);
  });
});

describe('cells read as statements', () => {
  const rowOf = (correct: string, wrong: string, language: 'ja' | 'en') => {
    const table: TableBlock = {
      type: 'table',
      line: 1,
      header: ['Concept', 'Correct understanding', 'Common misconceptions'],
      rows: [['Quorum', correct, wrong]],
      rowLines: [3],
    };
    const columns = { concept: 0, correct: 1, misconceptions: 2, language };
    return readConceptRows(table, columns, 'notes.md').rows[0];
  };

  it('open on a capital in English, like the sentences beside them', () => {
    const row = rowOf('a **majority**; any two majorities overlap', 'any two nodes ×', 'en');
    expect(row?.correct).toBe('A majority; any two majorities overlap');
    expect(row?.misconceptions).toEqual(['Any two nodes']);
  });

  it('keep code at their start as written', () => {
    const row = rowOf('`await` suspends the function', '`await` blocks the thread ×', 'en');
    expect(row?.correct).toBe('await suspends the function');
    expect(row?.misconceptions).toEqual(['await blocks the thread']);
  });

  it('leave Japanese and names in code style alone', () => {
    expect(rowOf('過半数', '全員 ×', 'ja')?.correct).toBe('過半数');
    expect(rowOf('kubectl applies it', 'x ×', 'en')?.correct).toBe('kubectl applies it');
  });
});

describe('arrow-after-mark', () => {
  it('leaves out what an arrow after a mark says to do instead, up to the next piece', () => {
    expect(
      splitMisconceptions(
        '自分のユーザ鍵を確認している ×；警告が出たら known_hosts の該当行を消せばOK × → まず変更理由を確認',
      ),
    ).toEqual(['自分のユーザ鍵を確認している', '警告が出たら known_hosts の該当行を消せばOK']);
    expect(splitMisconceptions('Retry at once × -> back off first; Retry forever ×')).toEqual([
      'Retry at once',
      'Retry forever',
    ]);
    // An arrow inside a misconception (no mark before it) is its own words.
    expect(splitMisconceptions('入力 → 出力がそのまま ×')).toEqual(['入力 → 出力がそのまま']);
    // Words after the arrow that end on a mark are the next misconception: only the arrow goes.
    expect(
      splitMisconceptions(
        'Bread goes stale because it dries out × → the fridge keeps bread fresh ×',
      ),
    ).toEqual(['Bread goes stale because it dries out', 'the fridge keeps bread fresh']);
    expect(
      splitMisconceptions('波の高い「大波」と同じ × → 30cmでも人は立っていられない；第1波が最大 ×'),
    ).toEqual(['波の高い「大波」と同じ', '第1波が最大']);
  });

  it('runs the arrow’s words on past a comma, to a `;` or the next claim (reading 87)', () => {
    expect(
      splitMisconceptions("It's final since JDK 21 × → preview, API changed across versions"),
    ).toEqual(["It's final since JDK 21"]);
    expect(splitMisconceptions('A leaks × → no, B holds it, C frees it; D is free ×')).toEqual([
      'A leaks',
      'D is free',
    ]);
    // A piece after the comma that ends on a mark is the next misconception.
    expect(splitMisconceptions('A leaks × → B holds it, C is free ×')).toEqual([
      'A leaks',
      'C is free',
    ]);
  });

  it('reads a megabyte of arrows after a mark in one pass', () => {
    expect(splitMisconceptions(`a × ${'→ '.repeat(500_000)}`)).toEqual(['a']);
    expect(splitMisconceptions(`a × → ${'b, '.repeat(200_000)}c`)).toEqual(['a']);
  });
});

describe('a path after a mark', () => {
  it('keeps the slash a path opens on: only a slash before a space separates', () => {
    expect(
      splitMisconceptions(
        '/etc/default/grub を編集すれば次回起動から反映 × → grub-mkconfig が必要',
      ),
    ).toEqual(['/etc/default/grub を編集すれば次回起動から反映']);
    expect(splitMisconceptions('a × /etc/fstab は起動時に読まれない ×')).toEqual([
      'a',
      '/etc/fstab は起動時に読まれない',
    ]);
  });
});

describe('correction-aside', () => {
  it('leaves out a closing parenthesis that says what the piece really is', () => {
    expect(
      splitMisconceptions('サーバが乱数を暗号化してクライアントが復号する（それは SSH-1 の方式）'),
    ).toEqual(['サーバが乱数を暗号化してクライアントが復号する']);
    expect(splitMisconceptions("It replaces NULL with a value (that's `COALESCE`) ×")).toEqual([
      'It replaces NULL with a value',
    ]);
    expect(splitMisconceptions('A dummy returns default values (that’s a stub) ×')).toEqual([
      'A dummy returns default values',
    ]); // An arrow to what is done instead, and a parenthesis that says it is another tool's (h40).
    expect(splitMisconceptions('血栓を溶かす；HITには血小板輸血（→ 実際は避ける）')).toEqual([
      '血栓を溶かす',
      'HITには血小板輸血',
    ]);
    expect(
      splitMisconceptions('iptablesでIPv6も守れる（ip6tablesは別）、legacyとnftは混ぜても問題ない'),
    ).toEqual(['iptablesでIPv6も守れる', 'legacyとnftは混ぜても問題ない']);
    // Reading 54: what the evidence says the cause is.
    expect(
      splitMisconceptions(
        '目の体操で治る ×；屋外が効くのは遠くを見るから（主因は光の強さと考えられている）',
      ),
    ).toEqual(['目の体操で治る', '屋外が効くのは遠くを見るから']);
    expect(splitMisconceptions('低脂肪なら太らない（糖質の影響が大きいとされている）')).toEqual([
      '低脂肪なら太らない',
    ]);
    // Reading 60: the writer's "no" to the claim.
    expect(
      splitMisconceptions(
        '"The pump delivers a fixed pressure"; a denser liquid → same pressure (no: same head, higher pressure and power)',
      ),
    ).toEqual(['The pump delivers a fixed pressure', 'a denser liquid → same pressure']);
    expect(splitMisconceptions('温めれば元に戻る（違う：変性は不可逆）')).toEqual([
      '温めれば元に戻る',
    ]);
    // Reading 61: a rule the writer says is gone.
    expect(
      splitMisconceptions(
        '特定名称酒以外は「日本酒ではない」；純米酒は精米歩合70%以下が条件（2004年に撤廃）',
      ),
    ).toEqual(['特定名称酒以外は「日本酒ではない」', '純米酒は精米歩合70%以下が条件']);
    expect(splitMisconceptions('Usury caps apply to every loan (repealed in 1980)')).toEqual([
      'Usury caps apply to every loan',
    ]);
    // `outdated-rule`: what held once and no longer (reading 79).
    expect(
      splitMisconceptions(
        'Under FAS the buyer clears export (that was Incoterms 1990; since 2000 the seller does)',
      ),
    ).toEqual(['Under FAS the buyer clears export']);
    expect(splitMisconceptions('Under FAS the buyer clears export (true only under 1990)')).toEqual(
      ['Under FAS the buyer clears export'],
    );
    expect(splitMisconceptions('PG は 1 プロセス 1 接続（以前は 2 接続だった）')).toEqual([
      'PG は 1 プロセス 1 接続',
    ]);
    // `exception-aside`: what can also happen, against the claim (reading 80).
    expect(splitMisconceptions('中止すれば数日で治る（数週〜数か月かかることもある）')).toEqual([
      '中止すれば数日で治る',
    ]);
    // `no` opening words of the claim's own aside stays.
    expect(splitMisconceptions('Hash sharding balances load (no hot spots at all) ×')).toEqual([
      'Hash sharding balances load (no hot spots at all)',
    ]);
  });

  it('leaves out an arrow to words that answer the claim, and keeps a claimed consequence (reading 54)', () => {
    expect(
      splitMisconceptions(
        'δ = 1/n 程度で十分 → それだと毎回だれか1人分が丸ごと漏れてもよいことになる',
      ),
    ).toEqual(['δ = 1/n 程度で十分']);
    expect(splitMisconceptions('More parity always helps → actually it costs rate')).toEqual([
      'More parity always helps',
    ]);
    expect(splitMisconceptions('ε が大きい → 安全')).toEqual(['ε が大きい → 安全']);
  });

  it('arrow-to-it: leaves out an arrow to a clause on `it` where no mark ends the piece (reading 87)', () => {
    expect(
      splitMisconceptions(
        '"A MIDI file is a recording of the song\'s audio" ✗; MIDI sounds bad → it\'s the synth/sample set, not MIDI',
      ),
    ).toEqual(["A MIDI file is a recording of the song's audio", 'MIDI sounds bad']);
    expect(
      splitMisconceptions(
        'Buffered sends never block; adding a buffer fixes a deadlock → it usually just hides it',
      ),
    ).toEqual(['Buffered sends never block', 'adding a buffer fixes a deadlock']);
    expect(
      splitMisconceptions(
        '子どもには一番弱いものしか使えない ×；強いほど危険なので弱いものを長く → 逆に長引く',
      ),
    ).toEqual(['子どもには一番弱いものしか使えない', '強いほど危険なので弱いものを長く']);
    expect(
      splitMisconceptions(
        "μ can never exceed 1; grip doesn't depend on contact area (Amontons) → neither holds for rubber",
      ),
    ).toEqual(['μ can never exceed 1', "grip doesn't depend on contact area (Amontons)"]);
    // `arrow-to-mark`: an arrow to the mark alone goes with it.
    expect(splitMisconceptions('小児用がなければ子どもにはAEDを使えない → ×')).toEqual([
      '小児用がなければ子どもにはAEDを使えない',
    ]);
    // A mark after the arrow's words marks them too: the writer's claim, arrow and all.
    expect(splitMisconceptions('arrest → they can go through your phone ×')).toEqual([
      'arrest → they can go through your phone',
    ]);
    expect(splitMisconceptions('Cache the result → it is fast forever ×')).toEqual([
      'Cache the result → it is fast forever',
    ]);
  });

  it('arrow-to-no: leaves out an arrow to the writer’s “no”, or to the only case the claim holds in', () => {
    expect(splitMisconceptions('Linked genes are the rare exception → no')).toEqual([
      'Linked genes are the rare exception',
    ]);
    expect(splitMisconceptions('Any flip is fine → not for digits/text (6 vs 9, b vs d)')).toEqual([
      'Any flip is fine',
    ]);
    expect(splitMisconceptions('断熱なら ΔS = 0 → 可逆断熱のときだけ')).toEqual([
      '断熱なら ΔS = 0',
    ]);
    expect(splitMisconceptions('苦い＝過抽出 → 深煎り由来や単に濃すぎる場合もある')).toEqual([
      '苦い＝過抽出',
    ]);
    // `arrow-to-only` (reading 81): the cases the claim holds in, not a consequence of it.
    expect(
      splitMisconceptions('`lerp(x, target, k * dt)` is exact → only a first-order approximation'),
    ).toEqual(['`lerp(x, target, k * dt)` is exact']);
    expect(
      splitMisconceptions('Insert is O(1) worst case → only on *average* for random keys'),
    ).toEqual(['Insert is O(1) worst case']);
    // A claimed consequence stays, and so does a `no` that is a word of it.
    expect(splitMisconceptions('All hyperthyroidism → antithyroid drugs')).toEqual([
      'All hyperthyroidism → antithyroid drugs',
    ]);
    expect(splitMisconceptions('Pink → undercooked')).toEqual(['Pink → undercooked']);
    expect(splitMisconceptions('A full disk → nothing is logged')).toEqual([
      'A full disk → nothing is logged',
    ]);
    expect(splitMisconceptions('Hashing the key → no hot spots')).toEqual([
      'Hashing the key → no hot spots',
    ]);
    // A long run of stops after an arrow is read once (a pattern anchored at the end rescanned it).
    const start = performance.now();
    expect(splitMisconceptions(`a claim → ${'.'.repeat(200_000)}x`)).toHaveLength(1);
    expect(performance.now() - start).toBeLessThan(2000);
  });

  it('semicolon-ends-claim: a semicolon ends a claim of a cell whose marks end its claims (reading 81)', () => {
    expect(
      splitMisconceptions(
        '常に toString が呼ばれる；`Number([])` が 0 なのは `[]` が falsy だから ×（`[]` は truthy）',
      ),
    ).toEqual(['常に toString が呼ばれる', '`Number([])` が 0 なのは `[]` が falsy だから']);
    expect(
      splitMisconceptions(
        'Any power plant can restart the grid; nuclear plants are ideal for it ×',
      ),
    ).toEqual(['Any power plant can restart the grid', 'nuclear plants are ideal for it']);
    // `or-else`: the lead-in of the second claim goes.
    expect(
      splitMisconceptions('Same thing as ECS; or: warming stops the day emissions stop ×'),
    ).toEqual(['Same thing as ECS', 'warming stops the day emissions stop']);
    // A comma or a semicolon inside brackets stays inside the claim.
    expect(splitMisconceptions('自動なら一瞬で終わり、接続は切れない ×')).toEqual([
      '自動なら一瞬で終わり、接続は切れない',
    ]);
    expect(splitMisconceptions('Locks are free (no cost; no wait) ×')).toEqual([
      'Locks are free (no cost; no wait)',
    ]);
  });

  it('comma-inside-claim: a comma cuts no claim of a cell that marks none', () => {
    // Over the 366 read notes, each of the 28 such English cells a comma split was one claim.
    expect(splitMisconceptions('"you just get a garbage value, harmless"')).toEqual([
      'you just get a garbage value, harmless',
    ]);
    expect(
      splitMisconceptions('A hash table is always faster, so a BST is never worth it'),
    ).toEqual(['A hash table is always faster, so a BST is never worth it']);
    expect(splitMisconceptions('The employer match counts toward my $23,500')).toEqual([
      'The employer match counts toward my $23,500',
    ]);
    // Reading 66: `The strings make the sound` alone was defensible.
    expect(
      splitMisconceptions('The strings make the sound, the body just "amplifies" it evenly'),
    ).toEqual(['The strings make the sound, the body just "amplifies" it evenly']);
    // `;`, `、`, `，` still separate; a lead-in before a comma goes.
    expect(
      splitMisconceptions(
        'Adverts are always offers; or the opposite, adverts can never be offers',
      ),
    ).toEqual(['Adverts are always offers', 'adverts can never be offers']);
    expect(splitMisconceptions('部屋が広いほど必ず響く、吸音材は量より種類')).toEqual([
      '部屋が広いほど必ず響く',
      '吸音材は量より種類',
    ]);
    // Where marks stand, a comma after one still separates.
    expect(splitMisconceptions('a ×; b ×, c')).toEqual(['a', 'b', 'c']);
    // A megabyte of commas is read once.
    const start = performance.now();
    expect(splitMisconceptions(`a${', b'.repeat(200_000)}`)).toHaveLength(1);
    expect(performance.now() - start).toBeLessThan(5_000);
  });

  it('arrow-runs-on: the words an arrow leads to run on past a comma, with the arrow', () => {
    // Reading 65 keyed `Much higher at night over land`, the notes' correction, as false.
    expect(
      splitMisconceptions(
        'α is a constant 1/7 everywhere → lower offshore, much higher at night over land',
      ),
    ).toEqual(['α is a constant 1/7 everywhere → lower offshore, much higher at night over land']);
    expect(
      splitMisconceptions('Lauric fats and cocoa butter are incompatible → soft, blooms'),
    ).toEqual(['Lauric fats and cocoa butter are incompatible → soft, blooms']);
    expect(
      splitMisconceptions('最大にしておけば安全 → ハングした分も課金されるし、上流が先に切る'),
    ).toEqual(['最大にしておけば安全 → ハングした分も課金されるし、上流が先に切る']);
    // The writer's answer goes whole, the words after its comma too.
    expect(
      splitMisconceptions(
        'All genes assort independently; linked genes are the rare exception → no, it depends only on map position',
      ),
    ).toEqual(['All genes assort independently', 'linked genes are the rare exception']);
    expect(
      splitMisconceptions(
        'Each operation is O(log n) worst-case → no, one op can be O(n); lookups leave the tree unchanged → no, they restructure it',
      ),
    ).toEqual(['Each operation is O(log n) worst-case', 'lookups leave the tree unchanged']);
    // A `;` ends the arrow's words; a piece with no arrow before it is split as before.
    expect(splitMisconceptions('a → b; c、d')).toEqual(['a → b', 'c', 'd']);
    // A long list after an arrow is read once.
    const start = performance.now();
    expect(splitMisconceptions(`a → ${'b, '.repeat(100_000)}c`)).toHaveLength(1);
    expect(performance.now() - start).toBeLessThan(5_000);
  });

  it('keeps a parenthesis that is part of the claim', () => {
    expect(splitMisconceptions('OTM options are worthless (before expiry)')).toEqual([
      'OTM options are worthless (before expiry)',
    ]);
    expect(splitMisconceptions('共有DB（SOA、ESB） ×')).toEqual(['共有DB（SOA、ESB）']);
  });

  it('reads a megabyte of parentheses in one pass', () => {
    // The whole cell is one aside: no misconception is left of it.
    expect(splitMisconceptions(`${'(that is '.repeat(100_000)}x${')'.repeat(100_000)}`)).toEqual(
      [],
    );
  });
});
