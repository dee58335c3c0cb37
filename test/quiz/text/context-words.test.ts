import { describe, expect, it } from 'vitest';
import {
  CONTEXT_RULES,
  contextRule,
  leansBy,
  leansFirstBy,
  withoutAdditiveOpening,
  withoutStraightQuotes,
} from '../../../src/quiz/text/context-words.ts';

describe('context words', () => {
  it.each(CONTEXT_RULES.map((r) => [r.name, r] as const))(
    'rule "%s" finds its example',
    (_name, rule) => {
      expect(rule.leans(rule.example)).toBe(true);
      expect(contextRule(rule.example, rule.language)?.name).toBe(rule.name);
    },
  );

  it('leansFirstBy says whether the first rule that leans has the name (every example, every name)', () => {
    const names = [...new Set(CONTEXT_RULES.map((r) => r.name))];
    const texts = [
      ...CONTEXT_RULES.map((r) => [r.example, r.language] as const),
      ['Docker はそれを読み込んでイメージを作る', 'ja'] as const,
      ['COPY can only read files inside it', 'en'] as const,
      ['概念100は鍵アカシタナ語で動き、状態アカシタナを保つ', 'ja'] as const,
    ];
    for (const [text, language] of texts)
      for (const name of names)
        expect(leansFirstBy(text, language, name)).toBe(contextRule(text, language)?.name === name);
  });

  it('finds a misconception that points at the notes’ example', () => {
    expect(contextRule('上の例は push がたまたま再確保するときだけ問題', 'ja')?.name).toBe(
      'notes-layout',
    );
    expect(contextRule('created_at を条件にするクエリなら全部この索引を使う', 'ja')?.name).toBe(
      'demonstrative',
    );
  });

  it('table-legend: a key to a table’s marks', () => {
    expect(contextRule('○＝開いている／働いている', 'ja')?.name).toBe('table-legend');
    expect(contextRule('✓ : supported', 'en')?.name).toBe('table-legend');
    // A sentence that opens on a dash or a mark and goes on is no legend.
    expect(contextRule('- no legend follows the dash', 'en')).toBeNull();
    // An operator after a mark is no legend (`=~`, `::`, `==`).
    expect(contextRule('× =~ の右辺はクォートした方が安全', 'ja')).toBeNull();
    expect(contextRule('× == treats equivalent strings as equal', 'en')).toBeNull();
    expect(contextRule('× = はシェルと同じで、その場で値が確定する', 'ja')).toBeNull();
  });

  it('footnote: a line that opens on a footnote’s mark', () => {
    expect(contextRule('¹ The JPEG standard does define a lossless mode', 'en')?.name).toBe(
      'footnote',
    );
    expect(contextRule('注1 2019年以前の値', 'ja')?.name).toBe('footnote');
    expect(contextRule('*2 only on Linux', 'en')?.name).toBe('footnote');
    // Reading 53: a which-concept stem.
    expect(contextRule('† needs a position map', 'en')?.name).toBe('footnote');
    expect(contextRule('‡ 償却期間は別表による', 'ja')?.name).toBe('footnote');
    // A multiplication or an emphasised word is no mark.
    expect(contextRule('2 × 2 blocks are merged', 'en')).toBeNull();
    expect(contextRule('*Strict* liability needs no intent', 'en')).toBeNull();
    // Isotopes are no footnotes.
    expect(contextRule('¹⁴C is made in the upper atmosphere', 'en')).toBeNull();
    // Nor is a cron schedule's `*` before a number (reading 68's misconception).
    expect(contextRule('* 2 * * * runs once at 2am', 'en')).toBeNull();
    expect(contextRule('*1 only on Linux', 'en')?.name).toBe('footnote');
  });

  it('at-that-time, such-noun, either-at-end: reading 37’s pointers at the text before', () => {
    expect(contextRule('当時は感染症説が有力だった', 'ja')?.name).toBe('at-that-time');
    expect(contextRule('1990年当時は感染症説が有力だった', 'ja')).toBeNull();
    expect(contextRule('In such a case the court acquits', 'en')?.name).toBe('such-noun');
    for (const text of [
      'Fuels such as ethanol resist knock',
      'There is no such defense in federal court',
      'Choose k such that the sum is minimal',
    ])
      expect(contextRule(text, 'en'), text).toBeNull();
    expect(contextRule('No attempted felony murder either.', 'en')?.name).toBe('either-at-end');
    expect(
      contextRule(
        'An attacker cannot predict the next bit, and cannot reconstruct past output either',
        'en',
      ),
    ).toBeNull();
    expect(contextRule("Dry flour doesn't contain gluten as such", 'en')).toBeNull();
    expect(contextRule('Either operand may be evaluated first', 'en')).toBeNull();
  });

  it('first-person: the team’s own story is no statement of the concept', () => {
    expect(contextRule('Our gray #777777 on white is about 4.5:1', 'en')?.name).toBe(
      'first-person',
    );
    expect(contextRule('I’ve seen this break in production twice', 'en')?.name).toBe(
      'first-person',
    );
    expect(contextRule('It bit us in the last migration', 'en')?.name).toBe('first-person');
    // Reading 29: contractions, and the writer's group.
    for (const text of [
      "Without WAL archiving we'd have lost ~14 h of orders",
      'I’d been repeating "finish the course" since school without asking',
      'Someone in the group said meropenem is the best',
    ])
      expect(contextRule(text, 'en')?.name, text).toBe('first-person');
    expect(contextRule('我々は SELECT * を禁止した', 'ja')?.name).toBe('first-person');
    expect(contextRule('うちでは週1で VACUUM している', 'ja')?.name).toBe('first-person');
    // Reading 72: the writer's joke, asked as a stem and offered as a true statement.
    expect(
      contextRule('Costs one dive, saves arguing with myself at the airport', 'en')?.name,
    ).toBe('first-person');
    // Someone's words in quotes, `US`, `I/O`, `…のうちの`, `うちに` are no story of the team.
    expect(contextRule('Committing offset N means "I processed N"', 'en')).toBeNull();
    expect(contextRule('Buckets in US regions replicate across three AZs', 'en')).toBeNull();
    expect(contextRule('Blocking I/O stalls the event loop', 'en')).toBeNull();
    expect(contextRule('3つのうちの1つだけが選ばれる', 'ja')).toBeNull();
    expect(contextRule('待っているうちに接続が切れる', 'ja')).toBeNull();
  });

  it('that-after-an-opening-phrase: `On a big table that is an outage` speaks of the line before', () => {
    expect(contextRule('On a big table that is an outage', 'en')?.name).toBe(
      'that-after-an-opening-phrase',
    );
    expect(contextRule('Under heavy load that causes a long lock queue', 'en')?.name).toBe(
      'that-after-an-opening-phrase',
    );
    // A relative clause with a main clause after it, and `that` as a conjunction, are statements.
    expect(
      contextRule('In a table that is partitioned, each partition has its own index', 'en'),
    ).toBeNull();
    expect(contextRule('On Linux the kernel guarantees that writes are ordered', 'en')).toBeNull();
    expect(contextRule(`On ${'big '.repeat(50_000)}tables that is slow`, 'en')).toBeNull();
  });

  it('worth-knowing: a line that says something is good to know remarks on the line before (reading 61)', () => {
    expect(contextRule('Good to know when a 15-table view plans strangely', 'en')?.name).toBe(
      'worth-knowing',
    );
    expect(contextRule('Good indexes make joins fast', 'en')).toBeNull();
  });

  it('elided-auxiliary: a short sentence ending on `does` says its verb in the sentence before (reading 61)', () => {
    expect(contextRule('Acute target-organ damage does.', 'en')?.name).toBe('elided-predicate');
    expect(contextRule('Only root can', 'en')?.name).toBe('elided-predicate');
    for (const text of [
      'Coxibs protect against MI like aspirin does',
      'A window function computes a value for each row the way GROUP BY does',
      'Heading and speed through the water are what the boat does',
      'Symmetric: Alice says Bob’s clock runs slow, Bob says Alice’s does',
      'Uranium dissolves in water; thorium hardly does',
      'The test set is for one final estimate of how the chosen pipeline will do',
    ])
      expect(contextRule(text, 'en'), text).toBeNull();
  });

  it('goes-on-from-before and diary: a story’s next line, what the writer tried (reading 60)', () => {
    expect(contextRule('Then auto.offset.reset applies on restart', 'en')?.name).toBe(
      'goes-on-from-before',
    );
    expect(contextRule('Then, the breaker opens', 'en')?.name).toBe('goes-on-from-before');
    // `then` inside a sentence, and words that open on `then`, are the sentence's own.
    expect(contextRule('If the probe fails, then the pod restarts', 'en')).toBeNull();
    expect(contextRule('Thenardite is a sodium sulfate mineral', 'en')).toBeNull();
    expect(contextRule('then callbacks always run asynchronously', 'en')).toBeNull();
    expect(contextRule('研修でトレーナー（練習用の針なし）を実際に押してみた', 'ja')?.name).toBe(
      'diary',
    );
    expect(contextRule('説明書を読んでみた', 'ja')?.name).toBe('diary');
    // Reading 81: what the writer saw when trying it.
    expect(contextRule('実際に試したら翌日のすくいやすさが明らかに違った', 'ja')?.name).toBe(
      'diary',
    );
  });

  it('hearsay: the writer’s hunch is no statement (reading 34)', () => {
    expect(contextRule('繁忙期は60時間超えてたけど差額は出ていなかった気がする…', 'ja')?.name).toBe(
      'hearsay',
    );
    expect(contextRule('月末は遅れるかもしれない', 'ja')?.name).toBe('hearsay');
    expect(contextRule('気がつくと接続が切れている', 'ja')).toBeNull();
  });

  it('date-only: a line that is only a date or a period’s start says nothing of the concept', () => {
    for (const text of ['2019年4月〜', '2024年', '2019年4月1日から'])
      expect(contextRule(text, 'ja')?.name, text).toBe('date-only');
    for (const text of ['Since 2019', 'As of March 2024', 'In 1987.'])
      expect(contextRule(text, 'en')?.name, text).toBe('date-only');
    expect(contextRule('2019年4月から年5日の取得が義務になった', 'ja')).toBeNull();
    expect(contextRule('Since 2019 every zone is signed', 'en')).toBeNull();
  });

  it('article-citation: a line that is only a law article is a source, no statement', () => {
    for (const text of ['労基法39条', '民法第709条。', '著作権法30条1項', '労働基準法第32条の2'])
      expect(contextRule(text, 'ja')?.name, text).toBe('article-citation');
    expect(contextRule('労基法39条で年休が定められている', 'ja')).toBeNull();
    expect(contextRule(`${'法'.repeat(100_000)}39条`, 'ja')).toBeNull();
  });

  it('caution-note: a line that warns of the line before it', () => {
    expect(contextRule('体循環の血管（低酸素で拡張）と逆なので注意', 'ja')?.name).toBe(
      'caution-note',
    );
    expect(contextRule('クエリ違い・Vary 違いのバリアントに注意', 'ja')?.name).toBe('caution-note');
    // 注意 inside a statement is no warning to the reader.
    expect(contextRule('注意義務は過失の要件になる', 'ja')).toBeNull();
    expect(contextRule('換気量は肺底部の方が多く、血流も多い', 'ja')).toBeNull();
    // A long run of stops not at the end is read in one pass (`[。！!]+$` tried every start).
    const started = performance.now();
    contextRule(`あ${'。'.repeat(200_000)}い`, 'ja');
    expect(performance.now() - started).toBeLessThan(5_000);
  });

  it('digression: a line that opens on 余談 / Aside is the writer stepping off the concept', () => {
    expect(
      contextRule(
        '余談：日本語の「電食」は、直流電鉄などからの迷走電流で埋設管が溶ける現象を指すことが多い',
        'ja',
      )?.name,
    ).toBe('digression');
    expect(contextRule('※豆知識：プールベは人名', 'ja')?.name).toBe('digression');
    expect(contextRule('Aside: the word was coined for ship propellers', 'en')?.name).toBe(
      'digression',
    );
    expect(contextRule('Fun fact: Reynolds ran the dye experiment in 1883', 'en')?.name).toBe(
      'digression',
    );
    // The words inside a statement, or without the label's colon, are no digression.
    expect(contextRule('An aside column holds the notes', 'en')).toBeNull();
    expect(contextRule('Setting the ball aside: the net force is zero', 'en')).toBeNull();
    expect(contextRule('おまけ機能は既定で無効', 'ja')).toBeNull();
  });

  it('reading 11: a line that points at the notes’ next block, a row, an incident or a study tip', () => {
    for (const [text, rule] of [
      ['操作ごとに必要な権限を並べるとこうなる', 'this-way'],
      ['設定はこうして確認する', 'this-way'],
      ['write の行で初めてジョブが走る', 'points-at-a-line'],
      ['umask：最後の行が「引き算ではない」例', 'points-at-a-line'],
      ['エラーの出るタイミングには2種類ある', 'announces-a-list'],
      ['結合の戦略は3つに分かれる', 'announces-a-list'],
      ['今回は特定の顧客IDにデータが集中していました', 'our-incident'],
      ['よく使うモードは暗記しておくと速い', 'study-advice'],
    ] as const)
      expect(contextRule(text, 'ja')?.name).toBe(rule);
    expect(contextRule('A request has three phases.', 'en')?.name).toBe('announces-a-list');
    expect(contextRule('See the first line of the output', 'en')?.name).toBe('points-at-a-line');
    // Words that only look like them: `けっこう`, `行動`, `実行`, a count followed by its list.
    for (const text of [
      'けっこうなる早で返る',
      'ユーザーの行動ログを集める',
      'アクションの実行で初めてジョブが走る',
      '1行ずつ読む',
      'ロックには共有と排他の2種類がある（共有は読み取り用）',
    ])
      expect(contextRule(text, 'ja')).toBeNull();
    expect(contextRule('There are two kinds of locks: shared and exclusive', 'en')).toBeNull();
    expect(contextRule('Each row of the table is a version', 'en')).toBeNull();
  });

  it('connective-opening: なお, 逆に, moreover… lean on the sentence before', () => {
    expect(contextRule('なお ALB は全部 unhealthy になると全ターゲットに送る', 'ja')?.name).toBe(
      'connective-opening',
    );
    expect(contextRule('逆に言うと、await を含まない区間はアトミック', 'ja')?.name).toBe(
      'connective-opening',
    );
    expect(contextRule('Moreover the index must be rebuilt', 'en')?.name).toBe(
      'connective-opening',
    );
    expect(contextRule('なおせる設定は少ない', 'ja')?.name).not.toBe('connective-opening');
    // Besides what? (reading 5: `memtable：他にHashSkipList、Vectorなども選べる`)
    expect(contextRule('他にHashSkipList、Vectorなども選べる', 'ja')?.name).toBe(
      'connective-opening',
    );
    expect(contextRule('他人の鍵では開かない', 'ja')?.name).not.toBe('connective-opening');
    // But what? (reading 72: an option of Let it crash)
    expect(contextRule('でも「エラー処理をしない」という意味ではない', 'ja')?.name).toBe(
      'connective-opening',
    );
    // Reading 82: the other side of what? both of what?
    expect(contextRule('裏返すと、損失は税務上なかったものとされる', 'ja')?.name).toBe(
      'connective-opening',
    );
    expect(contextRule('両方陰性の「特発性」潰瘍もある', 'ja')?.name).toBe('connective-opening');
    expect(contextRule('両方向に流れる', 'ja')).toBeNull();
    // Reading 87: but, after what?
    expect(
      contextRule(
        'ところが上流（読み込み・生成）が下流より速いと、差分がどこかのバッファに溜まり続ける',
        'ja',
      )?.name,
    ).toBe('connective-opening');
    expect(contextRule('だが、書き込みは遅い', 'ja')?.name).toBe('connective-opening');
    expect(contextRule('けれども効果は小さい', 'ja')?.name).toBe('connective-opening');
  });

  it('adverbial-opening and a digression label before a comma (reading 82)', () => {
    expect(contextRule('In practice it disappears quickly', 'en')?.name).toBe('bare-pronoun');
    expect(contextRule('A goroutine can re-lock a mutex it already holds', 'en')).toBeNull();
    expect(
      contextRule("Fun fact, though the volume inside the horizon isn't well defined", 'en')?.name,
    ).toBe('digression');
    expect(contextRule('Aside, from the cost', 'en')).toBeNull();
  });

  it('what-follows and do-the-same: what the notes show next, the same as what was said', () => {
    expect(contextRule('1つのHistogramから、次の時系列ができる', 'ja')?.name).toBe('what-follows');
    expect(contextRule('設定は次のような形になる', 'ja')?.name).toBe('notes-layout');
    expect(contextRule('任期が切れると次のリーダーを選ぶ', 'ja')).toBeNull();
    // Reading 12 (ssd-flash-storage.ja): the two values are the notes' next lines.
    expect(contextRule('メーカーの保証値は次の2つで表される', 'ja')?.name).toBe('what-follows');
    expect(contextRule('するとGCが、もう誰も使わないデータまでコピーし続ける', 'ja')?.name).toBe(
      'connective-opening',
    );
    expect(
      contextRule('Hosting platforms\' "Squash and merge" buttons do the same', 'en')?.name,
    ).toBe('comparing-back');
    expect(contextRule('The same key always maps to the same node', 'en')).toBeNull();
    // Reading 10 (css-layout.en): the same as the `min-width: 0` fix before it.
    expect(contextRule('For column direction, the same applies to min-height', 'en')?.name).toBe(
      'comparing-back',
    );
    // Reading 10 (prometheus-metrics.ja): `そちら` stands for one of two things said before.
    expect(contextRule('ダッシュボードやアラートからはそちらを参照する', 'ja')?.name).toBe(
      'bare-pronoun',
    );
    // After the first clause it may stand for what that clause named.
    expect(contextRule('CDN 向けの Cache-Control。対応 CDN はこちらを優先', 'ja')).toBeNull();
    // Reading 12: lines that continue the one before them.
    expect(contextRule('→ ブラウザは 60 秒、CDN は 600 秒', 'ja')?.name).toBe(
      'continues-the-line-before',
    );
    expect(contextRule('で、約63%にすぎません', 'ja')?.name).toBe('continues-the-line-before');
    expect(contextRule('= utf8mb3, no emoji; use utf8mb4', 'en')?.name).toBe(
      'continues-the-line-before',
    );
    expect(contextRule('== treats canonically equivalent strings as equal', 'en')).toBeNull();
    expect(contextRule('でき上がったイメージは不変', 'ja')).toBeNull();
    // Bounded: a megabyte of 次の reads in one pass.
    expect(contextRule(`${'次の'.repeat(500_000)}ができる`, 'ja')?.name).toBe('what-follows');
  });

  it('citation: who wrote it and when is no statement of the concept', () => {
    for (const t of [
      'Burton Bloom, 1970 ("Space/Time Trade-offs in Hash Coding with Allowable Errors", CACM)',
      'Abraham Lempel & Jacob Ziv, 1977',
      'Flajolet, Fusy, Gandouet, Meunier (2007)',
    ])
      expect(contextRule(t, 'en')?.name).toBe('citation');
    expect(contextRule('HTTP/2 was published in 2015', 'en')).toBeNull();
    expect(contextRule('PostgreSQL 16 (2023) adds the view', 'en')).toBeNull();
    expect(contextRule('Bloom filters answer Maybe or No', 'en')).toBeNull();
  });

  it('leaves statements that stand alone', () => {
    expect(contextRule('値をそのまま返す', 'ja')).toBeNull();
    expect(contextRule('その他の列は含めない', 'ja')).toBeNull();
    expect(contextRule('範囲検索にもソートにも使えない', 'ja')).toBeNull();
    expect(contextRule('Browsers ignore s-maxage', 'en')).toBeNull();
    // A pointer after the first clause points inside the statement.
    expect(
      contextRule('コミットが完了した変更は、その直後に電源が落ちても失われない', 'ja'),
    ).toBeNull();
    expect(contextRule('When a client writes, this is logged first', 'en')).toBeNull();
    expect(contextRule('The broker checks that the key is stable', 'en')).toBeNull();
    expect(contextRule('Both TCP and UDP use port numbers', 'en')).toBeNull();
    // `要素とその子孫`: その points at the noun right before it (noun-and-its).
    expect(
      contextRule('aria-hidden は要素とその子孫をアクセシビリティツリーから外す', 'ja'),
    ).toBeNull();
    expect(contextRule('その子孫も外れる', 'ja')?.name).toBe('demonstrative');
    // `relative-subject` and `causative-object`: `it` stands for a noun of the sentence.
    expect(contextRule('The RR forwards all paths it knows', 'en')).toBeNull();
    expect(contextRule('A goroutine can re-lock a mutex it already holds', 'en')).toBeNull();
    expect(contextRule('Hashing an email makes it anonymous', 'en')).toBeNull();
    expect(contextRule('Giving a program real-time priority makes it run faster', 'en')).toBeNull();
    // `after-own-clause` and `said-word`: it points at what the statement's own clause said.
    expect(contextRule('飲んだその日から抗凝固効果が出る', 'ja')).toBeNull();
    expect(contextRule('利上げすればその月のインフレ率がすぐ下がる', 'ja')).toBeNull();
    expect(contextRule('implements を書かないとそのinterfaceとして扱えない', 'ja')).toBeNull();
    expect(
      contextRule('ライブラリ内部の関数呼び出しは常にそのライブラリ内の定義に解決される', 'ja'),
    ).toBeNull();
    expect(contextRule('ループしたフレームはそのうち TTL 切れで消える', 'ja')).toBeNull();
    expect(contextRule('ブロッキングの影響はそのリクエストだけ', 'ja')?.name).toBe('demonstrative');
    expect(contextRule('rows はそのノードの総行数', 'ja')?.name).toBe('demonstrative');
    // `said-word` looks back about a sentence: a word said far before is no longer in sight.
    expect(
      contextRule(
        `ライブラリ内部${'とデータ'.repeat(60)}は常にそのライブラリ内の定義に解決される`,
        'ja',
      )?.name,
    ).toBe('demonstrative');
    // Linear on a long line of demonstratives, each opening the word said just before it.
    let long = '';
    for (let i = 0; i < 40_000; i++) long += `語${i}その語${i}が`;
    expect(contextRule(`${long}速い`, 'ja')).toBeNull();
    // A relation noun with its own subject stands alone (`relation-of-what` reads the opening).
    expect(contextRule('非正規化の代償は更新の整合性', 'ja')).toBeNull();
    expect(contextRule('The reason code is sent in the header', 'en')).toBeNull();
    // What a statement quotes is an example, and `その時点で` means "at that moment".
    expect(
      contextRule("'a の注釈は『この参照はあの参照より長く生きない』という制約", 'ja'),
    ).toBeNull();
    expect(contextRule('その時点で開いている接続が最も少ないサーバーを選ぶ', 'ja')).toBeNull();
    // Counted things it names itself, and a quantifier of what the sentence says first.
    expect(contextRule('Two of the three replicas must answer', 'en')).toBeNull();
    expect(contextRule('A map of labels the node must have (all of them)', 'en')).toBeNull();
    expect(
      contextRule(
        'A race is when two goroutines touch memory and at least one of them writes',
        'en',
      ),
    ).toBeNull();
    expect(contextRule('2つのうち1つを選ぶ', 'ja')).toBeNull();
    expect(contextRule('「後者」という言葉', 'ja')).toBeNull();
    // A remedy the statement names itself is no pointer.
    expect(contextRule('A fix for the thundering herd is jitter', 'en')).toBeNull();
    expect(contextRule('The fixed window resets every minute', 'en')).toBeNull();
    expect(contextRule('リトライの対策はジッターを入れること', 'ja')).toBeNull();
    // `thistle` holds `this`, `belowground` holds `below`: only whole words count.
    expect(contextRule('A thistle grows belowground', 'en')).toBeNull();
    // A relative clause (a verb after `that`) ends a sentence with no noun pointed at. A comparison
    // with `than that` points at no noun either, but at a value the sentence before gave: since
    // reading 78 (`Going slower than that makes peaks broader`) it leans as `back-pronoun-object`.
    expect(contextRule('Reads go to the replica that lags', 'en')).toBeNull();
    expect(contextRule('Writes are slower than that', 'en')?.name).toBe('back-pronoun-object');
    expect(contextRule('A read after a write sees that write', 'en')).toBeNull();
    // Reading 55: the writer's confusion and taste, exam advice, a sum of what follows.
    expect(
      contextRule('古い参考書だと「3階建て（職域加算）」の図が残っていて混乱した', 'ja')?.name,
    ).toBe('writer-feels');
    expect(
      contextRule('寿命の読み合いより「長生きリスクへの保険」と考えるほうがしっくりくる', 'ja')
        ?.name,
    ).toBe('writer-feels');
    // Reading 62: the same feeling in the past tense, offered as a key.
    expect(contextRule('「台風は巨大な蒸気機関」という言い方が一番しっくりきた', 'ja')?.name).toBe(
      'writer-feels',
    );
    // Reading 65: what the writer once thought, offered as true.
    expect(
      contextRule(
        '自分の発作は両側のこめかみがギューッとなるタイプで、ずっと「緊張型」だと思っていた',
        'ja',
      )?.name,
    ).toBe('writer-feels');
    expect(contextRule('本人は一度も「骨折した」と思っていない', 'ja')).toBeNull();
    expect(
      contextRule('ニュースで見る「○mの津波」がどれを指すのか意識していなかった', 'ja')?.name,
    ).toBe('writer-feels');
    // Reading 65: a quantifier standing for things the line before named.
    expect(contextRule('Some must pass through with kinetic energy left', 'en')?.name).toBe(
      'quantifier-alone',
    );
    expect(contextRule('Others are cached for an hour', 'en')?.name).toBe('quantifier-alone');
    expect(contextRule('Most users never notice the delay', 'en')).toBeNull();
    expect(contextRule('Some vendors ship it by default', 'en')?.name).not.toBe('quantifier-alone');
    // Reading 86: `でも` after a noun is `で` and `も`, no clause of the statement.
    expect(contextRule('国内でもこの2剤はCKDの適応を持つ', 'ja')?.name).toBe('demonstrative');
    expect(contextRule('薬を飲んでもその日のうちに効くわけではない', 'ja')).toBeNull();
    expect(contextRule('泳いでもその日は疲れない', 'ja')).toBeNull();
    // Reading 86: `逆に` turning a topic against what the line before said of another.
    expect(
      contextRule(
        '筋肉量の多い人（アスリート）や、調理した肉を大量に食べた直後は逆に低く出る',
        'ja',
      )?.name,
    ).toBe('conversely-to-what');
    expect(contextRule('反転温度より暖かい側では逆に霰が正に帯電する', 'ja')?.name).toBe(
      'conversely-to-what',
    );
    // The other side said in the statement's own clause.
    expect(contextRule('筋肉量の少ない人では高く出て、多い人は逆に低く出る', 'ja')).toBeNull();
    expect(contextRule('温度が高いと速いが、低温では逆に遅い', 'ja')).toBeNull();
    // Linear on a long line of list commas before it.
    const commas = `${'りんごや、'.repeat(100_000)}みかんは逆に低い`;
    expect(contextRule(commas, 'ja')?.name).toBe('conversely-to-what');
    // Reading 65: a reason given by the sentence before.
    expect(
      contextRule(
        '外洋の船が津波に気付かず、港に戻ったら港が被災していた、という話が昔からあるのはこのため',
        'ja',
      )?.name,
    ).toBe('for-this-reason');
    expect(
      contextRule('配布用バイナリを最も古い環境でビルドするのはこのためです。', 'ja')?.name,
    ).toBe('for-this-reason');
    expect(contextRule('このため、キャッシュは別に持つ', 'ja')?.name).not.toBe('for-this-reason');
    expect(contextRule('停電のためサーバが止まった', 'ja')).toBeNull();
    expect(contextRule('施行は先なので、試験では現行ルールで答える', 'ja')?.name).toBe(
      'study-advice',
    );
    expect(contextRule('次の合計が 10年以上必要', 'ja')?.name).toBe('notes-layout');
    // Reading 54: the writer's surprise.
    expect(contextRule('実運用の値は意外と大きい', 'ja')?.name).toBe('writer-feels');
    // A wording can be what a misconception is about (`「系が持つ熱量」という言い方ができる`).
    expect(contextRule('「系が持つ熱量」という言い方ができる', 'ja')).toBeNull();
    // Reading 54: a pointer to a section the player never sees.
    expect(contextRule('Capacity factor is unrelated — see §4', 'en')?.name).toBe(
      'section-pointer',
    );
    expect(contextRule('設備利用率は効率とは別（§4参照）', 'ja')?.name).toBe('section-pointer');
    expect(contextRule('The gain is not that much', 'en')).toBeNull();
  });

  it('finds sentences that lean on the one before them (issue 11: readers of new notes)', () => {
    const en: [string, string][] = [
      ['Same cycle, but heavier servers appear more often', 'same-opening'],
      ['Summation order therefore changes results', 'connective-adverb'],
      ["Envoy's least request counts outstanding requests instead", 'connective-adverb'],
      ['The last one was at the end of 2016', 'the-last-one'],
      ['Fast-math flags trade that guarantee for speed', 'demonstrative-noun'],
      ['Raising those values costs memory', 'demonstrative-noun'],
      ['Clients get a 429, past this limit', 'demonstrative-noun'],
      // Reading 54: the noun a sentence ends on was named before it.
      ["A shaded cell can't produce that current", 'demonstrative-noun'],
      ['COPY can only read files inside it', 'bare-pronoun'],
      ['The client sends it back in If-None-Match', 'bare-pronoun'],
      ['Also, the ring must be rebuilt', 'connective-opening'],
      ['Removing them shrinks the index and speeds up some queries', 'bare-pronoun'],
      // Reading 88: the object of an opening gerund, before a verb a subject `it` would take.
      ["Raising it can change behaviour (that's the point)", 'bare-pronoun'],
      // A quoted phrase with a gerund in it (`binding`) opens no clause of its own (reading 28).
      ["An express 'binding in honour only' clause can rebut it", 'bare-pronoun'],
      ['A page fault is different: the OS is involved', 'different-alone'],
      ['Doc values are the other direction', 'different-alone'],
      // Reading 29: a question of the notes, the setup of a worked example.
      ['"How long can the service be down?"', 'question'],
      ["Let's say a full backup runs Sunday, and daily backups Mon–Sat", 'supposition'],
      ['Suppose the link drops for a minute', 'supposition'],
      // Reading 30: two words that open on the sentence before; a hyphenated adjective is no
      // gerund that would name what `it` is.
      ['After that the surface dries again, great for browning', 'connective-opening'],
      // Reading 69: elsewhere than the practice the line before named.
      ['Elsewhere: GEV is common', 'connective-opening'],
      ['Otherwise the job runs twice', 'connective-opening'],
      ['Hard-working muscles (shoulder, shank, brisket) have lots of it', 'bare-pronoun'],
      // Reading 56: `either way` of two things named before.
      ['The Δp is the same either way; the stopping time is what changes', 'either-way'],
      // Reading 56: `nothing` and `during` are no gerunds that would name what `them` is.
      ['Averaging does nothing to them', 'bare-pronoun'],
      // A gerund with no object of its own, and no causative: what is `it`?
      ['Wrapping in async def makes it non-blocking', 'bare-pronoun'],
      ['Requiring a majority prevents it', 'bare-pronoun'],
      ['Strictly it follows the inline direction', 'bare-pronoun'],
      ['The counter is not updated during it', 'bare-pronoun'],
      // Reading 43: where a thing is specified.
      ['Offer/answer model from RFC 3264', 'standard-reference'],
      ['RFC 5764; WebRTC security architecture RFC 8827', 'standard-reference'],
      // Reading 41: the third of a list the notes gave before.
      ['Grants are a third mechanism (used by services like EBS)', 'ordinal-of-a-list'],
      // Reading 57: else than whom, and a fix of a problem the line before named.
      ['Everyone else just trades existing ETF shares', 'else-than-whom'],
      ['Standard fix: assert asynchronously, deassert synchronously', 'remedy-for-what'],
      // The geometric-optics notes (docs/readings/2026-12-05), read whole once `…how convincing it is` was no longer cut short.
      ['Slightly annoying how convincing the wrong intuition is', 'writer-remark'],
      ['Funny that nobody checks the return value', 'writer-remark'],
      ['Same cycle, but heavier servers appear more often', 'same-opening'],
      ['Notice neither assertion says what the sorted list is', 'pointing-at-example'],
      ['See how the second call blocks until the first returns', 'pointing-at-example'],
    ];
    for (const [text, name] of en) expect(contextRule(text, 'en')?.name, text).toBe(name);
    // Inside a sentence that names what it is set against, `else` leans on nothing.
    expect(contextRule("A widget on someone else's page is third-party", 'en')).toBe(null);
    expect(contextRule('Someone else’s umbrella was taken', 'en')).toBe(null);
    expect(contextRule('Prefix: the first bytes of the key', 'en')).toBe(null);
    expect(contextRule('Odd parity makes the count of ones odd', 'en')).toBe(null);
    expect(contextRule('Notices are served on the tenant in writing', 'en')).toBe(null);
    // named-sameness: the other side is named, or the sentence pairs two of its own.
    expect(contextRule('Same thing as VLANs', 'en')).toBe(null);
    expect(contextRule('Same genotype always gives the same phenotype', 'en')).toBe(null);
    expect(contextRule('Same-site means same-origin', 'en')).toBe(null);
    expect(contextRule('Interesting rate parity holds how it should', 'en')).toBe(null);
    expect(contextRule('対策の基本：アドレスを使い回さない', 'ja')?.name).toBe('remedy-for-what');
    const ja: [string, string][] = [
      ['そのため再起動が必要になる', 'connective-opening'],
      ['代わりにリースを使う', 'remedy-for-what'],
      ['その方式では順序が保証されない', 'demonstrative'],
      ['この値を超えると拒否される', 'demonstrative'],
      ['Docker はそれを読み込んでイメージを作る', 'bare-pronoun'],
      ['これが遅延の原因になる', 'bare-pronoun'],
      ['2001:0db8:0000:0000:0000:ff00:0042:8329 は次のように短縮できる', 'notes-layout'],
      // Reading 29: a field of a diagram, an aside said elsewhere, a question.
      ['802.1p の QoS はここ', 'place-pointer-end'],
      // Reading 41: a segment the notes named before, someone's words.
      ['リン酸、尿酸なども多くがここで処理される', 'place-pointer'],
      ['先輩薬剤師いわく「夏場の高齢者で本当に見る」', 'hearsay'],
      // Reading 43: who proposed it and when.
      ['Earle H. Spaulding が1968年に提唱', 'history-line'],
      // Reading 42: a table's column, a book's saying, a mnemonic.
      ['ここを×にする生徒が多い', 'place-pointer'],
      ['FPの本では「手取りの25%以内」とよく書かれている', 'hearsay'],
      ['128 + シグナル番号、と覚えておけば他も読める', 'study-advice'],
      ['※ ボイス VLAN は例外的な構成なので別途', 'deferred'],
      ['詳細は後述', 'deferred'],
      ['サービスはどれだけ止まってよいか？', 'question'],
    ];
    for (const [text, name] of ja) expect(contextRule(text, 'ja')?.name, text).toBe(name);
    // Reading 85: `here` at the end points at the case the notes are about.
    expect(contextRule('Leukopenia and hypothermia are bad signs here', 'en')?.name).toBe(
      'place-pointer-end',
    );
    for (const text of [
      'Start here',
      'Is there',
      'Here the cache is warm',
      'A pod with a matching toleration may be placed there',
    ])
      expect(contextRule(text, 'en')?.name, text).not.toBe('place-pointer-end');
    expect(contextRule(`${'here '.repeat(100_000)}.`, 'en')?.name).toBe('place-pointer-end');
  });

  it('reads phrases in straight quotes as quoted, not apostrophes (withoutStraightQuotes)', () => {
    expect(withoutStraightQuotes("An express 'binding in honour only' clause")).toBe(
      'An express  clause',
    );
    expect(withoutStraightQuotes('Say "let\'s go" now')).toBe('Say  now');
    // Apostrophes are no quotes.
    expect(withoutStraightQuotes("The server's key doesn't change")).toBe(
      "The server's key doesn't change",
    );
    // An opening with no closing leaves the rest as it is.
    expect(withoutStraightQuotes("a 'b c")).toBe("a 'b c");
    // Linear on a long line of openings that never close, and of many closed ones.
    const open = " 'a".repeat(200_000);
    expect(withoutStraightQuotes(open)).toBe(open);
    expect(withoutStraightQuotes(" 'a'".repeat(200_000))).toBe(' '.repeat(200_000));
  });

  it('leaves sentences that name what their words point at', () => {
    expect(contextRule('性能はそこそこ', 'ja')).toBeNull();
    expect(contextRule('Saying no is part of the job', 'en')).toBeNull();
    // An opening that names its cause or exception leans on nothing.
    expect(contextRule('Because of caching, repeated reads are fast', 'en')).toBeNull();
    expect(contextRule('Other than TCP, QUIC runs over UDP', 'en')).toBeNull();
    expect(
      contextRule('Whether the cache hits or misses, the response is correct either way', 'en'),
    ).toBeNull();
    expect(contextRule('On top of that, the cache must revalidate', 'en')?.name).toBe(
      'connective-opening',
    );
    for (const text of [
      'When a layer changes, it is rebuilt',
      'Retries help only if they are idempotent',
      'The scheduler reads the pods and binds them',
      'Caches store responses to serve them faster',
      'Running python directly uses the environment without activating it',
      'UDP datagrams arrive in the order they were sent',
      'It holds only a process-table entry',
      'It is safe to retry idempotent requests',
      'A lease expires unless the holder renews it',
      'Same as a lightweight tag',
      'The same key always maps to the same server',
      'Use a lease instead of a lock',
      'Writes go to one leader and thus never conflict',
      'A write is acknowledged, thus durable',
      'The first write wins',
      'A rule that limits requests per client',
      'The broker checks that the key is stable',
      'A page fault is different from a TLB miss',
      'Each key is different in every shard',
      'On the other hand, the cache is small',
      'Memory on the other socket is slower',
      'Two pages on the same host with different paths are different origins',
      'Removing stop words shrinks the index',
    ])
      expect(contextRule(text, 'en'), text).toBeNull();
    expect(contextRule('それぞれのノードが投票する', 'ja')).toBeNull();
    expect(contextRule('キーを変えると、それが新しい値になる', 'ja')).toBeNull();
  });

  it('readings 15–17: reasons, letters, captions, diaries and elided predicates that lean on the line before', () => {
    expect(contextRule('CA証明書が入っていないため', 'ja')?.name).toBe('reason-clause-only');
    expect(
      contextRule('大きさ別に見るとどちらも A が優れていますが、全体では B が上回る', 'ja')?.name,
    ).toBe('bare-variable');
    expect(contextRule('名前が紛らわしい組み合わせの代表', 'ja')?.name).toBe('caption');
    expect(contextRule('RFC 9110の記述はおおむね次のとおり', 'ja')?.name).toBe('notes-layout');
    expect(contextRule('外部DBの接続先を環境ごとに切り替える用途で使った', 'ja')?.name).toBe(
      'diary',
    );
    expect(contextRule('チームの実装は Powertools に寄せることにした', 'ja')?.name).toBe('diary');
    expect(contextRule('An idle speed test does not', 'en')?.name).toBe('elided-predicate');
    expect(contextRule('There’s also a subtle cost', 'en')?.name).toBe('adds-to-before');
    expect(contextRule('どちらにしても状態は同じなので冪等', 'ja')?.name).toBe('both-alone');
    expect(contextRule('素の SGD では両者は等価になる', 'ja')?.name).toBe('both-alone');
    // Reading 72: which two met? Which two are lumped?
    expect(contextRule('両者が接続した瞬間、帰還雷撃が走る', 'ja')?.name).toBe('both-alone');
    expect(contextRule('Clinically both are lumped as DCI', 'en')?.name).toBe('both-alone');
    expect(contextRule('Clinically both AGE and DCS are treated with oxygen', 'en')).toBeNull();
    // Reading 52: a mnemonic of the writer's, and comparisons with what the line before said.
    expect(contextRule('大文字は穴、小文字は軸と覚えた', 'ja')?.name).toBe('study-advice');
    expect(contextRule('水出しにするとカテキンがさらに抑えられ、甘く感じる', 'ja')?.name).toBe(
      'comparing-back',
    );
    // `named-comparand`: a noun (and と) before 同じく / 同様に names the other side.
    expect(contextRule('ワルファリンと同じくINRを見て用量を調整する', 'ja')).toBeNull();
    expect(contextRule('GIN は B-tree 同様に更新が軽い', 'ja')).toBeNull();
    expect(contextRule('緑瓶なら茶色瓶と同じくらい防げる', 'ja')).toBeNull();
    expect(contextRule('v1と同じくMACアドレスを含む', 'ja')).toBeNull();
    expect(contextRule('パスワードグラントも同様に廃止された', 'ja')?.name).toBe('comparing-back');
    expect(contextRule('同じく上行して解決する', 'ja')?.name).toBe('comparing-back');
    expect(contextRule('それと同様に扱う', 'ja')?.name).toBe('comparing-back');
    expect(contextRule(`${'と'.repeat(1_000_000)}同様に扱う`, 'ja')?.name).toBe('comparing-back');
    expect(contextRule('Other activities are still finished by Back as before', 'en')?.name).toBe(
      'comparing-back',
    );
    // Reading 53.
    expect(contextRule('2つは独立した軸である', 'ja')?.name).toBe('both-alone');
    expect(contextRule('2つの軸は独立している', 'ja')).toBeNull();
    expect(contextRule('核となるのは平行トレンド仮定', 'ja')?.name).toBe('relation-of-what');
    expect(contextRule('大きさの上限は損失の曲率で決まるというのが要点', 'ja')?.name).toBe(
      'writer-narrates',
    );
    expect(
      contextRule('The answer is the coverage rows minus the matching sales rows', 'en')?.name,
    ).toBe('relation-of-what');
    expect(
      contextRule('The man page calls the value unreliable, for exactly these reasons', 'en')?.name,
    ).toBe('demonstrative-noun');
    expect(contextRule('名前が紛らわしい組み合わせの代表', 'ja')?.name).toBe('caption');
    expect(
      contextRule(
        '「デフォルト＝無視」と「明示的にSIG_IGN」で挙動が違う、という紛らわしいポイント',
        'ja',
      )?.name,
    ).toBe('confusable-names');
    expect(contextRule('鍵を両者が持つので、否認防止にはならない', 'ja')).toBeNull();
    // Reading 19.
    for (const [text, rule] of [
      ['冒頭の謎の正体である', 'notes-layout'],
      ['ここから実務上の大事な帰結が出る', 'adds-to-before'],
      ['寿命を確率変数 T とすると、次の量が基本になる', 'what-follows'],
      ['今思えばかなり短めに出ていたはず', 'diary'],
      ['CV の誤差は小さかったのに、本番では全く当たりませんでした', 'diary'],
      ['自分は「あたりをつける道具」と割り切っている', 'first-person'],
      ['f(t) と混同しがちですが、別の量', 'confusable-names'],
    ] as const)
      expect(contextRule(text, 'ja')?.name, text).toBe(rule);
    expect(contextRule('The regression in the intro had a tiny residual', 'en')?.name).toBe(
      'notes-layout',
    );
    expect(contextRule('LSMは自分を守るために書き込みを絞る', 'ja')).toBeNull();
    // Whole statements: a cleft says what the reason is of; a letter named by the noun before it
    // or by a formula; a pair of placeholders; an elided predicate whose own clause says it.
    for (const text of [
      '冪等性が重要なのはリトライのため',
      'GEQOが近似探索だから計画が変わるのは、12表以上の結合のとき',
      '集合S が、処置 T に入ってくる矢印を塞ぐ',
      'すべての非自明な関数従属 X→Y について、Xがスーパーキーである状態',
      'X と Y が無相関なら、和でも差でも分散は足し算になる',
      'AとBが互いを指していると、カウントが0にならない',
      'B木はページ単位で読み書きする',
      '1 B は 8 bit',
      'TCPはコネクション指向プロトコルの例として挙げられる',
      'HTTP/2はバイナリフレームを使う代表的なプロトコルの例',
    ])
      expect(contextRule(text, 'ja'), text).toBeNull();
    for (const text of [
      'Precision depends on prevalence; recall doesn’t',
      'Writes to the page cache are durable as soon as fsync returns, as reads are not',
    ])
      expect(contextRule(text, 'en'), text).toBeNull();
  });

  it('reads `また` as a connective before anything but more kana (`または`, `またぐ`)', () => {
    expect(contextRule('また「極小」は「属性数が最小」という意味ではない', 'ja')?.name).toBe(
      'connective-opening',
    );
    expect(contextRule('また、範囲条件の列は後に置く', 'ja')?.name).toBe('connective-opening');
    expect(contextRule('または複数の列で一意になる', 'ja')).toBeNull();
    expect(contextRule('またぐ操作は2回の書き込みになる', 'ja')).toBeNull();
  });

  it('reads `次の規則で` as pointing at rules the notes list after it (logical-clocks.ja)', () => {
    expect(
      contextRule('各プロセスが整数カウンタ C を持ち、次の規則で更新する', 'ja'),
    ).not.toBeNull();
    expect(contextRule('各プロセスが整数カウンタ C を持つ', 'ja')).toBeNull();
  });

  it('additive-opening: drops `また` / `Also,` that only add to the sentence before, never `または`', () => {
    expect(withoutAdditiveOpening('また「極小」は「属性数が最小」という意味ではない', 'ja')).toBe(
      '「極小」は「属性数が最小」という意味ではない',
    );
    expect(withoutAdditiveOpening('さらに、古い版は消える', 'ja')).toBe('古い版は消える');
    expect(withoutAdditiveOpening('または複数の列で一意になる', 'ja')).toBe(
      'または複数の列で一意になる',
    );
    expect(withoutAdditiveOpening('Also, the index lists every tracked file', 'en')).toBe(
      'The index lists every tracked file',
    );
    expect(withoutAdditiveOpening('Therefore the cache must revalidate', 'en')).toBe(
      'Therefore the cache must revalidate',
    );
  });

  it('that-pronoun: `that` standing for a thing said before, never a conjunction or a determiner', () => {
    for (const text of [
      'That is expected: the outer loop evaluates the tuning procedure',
      'NTS (RFC 8915) fixes that: a TLS handshake establishes keys',
      'Nothing in the protocol prevents that, so clients must check',
    ])
      expect(contextRule(text, 'en')?.name, text).toBe('that-pronoun');
    for (const text of [
      'FLP shows that no deterministic protocol can guarantee consensus',
      'Salting ensures that equal passwords hash differently',
      'A thatched roof is no pronoun',
    ])
      expect(contextRule(text, 'en'), text).toBeNull();
    const long = `${'it says that a '.repeat(70_000)}x`;
    expect(contextRule(long, 'en')).toBeNull();
    expect(contextRule(`${long} fixes that.`, 'en')?.name).toBe('that-pronoun');
  });

  it('demonstrative-unmet: `この` after a clause opening a word the sentence never said (reading 21)', () => {
    for (const text of [
      'ゲストが自分のページテーブルを自由に書き換えられるので、この exit がなくなる',
      '2013年に日銀が「2%の物価安定の目標」を強く打ち出したのは、この経路を狙ったものでした',
      'iptablesモードでは、このIPはどのNICにも付いていない',
    ])
      expect(contextRule(text, 'ja')?.name, text).toBe('demonstrative-unmet');
    for (const text of [
      // The word was said in the sentence; `その` is most often "its".
      'ライトバックはダーティページを溜め、このダーティページを後でまとめて書く',
      'カタログの MTBF は、故障率を一定とみなして、その逆数をとったものです',
      'プロセスが再起動すると0に戻るが、rate() がそのリセットを補正する',
    ])
      expect(contextRule(text, 'ja'), text).toBeNull();
    expect(contextRule(`表を使い、${'この表、'.repeat(200_000)}`, 'ja')).toBeNull();
    // A `この` opening a megabyte with no end of a word: the word is read a few characters far.
    expect(contextRule(`表を使い、この${'表'.repeat(1_000_000)}`, 'ja')?.name).toBe(
      'demonstrative-unmet',
    );
  });

  it('reads `次の形` as pointing at the notes’ next block (bash-pitfalls.ja)', () => {
    expect(contextRule('1行ずつ読む定番は次の形', 'ja')?.name).toBe('notes-layout');
  });

  it('diary: the writer’s surprise and first understanding (reading 39)', () => {
    expect(contextRule('optional は意外だった', 'ja')?.name).toBe('diary');
    expect(
      contextRule('実効線量そのものではない、という話を講習会で聞いて初めて理解した', 'ja')?.name,
    ).toBe('diary');
    expect(contextRule('B型にA型の抗体があると聞いてなるほどと思った', 'ja')?.name).toBe('diary');
    expect(
      contextRule('転送先を DNAT で切り替えたのにログが来ない、で1時間悩んだのがこれ', 'ja')?.name,
    ).toBe('diary');
    // A statement of what is surprising to others is no diary.
    expect(contextRule('結果は直感に反する', 'ja')).toBeNull();
  });

  it('hearsay: what the writer heard is no statement of the notes (readings 30–31)', () => {
    expect(contextRule('ジアセチルの感度は個人差が大きいらしい', 'ja')?.name).toBe('hearsay');
    expect(contextRule('実際にはきれいに分かれないことも多いらしい', 'ja')?.name).toBe('hearsay');
    expect(contextRule('新しい製法が導入されたとのこと', 'ja')?.name).toBe('hearsay');
    expect(contextRule('OPTIONS は認証をスキップするように直した', 'ja')?.name).toBe('diary');
    // Reading 32: a mnemonic and the writer's own memo.
    expect(contextRule('「死亡年＋70年の年末」で覚える', 'ja')?.name).toBe('study-advice');
    expect(contextRule('個人的メモ：昔の案件で職務著作かどうかで揉めたのを見た', 'ja')?.name).toBe(
      'first-person',
    );
    expect(contextRule('Apparently most labs now calibrate with IntCal20', 'en')?.name).toBe(
      'hearsay',
    );
    // `素晴らしい` is no hearsay.
    expect(contextRule('ステンレス鋼の耐食性は素晴らしい', 'ja')).toBeNull();
  });

  it('place-pointer and exception-of-what: a place or a rule the line before named (reading 23)', () => {
    expect(contextRule('アジュバントが効く理由もここにある', 'ja')?.name).toBe('place-pointer');
    expect(
      contextRule('ガウス＝マルコフ定理の仮定と、そこに含まれないものを分けて覚える', 'ja')?.name,
    ).toBe('place-pointer');
    expect(
      contextRule('「金利上昇は債券にとって悪いニュース」はここから来ている', 'ja')?.name,
    ).toBe('place-pointer');
    expect(contextRule('例外としてクロスプレゼンテーションがある', 'ja')?.name).toBe(
      'exception-of-what',
    );
    for (const text of [
      // `そこそこ` and `どこ` are no pointers; an exception the sentence names stands alone.
      '精度はそこそこで十分なことが多い',
      'どこに置いても同じ結果になる',
      'クロスプレゼンテーションはMHCクラスIの例外として知られる',
    ])
      expect(contextRule(text, 'ja'), text).toBeNull();
    expect(contextRule('そこそこ'.repeat(250_000), 'ja')).toBeNull();
  });

  it('reading 64: a line written above, `そういう` pointing back', () => {
    expect(contextRule('上で書いた吹き下ろしのタイプもある', 'ja')?.name).toBe('notes-layout');
    expect(contextRule('「△」はそういう意味', 'ja')?.name).toBe('that-kind');
    expect(contextRule('そういった製品は感染創に使う', 'ja')?.name).toBe('that-kind');
    // `そう` of another sense, or inside a word, points at nothing.
    for (const text of ['そうすると熱が逃げる', '層がいくつも重なる', '放送いう番組名'])
      expect(contextRule(text, 'ja'), text).toBeNull();
  });

  it('diary and the writer’s circle: today’s memo, the culprit, the study group (reading 24)', () => {
    for (const [text, rule] of [
      ['ボルト接合でもそういうのがあると初めて知った', 'diary'],
      ['犯人は組み込みルールだった', 'diary'],
      ['今日の実験メモ：昼に45分寝てしまったら頭が重かった', 'our-incident'],
    ] as const)
      expect(contextRule(text, 'ja')?.name, text).toBe(rule);
    expect(
      contextRule('Everyone in the study group was right about a different claim', 'en')?.name,
    ).toBe('first-person');
    expect(contextRule('A study of groups of users found the same', 'en')).toBeNull();
  });

  it('place-not-layout: `above` / `below` before what they are above is a place (reading 24)', () => {
    for (const text of [
      'Astronauts float because they are "above the atmosphere"',
      'Shear stress is zero below 4 MPa',
      // `above-as-quantity`: a comparison of a quantity, not the notes' layout.
      'Aliasing only matters for frequencies far above fs',
      'Above ~69% utilisation the task set will miss deadlines',
      'A part loaded well below yield cannot fail',
      'Morphine has a maximum analgesic dose above which it stops working',
    ])
      expect(contextRule(text, 'en'), text).toBeNull();
    for (const text of [
      'Feeds the heuristic freshness calculation above',
      'The table below lists every flag',
      'As shown above, the merge is a join',
      'The steps below restore the volume',
      'See below for the retry policy',
      'The rule is the one described above: retries are capped',
    ])
      expect(contextRule(text, 'en')?.name, text).toBe('notes-layout');
  });

  it('both-unnamed: `Both` with no `and` naming the two (reading 22)', () => {
    expect(contextRule('Both tables are O(mn) time', 'en')?.name).toBe('both-unnamed');
    expect(contextRule('Both TCP and UDP use port numbers', 'en')).toBeNull();
  });

  it('the-two-unnamed and works-the-same-way: which two, the same way as what (reading 27)', () => {
    expect(contextRule('The minimum is where the two are equal', 'en')?.name).toBe(
      'the-two-unnamed',
    );
    expect(contextRule('Weight works the same way: stall speed ∝ √W', 'en')?.name).toBe(
      'comparing-back',
    );
    // `the two` before a noun names what it counts.
    expect(
      contextRule('The two ends set up a connection first, then exchange bytes', 'en'),
    ).toBeNull();
    expect(contextRule(`${'the two ends '.repeat(20_000)}meet`, 'en')).toBeNull();
  });

  it('reading 35: the notes’ own object, a list that follows, `同時に`', () => {
    expect(
      contextRule('The formula explains why the temperature tracks concentration', 'en')?.name,
    ).toBe('the-notes-object');
    expect(contextRule('The example shows a stack of frames', 'en')?.name).toBe('the-notes-object');
    // An object its next words name is no pointer at the notes.
    expect(contextRule('The formula for kinetic energy has a square', 'en')).toBeNull();
    expect(contextRule('The example of a race is two writers on one row', 'en')).toBeNull();
    // A subject's own things go by such words: a database's table, an algorithm's graph.
    expect(contextRule('The table is rewritten while the lock is held', 'en')).toBeNull();
    expect(
      contextRule('The graph has a negative cycle reachable from the source', 'en'),
    ).toBeNull();
    expect(contextRule('A formula explains the curve', 'en')).toBeNull();
    expect(contextRule('The table', 'en')).toBeNull();
    expect(
      contextRule('特許出願前に、次のどれかに当たる発明は特許を受けられない', 'ja')?.name,
    ).toBe('notes-layout');
    expect(contextRule('同時に、昼が長いので1日に受け取る熱量が多い', 'ja')?.name).toBe(
      'adds-to-before',
    );
    // `同時に` alone is as often "simultaneously".
    expect(contextRule('同時に Python バイトコードを実行できるのは1スレッドだけ', 'ja')).toBeNull();
    expect(contextRule(`The formula${' x'.repeat(500_000)}`, 'en')?.name).toBe('the-notes-object');
  });

  it('another-way: a label of another way to the same end (reading 35)', () => {
    expect(
      contextRule(
        '別解：SO_REUSEPORT（Linux 3.9〜）でワーカーごとに listen ソケットを分け、カーネルに接続を振り分けさせる',
        'ja',
      )?.name,
    ).toBe('another-way');
    expect(contextRule('Alternatively: keep one socket per worker', 'en')?.name).toBe(
      'another-way',
    );
    // The word inside a statement is no label.
    expect(contextRule('An alternative index is rebuilt nightly', 'en')).toBeNull();
    expect(contextRule('別解を探すより、まずテストを書く', 'ja')).toBeNull();
    // Reading 81: ways out of a problem the sentence before named.
    expect(
      contextRule('Options: strict FP flags, own math functions, or fixed-point', 'en')?.name,
    ).toBe('another-way');
    expect(contextRule('Options are read once at start-up', 'en')).toBeNull();
  });

  it('legend-label: a key to the notes’ symbols is no claim (reading 81)', () => {
    expect(
      contextRule('記号：H＝イソニアジド（INH）、R＝リファンピシン（RFP）。数字は月数。', 'ja')
        ?.name,
    ).toBe('digression');
    expect(contextRule('Legend: ✓ = supported, ✗ = not supported', 'en')?.name).toBe('digression');
    expect(contextRule('記号は元素を表す', 'ja')).toBeNull();
  });

  it('reads a line of a megabyte in one pass', () => {
    // 100 kB lines: every rule reads them once.
    const words = 'a layer changes the order of values '.repeat(2_800);
    expect(contextRule(words, 'en')).toBeNull();
    expect(contextRule(`${words}inside it`, 'en')?.name).toBe('bare-pronoun');
    expect(contextRule(`when ${words}inside it`, 'en')).toBeNull();
    expect(contextRule('それぞれ'.repeat(25_000), 'ja')).toBeNull();
    const long = 'そのまま'.repeat(250_000);
    expect(contextRule(long, 'ja')).toBeNull();
    expect(contextRule(`${'a '.repeat(500_000)}above`, 'en')?.name).toBe('notes-layout');
    expect(contextRule(`${'the other '.repeat(100_000)}`, 'en')).toBeNull();
    // The rules of readings 15–17 read a long line once, whatever it holds.
    expect(contextRule(`${'A B C '.repeat(150_000)}`, 'ja')).toBeNull();
    expect(contextRule(`${'のは'.repeat(250_000)}ため`, 'ja')).toBeNull();
    expect(contextRule(`${'ある '.repeat(200_000)}S が動く`, 'ja')?.name).toBe('bare-variable');
    expect(contextRule(`${'is not '.repeat(140_000)}is not`, 'en')?.name).toBe('elided-predicate');
    expect(
      contextRule(`${'word '.repeat(100_000)}is different${' '.repeat(100_000)}: x`, 'en')?.name,
    ).toBe('different-alone');
  });

  it('standard-reference: a claim that cites its RFC in parentheses stays a claim (reading 43)', () => {
    expect(
      contextRule('DTLS-SRTP keys are negotiated in the DTLS handshake (RFC 5764)', 'en'),
    ).toBeNull();
    expect(
      contextRule('ICE gathers host, reflexive and relay candidates per RFC 8445', 'en'),
    ).toBeNull();
    expect(contextRule('DEFLATE (RFC 1951, Phil Katz) = LZ77 + Huffman', 'en')).toBeNull();
    expect(contextRule('ケルビン卿が1848年に絶対温度を提唱し、今も使われている', 'ja')).toBeNull();
  });

  it('ordinal-of-a-list: a third or a fourth of a list, not a fraction nor a time (reading 41)', () => {
    expect(contextRule('Grants are a third mechanism', 'en')?.name).toBe('ordinal-of-a-list');
    expect(contextRule('G1 reserves about a third of the heap for young regions', 'en')).toBeNull();
    expect(contextRule('The leader sends a heartbeat once a second', 'en')).toBeNull();
    // The line counts the others itself (consensus.en: Quorum's misconception).
    expect(
      contextRule('Adding a fourth node to a three-node cluster improves fault tolerance', 'en'),
    ).toBeNull();
    // One pass on a long line of fractions.
    expect(contextRule('a third of '.repeat(100_000), 'en')?.name).not.toBe('ordinal-of-a-list');
  });

  it('plural-pointer: これら anywhere, それら in the first clause (reading 47)', () => {
    expect(contextRule('これらがエラーになる', 'ja')?.name).toBe('plural-pointer');
    expect(contextRule('主にこれらに噴火警戒レベルが導入されている', 'ja')?.name).toBe(
      'plural-pointer',
    );
    expect(contextRule('それらを使うホストでは上書きされる', 'ja')?.name).toBe('plural-pointer');
    // The sentence's own list: `それら` after the clause that names them.
    expect(contextRule('候補キーが複数あり、それらが属性を共有している', 'ja')).toBeNull();
    // Quoted, it is an example.
    expect(contextRule('「これら」は指示語の例である', 'ja')).toBeNull();
  });

  it('same-as-what: `…も同様` and a bare `the opposite` (readings 45–46)', () => {
    expect(contextRule('dumb-init も同様', 'ja')?.name).toBe('same-as-what');
    // Reading 88: the same "10" as what?
    expect(contextRule('同じ「10」でも4倍以上違う', 'ja')?.name).toBe('same-as-what');
    expect(contextRule('同じ鍵なら同じハッシュになる', 'ja')).toBeNull();
    expect(contextRule('欠席した場合も同様である。', 'ja')?.name).toBe('same-as-what');
    expect(contextRule('短い選択肢は長い選択肢と同様', 'ja')).toBeNull();
    expect(
      contextRule('Scattering hot fields across many lines is the opposite.', 'en')?.name,
    ).toBe('same-as-what');
    expect(
      contextRule('Sorting needs the opposite: the value of F for document D', 'en')?.name,
    ).toBe('same-as-what');
    expect(contextRule('The reverse is different', 'en')?.name).toBe('same-as-what');
    // Its object named: no pointer.
    expect(contextRule('The change shows up on the opposite side of the orbit', 'en')).toBeNull();
    expect(contextRule('Reducing X to SAT shows the opposite of hardness', 'en')).toBeNull();
    expect(contextRule('Plants breathe in the opposite direction to animals', 'en')).toBeNull();
    // Linear on a long line of the phrase.
    expect(contextRule(`${'the opposite side '.repeat(60_000)}x`, 'en')).toBeNull();
    expect(contextRule(`${'同様'.repeat(200_000)}と同様`, 'ja')).toBeNull();
  });

  it('connective-opening: `しかも` opens on the line before, and goes as an additive opening', () => {
    expect(contextRule('しかも any から取り出した値も any になって伝播する', 'ja')?.name).toBe(
      'connective-opening',
    );
    expect(withoutAdditiveOpening('しかも、any から取り出した値も any になる', 'ja')).toBe(
      'any から取り出した値も any になる',
    );
  });

  it('reading 48: a study tip, `両方を` / `どちらの`, `同じもの…` and `…やつ` lean on the notes', () => {
    expect(contextRule('時間の順に並べると分かりやすい', 'ja')?.name).toBe('study-advice');
    expect(contextRule('値の集合で考えるとわかりやすい', 'ja')?.name).toBe('study-advice');
    expect(contextRule('両方を1枚に描いたのがバイプロット', 'ja')?.name).toBe('both-alone');
    expect(contextRule('どちらの意味で言っているか確認', 'ja')?.name).toBe('both-alone');
    expect(contextRule('同じものを別の角度から見ている', 'ja')?.name).toBe('same-as-what');
    expect(contextRule('同じテントの人が『息が止まってる！』と驚くやつ', 'ja')?.name).toBe(
      'colloquial-thing',
    );
    // Their objects named: no pointer.
    expect(contextRule('AとBは同じものを指す', 'ja')).toBeNull();
    expect(contextRule('インデックスの両方向に走査できる', 'ja')).toBeNull();
  });

  it('leansBy: asks only the named rules', () => {
    const editorial =
      'In 1920 a New York Times editorial mocked Goddard for supposedly not knowing that a rocket needs something to push against';
    expect(contextRule(editorial, 'en')?.name).toBe('hearsay');
    expect(leansBy(editorial, 'en', new Set(['hearsay']))).toBe(true);
    expect(leansBy(editorial, 'en', new Set(['diary']))).toBe(false);
    expect(leansBy('これらがエラーになる', 'ja', new Set(['hearsay']))).toBe(false);
  });
});

describe('reading 49: a line that sets up what follows, an exam tip', () => {
  it('announces-what-follows: a line ending on a colon', () => {
    expect(
      contextRule('50 Hz system, total stored kinetic energy 200 GW·s, a 1 GW unit trips:', 'en')
        ?.name,
    ).toBe('announces-what-follows');
    expect(contextRule('例：鋼管 100 m、水 1.5 m/s のとき：', 'ja')?.name).toBe(
      'announces-what-follows',
    );
    // A colon inside the line labels what it says: no setup.
    expect(contextRule('Key point: the exhaust pushes on the rocket', 'en')?.name).not.toBe(
      'announces-what-follows',
    );
  });

  it('connective-opening: `Equivalently, …` says the line before again (reading 50)', () => {
    expect(
      contextRule('Equivalently, in terms of oxidation numbers: the number goes up', 'en')?.name,
    ).toBe('connective-opening');
    expect(contextRule('Alternatively, run the job from a queue', 'en')?.name).toBe(
      'connective-opening',
    );
  });

  it('study-advice: an exam tip', () => {
    expect(
      contextRule('Foreign comparisons are a favorite policy question on the exam', 'en')?.name,
    ).toBe('study-advice');
  });

  it('reads a long line of colons and spaces in linear time', () => {
    const long = ': '.repeat(500_000);
    const started = performance.now();
    contextRule(`${long}x`, 'en');
    expect(performance.now() - started).toBeLessThan(2_000);
  });
});

describe('reading 50: a paragraph that goes on with a sentence a block broke off', () => {
  it('particle-opening: a case particle before a kanji, a symbol or a code span', () => {
    expect(contextRule('を満たす角 θ_B では、p 偏光の反射率がゼロになる', 'ja')?.name).toBe(
      'particle-opening',
    );
    expect(
      contextRule('は無意味で、同じ `RUN` の中で消すか、マルチステージにする', 'ja')?.name,
    ).toBe('particle-opening');
    expect(contextRule('を1〜10で採点し、RPN で優先順位をつける', 'ja')?.name).toBe(
      'particle-opening',
    );
  });

  it('keeps words that open on the same kana', () => {
    for (const text of [
      'がん細胞は分裂を止めない',
      'はじめに全体像を押さえる',
      'とても遅い処理は別スレッドへ',
      'のれんは償却する',
    ])
      expect(contextRule(text, 'ja')?.name).not.toBe('particle-opening');
  });
});

describe('reading 51: the writer’s own feeling', () => {
  it('writer-feels: `正直、…` and a fright the writer felt', () => {
    expect(contextRule('正直、名前がひどいと思う', 'ja')?.name).toBe('writer-feels');
    expect(contextRule('これは正直ヒヤッとした', 'ja')?.name).toBe('writer-feels');
  });

  it('elided-predicate: the clause before a dash ends on `are not`', () => {
    expect(contextRule('Whey proteins are not — they denature from ~70 °C up', 'en')?.name).toBe(
      'elided-predicate',
    );
    // A clause that says its own predicate before the dash is whole.
    expect(
      contextRule('Whey proteins are not heat stable — they denature from ~70 °C up', 'en')?.name,
    ).not.toBe('elided-predicate');
  });

  it('writer-feels: the writer’s diary with its `I` left out (reading 78)', () => {
    for (const text of [
      'Had to unlearn the econ class vocabulary here',
      "Found this in Jake Archibald's article",
      'Learned that one with paper money, thankfully',
    ])
      expect(contextRule(text, 'en')?.name).toBe('writer-feels');
    // A statement that merely holds the words is the subject's.
    expect(contextRule('The court found that the ban had to go', 'en')).toBeNull();
    expect(contextRule(`Had to ${'x'.repeat(500_000)}`, 'en')?.name).toBe('writer-feels');
  });

  it('back-pronoun-object: `do this`, `than that` stand for what the sentence before said (reading 78)', () => {
    expect(
      contextRule("FP addition isn't associative, so the compiler may not do this by default", 'en')
        ?.name,
    ).toBe('back-pronoun-object');
    expect(
      contextRule('Going slower than that makes peaks broader because the B-term takes over', 'en')
        ?.name,
    ).toBe('back-pronoun-object');
    // A comparison with `that of` names its own thing.
    expect(
      contextRule('Their total resistance is lower than that of the arterioles', 'en'),
    ).toBeNull();
    expect(contextRule(`${'do that '.repeat(60_000)}x`, 'en')).not.toBeNull();
  });

  it('keeps `正直に` (plainly) and `正直者`', () => {
    expect(contextRule('予測の不確かさを正直に表している', 'ja')?.name).not.toBe('writer-feels');
    expect(contextRule('正直者が損をしない制度設計', 'ja')?.name).not.toBe('writer-feels');
  });
});

describe('reading 51: a closing `both`', () => {
  it('both-at-end: both of what?', () => {
    expect(contextRule('Restriction (e.g. fibrosis) lowers both', 'en')?.name).toBe('both-at-end');
  });

  it('keeps a statement that names the two itself', () => {
    expect(contextRule('FEV1 and FVC fall in restriction, both', 'en')?.name).not.toBe(
      'both-at-end',
    );
    expect(contextRule('Both FEV1 and FVC fall', 'en')).toBeNull();
  });
});

describe('same-as-what with an aside after it', () => {
  it('reads the ending before a closing aside', () => {
    expect(
      contextRule('口頭弁論期日に欠席した場合も同様（公示送達による呼出しの場合を除く）', 'ja')
        ?.name,
    ).toBe('same-as-what');
  });
});

describe('reading 76: a condition whose subject went before, and the writer’s own trial', () => {
  it('bare-condition-opening: `ないと…`, `なければ…` speak of what the sentence before named', () => {
    expect(
      contextRule('ないと no partition of relation "..." found for row でINSERTが落ちる', 'ja')
        ?.name,
    ).toBe('bare-condition-opening');
    expect(contextRule('なければ指数バックオフで再試行する', 'ja')?.name).toBe(
      'bare-condition-opening',
    );
    // A sentence that names what it lacks is whole.
    expect(contextRule('デフォルトパーティションがないとINSERTが落ちる', 'ja')?.name).not.toBe(
      'bare-condition-opening',
    );
  });

  it('writer-feels: `試したけど変わらなかった` is the writer’s own trial', () => {
    expect(contextRule('試したけど変わらなかった', 'ja')?.name).toBe('writer-feels');
    expect(contextRule('試したが、差は出なかった', 'ja')?.name).toBe('writer-feels');
    expect(contextRule('本番前に負荷試験で試しておく', 'ja')).toBeNull();
  });
});

describe('numbered-item: an item of the notes’ numbered list (reading 91)', () => {
  it('leans on `方式1・2`, `手順 2`, `Methods 1 and 2`', () => {
    for (const text of [
      '方式1・2はロールバックしたときに設定も一緒に戻る',
      '手順 2 で鍵を作る',
      '案３が安い',
    ])
      expect(contextRule(text, 'ja')?.name).toBe('numbered-item');
    expect(contextRule('Methods 1 and 2 roll the settings back', 'en')?.name).toBe('numbered-item');
  });

  it('keeps a number that is no item, and a name that opens on one', () => {
    expect(contextRule('TLS 1.3 は往復が1回減る', 'ja')).toBeNull();
    expect(contextRule('The 3G option is slower', 'en')).toBeNull();
    expect(contextRule('The option 3G is a network generation', 'en')).toBeNull();
    expect(contextRule('HTTP method GET is safe', 'en')).toBeNull();
  });

  it('reads a long text at once', () => {
    const long = `${'方式'.repeat(100_000)}x`;
    const started = performance.now();
    expect(contextRule(long, 'ja')?.name).not.toBe('numbered-item');
    expect(performance.now() - started).toBeLessThan(5_000);
  });
});
