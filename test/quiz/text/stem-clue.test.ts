import { describe, expect, it } from 'vitest';
import { withBuildMemos } from '../../../src/quiz/text/build-memo.ts';
import {
  acronymWordSpelled,
  expansionOf,
  initialsIn,
  nameWords,
  spelledOut,
  spelledWithin,
  stemNameClue,
} from '../../../src/quiz/text/stem-clue.ts';

describe('nameWords', () => {
  it('splits a kanji name of four or more into its two halves too', () => {
    expect(nameWords('信頼区間').map((w) => w.text)).toEqual(['信頼区間', '信頼', '区間']);
  });
  it('kanji-middle-words: reads a long kanji name’s inner words two by two from its start', () => {
    expect(nameWords('三相誘導電動機').map((w) => w.text)).toEqual([
      '三相誘導電動機',
      '三相',
      '動機',
      '誘導',
    ]);
    expect(
      stemNameClue('ロータが回転磁界を横切ることで誘導電流が流れる', '三相誘導電動機', [
        '同期電動機',
        'ステッピングモータ',
      ]),
    ).toBe('誘導');
    // A run longer than any name is read at its ends only (linear on a long line).
    expect(nameWords('漢'.repeat(100_000))).toHaveLength(3);
  });
  it('reads a three-kanji name ending in a suffix (別, 化, 性…) by the two before it too', () => {
    expect(nameWords('世代別GC').map((w) => w.text)).toEqual(['世代別', '世代']);
    expect(nameWords('冪等性').map((w) => w.text)).toEqual(['冪等性', '冪等']);
    // No suffix: a three-kanji word is read whole.
    expect(nameWords('正規形').map((w) => w.text)).toEqual(['正規形']);
  });
  it('keeps Latin words of four letters or more, by stem', () => {
    expect(nameWords('Resource requests').map((w) => [w.text, w.latinStem])).toEqual([
      ['resource', 'resource'],
      ['requests', 'request'],
    ]);
    expect(nameWords('Log replication').map((w) => w.text)).toEqual(['replication']);
  });
});

describe('subscripted-acronym', () => {
  it('reads an acronym of the name said with a subscript as the name spelled', () => {
    expect(
      stemNameClue('Keep NPSHa > NPSHr with a margin', 'Cavitation & NPSH', [
        'Pump curve',
        'Minor losses',
      ]),
    ).toBe('NPSHa');
    expect(
      stemNameClue('Keep NPSH_r low', 'Cavitation & NPSH', ['Pump curve', 'Minor losses']),
    ).toBe('NPSH_r');
    // A longer word that opens on the letters is another word.
    expect(
      stemNameClue('The NPSHAB vendor table lists it', 'Cavitation & NPSH', ['Pump curve']),
    ).toBeNull();
    expect(
      stemNameClue(`${'NPSHaaa '.repeat(50_000)}`, 'Cavitation & NPSH', ['Pump curve']),
    ).toBeNull();
  });
});

describe('stemNameClue', () => {
  it('ja: the tail of the answer’s kanji name in the description', () => {
    expect(stemNameClue('母数を含むように作った区間', '信頼区間', ['効果量', '検出力'])).toBe(
      '区間',
    );
  });
  it('ja: the word a suffix makes a name of (`世代` of `世代別GC`)', () => {
    expect(
      stemNameClue('若い世代の回収（マイナーGC）は対象が小さいので短時間で終わる', '世代別GC', [
        'ライトバリア',
        '参照カウント',
      ]),
    ).toBe('世代');
  });
  it('ja: the word a prefix kanji makes a name of (`血糖` of `ステロイド高血糖`, reading 77)', () => {
    expect(
      stemNameClue('昼食後〜夕方に血糖が上がり、空腹時血糖は正常', 'ステロイド高血糖', [
        'ステロイド性骨粗鬆症',
        '易感染性',
      ]),
    ).toBe('血糖');
    expect(nameWords('不整脈').map((w) => w.text)).toEqual(['不整脈']);
    expect(nameWords('新生児').map((w) => w.text)).toEqual(['新生児']);
  });
  it('ja: a count or a period named by the word before its suffix (`承認` of `承認数`, reading 57)', () => {
    expect(
      stemNameClue(
        '取引がブロックに入った時点で『1承認』、その上にブロックが1つ積まれるごとに+1',
        '承認数',
        ['秘密鍵とウォレット', '51%攻撃'],
      ),
    ).toBe('承認');
    expect(stemNameClue('約4年ごとに報酬が半減する', '半減期', ['フォーク', '難易度調整'])).toBe(
      '半減',
    );
  });
  it('ja: the English word a katakana name was borrowed from (`finalize` of `ファイナライザ`)', () => {
    expect(
      stemNameClue(
        'いつ呼ばれるかも保証されない。Javaでは finalize は JDK 9 で非推奨になった',
        'ファイナライザ',
        ['コンパクション', '弱参照'],
      ),
    ).toBe('finalize');
    expect(
      stemNameClue('Javaでは WeakReference で作る', 'ファイナライザ', ['コンパクション']),
    ).toBeNull();
  });
  it('ja: a loan another name shares, two-word loans and plurals (reading 76)', () => {
    // `loanword-shared`: `INDEX` says `インデックス`, which every option's name holds.
    expect(
      stemNameClue('CREATE INDEX ... USING hash (col)', 'ハッシュインデックス', [
        '式インデックス',
        '部分インデックス',
      ]),
    ).toBeNull();
    expect(
      stemNameClue(
        '親に対する CREATE INDEX CONCURRENTLY は不可',
        'パーティション化テーブルのインデックス',
        ['パーティションプルーニング', 'デフォルトパーティション'],
      ),
    ).toBe('index');
    // `two-word-loan`: `leaky bucket` says `リーキーバケット`, though `bucket` is shared.
    expect(
      stemNameClue('limit_req は leaky bucket 方式と説明されている', 'リーキーバケット', [
        'トークンバケット',
        '固定ウィンドウ',
      ]),
    ).toBe('leaky bucket');
    // A plural: `slots` says `スロット`, the part no other name holds.
    expect(
      stemNameClue('pg_replication_slots で状態を確認', 'レプリケーションスロット', [
        'レプリケーションラグ',
        'Read-your-writes',
      ]),
    ).toBe('slots');
    // A stem of 100,000 English words: one pass over its pairs.
    const start = performance.now();
    expect(stemNameClue('leaky tokens '.repeat(50_000), 'リーキーバケット', [])).toBeNull();
    expect(performance.now() - start).toBeLessThan(5_000);
  });
  it('ja: a loanword of one word of a katakana compound (`fence` of `メモリフェンス`)', () => {
    expect(
      stemNameClue('std::atomic_thread_fence(order) は順序を制約する', 'メモリフェンス', [
        'データ競合',
        'acquire / release',
      ]),
    ).toBe('fence');
    expect(stemNameClue('std::atomic<T> の load は不可分', 'アトミック操作', ['データ競合'])).toBe(
      'atomic',
    );
  });

  it('ja: every katakana part of a compound the stem says, not only the first', () => {
    // `レプリケーション` is shared with the other name; `スロット` is not (reading 7, 3g53qdf1).
    expect(
      stemNameClue(
        '論理レプリケーション用スロットは catalog_xmin を保持するため、放置するとVACUUMも止まる',
        'レプリケーションスロット',
        ['レプリケーションラグ', 'binlog_format'],
      ),
    ).toBe('スロット');
    expect(
      stemNameClue('論理レプリケーションは行の変更を送る', 'レプリケーションスロット', [
        'レプリケーションラグ',
      ]),
    ).toBeNull();
    // One pass over a long stem of katakana words.
    const long = 'スロット、'.repeat(50_000);
    expect(stemNameClue(long, 'レプリケーションスロット', ['レプリケーションラグ'])).toBe(
      'スロット',
    );
  });

  it('ja: the Japanese gloss of a loanword of the name (gloss: `統合` of `インテグレーション`)', () => {
    expect(
      stemNameClue('各開発者が1日1回はmainに統合する', '継続的インテグレーション（CI）', [
        'トランクベース開発',
        'フレーキーテスト',
      ]),
    ).toBe('統合');
    // A head or tail of a katakana compound, and an English word a Japanese name keeps.
    expect(stemNameClue('読み取りの負荷分散に使う', 'リードレプリカ', ['フェイルオーバー'])).toBe(
      '読み取',
    );
    expect(
      stemNameClue('自分が書き込んだ内容を直後に読める', 'Read-your-writes', [
        '同期レプリケーション',
      ]),
    ).toBe('書き込');
    // No clue where a wrong option's name holds the loanword or another with the same gloss.
    expect(
      stemNameClue('読み取りの負荷分散に使う', 'リードレプリカ', ['モノトニックリード']),
    ).toBeNull();
    expect(
      stemNameClue('読み取りの負荷分散に使う', 'リードレプリカ', ['Read-after-write']),
    ).toBeNull();
    expect(
      stemNameClue('読み取りの負荷分散に使う', 'スキップリンク', ['フェイルオーバー']),
    ).toBeNull();
    // A word of a name joined by an underscore (`remote_apply`).
    expect(
      stemNameClue('スタンバイが適用し、クエリから見える', 'remote_apply', ['on', 'off']),
    ).toBe('適用');
  });

  it('aside-latin-word: a Latin word of an aside part written with Japanese (`alt` of `alt属性`)', () => {
    expect(
      stemNameClue('装飾目的の画像は空の alt="" を明示する', '代替テキスト（alt属性）', [
        'セマンティックHTML',
      ]),
    ).toBe('alt');
    expect(
      stemNameClue('altitude の高い画像', '代替テキスト（alt属性）', ['セマンティックHTML']),
    ).toBeNull();
  });

  it('a part of the name’s aside said whole (`NOT IN` of `アンチ結合（NOT EXISTS / NOT IN）`)', () => {
    const name = 'アンチ結合（NOT EXISTS / NOT IN）';
    expect(stemNameClue('サブクエリに NULL があると NOT IN は0件', name, ['ハッシュ結合'])).toBe(
      'NOT IN',
    );
    // `IN` of `INNER` is no word of it, nor a part shorter than two characters.
    expect(
      stemNameClue('INNER JOIN で書く', 'セミ結合（EXISTS / IN）', ['ハッシュ結合']),
    ).toBeNull();
    expect(stemNameClue(`${'NOT I'.repeat(200_000)}`, name, ['ハッシュ結合'])).toBeNull();
  });

  it('en: a word of the answer by its stem', () => {
    expect(
      stemNameClue('A node can be "full" if its pods request a lot', 'Resource requests', [
        'nodeSelector',
        'QoS classes',
      ]),
    ).toBe('requests');
  });
  it('no clue when a wrong option’s name holds the word too', () => {
    expect(stemNameClue('見逃しの過誤', '第二種の過誤', ['第一種の過誤', '有意水準'])).toBeNull();
    expect(
      stemNameClue('The labels a node must have', 'Node affinity', ['nodeSelector', 'Taints']),
    ).toBeNull();
  });
  it('ja: a katakana word of the stem inside the answer’s katakana compound', () => {
    expect(
      stemNameClue('前のステージで作った成果物だけをコピーする', 'マルチステージビルド', [
        'レイヤー',
        'ビルドキャッシュ',
      ]),
    ).toBe('ステージ');
    // `ビルド` is in another name too: no clue.
    expect(
      stemNameClue('ビルドの成果物', 'マルチステージビルド', ['レイヤー', 'ビルドキャッシュ']),
    ).toBeNull();
  });
  it('katakana-ends: a head or tail of a stem compound that ends or opens the name (`ハッシュ`)', () => {
    expect(
      stemNameClue('キーをハッシュリング上に配置する', 'コンシステントハッシュ', [
        'ラウンドロビン',
        'ランダム',
      ]),
    ).toBe('ハッシュ');
    expect(
      stemNameClue('キーをリング上に配置する', 'コンシステントハッシュ', [
        'ラウンドロビン',
        'ランダム',
      ]),
    ).toBeNull();
    // A 1 MB katakana word is read only as far as the name is long.
    const long = 'ア'.repeat(1_000_000);
    const started = performance.now();
    expect(stemNameClue(`${long}の話`, 'コンシステントハッシュ', ['ランダム'])).toBeNull();
    expect(performance.now() - started).toBeLessThan(2_000);
  });
  it('derived-form: `-ability` (`Nullability` ~ `Null safety`); gloss: 直接 of Direct, 除外 of ignore', () => {
    expect(
      stemNameClue('Nullability is part of the type', 'Null safety', ['Sum types', 'Narrowing']),
    ).toBe('null');
    expect(
      stemNameClue('サーバからクライアントへ直接返す', 'DSR（Direct Server Return）', [
        'スティッキーセッション',
        'ランダム',
      ]),
    ).toBe('直接');
    expect(stemNameClue('ビルドコンテキストから除外', '.dockerignore', ['タグ', 'レイヤー'])).toBe(
      '除外',
    );
  });
  it('a katakana name inside a longer word is not repeated (ロック in ブロック)', () => {
    expect(
      stemNameClue('読み取りは書き込みをブロックしない', '悲観ロック', ['MVCC', 'WAL']),
    ).toBeNull();
  });
  it('a wrong option’s word in the description is no clue to the answer', () => {
    expect(
      stemNameClue('A ref holding one commit id', 'Branch', ['Tree', 'Commit object']),
    ).toBeNull();
  });
  it('number-of-word: the number of a name’s word of letters and digits (`p75` ~ `75th`)', () => {
    const others = ['TTFB', 'Lighthouse'];
    expect(
      stemNameClue(
        'Pass when p75 is good for all three metrics',
        '75th percentile assessment',
        others,
      ),
    ).toBe('75');
    // Another number that only contains it is none, nor is one digit (`4` of `4xx`).
    expect(stemNameClue('Fails above 175 ms', '75th percentile assessment', others)).toBeNull();
    expect(stemNameClue('Retry after 4 s', '4xx replies', others)).toBeNull();
  });
  it('gloss: `変わる` of Vary, unless a wrong option says it too', () => {
    const stem = 'この内容は指定したリクエストヘッダによって変わる';
    expect(stemNameClue(stem, 'Vary', ['ETag', 'パージ'])).toBe('変わ');
  });
  it('whole-latin-word: a Latin word is another name’s only as a word of it', () => {
    const stem = "--network host puts the container in the host's network namespace";
    expect(
      stemNameClue(stem, 'Host network', [
        'localhost inside a container',
        'Compose default network',
      ]),
    ).toBe('host');
    // `node` is a word of `nodeSelector` (camel case), `host` one of `Host port`.
    expect(stemNameClue(stem, 'Host network', ['Host port', 'Compose default network'])).toBeNull();
  });
  it('letters-of-versioned-word: the letters of `ICMPv6`, written in capitals in the stem', () => {
    expect(
      stemNameClue('ICMPを全部止めると壊れる', 'ICMPv6とPath MTU', ['GUA', 'エニーキャスト']),
    ).toBe('icmp');
    // In lower case it is a common word (`base` of `base64`), and another versioned name shares it.
    expect(stemNameClue('the base image', 'base64', ['JSON', 'Protobuf'])).toBeNull();
    expect(stemNameClue('ICMP echo', 'ICMPv6', ['ICMPv4', 'ARP'])).toBeNull();
  });
  it('reads long words of letters and digits to the end', () => {
    for (const word of ['1'.repeat(500_000), `${'1'.repeat(500_000)}a`, 'a1'.repeat(250_000)]) {
      // The name's number is the whole run of digits, not `11` of it.
      expect(stemNameClue('Pass when p11 is good', word, ['TTFB', 'Lighthouse'])).toBeNull();
      expect(stemNameClue('ICMP で壊れる', `icmpv${word}`, ['TTFB'])).toBe(
        /^\d+$/.test(word) ? 'icmp' : null,
      );
    }
  });
  it('reads 1 MB descriptions and names to the end', () => {
    for (const piece of ['区', 'ア', 'a ', '(', 'request ', '信頼区間']) {
      const long = piece.repeat(Math.ceil(1_000_000 / piece.length));
      expect(stemNameClue(`${long}の区間`, '信頼区間', [long.slice(0, 10_000), '効果量'])).toBe(
        // A wrong option made of 信頼区間 holds the answer's words: no clue.
        piece === '信頼区間' ? null : '区間',
      );
    }
  });
});

describe('stemNameClue inside a build (memoised stems and names)', () => {
  it('answers a repeated stem, key and option the same as a fresh one', () => {
    const ask = (): (string | null)[] => [
      stemNameClue('母数を含むように作った区間', '信頼区間', ['効果量', '検出力']),
      stemNameClue('母数を含むように作った区間', '信頼区間', ['区間推定', '検出力']),
      stemNameClue('A node can be "full" if its pods request a lot', 'Resource requests', [
        'Pod requests',
      ]),
      stemNameClue('A node can be "full" if its pods request a lot', 'Resource requests', [
        'nodeSelector',
      ]),
    ];
    const outside = ask();
    expect(outside).toEqual(['区間', null, null, 'requests']);
    expect(withBuildMemos(() => [...ask(), ...ask()])).toEqual([...outside, ...outside]);
  });
});

describe('spelledOut', () => {
  it('reads an acronym written out as its name, by capitals or by every initial', () => {
    expect(stemNameClue('Coordinated Universal Time', 'UTC', ['ISO 8601', 'Time zone'])).toBe(
      'Coordinated Universal Time',
    );
    expect(spelledOut('Time to First Byte', 'TTFB')).toBe('Time to First Byte');
    expect(spelledOut('Transmission Control Protocol', 'TCP')).not.toBeNull();
  });

  it('reads no description as the name, nor a name that is no acronym', () => {
    expect(spelledOut('The number of seconds since 1970', 'UTC')).toBeNull();
    expect(spelledOut('Uses TCP', 'UTC')).toBeNull();
    expect(spelledOut('Universal Coordinated Time', 'Utc')).toBeNull();
    expect(spelledOut(`${'Word '.repeat(200_000)}`, 'UTC')).toBeNull();
  });
});

describe('camel-case parts of a name', () => {
  it('reads the parts of a camel-case word as words of the name (capitals from three letters)', () => {
    expect(stemNameClue('The cluster DNS server', 'CoreDNS', ['Ingress', 'NetworkPolicy'])).toBe(
      'dns',
    );
    expect(
      stemNameClue('Opens the same port on every node', 'NodePort', ['ClusterIP', 'Ingress']),
    ).toBe('node');
    expect(nameWords('HTTPServer').map((w) => w.text)).toEqual(['http', 'server', 'httpserver']);
  });

  it('leaves short parts and a word another option shares', () => {
    expect(nameWords('ClusterIP').map((w) => w.text)).toEqual(['cluster', 'clusterip']);
    // Since branch lead a word in capitals of a longer name counts (capital-word, below).
    expect(nameWords('TLS 1.3 handshake').map((w) => w.text)).toEqual(['tls', 'handshake']);
    expect(
      stemNameClue('Only nodes with all the listed labels', 'nodeSelector', ['Node affinity']),
    ).toBeNull();
  });
});

describe('a name spelled out, abbreviated or hyphenated in a longer stem', () => {
  it('spelled-within: words in a row whose initials are an acronym name, in its order', () => {
    const stem = '"Not a Number" is produced by invalid operations such as 0.0/0.0';
    expect(spelledWithin(stem, 'NaN')).toBe('Not a Number');
    expect(stemNameClue(stem, 'NaN', ['Signed zero', 'Subnormal numbers'])).toBe('Not a Number');
    // A capital of the name needs a capital in the stem; a name of one capital is no acronym.
    expect(spelledWithin('it is not a number', 'NaN')).toBeNull();
    expect(spelledWithin('Takes a Guess', 'Tag')).toBeNull();
    expect(spelledWithin(`${'Nothing '.repeat(100_000)}at all`, 'NaN')).toBeNull();
  });

  it('acronym-word-spelled: words whose initials, in any case, spell an acronym word of the name', () => {
    expect(acronymWordSpelled('The area under the curve of TPR against FPR', 'ROC AUC')).toBe(
      'area under curve',
    );
    // `and` counts where the acronym has its letter.
    expect(acronymWordSpelled('Atomically compare and swap a word', 'CAS')).toBe(
      'compare and swap',
    );
    // A longer acronym spelled without its first letter.
    expect(acronymWordSpelled('The Strict-Transport-Security header', 'HSTS')).toBe(
      'Strict Transport Security',
    );
    expect(
      acronymWordSpelled('Counts the true positives among all positives', 'ROC AUC'),
    ).toBeNull();
    expect(acronymWordSpelled('Limits the average and allows bounded bursts', 'GCRA')).toBeNull();
    // Two letters are no acronym word to spell out (`PR` of `PR AUC`).
    expect(acronymWordSpelled('positive rate', 'PR')).toBeNull();
    // A run of capitals before a Japanese word, and capitals before a capitalised word.
    expect(acronymWordSpelled('Log-Structured Merge-tree の略', 'LSMツリー')).toBe(
      'Log Structured Merge',
    );
    expect(acronymWordSpelled('Sorted String Table：キー順に並んだ不変ファイル', 'SSTable')).toBe(
      'Sorted String Table',
    );
    expect(acronymWordSpelled('Sorted runs are merged', 'SSTable')).toBeNull();
    // One pass over a long stem.
    const long = `${'word '.repeat(200_000)}and so on`;
    expect(acronymWordSpelled(long, 'ROC AUC')).toBeNull();
  });

  it('initials-in-stem: the initials of a name of two words or more, in capitals', () => {
    const stem =
      'Southern-hemisphere zones shift in the opposite months, and many zones have no DST';
    expect(initialsIn(stem, 'Daylight saving time')).toBe('DST');
    expect(stemNameClue(stem, 'Daylight saving time', ['Unix time', 'IANA time zone'])).toBe('DST');
    // `of` is no word of the initials; lower case, or inside a longer word, is no abbreviation.
    expect(initialsIn('PTC keeps tail latency low', 'Power of two choices')).toBe('PTC');
    // An en dash between words (reading 37: `Stoichiometric AFR ≈ 14.7:1` named `Air–fuel ratio`).
    expect(initialsIn('Stoichiometric AFR ≈ 14.7:1', 'Air–fuel ratio (λ)')).toBe('AFR');
    expect(initialsIn('no dst at all', 'Daylight saving time')).toBeNull();
    expect(initialsIn('DSTORE is a register', 'Daylight saving time')).toBeNull();
    expect(initialsIn('DST', 'Daylight')).toBeNull();
    // A word in camel case by its parts, and the initials' plural.
    expect(initialsIn('Two HLLs with the same p merge', 'HyperLogLog')).toBe('HLLs');
    expect(initialsIn('An HLL register keeps a maximum', 'HyperLogLog')).toBe('HLL');
    expect(initialsIn('HLLs merge', 'Hyperloglog')).toBeNull();
  });

  it('capital-word: a word in capitals of a longer name counts from three letters', () => {
    expect(stemNameClue('A fixed difference from UTC', 'UTC offset', ['Time zone', 'DST'])).toBe(
      'utc',
    );
    expect(
      stemNameClue('タスクが実行してよいCPUの集合を制限する', 'CPUアフィニティ', ['nice値']),
    ).toBe('cpu');
    // Shared with another option's name: no clue.
    expect(
      stemNameClue('A fixed difference from UTC', 'UTC offset', ['UTC', 'Time zone']),
    ).toBeNull();
  });

  it('hyphenated-parts: each part of a hyphenated word of four letters or more', () => {
    expect(nameWords('Multi-stage build').map((w) => w.text)).toEqual(['multi', 'stage', 'build']);
    expect(
      stemNameClue('A Dockerfile can have several FROM stages', 'Multi-stage build', ['Tag']),
    ).toBe('stage');
  });

  it('shared-root: one word in two forms, six letters in common and seven or more each', () => {
    const stem = 'Some input has two parse trees (dangling else); ambiguity is undecidable';
    expect(stemNameClue(stem, 'Ambiguous grammar', ['Left recursion', 'Lexer'])).toBe('ambiguous');
    expect(
      stemNameClue('Each variable is assigned in exactly one place', 'Static single assignment', [
        'Constant folding',
      ]),
    ).toBe('assignment');
    // Shorter words or fewer letters in common are other words (`consistent` / `constant`).
    expect(stemNameClue('A consistent read', 'Constant folding', ['Lexer'])).toBeNull();
    expect(stemNameClue(`${'ambiguity '.repeat(50_000)}`, 'Ambiguous grammar', [])).toBe(
      'ambiguous',
    );
  });

  it('derived-form: one word with and without a derivational ending', () => {
    expect(
      stemNameClue('Equal keys must have equal hashes', 'Equality contract', ['Resizing']),
    ).toBe('equality');
    expect(
      stemNameClue('Unquoted expansions are split on IFS', 'Word splitting', ['Globbing']),
    ).toBe('splitting');
    expect(
      stemNameClue('Probe i, i+1, i+2…; cache-friendly', 'Linear probing', ['Open addressing']),
    ).toBe('probing');
    // A root of fewer than four letters is no word (`later` / `latency`).
    expect(stemNameClue('It happens later', 'Latency budget', ['Lexer'])).toBeNull();
    expect(stemNameClue('A rate per second', 'Rating scale', ['Lexer'])).toBeNull();
    expect(stemNameClue(`${'splitting '.repeat(50_000)}`, 'Split brain', [])).toBe('split');
  });

  it('noun-of-verb: a noun whose ending changes the verb (reading 35)', () => {
    expect(
      stemNameClue('Golden syrup is partially inverted', 'Sucrose inversion', [
        'Caramelisation',
        'Interfering agents',
      ]),
    ).toBe('inversion');
    expect(stemNameClue('It can extend the key', 'Key extension', ['Hashing'])).toBe('extension');
    expect(stemNameClue('Frames are transmitted twice', 'Retransmission', ['ACK'])).toBeNull();
    expect(stemNameClue('Frames are transmitted twice', 'Frame transmission', ['ACK'])).toBe(
      'frame',
    );
    expect(stemNameClue('It was transmitted twice', 'Frame transmission', ['ACK'])).toBe(
      'transmission',
    );
    // A root too short to be a word (`version` is no noun of `vert`).
    expect(stemNameClue('The vertical axis', 'Version vector', ['Lamport clock'])).toBeNull();
  });

  it('reading 76: `-ic` (`acid` ~ `Acidic`) and `-rption` (`absorbed` ~ `absorption`)', () => {
    expect(
      stemNameClue(
        'Buttermilk and lemon juice can supply the acid for soda',
        'Acidic ingredients',
        ['Baking powder', 'Neutralizing value (NV)'],
      ),
    ).toBe('acidic');
    expect(
      stemNameClue('UV-C fully absorbed, most UV-B absorbed', 'UV absorption', [
        'Dobson unit',
        'Chapman cycle',
      ]),
    ).toBe('absorption');
    // A root of fewer than four letters stays whole (`music` is no `mus`).
    expect(stemNameClue('Museum hours', 'Music theory', ['Harmony'])).toBeNull();
  });
});

describe('names repeated inside a word or with a digit', () => {
  it('digit-word: a word of the name with a digit, said whole', () => {
    expect(
      stemNameClue('4xx temporary, retried; 5xx permanent, bounced', '4xx / 5xx replies', [
        'Port 465',
        'MTA queue',
      ]),
    ).toBe('4xx');
    // Part of a longer number is not the word (`465` is not in `14650`).
    expect(stemNameClue('Sent 14650 messages', 'Port 465', ['SMTP'])).toBeNull();
  });

  it('letter-digit-word: a letter and a digit (`T1`) is a word of the name (reading 35)', () => {
    expect(
      stemNameClue('Short T1 is bright on T1-weighted images', 'T1 / T2 relaxation', [
        'Larmor frequency',
        'MRI safety',
      ]),
    ).toBe('t1');
    // Not inside a longer word or number (`T10`, `AT1`).
    expect(stemNameClue('Tier T10 and AT1 links', 'T1 / T2 relaxation', ['MRI safety'])).toBeNull();
  });

  it('word-inside: a stem word that opens or ends a word of the name', () => {
    expect(
      stemNameClue('In-session upgrade to TLS; opportunistic between MTAs', 'STARTTLS', [
        'Greylisting',
        'Port 587',
      ]),
    ).toBe('tls');
    expect(
      stemNameClue('Alias of None; inserts an axis of length 1', 'np.newaxis', ['Broadcasting']),
    ).toBe('axis');
    expect(
      stemNameClue('Metadata-only, but old code still uses the old name', 'Column rename', [
        'Backfill',
      ]),
    ).toBe('name');
    // What the name adds must make a word (`st` of `string` does not).
    expect(stemNameClue('A ring buffer of recent events', 'String interning', ['Heap'])).toBeNull();
    // A name in camel case is read by its parts: `nodes` is no word of `nodeSelector`.
    expect(
      stemNameClue('Only nodes with all the listed labels', 'nodeSelector', ['Node affinity']),
    ).toBeNull();
    // Another option's name holding the word shares the clue.
    expect(
      stemNameClue('Upgrade to TLS in the session', 'STARTTLS', ['TLS 1.3', 'Port 587']),
    ).toBeNull();
  });

  it('reads a long line (no pattern backtracks)', () => {
    const long = `${'axes '.repeat(20000)}end ${'4'.repeat(50000)}`;
    expect(stemNameClue(long, 'np.newaxis', ['Broadcasting'])).toBeNull();
    expect(stemNameClue(long, '4xx / 5xx replies', ['Port 465'])).toBeNull();
  });
});

describe('expansionOf (expanded-name)', () => {
  it('reads the words an acronym stands for from another name of it', () => {
    expect(expansionOf('LCP', 'LCP (Largest Contentful Paint)')).toBe('Largest Contentful Paint');
    expect(expansionOf('LCP', 'Largest Contentful Paint')).toBe('Largest Contentful Paint');
    expect(expansionOf('TTFB', 'Time to First Byte')).toBe('Time to First Byte');
    // A word in camel case counts by its parts, as initialsIn reads it.
    expect(expansionOf('DKIM', 'DKIM（DomainKeys Identified Mail）')).toBe(
      'DomainKeys Identified Mail',
    );
    expect(expansionOf('BRIN', 'Block Range INdex')).toBe('Block Range INdex');
  });
  it('leaves other names alone: a longer title, a translation, a name that is no acronym', () => {
    expect(expansionOf('UTF-16', 'UTF-16 and surrogate pairs')).toBeNull();
    expect(expansionOf('セルフヒーリング', '自動復旧')).toBeNull();
    expect(expansionOf('MVCC', 'Multiversion concurrency')).toBeNull();
    expect(expansionOf('Retry', 'Retry with backoff')).toBeNull();
  });
});

describe('stem clues of reading 10 and 11: a name said as a prefix, inside a longer word', () => {
  it('capital-prefix: a short name opening a word in capitals (`GOOS` for Go)', () => {
    expect(stemNameClue('GOOS と GOARCH を設定してビルドする', 'Go', ['Rust', 'Java'])).toBe(
      'GOOS',
    );
    expect(stemNameClue('Gone are the days of one binary per platform', 'Go', ['Rust'])).toBeNull();
    // Linear on a megabyte of capitals.
    expect(stemNameClue(`${'A'.repeat(1_000_000)} x`, 'Go', ['Rust'])).toBeNull();
  });

  it('name-opens-stem-word: the root of a name’s word opening a longer word (`Alertmanager`)', () => {
    expect(
      stemNameClue('firing のアラートを Alertmanager に送る', 'Alerting rules と for', [
        'Recording rules',
        'スクレイプ（pull型）',
      ]),
    ).toBe('alertmanager');
    // A root of four letters is too short to tell (`cach` of `cache` opens many words).
    expect(stemNameClue('A cachet of trust', 'Cache stampede', ['TTL'])).toBeNull();
  });

  it('ution-of-ve: `Evolve in place` repeats a word of `Schema evolution`', () => {
    expect(
      stemNameClue('Evolve in place: add fields, mark old ones @deprecated', 'Schema evolution', [
        'Caching',
        'Introspection',
      ]),
    ).toBe('evolution');
    expect(stemNameClue('Resolve it by hand', 'Conflict resolution', ['Quorum'])).toBe(
      'resolution',
    );
  });

  it('loanword-of-name: a katakana word of the stem borrowed from a Latin word of the name', () => {
    expect(stemNameClue('コンパクションで古い値を捨てる', 'Compaction', ['Memtable', 'WAL'])).toBe(
      'コンパクション',
    );
    expect(stemNameClue(`${'コ'.repeat(100_000)}を捨てる`, 'Compaction', ['WAL'])).toBeNull();
  });
});
