import { describe, expect, it } from 'vitest';
import {
  JA_SHORTENING_RULES,
  laterSentences,
  SHORTENING_RULES,
  shorterJapanese,
  shorterStatement,
} from '../../../src/quiz/facts/shorter-statements.ts';

describe('shorter statements', () => {
  it.each(SHORTENING_RULES.map((r) => [r.name, r] as const))(
    'rule "%s" cuts its example',
    (_name, rule) => {
      const [long, short] = rule.example;
      expect(shorterStatement(long, 'en', 90)).toBe(short);
    },
  );

  it('leaves a sentence that fits, Japanese, and a condition (never cut) as they are', () => {
    const fits = 'A committed entry is never lost while a majority of members survives';
    expect(shorterStatement(fits, 'en', 90)).toBe(fits);
    const condition =
      'Reading from a follower is not linearizable unless the follower first confirms it is up to date with the leader';
    expect(shorterStatement(condition, 'en', 90)).toBe(condition);
    const ja = `${'あ'.repeat(100)}; ${'い'.repeat(10)}`;
    expect(shorterStatement(ja, 'ja', 90)).toBe(ja);
  });

  it('does not cut after a comparative that has lost what it compares with', () => {
    const lower =
      'The storage price is lower; every GB read costs a retrieval fee, and each object is billed for at least 30 days';
    expect(shorterStatement(lower, 'en', 90)).toBe(lower);
    const than =
      'Its storage price is lower than Standard; every GB read costs a retrieval fee and a minimum of 30 days';
    expect(shorterStatement(than, 'en', 90)).toBe('Its storage price is lower than Standard');
  });

  it('does not cut where the clause would end on a word that wants its object (no-hanging-object)', () => {
    const receives =
      'Execution is field by field: each field has a resolver that receives (parent, args, context, info)';
    expect(shorterStatement(receives, 'en', 90)).toBe(receives);
    const the =
      'The batch function returns one result for each key, in the same order as the (keys, in order)';
    expect(shorterStatement(the, 'en', 90)).toBe(the);
    // A relative clause may end on its preposition.
    const withClause =
      'Dependencies declare the ranges of versions the project works with (a lock file pins them)';
    expect(shorterStatement(withClause, 'en', 70)).toBe(
      'Dependencies declare the ranges of versions the project works with',
    );
  });

  it('cuts twice where one cut leaves a clause too long (reading 54)', () => {
    expect(
      shorterStatement(
        'Food and energy are excluded because they are volatile and driven by supply shocks (weather, oil); core is a better predictor of where headline will settle',
        'en',
        90,
      ),
    ).toBe('Food and energy are excluded because they are volatile and driven by supply shocks');
    // What the cuts leave too long stays as it is: the option checks leave the sentence out.
    const long =
      'By kernel design, the host cannot talk to its own macvlan containers through the parent interface; you need an extra macvlan interface on the host';
    expect(shorterStatement(long, 'en', 90)).toBe(long);
  });

  it('keeps a clause only when it says enough on its own', () => {
    const tiny =
      'It fails, which is what stops the cascade of retries from reaching the overloaded database server';
    expect(shorterStatement(tiny, 'en', 90)).toBe(tiny);
  });

  // Not a speed target (the bank's are in `npm run bench:bank`): a quadratic pass over 1 MB would
  // take hours, far past the generous timeout of a shared machine.
  it('reads 1 MB sentences of its markers', () => {
    for (const filler of ['. a', '; ', ', which ', 'x'.repeat(7)]) {
      const text = `A ${filler.repeat(Math.ceil(1_000_000 / filler.length))}`;
      expect(shorterStatement(text, 'en', 90).length).toBeGreaterThan(0);
    }
  }, 20_000);
});

describe('without a trailing parenthesis', () => {
  it('keeps a sentence with a parenthesis inside, or two of them, as it is', () => {
    const inside =
      'The runtime (the scheduler inside every Go binary) multiplexes goroutines onto OS threads and more';
    expect(shorterStatement(inside, 'en', 90)).toBe(inside);
    const two = `${'x'.repeat(40)} (one) and then more words here (two and more words for length)`;
    expect(shorterStatement(two, 'en', 60)).toBe(two);
  });
});

describe('without a trailing which-aside', () => {
  it('cuts only an aside that runs to the end, never one closed mid-sentence', () => {
    const mid =
      'The Archive Access and Deep Archive Access tiers, which need a restore, are opt-in for every bucket';
    expect(shorterStatement(mid, 'en', 60)).toBe(mid);
    expect(
      shorterStatement(
        'Any two majorities of the same group overlap in at least one member, which is what lets a new decision see the old one',
        'en',
        90,
      ),
    ).toBe('Any two majorities of the same group overlap in at least one member');
  });
});

describe('the first of two clauses', () => {
  it('cuts at a semicolon outside brackets, never inside them (reading 26)', () => {
    const cell =
      'V_LL = √3·V_LN (400/230 V; US 208/120 V); P = √3·V_LL·I_L·PF; balanced linear loads → neutral current ≈ 0';
    expect(shorterStatement(cell, 'en', 60)).toBe('V_LL = √3·V_LN (400/230 V; US 208/120 V)');
    const closed = (t: string) => (t.match(/\(/g) ?? []).length === (t.match(/\)/g) ?? []).length;
    expect(closed(shorterStatement(cell, 'en', 30))).toBe(true);
  });

  it('does not cut before a clause of what holds otherwise (otherwise-keeps-its-rule, reading 68)', () => {
    const line =
      'The debtor must have been domiciled in the state for 730 days before filing; otherwise the state where they lived for most of the 180 days before that';
    expect(shorterStatement(line, 'en', 90)).toBe(line);
    const either =
      'The debtor must have been domiciled in the state for 730 days before filing; the trustee checks it against the records';
    expect(shorterStatement(either, 'en', 90)).toBe(
      'The debtor must have been domiciled in the state for 730 days before filing',
    );
  });

  it('does not cut before a clause that limits the first (limit-keeps-its-rule, readings 77 and 79)', () => {
    for (const line of [
      'The 50 % initial requirement applies at purchase; afterwards the ongoing test is maintenance',
      'The written note names of the part are right; only the octave differs',
    ])
      expect(shorterStatement(line, 'en', 60)).toBe(line);
  });

  it('does not cut one half of a contrast built alike on two subjects (parallel-halves, reading 90)', () => {
    const point =
      'N leaves through the air (N₂); P leaves through the sludge (WAS). That one sentence answers half of the nutrient-removal questions.';
    expect(shorterStatement(point, 'en', 90)).toBe(
      'N leaves through the air (N₂); P leaves through the sludge (WAS)',
    );
    const line =
      'CQS is about methods on a single object and nothing else; CQRS is about whole models of reading and writing';
    expect(shorterStatement(line, 'en', 60)).toBe(line);
    const unlike =
      'Members that hear nothing from a leader for an election timeout start an election; a candidate that collects votes from a majority becomes leader';
    expect(shorterStatement(unlike, 'en', 90)).toBe(
      'Members that hear nothing from a leader for an election timeout start an election',
    );
  });

  it('reads a long line of words before a semicolon at once', () => {
    const long = `${'word '.repeat(200_000)}; ${'word '.repeat(200_000)}`;
    const started = performance.now();
    expect(shorterStatement(long, 'en', 60)).toBe(long);
    expect(performance.now() - started).toBeLessThan(5_000);
  });

  it('reads a long line with many brackets at once', () => {
    const long = `${'(a; b) '.repeat(150_000)}; end of it all here`;
    expect(shorterStatement(long, 'en', 60)).toBe(long);
  });
});

describe('without a trailing consequence', () => {
  it('keeps the cause of `…, so …`', () => {
    expect(
      shorterStatement(
        'Atmospheric drag removes orbital energy from the satellite, so the orbit shrinks until it re-enters',
        'en',
        60,
      ),
    ).toBe('Atmospheric drag removes orbital energy from the satellite');
  });

  it('does not cut at a `, so ` inside brackets', () => {
    const inside =
      'Decimation keeps every M-th sample (after a filter, so nothing aliases) and lowers the rate';
    expect(shorterStatement(inside, 'en', 60)).toBe(inside);
  });
});

describe('shorterJapanese: longest', () => {
  it('cuts a statement over `max` to a clause of at most `longest`', () => {
    const s = '内容が変われば URL が変わるので、古い URL は何年キャッシュされても問題ない';
    expect(shorterJapanese(s, 20, 30)).toBe('内容が変われば URL が変わる');
    expect(shorterJapanese(s, 60)).toBe(s);
  });
});

describe('Japanese shortening rules', () => {
  it.each(JA_SHORTENING_RULES.map((r) => [r.name, r] as const))(
    'rule "%s" cuts its example',
    (_name, rule) => {
      const [long, short] = rule.example;
      expect(shorterJapanese(long, 20, 40)).toBe(short);
    },
  );
});

describe('ja-the-first-sentence', () => {
  it('keeps the first of two sentences when it is a statement', () => {
    expect(
      shorterJapanese(
        '強い参照がすべてなくなったオブジェクトは次のGCで回収されうる。キャッシュに使われる',
        20,
        40,
      ),
    ).toBe('強い参照がすべてなくなったオブジェクトは次のGCで回収されうる');
  });

  it('keeps the sentences when the first is a noun phrase', () => {
    const s = 'ポアソン過程の待ち時間。すでに待った時間は残り時間に影響しない';
    expect(shorterJapanese(s, 20, 30)).toBe(s);
  });
});

describe('ja-the-reason-stated', () => {
  it('keeps the reason before `ので、`, said as a fact', () => {
    expect(
      shorterJapanese(
        '内容が変われば URL が変わるので、古い URL は何年キャッシュされても問題ない',
        30,
      ),
    ).toBe('内容が変われば URL が変わる');
  });

  it('leaves a noun before `なので` and a sentence with two reasons', () => {
    const noun = 'p値は証拠の強さとサンプルサイズを混ぜた量なので、差の大きさは効果量で示す';
    expect(shorterJapanese(noun, 30)).toBe(noun);
    const two = '速いので、よく使われるので、キャッシュに入りやすいという性質がある';
    expect(shorterJapanese(two, 20)).toBe(two);
  });

  it('leaves a reason that ends on a quotation (reading 76)', () => {
    const quoted =
      'キーを含めれば「同じ値は同じパーティションに入る」ので、ローカルな一意性＝全体の一意性になる';
    expect(shorterJapanese(quoted, 30)).toBe(quoted);
  });
});

describe('ja-without-a-trailing-parenthesis (shorterJapanese)', () => {
  it('drops the one full-width parenthesis that closes a long Japanese statement', () => {
    expect(
      shorterJapanese(
        '乾燥ではなく化学反応なので、水中でも硬化する（だから水中コンクリートや養生水槽が成立する）',
        30,
      ),
    ).toBe('乾燥ではなく化学反応なので、水中でも硬化する');
  });

  it('keeps a short statement, a noun phrase left alone, and two parentheses', () => {
    expect(shorterJapanese('水中でも硬化する（水和）', 30)).toBe('水中でも硬化する（水和）');
    const phrase =
      'セメントの水和反応による硬化の仕組みの説明（詳しくは教科書の第三章の図を見ること）';
    expect(shorterJapanese(phrase, 30)).toBe(phrase);
    const two =
      '（注）乾燥ではなく化学反応なので水中でも硬化する（だから水中コンクリートが成立する）';
    expect(shorterJapanese(two, 30)).toBe(two);
  });
});

describe('a-later-sentence', () => {
  it('offers each later sentence of a cell that stands alone', () => {
    expect(
      laterSentences(
        '所有者・グループ・その他の3クラス × rwx。r=4、w=2、x=1 の和で8進表記',
        'ja',
        30,
      ),
    ).toEqual(['r=4、w=2、x=1 の和で8進表記']);
    expect(
      laterSentences(
        'Decay is exponential. The decay constant is effectively fixed by the nucleus.',
        'en',
        60,
      ),
    ).toEqual(['The decay constant is effectively fixed by the nucleus']);
  });

  it('reads a megabyte of sentences at once, and takes none from a paragraph', () => {
    const many = '読み取りは複数の層を見る。'.repeat(80_000);
    const start = performance.now();
    expect(laterSentences(many, 'ja', 30)).toEqual([]);
    expect(laterSentences('Reads look at several levels. '.repeat(40_000), 'en', 60)).toEqual([]);
    expect(performance.now() - start).toBeLessThan(2000);
  });

  it('leaves a sentence that points back, a fragment, or one too long', () => {
    // `それ` points at the sentence before.
    expect(laterSentences('鍵は持ち主だけが持つ。それを相手に渡してはいけない', 'ja', 30)).toEqual(
      [],
    );
    // A noun phrase is no statement.
    expect(laterSentences('ポアソン過程の待ち時間。記憶のない分布', 'ja', 30)).toEqual([]);
    expect(
      laterSentences(
        '短い。これはとても長い文で三十文字をはるかに超えてしまうので選択肢にならない',
        'ja',
        30,
      ),
    ).toEqual([]);
  });
});
