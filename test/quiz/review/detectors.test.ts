import { describe, expect, it } from 'vitest';
import { absoluteWords, makesSweepingClaim } from '../../../src/quiz/review/absolute-words.ts';
import { isBareValue } from '../../../src/quiz/review/bare-values.ts';
import { circularPhrase } from '../../../src/quiz/review/circular-why.ts';
import { optionForm } from '../../../src/quiz/review/option-form.ts';
import { polarity } from '../../../src/quiz/review/polarity.ts';
import { repeatedChunk } from '../../../src/quiz/review/repeated-words.ts';
import { hasAbsoluteWord } from '../../../src/quiz/text/cues.ts';

describe('absoluteWords', () => {
  it.each([
    ['起動・停止・削除は個別操作のみ', ['のみ']],
    ['イベントは必ず1度だけ届く', ['だけ', '必ず']],
    ['できるだけ短く保つ', []],
    ['対になる秘密鍵でしか復号できない', ['しか']],
    ['しかし、復号は遅い', []],
    ['しかも鍵は短い', []],
    ['Safe only for idempotent operations', ['only']],
    // Reading 45: `only` joined to the word before names a property (hyphenated-only).
    ['Post-only orders are rejected (or repriced) if they would take liquidity', []],
    ['A read-only replica serves reads', []],
    ['A read-only replica serves only reads', ['only']],
    ['Only append-only logs are kept', ['only']],
    ['Returns commonly used keys', []],
    ['Every operation can be retried', ['every']],
    // Reading 54: `every` before a unit of time says how often.
    ['Prices are collected every month for the same items', []],
    ['Keepalives go out every 15 seconds', []],
    ['Weights are revised every other year', []],
    ['It runs every time and every month', ['every']],
    ['It installs nothing at all', ['all']],
    ['When a pod cannot be placed', []],
    // Reading 11: the one sweeping claim of its set.
    ['JWTs are inherently more secure', ['inherently']],
    ['Asking for fewer fields automatically reduces database work', ['automatically']],
    // h40: `全部` is `all`.
    ['全パケットが5つのチェインを順番に全部通る', ['全部']],
    // Reading 32.
    ['どのビット幅でも精度は落ちない', ['どの…でも']],
    ['どのように動くかは設定で変わる', []],
    // Reading 52: `どの…も` is `every`; not where どの asks (`どの列がいいかも`, `どのくらい速くても`).
    ['どの茶も沸騰直後のお湯が一番', ['どの…でも']],
    ['どの型の赤血球も受けられる', ['どの…でも']],
    ['どの列がいいかも設定次第', []],
    ['どのくらい速くても間に合わない', []],
    ['Heat is trapped permanently', ['permanently']],
    ['登録すれば自動的に保護される', ['自動的に']],
    // Reading 37.
    ['油と一緒でないとまったく吸収されない', ['まったく']],
    // Readings 45–50: words the option search's cues read already, now one list with the review's.
    ['DIにはDIコンテナが必須', ['必須']],
    ['温度を上げれば時間はいくらでも短くできる', ['いくらでも']],
    // `value-name`: None and All named as values or titles say nothing absolute; a sentence's first
    // word, or the same word in lower case, still does.
    ['SameSite: Strict / Lax / None, judged by site; None requires Secure', []],
    ['Session fixation: Only regenerate on logout', ['only']],
    ['None of the replicas answer', ['none']],
    ['Lax / None: none of them is sent cross-site', ['none']],
    // Readings 59–60: the one sweeping claim of their sets.
    ['ステロイドを投与すれば確実に予防できる', ['確実に']],
    ['root は何でも実行できる', ['何でも']],
    ['一度取り込んだ放射性物質は一生体内に残る', ['一生']],
    ['A goroutine blocked forever is never collected', ['never']],
    // Reading 86: the one sweeping claim of their sets; not `誰が` that asks who.
    ['eGFRが少しでも下がったら中止', ['少しでも']],
    ['Hbは正常値まで上げるほど良い', ['ほど良い']],
    ['誰が相続しても80%減', ['誰が…ても']],
    ['誰ができるか：各自', []],
    // Reading 88 and the 492 read notes: "whatever", "however much, it is fine".
    ['OSSは著作権が放棄されているので何をしてもよい', ['何を…ても']],
    ['無害なのでいくら溜まってもよい', ['いくら…てもよい']],
    ['ゲストOSの中でプロセスをいくら調べても原因は見つからない', []],
    ['何を測るかで決まる', []],
    ['ET is "perfectly in tune"', ['perfectly']],
  ])('%s → %j', (text, words) => {
    expect(absoluteWords(text)).toEqual(words);
  });

  it('reads a megabyte of hyphenated `only` at once', () => {
    const start = performance.now();
    expect(absoluteWords('read-only '.repeat(100_000))).toEqual([]);
    expect(performance.now() - start).toBeLessThan(5_000);
  });

  it('reads a megabyte of どの at once', () => {
    const start = performance.now();
    expect(absoluteWords('どの'.repeat(500_000))).toEqual([]);
    expect(performance.now() - start).toBeLessThan(2000);
  });

  it('reads a megabyte of 誰が at once', () => {
    const start = performance.now();
    expect(absoluteWords('誰が'.repeat(500_000))).toEqual([]);
    expect(performance.now() - start).toBeLessThan(2000);
  });

  it('reads a megabyte of いくら and 何を at once', () => {
    const start = performance.now();
    expect(absoluteWords('いくら何を'.repeat(200_000))).toEqual([]);
    expect(performance.now() - start).toBeLessThan(5_000);
  });

  it('reads 誰が…ても as the generator does (text/cues.ts)', () => {
    expect(hasAbsoluteWord('誰が相続しても80%減')).toBe(true);
    expect(hasAbsoluteWord('誰ができるか：各自')).toBe(false);
  });

  it('reads しか…ない as the generator does (text/cues.ts), not the しか of しかし or しかも', () => {
    expect(hasAbsoluteWord('対になる秘密鍵でしか復号できない')).toBe(true);
    expect(hasAbsoluteWord('しかし、復号は遅い')).toBe(false);
    expect(hasAbsoluteWord('しかも鍵は短い')).toBe(false);
  });

  it('reads the Japanese words as the review does: one list (`まったく`, not `できるだけ`)', () => {
    for (const text of ['油と一緒でないとまったく吸収されない', '唯一の正解', '全部通る'])
      expect(hasAbsoluteWord(text)).toBe(absoluteWords(text).length > 0);
    expect(hasAbsoluteWord('油と一緒でないとまったく吸収されない')).toBe(true);
    expect(hasAbsoluteWord('できるだけ短く保つ')).toBe(false);
  });
});

describe('makesSweepingClaim', () => {
  it.each([
    ['垂直同期さえしていればティアリングは起きない', true],
    ['鍵さえあれば誰でも開けられる', true],
    ['専門家でさえ間違える', false],
    ['さえ、ここでは関係ない', false],
    ['One high fasting value is enough', true],
    ['Fasting glucose is measured after 8 hours', false],
    // Reading 59: "the more the better".
    ['長時間冷やし続けるほどよい', true],
    ['石灰はたくさん入れるほど良い', true],
    ['多いほど効く', false],
  ])('%s → %s', (text, sweeping) => {
    expect(makesSweepingClaim(text)).toBe(sweeping);
  });
});

describe('optionForm', () => {
  it.each([
    ['補助機能を追加', 'statement'],
    ['中継', 'phrase'],
    ['HTTP/2専用', 'phrase'],
    ['セルフヒーリングはNode単位', 'statement'],
    ['HTTP/1とネイティブに互換性あり', 'statement'],
    ['レジストリから動的に選択', 'statement'],
    ['サービスごとに専用DB', 'phrase'],
    ['単一ホストでの実行', 'phrase'],
    ['HTTP/2による高速通信（多重化、ヘッダ圧縮）', 'phrase'],
    ['動的に変化するサービスの場所を発見する仕組み', 'phrase'],
    // A clause that ends in any verb ending modifies the noun after it (保つ, 使う, 選ぶ, 防ぐ).
    ['関数の参照を、依存する値が変わるまで同じに保つフック', 'phrase'],
    ['結果をキャッシュから使う方法', 'phrase'],
    ['攻撃を防ぐ仕組み', 'phrase'],
    ['Pod数を維持するよう自動起動', 'statement'],
    ['全部反映か、何も反映しないか', 'statement'],
    // An equation says what equals what, whatever its last term.
    ['誤差 = バイアス² + バリアンス + 削減できないノイズ', 'statement'],
    ['<= 3 なら最大3行', 'phrase'],
    // quoted-clause-is-a-name: a clause in 「」 names what follows it.
    ['「受信が含まれるなら対応する送信も含まれる」カット', 'phrase'],
    ['「平均CPU使用率70%で余裕あり」は危険な判断', 'statement'],
    ['定期メンテとして毎晩VACUUM FULLすべき', 'statement'],
    // object-inside-a-noun-phrase: `を` inside a clause on the noun after the last `の`.
    ['外部からのコントリビューションを受け入れるときの仕組み', 'phrase'],
    ['メモリを大量に使う処理の一部', 'phrase'],
    ['ログをまとめるのはサイドカーの役目', 'statement'],
    ['コンテナの外側で実装', 'statement'],
    // aside-is-no-clause: the particles of a parenthesis are the aside's.
    ['固定子（界磁：小型は永久磁石が多い）と、回転子（電機子巻線）', 'phrase'],
    ['ブラシは（整流子と擦れるので）摩耗する', 'statement'],
    ['The data is encrypted with the public key', 'statement'],
    ['It limits requests per second', 'statement'],
    ['Fails fast', 'statement'],
    ['Routes by URL path', 'statement'],
    ['Each send() arrives as one message', 'statement'],
    ['Requests per second', 'phrase'],
    ['Symmetric session keys', 'phrase'],
    ['Headers, cookies and paths', 'phrase'],
    ['Used by DNS queries, QUIC and games', 'unclear'],
    // A noun whose only verb is in its relative clause is a noun phrase (Memory leak's cell).
    ['Objects that are still reachable but never used again', 'phrase'],
    ['Objects that are reachable are kept', 'statement'],
    ['A file that did not change between commits keeps the same blob', 'statement'],
    ['It is a reference that is weak', 'statement'],
  ])('%s → %s', (text, form) => {
    expect(optionForm(text)).toBe(form);
  });
});

describe('polarity', () => {
  it('splits a statement into its core and its negation', () => {
    expect(polarity('単一障害点なし')).toEqual({ core: '単一障害点', negative: true });
    expect(polarity('単一障害点あり')).toEqual({ core: '単一障害点', negative: false });
    expect(polarity('あり（ブローカー）')).toEqual({ core: '', negative: false });
    expect(polarity('分散トランザクションを使わない')).toEqual({
      core: '分散トランザクションを使',
      negative: true,
    });
    expect(polarity('分散トランザクションを使う')).toEqual({
      core: '分散トランザクションを使',
      negative: false,
    });
    expect(polarity('It does not retry')).toEqual({ core: 'it retry', negative: true });
    expect(polarity("It can't retry").negative).toBe(true);
    expect(polarity('Yes')).toEqual({ core: '', negative: false });
    expect(polarity('No')).toEqual({ core: '', negative: true });
    expect(polarity('×').negative).toBe(true);
  });
});

describe('repeatedChunk', () => {
  it.each([
    ['反映を待たずにコミットコミット', 'コミット'],
    ['Pod数Pod数を保つ', 'pod数'.replace('pod', 'Pod')],
    ['the the breaker', 'the'],
    ['いろいろな方式', null],
    ['一つ一つ確認する', null],
    ['サーバーーーー', null],
    ['It had had two retries', null],
    ['Retries, retries', null],
    ['bookkeeping', null],
    ['Retry\tretry calls', 'retry'],
    ['Retry、retry', null],
    // Reading 11 (search-engines-inverted-index.en): an English word beside a keyword of code.
    ["scans the documents at query time like LIKE '%fox%'", null],
    ['THE THE breaker', 'the'],
  ])('%s → %s', (text, chunk) => {
    expect(repeatedChunk(text)).toBe(chunk);
  });
});

describe('circularPhrase', () => {
  it('finds phrases that only give the verdict', () => {
    expect(circularPhrase('まとめ表で『よくある誤解』に挙げられている')).toBeTruthy();
    expect(circularPhrase('まとめ表で誤りとされている')).toBe('まとめ表で');
    expect(circularPhrase('Listed as a common misconception in the notes')).toBe(
      'listedasacommonmisconception',
    );
    expect(circularPhrase('「Nodeを作成する」は誤り', 'Nodeを作成する')).toBe('は誤り');
    expect(circularPhrase('Fails fast.', 'Fails fast')).toBe('failsfast');
    expect(circularPhrase('Wrong.')).toBe('wrong');
  });

  it('passes a why that teaches', () => {
    expect(
      circularPhrase('Nodeは作成しない（別NodeでPodを再起動する）', 'Nodeを作成する'),
    ).toBeNull();
    expect(circularPhrase('That is a rate limiter', 'Limits requests per second')).toBeNull();
    expect(circularPhrase('')).toBeNull();
  });
});

describe('isBareValue', () => {
  it.each([
    ['あり', true],
    ['あり（ブローカー）', true],
    ['○', true],
    ['発生', true],
    ['**Yes**', true],
    ['Lower', true],
    ['疎結合', false],
    ['Fails fast', false],
  ])('%s → %s', (text, bare) => {
    expect(isBareValue(text)).toBe(bare);
  });
});
