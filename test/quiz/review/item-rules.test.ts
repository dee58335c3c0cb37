import { describe, expect, it } from 'vitest';
import { ITEM_RULES, reviewQuestion } from '../../../src/quiz/review/review.ts';
import type { ItemContext, ItemRule } from '../../../src/quiz/review/types.ts';
import type { Question } from '../../../src/quiz/types.ts';
import { q } from './make-question.ts';

const CONTEXT: ItemContext = { conceptNames: [] };

function rule(name: string): ItemRule {
  const found = ITEM_RULES.find((r) => r.name === name);
  if (!found) throw new Error(`no rule ${name}`);
  return found;
}

interface RuleCases {
  rule: string;
  /** Questions the rule must flag, with a text the evidence must contain. */
  bad: [string, Question, string][];
  /** Questions the rule must pass. */
  good: [string, Question][];
  context?: ItemContext;
}

const CASES: RuleCases[] = [
  {
    rule: 'option-count',
    bad: [
      ['ja: two options', q({ options: ['*あり', 'なし'] }), 'なし'],
      ['en: one option', q({ language: 'en', options: ['*TCP'] }), 'TCP'],
    ],
    good: [
      [
        'ja: three options',
        q({ options: ['*即座にエラーを返す', 'キューに溜める', '上限で拒否する'] }),
      ],
      ['en: three options', q({ language: 'en', options: ['*TCP', 'UDP', 'QUIC'] })],
    ],
  },
  {
    rule: 'one-key',
    bad: [
      [
        'ja: two keys',
        q({ options: ['*補助機能を追加する', '*外部接続を中継する', '形式を変換する'] }),
        '外部接続を中継する',
      ],
      ['en: no key', q({ language: 'en', options: ['TCP', 'UDP', 'QUIC'] }), ''],
    ],
    good: [['en: one key', q({ language: 'en', options: ['*TCP', 'UDP', 'QUIC'] })]],
  },
  {
    rule: 'distinct-options',
    bad: [
      [
        'ja: one text twice',
        q({ options: ['*HTTP/2専用', 'ＨＴＴＰ/2 専用', 'REST'] }),
        'ＨＴＴＰ/2 専用',
      ],
      [
        'en: one text twice',
        q({ language: 'en', options: ['*Fails fast', 'fails  fast.', 'Retries'] }),
        'fails  fast.',
      ],
    ],
    good: [['ja: different texts', q({ options: ['*HTTP/2', 'HTTP/1.1', 'HTTP/3'] })]],
  },
  {
    rule: 'one-form',
    bad: [
      [
        'ja: a statement among bare nouns',
        q({ options: ['*補助機能を追加', '中継', '変換'] }),
        'statement: 補助機能を追加',
      ],
      [
        'ja: the summary cell among statements',
        q({
          options: [
            '*ローカルTx + 非同期メッセージ',
            '分散トランザクションを使う',
            'コーディネータがロックする',
          ],
        }),
        'phrase: ローカルTx + 非同期メッセージ',
      ],
      [
        'en: a statement among noun phrases',
        q({
          language: 'en',
          options: ['*The breaker returns an error at once', 'Request queue', 'Rate limit'],
        }),
        'statement: The breaker returns an error at once',
      ],
    ],
    good: [
      [
        'ja: three statements',
        q({
          options: [
            '*下流を呼ばずに即座にエラーを返す',
            'キューに溜め、下流の回復後にまとめて送る',
            'レート制限で超えた分を拒否する',
          ],
        }),
      ],
      ['ja: three nouns', q({ options: ['*サイドカー', 'アンバサダー', 'アダプター'] })],
      [
        'ja: verbal nouns with a case particle',
        q({
          options: [
            '*レジストリから動的に選択',
            'IPアドレスを静的に設定',
            '設定ファイルに手で記述',
          ],
        }),
      ],
      [
        'en: three statements',
        q({
          language: 'en',
          options: [
            '*It returns an error at once',
            'It queues the request until recovery',
            'It rejects requests above a rate',
          ],
        }),
      ],
      ['en: three names', q({ language: 'en', options: ['*TCP', 'UDP', 'QUIC'] })],
      [
        'en: a long text of unclear form counts as either',
        q({
          language: 'en',
          options: [
            '*Used by DNS queries, QUIC and online games',
            'Ordered byte stream',
            'Connection setup',
          ],
        }),
      ],
    ],
  },
  {
    rule: 'one-mood',
    bad: [
      [
        'en: an instruction among claims (reading 56)',
        q({
          language: 'en',
          asksFor: 'misconception',
          options: [
            '*Partial application: You can only partially apply a curried function',
            'Currying: It is a transformation of the function shape',
            'Fold / reduce: Always pass the initial value',
          ],
        }),
        'Always pass the initial value',
      ],
    ],
    good: [
      [
        'en: claims only',
        q({
          language: 'en',
          asksFor: 'misconception',
          options: [
            '*You can only partially apply a curried function',
            'Currying changes the shape of a function',
            'Partial application fixes some arguments',
          ],
        }),
      ],
      [
        'en: instructions only',
        q({
          language: 'en',
          options: [
            '*Start from a network pretrained on a big dataset',
            'Freeze the last layers and retrain the early ones',
            'Avoid any pretrained weights',
          ],
        }),
      ],
    ],
  },
  {
    rule: 'similar-length',
    bad: [
      [
        'ja: 4 units against 21',
        q({ options: ['*即エラー', 'キューに入れて下流の回復後にまとめて再送する', 'レート制限'] }),
        '即エラー',
      ],
      [
        'en: one word against eleven',
        q({
          language: 'en',
          options: [
            '*Fails',
            'Queues every request until the dependency has fully recovered again later',
            'Throttles',
          ],
        }),
        'Fails',
      ],
    ],
    good: [
      [
        'ja: similar lengths',
        q({
          options: ['*即座にエラーを返す', 'キューに溜めて後で送る', '上限を超えた分を拒否する'],
        }),
      ],
      [
        'en: short names of any length',
        q({ language: 'en', options: ['*TCP', 'QUIC over UDP', 'UDP'] }),
      ],
      [
        // A name's length says nothing of whether it is the answer: the sibling the notes set
        // against the key (トランスポートモード) stands beside an acronym (reading 56).
        'ja: which-concept names, an acronym beside a long name',
        q({ kind: 'which-concept', options: ['*トンネルモード', 'トランスポートモード', 'AH'] }),
      ],
    ],
  },
  {
    rule: 'key-not-shortest',
    bad: [
      [
        'en: the one short misconception among long truths',
        q({
          language: 'en',
          asksFor: 'misconception',
          options: [
            '*Forbids bursts',
            'Keeps a timestamp per request; exact, but memory grows with the limit',
            'Stores one theoretical arrival time per key; a leaky-bucket meter in one number',
          ],
        }),
        'Forbids bursts',
      ],
      [
        'ja: 誤解だけが短い',
        q({
          asksFor: 'misconception',
          options: [
            '*順序は保証されない',
            '同じパーティション内ではオフセット順に読み出され、コンシューマーはその順で処理する',
            'パーティションを増やすと、同じキーのメッセージが別のパーティションに入ることがある',
          ],
        }),
        '順序は保証されない',
      ],
    ],
    good: [
      [
        'en: a short misconception beside a short truth',
        q({
          language: 'en',
          asksFor: 'misconception',
          options: [
            '*Forbids bursts',
            'Allows bounded bursts',
            'Stores one theoretical arrival time per key; a leaky-bucket meter in one number',
          ],
        }),
      ],
      [
        'en: a short key of a correct-about question (key-not-longest reads those)',
        q({
          language: 'en',
          options: [
            '*Allows bursts',
            'Keeps a timestamp per request; exact, but memory grows with the limit',
            'Stores one theoretical arrival time per key; a leaky-bucket meter in one number',
          ],
        }),
      ],
    ],
  },
  {
    rule: 'key-not-longest',
    bad: [
      [
        'ja: the key is three times the others',
        q({
          options: [
            '*エラーレートが閾値を超えたら下流を呼ばずに即座にエラーを返す',
            'キューに溜める',
            '上限で拒否する',
          ],
        }),
        'エラーレートが閾値を超えたら',
      ],
      [
        'en: the most qualified key',
        q({
          language: 'en',
          options: [
            '*Safe for idempotent operations after a transient fault, with backoff',
            'Any operation',
            'Permanent faults',
          ],
        }),
        'Safe for idempotent',
      ],
    ],
    good: [
      [
        'ja: the key is not the longest',
        q({
          options: [
            '*即座にエラーを返す',
            'キューに溜めて後でまとめて送る',
            '上限を超えた分を拒否する',
          ],
        }),
      ],
      [
        'en: similar lengths',
        q({ language: 'en', options: ['*Fails fast', 'Queues requests', 'Limits the rate'] }),
      ],
    ],
  },
  {
    rule: 'sweeping-key-alone',
    bad: [
      [
        'en: only the misconception says any (reading 55)',
        q({
          language: 'en',
          asksFor: 'misconception',
          options: [
            '*Any photo of a person is biometric data',
            'Consent must be freely given',
            'A DPIA comes before the processing',
          ],
        }),
        'Any photo of a person is biometric data',
      ],
    ],
    good: [
      [
        'en: any in a true option points away from the key',
        q({
          language: 'en',
          asksFor: 'misconception',
          options: [
            '*W and VA are interchangeable',
            'RMS is defined for any waveform',
            'Three sinusoids 120° apart',
          ],
        }),
      ],
      [
        'en: any on both sides',
        q({
          language: 'en',
          asksFor: 'misconception',
          options: ['*Any key fits any lock', 'Anyone may read the log', 'The log is append-only'],
        }),
      ],
    ],
  },
  {
    rule: 'absolute-words-balanced',
    bad: [
      [
        'ja: absolutes only in false options',
        q({ options: ['*まとめて操作できる', '個別操作のみできる', '開発環境専用で使う'] }),
        '個別操作のみできる [のみ]',
      ],
      [
        'ja: an absolute only in the key',
        q({ options: ['*必ずPod単位で復旧する', 'Node単位で復旧する', 'Nodeを作り直す'] }),
        '[必ず]',
      ],
      [
        'en: absolutes only in false options',
        q({
          language: 'en',
          options: [
            '*Safe for idempotent operations',
            'Safe for every operation',
            'Fixes all permanent faults',
          ],
        }),
        'Safe for every operation [every]',
      ],
      [
        'en: the misconception is the only absolute one',
        q({
          language: 'en',
          asksFor: 'misconception',
          options: [
            '*Events are always delivered exactly once',
            'Handlers need idempotent logic',
            'The log is an audit trail',
          ],
        }),
        '[always]',
      ],
    ],
    good: [
      [
        'ja: no absolute word',
        q({ options: ['*まとめて操作できる', '個別に操作する', '開発環境で使う'] }),
      ],
      [
        'ja: できるだけ is not absolute',
        q({ options: ['*できるだけ短く保つ', '長く保つ', '途中で切る'] }),
      ],
      [
        'en: names are labels (TypeScript types `never`, `any` among which-concept options)',
        q({
          language: 'en',
          kind: 'which-concept',
          options: ['*unknown', 'never', 'Structural typing'],
        }),
      ],
      [
        'en: absolutes in a true and a false option',
        q({
          language: 'en',
          options: [
            '*Retries only idempotent operations',
            'Always retries every operation',
            'Retries permanent faults',
          ],
        }),
      ],
    ],
  },
  {
    rule: 'no-paraphrase-pair',
    bad: [
      [
        'ja: two true statements of one claim',
        q({
          asksFor: 'misconception',
          options: [
            'Pod数を維持するよう自動起動',
            'Pod障害時に指定数を満たすよう自動でPodを起動',
            '*Nodeを作成する',
          ],
        }),
        'Pod数を維持するよう自動起動',
      ],
      [
        'en: two true statements of one claim',
        q({
          language: 'en',
          asksFor: 'misconception',
          options: [
            'Fails fast above an error-rate threshold',
            'Stops calling a failing dependency and fails fast once the error rate crosses a threshold',
            '*Queues requests until the dependency recovers',
          ],
        }),
        'Fails fast above an error-rate threshold',
      ],
      [
        // resilience.en, `Which statement about "Circuit breaker" is correct?`: both wrong options
        // describe Rate limiter, so a guesser drops both and has the key.
        'en: two false statements of one other concept (limits / limiting, per / how many)',
        q({
          language: 'en',
          options: [
            'Limits requests per second',
            'Limiting how many requests a client may make in a time window',
            '*When open it fails fast',
          ],
        }),
        'Limits requests per second',
      ],
    ],
    good: [
      [
        'ja: one frame, different truth (parallel distractors)',
        q({
          options: [
            '*同じ行を読み直すと値が変わる',
            '同じ行を読み直すと行数が増減する',
            '未コミットの変更を読んでしまう',
          ],
        }),
      ],
      [
        'ja: a frame shared by every option (parallel distractors of one truth)',
        q({ options: ['*Aを返す', 'Bを返す', 'Cを返す'] }),
      ],
      [
        'ja: a shared loanword is not a paraphrase',
        q({
          options: [
            '*失敗時は補償トランザクションで取り消す',
            '分散トランザクションを使う',
            'コーディネータがロックする',
          ],
        }),
      ],
      [
        'en: different facets',
        q({
          language: 'en',
          options: [
            '*It fails fast when open',
            'It retries with backoff',
            'It limits requests per client',
          ],
        }),
      ],
    ],
  },
  {
    rule: 'no-contradiction',
    bad: [
      [
        'ja: あり and なし',
        q({ options: ['*中央集権で単一障害点あり', '中央集権で単一障害点なし', '自律分散で動く'] }),
        '中央集権で単一障害点なし',
      ],
      [
        'ja: a verb and its negation',
        q({
          options: [
            '*分散トランザクションを使わない',
            '分散トランザクションを使う',
            'コーディネータがロックする',
          ],
        }),
        '分散トランザクションを使う',
      ],
      [
        'ja: a short option that only denies the word another asserts (denied-predicate)',
        q({
          options: [
            '*獲得免疫は自然免疫と無関係に独立して働く',
            '二つの系は独立していない',
            '自然免疫はPRRでパターン認識する',
          ],
        }),
        '二つの系は独立していない',
      ],
      [
        'ja: the reverse',
        q({
          options: [
            '*SOAは共有DB、MSAは専用DB',
            'SOAは専用DB、MSAは共有DB',
            'どちらも共有DBを使う',
          ],
        }),
        'SOAは専用DB、MSAは共有DB',
      ],
      [
        'en: does / does not',
        q({
          language: 'en',
          options: [
            '*TCP guarantees ordered delivery',
            'TCP does not guarantee ordered delivery',
            'TCP preserves message boundaries',
          ],
        }),
        'TCP does not guarantee ordered delivery',
      ],
      [
        'en: a one-clause option denied in a clause of another (denied-clause)',
        q({
          language: 'en',
          asksFor: 'misconception',
          options: [
            '*Can have false negatives',
            'Set membership with no false negatives and tunable false positives; cannot delete',
            'Is an array of m bits and k hash functions',
          ],
        }),
        'Set membership with no false negatives and tunable false positives; cannot delete',
      ],
    ],
    good: [
      [
        'ja: a denial of a word no other option says',
        q({
          options: [
            '*獲得免疫は自然免疫の合図で起動する',
            '二つの系は独立していない',
            '自然免疫はPRRでパターン認識する',
          ],
        }),
      ],
      [
        'en: `false positives` is a term, not a denial',
        q({
          language: 'en',
          options: [
            '*Has tunable false positives',
            'Has false positives at a fixed rate',
            'Stores every element',
          ],
        }),
      ],
      [
        'ja: different claims',
        q({
          options: [
            '*単一障害点になりうる',
            '指揮者なしで自律分散する',
            'ワークフローが追いにくい',
          ],
        }),
      ],
      [
        'ja: a qualified claim and a longer one',
        q({
          options: ['*自律分散（指揮者なし）', '自律分散、単一障害点なし', '中央集権で制御する'],
        }),
      ],
      [
        'en: different claims',
        q({
          language: 'en',
          options: [
            '*It is connectionless',
            'It does not retransmit by itself',
            'It orders datagrams',
          ],
        }),
      ],
    ],
  },
  {
    rule: 'no-minimal-pair',
    bad: [
      [
        'ja: the key with one term swapped, as the misconception',
        q({
          asksFor: 'misconception',
          options: [
            '適合率と再現率の調和平均',
            'どちらか一方が低いと、F1 も低くなる',
            '*適合率と再現率の算術平均',
          ],
        }),
        '適合率と再現率の調和平均',
      ],
      [
        'en: the key and its unqualified twin',
        q({
          language: 'en',
          options: [
            '*Removes head-of-line blocking at the HTTP level only',
            'Removes head-of-line blocking entirely',
            'Opens one connection per request',
          ],
        }),
        'Removes head-of-line blocking entirely',
      ],
    ],
    good: [
      [
        'ja: parallel options sharing only their frame',
        q({
          options: ['*即座にエラーを返す', 'キューに溜めて後で返す', '別のサービスに転送して返す'],
        }),
      ],
      [
        'ja: two wrong options alike, the key apart',
        q({
          options: [
            '*損失に複雑さへの罰則を加える',
            '適合率と再現率の算術平均',
            '適合率と再現率の幾何平均',
          ],
        }),
      ],
      [
        'en: names are no statements',
        q({
          language: 'en',
          kind: 'which-concept',
          options: ['*Resource limits', 'Resource requests', 'QoS classes'],
        }),
      ],
    ],
  },
  {
    rule: 'no-correction-beside-key',
    bad: [
      [
        'en: a true option says most of the asked misconception’s correction',
        q({
          language: 'en',
          kind: 'misconception-about',
          asksFor: 'misconception',
          options: [
            'Metadata is written at install time: a new dependency or a new entry point needs a reinstall',
            'Points the environment at the source tree',
            '*Picks up a new dependency added to pyproject.toml -- dependencies are read only at install time',
          ],
        }),
        'Metadata is written at install time',
      ],
      [
        'ja: the true option is the correction, said at more length',
        q({
          kind: 'misconception-about',
          asksFor: 'misconception',
          options: [
            '基本の対策は、出力する場所に合わせてエスケープすること',
            'Cookieの盗用や、利用者になりすました操作につながる',
            '*入力時にチェックすれば、出力時のエスケープは不要 -- 入力経路は多く、出力時のエスケープが基本',
          ],
        }),
        '基本の対策は',
      ],
      [
        'en: the key of a correct-about question answers a wrong option',
        q({
          language: 'en',
          kind: 'correct-about',
          options: [
            '*Lists every tracked file for the next commit',
            'Holds only the files you changed -- it lists every tracked file',
            'Records the working tree',
          ],
        }),
        'Holds only the files you changed',
      ],
      [
        'en: the row’s correct cell beside a misconception of its row that says the same thing the other way',
        q({
          language: 'en',
          kind: 'correct-about',
          options: [
            '*Calls provider APIs and writes the state; no rollback on failure',
            'Rolls back on failure -- Correct: “Calls provider APIs and writes the state; no rollback on failure”',
            'Computes the actions without changing anything',
          ],
        }),
        'Rolls back on failure',
      ],
      [
        'en: the correct-about key says a wrong option’s correction of the same thing (two words shared)',
        q({
          language: 'en',
          kind: 'correct-about',
          conceptName: 'Intelligent-Tiering',
          options: [
            '*The Archive Access and Deep Archive Access tiers, which need a restore, are opt-in',
            'Moves objects into tiers that need a restore without being asked -- those tiers are opt-in',
            'Charges a retrieval fee when an object is read again',
          ],
        }),
        'Moves objects into tiers that need a restore',
      ],
    ],
    good: [
      [
        'en: the row’s correct cell beside a misconception of its row that shares no word with it (row-contrast)',
        q({
          language: 'en',
          kind: 'correct-about',
          options: [
            '*Computes the actions without changing anything',
            'Guarantees the apply will succeed -- Correct: “Computes the actions without changing anything”',
            'Pins provider versions and checksums',
          ],
        }),
      ],
      [
        'en: a correct-about key that corrects a wrong option (ITEM-WRITING.md’s own example)',
        q({
          language: 'en',
          kind: 'correct-about',
          options: [
            '*Fails fast once the error rate passes a threshold',
            'Queues requests until the service recovers -- fails fast instead',
            'Isolates resources per dependency',
          ],
        }),
      ],
      [
        'en: a correct-about key that corrects a wrong option sharing one word with it',
        q({
          language: 'en',
          kind: 'correct-about',
          options: [
            '*Stops calling a failing dependency once the error rate crosses a threshold, and fails fast',
            'Queues requests until the dependency recovers -- it fails fast',
            'Isolates resources per dependency',
          ],
        }),
      ],
      [
        'ja: a correction of single kanji only (書・込・遅) says nothing particular',
        q({
          options: [
            '*書き込み時に同期的に両方へ書く',
            '書き込みは速くなる -- 書き込みは遅くなる（速くなるではない）',
            '利用者に近い拠点で返す',
          ],
        }),
      ],
      [
        'en: true options on other facets than the correction',
        q({
          language: 'en',
          kind: 'misconception-about',
          asksFor: 'misconception',
          options: [
            'Points the environment at the source tree',
            'Edits to the code show up without reinstalling',
            '*Picks up a new dependency added to pyproject.toml -- dependencies are read only at install time',
          ],
        }),
      ],
    ],
  },
  {
    rule: 'no-concept-name-clue',
    context: { conceptNames: ['self-healing', '自動復旧'] },
    bad: [
      [
        'ja: the only option naming the concept',
        q({
          conceptName: 'セルフヒーリング',
          options: [
            '*Pod数を維持するよう自動で起動する',
            'セルフヒーリングはNode単位で動く',
            'Nodeを新しく作成する',
          ],
        }),
        'セルフヒーリングはNode単位で動く',
      ],
      [
        'en: an alias names it',
        q({
          language: 'en',
          conceptName: 'Self-healing',
          options: [
            '*Restarts pods to keep the count',
            'Self-healing creates nodes',
            'Rolls back the config',
          ],
        }),
        'Self-healing creates nodes',
      ],
      [
        'en: a camel-case name spelled as words (`LoadBalancer` in `load balancer`)',
        q({
          language: 'en',
          conceptName: 'LoadBalancer',
          options: [
            '*An external load balancer from the cloud provider',
            'Works the same on bare metal',
            'A virtual IP reachable only inside the cluster',
          ],
        }),
        'An external load balancer from the cloud provider',
      ],
      [
        'en: a short name as a whole word',
        q({
          language: 'en',
          conceptName: 'NAT',
          options: [
            '*Many hosts share one address',
            'NAT is a firewall',
            'Every host gets an address',
          ],
        }),
        'NAT is a firewall',
      ],
    ],
    good: [
      [
        'ja: options that are names',
        q({ conceptName: 'サイドカー', options: ['*サイドカー', 'アンバサダー', 'アダプター'] }),
      ],
      [
        'en: every option names its own concept before a colon (a misconception among siblings)',
        q({
          language: 'en',
          conceptName: 'Token bucket',
          asksFor: 'misconception',
          options: [
            '*Token bucket: Unused tokens pile up forever',
            'Sliding window log: Keeps a timestamp per request',
            'GCRA: Stores one theoretical arrival time per key',
          ],
        }),
      ],
      [
        'en: a short name inside other words is not named',
        q({
          language: 'en',
          conceptName: 'NAT',
          options: [
            '*Rewrites the source address',
            'Picks an alternative route',
            'Changes the destination port',
          ],
        }),
      ],
      [
        'ja: every option names it',
        q({
          conceptName: 'CQRS',
          options: [
            '*CQRSは読み書きを分離する',
            'CQRSはリアルタイムに読める',
            'CQRSは設計が単純になる',
          ],
        }),
      ],
    ],
  },
  {
    rule: 'no-bare-values',
    bad: [
      ['ja: あり / なし', q({ options: ['*あり（ブローカー）', 'なし'] }), 'あり（ブローカー）'],
      ['ja: grades', q({ options: ['*低い', '高め', '中程度'] }), '高め'],
      ['ja: 発生 / 防止', q({ options: ['*発生', '防止'] }), '防止'],
      ['en: yes / no', q({ language: 'en', options: ['*Yes', 'No'] }), 'Yes'],
      ['en: grades', q({ language: 'en', options: ['*Lower', 'Higher'] }), 'Higher'],
    ],
    good: [
      ['ja: names', q({ options: ['*オーケストレーション', 'コレオグラフィ', '2PC'] })],
      [
        'en: a real question about a yes/no cell',
        q({ language: 'en', options: ['*TCP', 'UDP', 'ICMP'] }),
      ],
    ],
  },
  {
    rule: 'no-all-or-none-of-the-above',
    bad: [
      [
        'ja: 上記のすべて',
        q({ options: ['*上記のすべて', '補助機能を追加する', '外部接続を中継する'] }),
        '上記のすべて',
      ],
      [
        'en: None of the above',
        q({ language: 'en', options: ['*None of the above', 'It retries', 'It queues'] }),
        'None of the above',
      ],
    ],
    good: [
      [
        'en: ordinary options',
        q({ language: 'en', options: ['*It fails fast', 'It retries', 'It queues'] }),
      ],
    ],
  },
  {
    rule: 'no-repeated-words',
    bad: [
      [
        'ja: a doubled word in an option',
        q({
          options: [
            '*反映を待たずにコミットコミット',
            '待ってからコミットする',
            'ロックしてから書く',
          ],
        }),
        '反映を待たずにコミットコミット',
      ],
      [
        'ja: a doubled word in a why',
        q({
          options: [
            '*即座にエラーを返す',
            'キューに溜める -- キューキューに入れる仕組みではない',
            '上限で拒否する',
          ],
        }),
        'キューキュー',
      ],
      [
        'en: "the the" in the prompt',
        q({
          language: 'en',
          prompt: 'What does the the breaker do?',
          options: ['*Fails fast', 'Retries', 'Queues'],
        }),
        'the the',
      ],
    ],
    good: [
      [
        'ja: hiragana doubling is Japanese',
        q({ options: ['*いろいろな方式を試す', '一つ一つ確認する', 'ますます遅くなる'] }),
      ],
      ['ja: a long mark', q({ options: ['*ーーーー', 'サーバーを使う', 'データを送る'] })],
      [
        'en: "had had" is English',
        q({ language: 'en', options: ['*It had had two retries', 'It failed', 'It queued'] }),
      ],
      [
        'en: a word again after a comma',
        q({ language: 'en', options: ['*Retries, retries and more', 'Fails fast', 'Queues'] }),
      ],
    ],
  },
  {
    rule: 'no-truncated-text',
    bad: [
      [
        'en: an option cut after an article',
        q({
          language: 'en',
          options: [
            '*The data is encrypted with session keys',
            "The certificate's public key is used to encrypt the",
            'Nothing is encrypted',
          ],
        }),
        'encrypt the',
      ],
      [
        'en: an option cut after a possessive',
        q({
          language: 'en',
          options: ['*One round trip', 'The server proves its', 'Two round trips'],
        }),
        'proves its',
      ],
      [
        'ja: an option cut after a particle',
        q({ options: ['*即座にエラーを返す', '下流の状態を', '上限で拒否する'] }),
        '下流の状態を',
      ],
      [
        'en: a prompt asking for a name, cut short, is still read',
        q({
          kind: 'which-concept',
          language: 'en',
          prompt: 'Which concept delegates to a subgenerator and passes on the',
          options: ['*yield from', 'send()', 'Generator expression'],
        }),
        'passes on the',
      ],
      [
        'ja: a which-concept question whose key is a statement reads its options',
        q({
          kind: 'which-concept',
          prompt: '「サーキットブレーカー」の「3つの状態」で、「Closed」の説明はどれ？',
          options: [
            '*正常。リクエストを通す',
            '試験的にリクエストを通し、成功すればClosedへ',
            '障害検知',
          ],
        }),
        'Closedへ',
      ],
    ],
    good: [
      [
        'en: complete sentences',
        q({ language: 'en', options: ['*It fails fast.', 'Encryption built in', 'It retries'] }),
      ],
      [
        'en: a preposition a relative clause leaves at its end (stranded-preposition)',
        q({
          language: 'en',
          options: [
            '*Its dependencies declare ranges the project works with',
            'Pins the exact versions to install',
            'Only works with Poetry',
          ],
        }),
      ],
      [
        'en: a prompt ending on a quoted label',
        q({
          language: 'en',
          prompt: 'What does the table give under “Best for”?',
          options: ['*Transient faults', 'Permanent faults', 'Timeouts'],
        }),
      ],
      [
        'ja: complete sentences',
        q({ options: ['*全部反映か、何も反映しないか', 'エラーの文だけ取り消す', '途中まで残る'] }),
      ],
      [
        "ja: the options of a question asking for the concept's name are names (names-are-whole)",
        q({
          kind: 'which-concept',
          prompt:
            '次の説明にあてはまるものはどれ？\n「サブジェネレータへの委譲。サブの return 値を受け取れる」',
          options: ['*yield from', 'send()', 'ジェネレータ式'],
        }),
      ],
    ],
    context: { conceptNames: ['yield from'] },
  },
  {
    rule: 'explanation-not-circular',
    bad: [
      [
        'ja: the summary table says so',
        q({
          options: [
            '*即座にエラーを返す',
            'キューに溜める -- まとめ表で『よくある誤解』に挙げられている',
            '上限で拒否する',
          ],
        }),
        'まとめ表で',
      ],
      [
        'ja: the option and a verdict',
        q({
          options: [
            '*Pod数を維持する',
            'Nodeを作成する -- 「Nodeを作成する」は誤り',
            'Podを止める',
          ],
        }),
        'は誤り',
      ],
      [
        'ja: the option and ではない',
        q({
          options: [
            '*工数を減らす',
            'コード記述量を減らす -- 「コード記述量を減らす」ではない',
            '設定を減らす',
          ],
        }),
        'ではない',
      ],
      [
        'en: listed as a misconception',
        q({
          language: 'en',
          options: [
            '*Fails fast',
            'Queues requests -- Listed as a common misconception in the notes',
            'Retries',
          ],
        }),
        'Listed as',
      ],
      [
        'en: the explanation is the key again',
        q({
          language: 'en',
          why: 'Fails fast.',
          options: ['*Fails fast', 'Queues requests', 'Retries'],
        }),
        'Fails fast.',
      ],
    ],
    good: [
      [
        'ja: the notes’ correction',
        q({
          options: [
            '*即座にエラーを返す',
            'キューに溜める -- キューに入れて後で処理する仕組みではない（即エラー）',
            '上限で拒否する',
          ],
        }),
      ],
      [
        'en: which concept it really describes',
        q({
          language: 'en',
          options: [
            '*Fails fast',
            'Limits requests per second -- That is a rate limiter',
            'Retries',
          ],
        }),
      ],
    ],
  },
  {
    rule: 'wrong-options-explained',
    bad: [
      [
        'ja: a wrong option without a why',
        q({ options: ['*即座にエラーを返す', 'キューに溜める -- ', '上限で拒否する'] }),
        'キューに溜める',
      ],
      [
        'en: a misconception without its correction',
        q({
          language: 'en',
          asksFor: 'misconception',
          why: null,
          options: ['*Queues requests -- ', 'Fails fast', 'Half-open probes'],
        }),
        'Queues requests',
      ],
    ],
    good: [
      [
        'ja: every wrong option explained',
        q({ options: ['*即座にエラーを返す', 'キューに溜める', '上限で拒否する'] }),
      ],
      [
        'en: the correction is the explanation',
        q({
          language: 'en',
          asksFor: 'misconception',
          why: 'It fails fast instead',
          options: ['*Queues requests -- ', 'Fails fast', 'Half-open probes'],
        }),
      ],
    ],
  },
  {
    rule: 'no-full-width-punctuation-in-english',
    bad: [
      [
        'en: full-width parentheses in an option',
        q({ language: 'en', options: ['*Fails fast（not queues）', 'Retries', 'Queues'] }),
        'Fails fast（not queues）',
      ],
      [
        'en: a Japanese comma in a why',
        q({
          language: 'en',
          options: ['*Fails fast', 'Retries -- It retries、then fails', 'Queues'],
        }),
        'It retries、then fails',
      ],
    ],
    good: [
      [
        'en: ASCII punctuation',
        q({ language: 'en', options: ['*Fails fast (not queues)', 'Retries', 'Queues'] }),
      ],
      [
        'ja: Japanese punctuation in Japanese',
        q({ options: ['*即エラー（キューではない）', '再試行する', 'キューに溜める'] }),
      ],
    ],
  },
];

describe('item rules', () => {
  it('every rule has a kebab-case name, a description and hand-written cases', () => {
    const names = ITEM_RULES.map((r) => r.name);
    expect(new Set(names).size).toBe(names.length);
    for (const r of ITEM_RULES) {
      expect(r.name).toMatch(/^[a-z]+(-[a-z0-9]+)*$/);
      expect(r.description.length).toBeGreaterThan(10);
    }
    expect(CASES.map((c) => c.rule).sort()).toEqual([...names].sort());
  });

  for (const cases of CASES) {
    describe(cases.rule, () => {
      const context = cases.context ?? CONTEXT;
      it.each(cases.bad)('flags %s', (_name, question, evidence) => {
        const finding = rule(cases.rule).check(question, context);
        expect(finding).not.toBeNull();
        expect(finding?.message).toBeTruthy();
        if (evidence) expect(finding?.evidence.join('\n')).toContain(evidence);
        const reasons = reviewQuestion(question, context).filter((r) => r.rule === cases.rule);
        expect(reasons).toHaveLength(1);
        expect(reasons[0]?.questionIds).toEqual([question.id]);
      });
      it.each(cases.good)('passes %s', (_name, question) => {
        expect(rule(cases.rule).check(question, context)).toBeNull();
      });
    });
  }

  it('passes two options when the context allows them (a two-column fact)', () => {
    const question = q({ options: ['*オーケストレーション', 'コレオグラフィ'] });
    expect(
      rule('option-count').check(question, { conceptNames: [], twoOptionsAllowed: true }),
    ).toBeNull();
  });
});

describe('reviewQuestion', () => {
  it('passes the hand-written examples of ITEM-WRITING.md', () => {
    const examples = [
      q({
        prompt:
          '決済サービス呼び出しのエラー率が閾値を超え、サーキットブレーカーがOpenになった。この間に届いた新しいリクエストはどう扱われるか？',
        options: [
          '*下流を呼ばずに即座にエラーを返す',
          'キューに溜め、下流の回復後にまとめて送る -- ノート：キューに入れて後で処理する仕組みではない',
          '秒間リクエスト数の上限を超えた分を拒否する -- それはレート制限（API Gateway の機能）',
        ],
      }),
      q({
        conceptName: 'モノリシック vs マイクロサービス',
        prompt: 'モノリスを分割した主な利点として、ノートが挙げるものはどれ？',
        options: [
          '*負荷の高いサービスだけをスケールでき、リソースの無駄が減る',
          'サービス間の呼び出しが減り、レスポンスタイムが向上する -- ノート：レスポンスタイム向上のためではない',
          'データを1か所にまとめられ、データ管理が容易になる -- ノート：データ管理が容易になるわけではない',
        ],
      }),
      q({
        conceptName: 'Protocol Buffer',
        prompt: '`.proto` の `string fax = 4;` が不要になった。互換性を保つ扱いはどれ？',
        options: [
          '*フィールドを削除し、番号4を reserved にして再利用を禁止する',
          '削除して、次に追加するフィールドに番号4を割り当てる -- 古いクライアントが別の意味で読んでしまう',
          '欠番が出ないよう、後続フィールドの番号を詰めて振り直す -- 番号は一度使ったら変えない',
        ],
      }),
    ];
    for (const example of examples) {
      const reasons = reviewQuestion(example, { conceptNames: [example.conceptName] });
      // The one mechanical catch: 「だけ」 in the key of the second example is an absolute word
      // that marks only a true option; everything else about these items passes.
      expect(
        reasons.filter((r) => r.rule !== 'absolute-words-balanced'),
        example.prompt,
      ).toEqual([]);
    }
  });

  it('names the rule and the evidence in each reason', () => {
    const reasons = reviewQuestion(
      q({ options: ['*補助機能を追加', '中継のみ', '変換'] }),
      CONTEXT,
    );
    expect(reasons.map((r) => r.rule)).toEqual(['one-form', 'absolute-words-balanced']);
    expect(reasons[1]).toEqual({
      rule: 'absolute-words-balanced',
      questionIds: ['testq001'],
      message: 'absolute words appear only in false statements',
      evidence: ['中継のみ [のみ]'],
    });
  });
});

describe("no-concept-name-clue: an option that is one of the concept's names", () => {
  it('is no clue though it holds a shorter name (`403 Forbidden` holds the alias `Forbidden`)', () => {
    const question = q({
      language: 'en',
      conceptName: '403 Forbidden',
      options: ['*403 Forbidden', '401 Unauthorized', '409 Conflict'],
    });
    const reasons = reviewQuestion(question, { conceptNames: ['Forbidden'] });
    expect(reasons.filter((r) => r.rule === 'no-concept-name-clue')).toEqual([]);
  });

  it('reads no sibling named alike as a clue among the names of which-concept (names-are-options)', () => {
    const question = q({
      conceptName: '競合阻害',
      kind: 'which-concept',
      prompt: '次の説明にあてはまるものはどれ？\n「見かけの Km↑、Vmax 不変。高[S]で打ち消せる」',
      options: ['*競合阻害', '非競合阻害', '不可逆阻害'],
    });
    const reasons = reviewQuestion(question, { conceptNames: ['競合阻害'] });
    expect(reasons.filter((r) => r.rule === 'no-concept-name-clue')).toEqual([]);
    // A name that calls itself the key in its aside is a kind of it: still a clue.
    const kind = q({
      conceptName: 'マルチプライマリ',
      kind: 'which-concept',
      options: [
        '*マルチプライマリ',
        'Group Replication / Galera（マルチプライマリ）',
        '同期レプリケーション',
      ],
    });
    expect(
      reviewQuestion(kind, { conceptNames: ['マルチプライマリ'] }).map((r) => r.rule),
    ).toContain('no-concept-name-clue');
  });

  it('still flags a statement that names it by its alias', () => {
    const question = q({
      language: 'en',
      conceptName: '403 Forbidden',
      options: ['*Known, but not allowed', 'Forbidden means not logged in', 'A version clash'],
    });
    const reasons = reviewQuestion(question, { conceptNames: ['Forbidden'] });
    expect(reasons.map((r) => r.rule)).toContain('no-concept-name-clue');
  });
});
