/**
 * Which-concept stems and options: a denied point asked whole (its contrast tells the concept
 * from its siblings), and no sibling the concept is defined through (a part, a kind of it).
 */
import { describe, expect, it } from 'vitest';
import { buildQuestionBank } from '../../../src/quiz/bank.ts';
import { conceptSubject, generationContext } from '../../../src/quiz/generate/context.ts';
import type { Draft } from '../../../src/quiz/generate/draft.ts';
import { isGenusOfHeading } from '../../../src/quiz/generate/fit.ts';
import {
  aboutNotesTopic,
  definedThrough,
  definesCode,
  namesWithin,
  tooShortToTellApart,
  whichConceptDrafts,
} from '../../../src/quiz/generate/which-concept.ts';
import { parseNotes } from '../../../src/quiz/notes/parse-notes.ts';
import { inline, readSource, shippedNotes } from '../notes-helpers.ts';

/** The which-concept drafts of every concept of the notes, by concept name. */
function draftsOf(lines: readonly string[]): Map<string, Draft[]> {
  const doc = parseNotes(inline(lines));
  const ctx = generationContext(doc);
  return new Map(
    doc.concepts.map((c) => [c.name, whichConceptDrafts(ctx, conceptSubject(ctx, c)).drafts]),
  );
}

/** The statement a which-concept draft asks about (the second line of its prompt). */
const stem = (d: Draft): string => d.prompt.split('\n').slice(1).join(' ');
const names = (d: Draft): string[] => d.choices.map((c) => c.text);

const RESILIENCE = [
  '# Resilience',
  '',
  '## Retry',
  '',
  'Calling a failed operation again after a short wait.',
  '',
  '## Timeout',
  '',
  'Giving up on a call after a fixed time.',
  '',
  '## Rate limiter',
  '',
  'Limiting how many requests a client may make in a time window.',
  '',
  '**Point**: It protects the server from overload, not from failing dependencies.',
  '',
  '## Circuit breaker',
  '',
  'Stops calling a failing dependency once the error rate crosses a threshold, and fails fast.',
  '',
  '## Summary',
  '',
  '| Concept | Correct understanding | Common misconceptions |',
  '|---|---|---|',
  '| Retry | Safe only for **idempotent** operations | Fixes permanent faults × |',
  '| Timeout | **Bounds waiting**; the server may still finish | Cancels server work × |',
  '| Circuit breaker | **Fails fast** above an error-rate threshold | Queues requests × |',
  '| Rate limiter | **Limits requests** per client and time window | Fails fast × |',
];

describe('which-concept: a denied point as the stem', () => {
  it('asks the point whole, its contrast included (Rate limiter: overload, not failing dependencies)', () => {
    const drafts = draftsOf(RESILIENCE).get('Rate limiter') ?? [];
    const fromPoint = drafts.filter((d) => stem(d).includes('overload'));
    expect(fromPoint.length).toBeGreaterThan(0);
    for (const d of fromPoint) {
      // The pronoun subject dropped, the contrast kept: the correction alone fits Circuit breaker.
      expect(stem(d)).toBe('“Protects the server from overload, not from failing dependencies”');
      expect(d.choices[0]).toMatchObject({ text: 'Rate limiter', correct: true });
      expect(names(d).length).toBeGreaterThanOrEqual(3);
    }
    // The sibling whose notes say the denied half (`a failing dependency`) is offered first.
    const best = [...fromPoint].sort((a, b) => b.quality - a.quality)[0];
    expect(best && names(best)).toContain('Circuit breaker');
  });

  it('leaves a point that is no statement once its subject (the name) is dropped', () => {
    const lines = [
      '# コンテナ基盤メモ',
      '',
      '## Kubernetes',
      '',
      'コンテナを管理する基盤です。',
      '',
      '**主な機能**：',
      '',
      '- **セルフヒーリング**: Pod障害時に指定数を満たすよう自動でPodを起動',
      '- マルチノード管理',
      '',
      '**ポイント**:',
      '',
      '- セルフヒーリングは**Pod単位**（Node単位ではない）',
      '- Nodeに障害が発生しても、別Nodeで**Podを再起動**する（Nodeは作成しない）',
      '',
      '## まとめ',
      '',
      '| 概念 | 正しい理解 | よくある誤解 |',
      '|---|---|---|',
      '| セルフヒーリング | Pod数を維持するよう自動起動 | Nodeを作成する × |',
      '| Docker Compose | 複数コンテナをまとめて操作 | 本番向け × |',
      '| アンバサダー | 外部接続を中継するコンテナ | 中継しない × |',
    ];
    const drafts = draftsOf(lines).get('セルフヒーリング') ?? [];
    expect(drafts.some((d) => stem(d).includes('Pod単位'))).toBe(false);
    // A point that is a statement of its own is asked whole.
    expect(drafts.map(stem)).toContain(
      '「Nodeに障害が発生しても、別NodeでPodを再起動する（Nodeは作成しない）」',
    );
  });
});

const TRANSPORT = [
  '# Transport',
  '',
  '## TCP',
  '',
  'A connection-oriented transport with a reliable, ordered byte stream.',
  '',
  '**Features**:',
  '',
  '- Used by HTTP/1.1, SSH and database protocols',
  '- Flow control and congestion control',
  '',
  '## Three-way handshake',
  '',
  'Opening a TCP connection takes three segments: SYN, SYN-ACK, ACK.',
  '',
  '## UDP',
  '',
  'A connectionless transport: each datagram is sent on its own.',
  '',
  '## Term',
  '',
  'An election number in a deterministic consensus protocol.',
  '',
  '## Summary',
  '',
  '| Concept | Correct understanding | Common misconceptions |',
  '|---|---|---|',
  '| TCP | **Reliable, ordered byte stream** | Preserves message boundaries × |',
  '| Three-way handshake | **SYN, SYN-ACK, ACK** before data | Four segments to open × |',
  '| UDP | **Connectionless datagrams** | Cannot carry reliable transfers × |',
  '| Term | A monotonically increasing election number | Wall-clock time × |',
];

describe('which-concept: no sibling the concept is defined through', () => {
  it('offers neither TCP for the handshake nor the handshake for TCP', () => {
    const drafts = draftsOf(TRANSPORT);
    const handshake = drafts.get('Three-way handshake') ?? [];
    const tcp = drafts.get('TCP') ?? [];
    expect(handshake.length).toBeGreaterThan(0);
    expect(tcp.length).toBeGreaterThan(0);
    for (const d of handshake) expect(names(d)).not.toContain('TCP');
    for (const d of tcp) expect(names(d)).not.toContain('Three-way handshake');
  });

  it('reads English names as whole words (Term is not in deterministic)', () => {
    const doc = parseNotes(inline(TRANSPORT));
    const ctx = generationContext(doc);
    const byName = (n: string) => doc.concepts.find((c) => c.name === n);
    const [tcp, handshake, udp, term] = ['TCP', 'Three-way handshake', 'UDP', 'Term'].map(byName);
    if (!tcp || !handshake || !udp || !term) throw new Error('concepts not parsed');
    expect(definedThrough(ctx, handshake, tcp)).toBe(true);
    expect(definedThrough(ctx, tcp, handshake)).toBe(true);
    expect(definedThrough(ctx, udp, tcp)).toBe(false);
    expect(definedThrough(ctx, udp, term)).toBe(false);
    // `Term`'s own first sentence says `deterministic`: no whole word `term` in it for UDP's sake.
    expect(definedThrough(ctx, term, udp)).toBe(false);
  });

  // Not a speed target (npm run bench:bank has those): a quadratic scan of 1 MB would not end
  // within the test's timeout on a shared machine.
  it('looks for a name in 1 MB of near-misses', () => {
    const doc = parseNotes(inline(TRANSPORT));
    const tcp = doc.concepts.find((c) => c.name === 'TCP');
    if (!tcp) throw new Error('TCP not parsed');
    expect(namesWithin(`${'tcpx '.repeat(200_000)}end`, tcp, 'en')).toBe(false);
    expect(namesWithin(`${'xtcp '.repeat(200_000)}a TCP connection`, tcp, 'en')).toBe(true);
  }, 20_000);
});

const TESTING = [
  '# 仮説検定',
  '',
  '## 帰無仮説',
  '',
  '「差はない」という、否定したい側の仮説。',
  '',
  '## p値',
  '',
  '帰無仮説が正しいと仮定したとき、観測以上に極端な結果が出る確率。',
  '',
  '## 有意水準',
  '',
  '帰無仮説を棄却する基準として事前に決めておく確率。',
  '',
  '## 第3正規形',
  '',
  '第2正規形で、かつ推移的関数従属がない形。',
  '',
  '## 第2正規形',
  '',
  '部分関数従属をなくした形。',
  '',
  '## まとめ',
  '',
  '| 概念 | 正しい理解 | よくある誤解 |',
  '|---|---|---|',
  '| 帰無仮説 | **否定したい側**の仮説 | 棄却できなければ証明された × |',
  '| p値 | 観測以上に**極端な結果が出る確率** | 帰無仮説が正しい確率 × |',
  '| 有意水準 | **事前に決める**棄却の基準 | データを見てから決めてよい × |',
  '| 第3正規形 | 推移的関数従属をなくす | 第2正規形と同じ × |',
  '| 第2正規形 | 部分関数従属をなくす | 第1正規形と同じ × |',
];

describe('which-concept: a concept a first sentence only uses is still an option (Japanese)', () => {
  const doc = parseNotes(inline(TESTING));
  const ctx = generationContext(doc);
  const byName = (n: string) => {
    const c = doc.concepts.find((x) => x.name === n);
    if (!c) throw new Error(n);
    return c;
  };

  it('reads `帰無仮説が…` / `帰無仮説を…` as using the name, `第2正規形で、かつ…` as defining through it', () => {
    expect(definedThrough(ctx, byName('帰無仮説'), byName('p値'))).toBe(false);
    expect(definedThrough(ctx, byName('帰無仮説'), byName('有意水準'))).toBe(false);
    expect(definedThrough(ctx, byName('第2正規形'), byName('第3正規形'))).toBe(true);
  });

  it('offers p値 and 有意水準 for a statement about 帰無仮説', () => {
    const drafts = draftsOf(TESTING).get('帰無仮説') ?? [];
    expect(drafts.length).toBeGreaterThan(0);
    expect(drafts.some((d) => names(d).includes('p値') || names(d).includes('有意水準'))).toBe(
      true,
    );
  });
});

describe('a wrong option the stem names a word of (a lure)', () => {
  const drafts = draftsOf([
    '# Spreading pods',
    '',
    '### Pod anti-affinity',
    '',
    'Keeps pods apart per topology domain.',
    '',
    '### Topology spread constraints',
    '',
    'Limits the skew of pods between domains when scheduling.',
    '',
    '### Node affinity',
    '',
    'Rules on node labels, required or preferred.',
    '',
    '### nodeSelector',
    '',
    'A plain map of labels a node must have.',
    '',
    '## Summary',
    '',
    '| Concept | Correct understanding | Common misconceptions |',
    '|---|---|---|',
    '| Pod anti-affinity | Keeps pods **apart** per topology domain | Spreads evenly × |',
    '| Topology spread constraints | Limits the **skew** between domains | Keeps pods on one node × |',
    '| Node affinity | **Required or preferred** rules on node labels | Moves running pods × |',
    '| nodeSelector | A plain **map** of labels | Supports preferences × |',
  ]).get('Pod anti-affinity');

  it('marks the draft whose wrong option the description repeats a word of, and only those', () => {
    const asked = (drafts ?? []).filter((d) => stem(d).includes('topology domain'));
    expect(asked.some((d) => names(d).includes('Topology spread constraints'))).toBe(true);
    expect(asked.some((d) => !names(d).includes('Topology spread constraints'))).toBe(true);
    for (const d of asked)
      expect(d.lure ?? null).toBe(
        names(d).includes('Topology spread constraints') ? 'topology' : null,
      );
  });
});

describe('a table peer whose row says the description too', () => {
  const drafts = draftsOf([
    '# Signals',
    '',
    '| Signal | Default action | Can be caught | Typical sender |',
    '|---|---|---|---|',
    '| SIGTERM | terminate | yes | kill |',
    '| SIGKILL | terminate | no | kill -9 |',
    '| SIGINT | terminate | yes | Ctrl-C |',
    '| SIGHUP | terminate | yes | terminal closed |',
    '| SIGSTOP | stop | no | debugger |',
    '',
    '### SIGTERM',
    '',
    'The polite request to terminate.',
    '',
    '### SIGKILL',
    '',
    'Ends the process without giving it a chance to run any code. It cannot be caught, blocked or ignored.',
    '',
    '## Summary',
    '',
    '| Concept | Correct understanding | Common misconceptions |',
    '|---|---|---|',
    '| SIGTERM | **Catchable** request to terminate | Always ends the process × |',
    '| SIGKILL | Ends the process **without running its code** | Lets the process clean up × |',
  ]).get('SIGKILL');

  it('is no wrong option for a statement that denies a column the peer is marked `no` in', () => {
    const asked = (drafts ?? []).filter((d) => stem(d).includes('Cannot be caught'));
    expect(asked.length).toBeGreaterThan(0);
    for (const d of asked) expect(names(d)).not.toContain('SIGSTOP');
    expect(asked.some((d) => names(d).includes('SIGINT'))).toBe(true);
  });
});

describe('en-possibility: a stem that only says what may happen or be done', () => {
  const drafts = draftsOf([
    '# Cache-Control',
    '',
    '| Directive | Browser may store | CDN may store |',
    '|---|---|---|',
    '| `max-age=600` | yes | yes |',
    '| `private, max-age=600` | yes | no |',
    '| `no-store` | no | no |',
    '',
    '### no-cache',
    '',
    '- Response may be stored.',
    '- Every reuse needs a successful revalidation first.',
    '- Good fit for HTML shells that reference versioned assets.',
    '',
    '### private',
    '',
    '- Only the browser cache keeps it; shared caches must not.',
    '',
    '### no-store',
    '',
    '- Nothing is kept, not even in the browser.',
    '',
    '## Summary',
    '',
    '| Concept | Correct understanding | Common misconceptions |',
    '|---|---|---|',
    '| no-cache | Caches **store** it but **revalidate** before every reuse | Means "do not cache" × |',
    '| private | Only a **browser** cache keeps it | The response is encrypted × |',
    '| no-store | **Nothing** is kept by any cache | Only affects the CDN × |',
  ]).get('no-cache');

  it('is asked with no name the notes do not deny it of (private and the table rows store too)', () => {
    const all = drafts ?? [];
    expect(all.some((d) => stem(d).includes('Good fit for HTML shells'))).toBe(true);
    expect(all.filter((d) => stem(d).includes('may be stored'))).toEqual([]);
  });
});

describe('only-denies', () => {
  const drafts = draftsOf([
    '# S3',
    '',
    '### Strong consistency',
    '',
    'A read after a successful write sees that write, at no extra cost.',
    '',
    'Key point: strong consistency is not locking. Two clients that write the same key at the',
    'same time both succeed and the last write wins, unless the writes are conditional.',
    '',
    'Key point: strong consistency does not slow reads down in any region',
    '',
    '### Object key',
    '',
    'A bucket is a flat namespace of keys.',
    '',
    '### Versioning',
    '',
    'Keeps every version of every key.',
    '',
    '## Summary',
    '',
    '| Concept | Correct understanding | Common misconceptions |',
    '|---|---|---|',
    '| Strong consistency | A read after a write **sees it** | Reads may be stale × |',
    '| Object key | A **flat** namespace | Real directories × |',
    '| Versioning | Keeps **every version** | Can be turned off × |',
  ]);

  it('asks no stem that only says in a word or two what the concept is not', () => {
    const stems = (drafts.get('Strong consistency') ?? []).map(stem);
    expect(stems.length).toBeGreaterThan(0);
    expect(stems).not.toContain('“Is not locking”');
    expect(stems).toContain('“Does not slow reads down in any region”');
  });
});

describe('a stem that opens on the aside of the name it dropped', () => {
  const drafts = draftsOf([
    '# OAuth',
    '',
    '### Implicit flow',
    '',
    'The implicit flow (response_type=token) returned the access token in the URL fragment.',
    '',
    '- Tokens in the URL leak through browser history',
    '',
    '### PKCE',
    '',
    '- Binds the code to the client that started the flow',
    '',
    '### Client credentials',
    '',
    '- A service authenticates as itself',
    '',
    '## Summary',
    '',
    '| Concept | Correct understanding | Common misconceptions |',
    '|---|---|---|',
    '| Implicit flow | Returned tokens in the **redirect URL** | Still recommended for SPAs × |',
    '| PKCE | Binds the **code** to its client | Only for mobile apps × |',
    '| Client credentials | A service acting **as itself** | Acts for a user × |',
  ]);

  it('is asked without the aside or not at all', () => {
    const stems = (drafts.get('Implicit flow') ?? []).map(stem);
    expect(stems.length).toBeGreaterThan(0);
    expect(stems.some((s) => s.startsWith('“('))).toBe(false);
  });
});

describe('a stem that opens on the equation of the name it dropped', () => {
  const drafts = draftsOf([
    '# Parsing',
    '',
    '### Pratt parsing',
    '',
    '**Key point**: Pratt parsing = recursive descent for expressions, driven by a binding-power table.',
    '',
    '- Each token has a left and a right binding power',
    '',
    '### LL(1)',
    '',
    '- Picks a production from one token of lookahead',
    '',
    '### LR(1)',
    '',
    '- Shifts tokens and reduces handles on a stack',
    '',
    '## Summary',
    '',
    '| Concept | Correct understanding | Common misconceptions |',
    '|---|---|---|',
    '| Pratt parsing | Operator precedence by **binding powers** | Needs a parser generator × |',
    '| LL(1) | Top-down with **one token** of lookahead | Handles left recursion × |',
    '| LR(1) | Bottom-up **shift/reduce** | Is always slower × |',
  ]);

  it('is never asked: `= recursive descent…` leans on the name the reader does not see', () => {
    const stems = (drafts.get('Pratt parsing') ?? []).map(stem);
    expect(stems.length).toBeGreaterThan(0);
    expect(stems.some((s) => /^“[=＝≈]/.test(s))).toBe(false);
  });
});

describe('complement-of-the-name: a stem that opens on what the dropped name is (reading 81)', () => {
  const drafts = draftsOf([
    '# Avalanches',
    '',
    '### Weak layer',
    '',
    'The weak layer is what fails; the slab is what hurts you.',
    '',
    '- Buried surface hoar is a classic weak layer',
    '',
    '### Terrain trap',
    '',
    '- A gully or creek bed that deepens a burial',
    '',
    '### Cornice',
    '',
    '- An overhang of wind-drifted snow on a ridge',
    '',
    '## Summary',
    '',
    '| Concept | Correct understanding | Common misconceptions |',
    '|---|---|---|',
    '| Weak layer | Buried snow with poor bonds between grains | Only new snow is weak × |',
    '| Terrain trap | A feature that makes a small slide deadly | Only cliffs count × |',
    '| Cornice | Wind-built overhang on a ridge | Safe to stand on × |',
  ]);

  it('is never asked: `What fails; …` is the piece after `is`', () => {
    const stems = (drafts.get('Weak layer') ?? []).map(stem);
    expect(stems.length).toBeGreaterThan(0);
    expect(stems.some((s) => /^“what /i.test(s))).toBe(false);
  });
});

describe('farther-rows', () => {
  const drafts = draftsOf([
    '# SRE',
    '',
    '### SLO',
    '',
    'An SLO sets the target for an SLI over a rolling or calendar window.',
    '',
    '### Error budget',
    '',
    'The error budget is 1 minus the SLO. While budget remains, the team ships features.',
    '',
    '## Summary',
    '',
    '| Concept | Correct understanding | Common misconceptions |',
    '|---|---|---|',
    '| SLI | A measured ratio of **good events** to all events | Any metric is an SLI × |',
    '| SLO | A **target** for an SLI over a window | An SLO should be 100 % × |',
    '| Error budget | The failures an SLO **allows** | Unspent budget carries over × |',
    '| Toil | **Manual**, repetitive operational work | All operational work is toil × |',
    '| MTTR | The mean time to **restore** service | The time to find the root cause × |',
  ]);

  it('offers further rows when the near ones are defined through the concept or it through them', () => {
    const slo = drafts.get('SLO') ?? [];
    expect(slo.length).toBeGreaterThan(0);
    const names = slo.flatMap((d) => d.choices.map((c) => c.text));
    expect(names).not.toContain('SLI');
    expect(names).not.toContain('Error budget');
    // Toil is the one near row left; MTTR, two rows further, makes the third option.
    expect(names).toContain('MTTR');
  });
});

describe('only-denies in Japanese', () => {
  const drafts = draftsOf([
    '# Rust',
    '',
    '### ライフタイム',
    '',
    '- 値の寿命を延ばす機能ではない',
    '- 参照が有効な範囲をコンパイラに伝える注釈',
    '- 省略規則で推論されることが多い',
    '',
    '### Box',
    '',
    '- ヒープに値を置くスマートポインタ',
    '',
    '### Rc',
    '',
    '- 参照カウントで共有する',
    '',
    '## まとめ',
    '',
    '| 概念 | 正しい理解 | よくある誤解 |',
    '|---|---|---|',
    '| ライフタイム | 参照の**有効範囲**の注釈 | 値を長生きさせる × |',
    '| Box | **ヒープ**上の単一所有 | 共有できる × |',
    '| Rc | **参照カウント**で共有 | スレッド間で使える × |',
  ]);

  it('asks no stem of one clause that only says what the concept is not', () => {
    const stems = (drafts.get('ライフタイム') ?? []).map(stem);
    expect(stems.length).toBeGreaterThan(0);
    expect(stems.some((s) => s.includes('機能ではない'))).toBe(false);
  });
});

describe('notes-topic-subject', () => {
  it('reads a stem whose subject is what the title names as said of the notes’ topic', () => {
    const title = 'ガベージコレクション（GC）勉強メモ';
    expect(
      aboutNotesTopic(title, 'GCが回収するのは「到達できない」オブジェクトだけです。', 'ja'),
    ).toBe(true);
    expect(aboutNotesTopic(title, 'ガベージコレクションは停止を伴う', 'ja')).toBe(true);
    expect(
      aboutNotesTopic(
        title,
        '参照していても、GCがオブジェクトの生死を判定するときに数えない参照',
        'ja',
      ),
    ).toBe(false);
    expect(
      aboutNotesTopic('Git internals — what really happens', 'git add writes the blob', 'en'),
    ).toBe(false);
    expect(aboutNotesTopic('Git internals — notes', 'Git internals are plain files', 'en')).toBe(
      true,
    );
    expect(aboutNotesTopic(null, 'GCが回収する', 'ja')).toBe(false);
  });

  it('asks no which-concept question on such a premise', () => {
    const drafts = draftsOf([
      '# ガベージコレクション（GC）メモ',
      '',
      '| 概念 | 正しい理解 | よくある誤解 |',
      '|---|---|---|',
      '| メモリリーク | 不要なのに到達可能なオブジェクトが残り続ける | GCがあれば起きない × |',
      '| 弱参照 | 到達可能性に数えられない参照 | すぐ回収される × |',
      '| ファイナライザ | いつ呼ばれるかは保証されない | すぐ呼ばれる × |',
      '| コンパクション | 生きているオブジェクトを寄せる | 参照は書き換えない × |',
      '',
      '## メモリリーク',
      '',
      'GCが回収するのは到達できないオブジェクトだけです。もう使わないのに参照が残っているオブジェクトは回収されません。',
    ]);
    const stems = (drafts.get('メモリリーク') ?? []).map((d) => d.prompt);
    expect(stems.some((p) => p.includes('GCが回収するのは'))).toBe(false);
  });
});

describe('code-subject', () => {
  it('reads a stem that says what a flag or file is as no description of the concept', () => {
    expect(definesCode('-XX:MaxGCPauseMillis (default 200 ms) is a target', ['G1'])).toBe(true);
    expect(definesCode('max_connections is a hard cap', ['Connection pool'])).toBe(true);
    expect(definesCode('.gitignoreは追跡しないファイルの一覧', ['Index'])).toBe(true);
    expect(definesCode('git add writes the blob', ['Index'])).toBe(false);
    expect(definesCode('Delivery is acknowledged', ['TCP'])).toBe(false);
    expect(definesCode('-Xmx caps the Java heap only', ['Maximum heap size'])).toBe(false);
    expect(definesCode('-Xmx is the cap', ['-Xmx'])).toBe(false);
  });

  it('asks no which-concept question on it', () => {
    const drafts = draftsOf([
      '# Collectors',
      '',
      '| Concept | Correct understanding | Common misconceptions |',
      '|---|---|---|',
      '| G1 | Collects the regions with the most garbage first | Not generational × |',
      '| ZGC | Relocates concurrently; pauses under a millisecond | Needs no spare heap × |',
      '| Serial | One thread, long pauses | Fine for big heaps × |',
      '| Parallel | Many threads, long pauses | Pauses are short × |',
      '',
      '## G1',
      '',
      'Collects the regions with the most garbage first.',
      '',
      'Takeaway: `-XX:MaxGCPauseMillis` (default 200 ms) is a target.',
    ]);
    const prompts = (drafts.get('G1') ?? []).map((d) => d.prompt);
    expect(prompts.some((p) => p.includes('MaxGCPauseMillis'))).toBe(false);
  });
});

describe('genus-sibling', () => {
  const doc = parseNotes(shippedNotes());
  const ctx = generationContext(doc);
  const named = (name: string) => {
    const c = doc.concepts.find((x) => x.name === name);
    if (!c) throw new Error(name);
    return c;
  };

  it('takes the one concept whose cell its heading says of all under it as their genus', () => {
    expect(isGenusOfHeading(ctx, named('サイドカー'), named('アンバサダー'))).toBe(true);
    expect(isGenusOfHeading(ctx, named('サイドカー'), named('アダプター'))).toBe(true);
    expect(isGenusOfHeading(ctx, named('アンバサダー'), named('サイドカー'))).toBe(false);
    // Not of a concept under another heading.
    expect(isGenusOfHeading(ctx, named('サイドカー'), named('セルフヒーリング'))).toBe(false);
  });

  it('never offers the genus as a wrong name for one of its kinds (アンバサダー’s DB proxy is a sidecar too)', () => {
    for (const kind of ['アンバサダー', 'アダプター']) {
      const drafts = whichConceptDrafts(ctx, conceptSubject(ctx, named(kind))).drafts;
      expect(drafts.length).toBeGreaterThan(0);
      for (const d of drafts) expect(d.choices.map((c) => c.text)).not.toContain('サイドカー');
    }
  });
});

describe('which-concept: pronoun-for-answer', () => {
  it('asks no summary cell that calls its concept `them`: the pronoun would be the answer', () => {
    const drafts = draftsOf([
      '# Search',
      '',
      '| Concept | Correct understanding | Common misconceptions |',
      '|---|---|---|',
      '| Stop words | Removing them shrinks the index but breaks phrase queries | Always removed × |',
      '| Stemming | Heuristic suffix stripping; output need not be a word | Returns the dictionary form × |',
      '| Analyzer | Tokenizer plus filters, the same at index and query time | Only runs at index time × |',
    ]);
    const stems = [...drafts.values()].flat().map(stem);
    expect(stems.some((s) => s.includes('Heuristic suffix stripping'))).toBe(true);
    expect(stems.some((s) => s.includes('Removing them'))).toBe(false);
  });
});

describe('same-topic-first', () => {
  const SKETCHES = [
    '# Sketches',
    '',
    '## Count-Min Sketch',
    '',
    'An update adds to one counter in every row; a query returns the smallest of those counters.',
    '',
    '## HyperLogLog',
    '',
    'Estimates the number of distinct items from the longest run of leading zeros of their hashes.',
    '',
    '## t-digest',
    '',
    'Keeps clusters of values so that quantiles near the tails stay accurate.',
    '',
    '## MinHash',
    '',
    'Estimates Jaccard similarity of two sets from their minimum hash values.',
    '',
    '## Counting Bloom filter',
    '',
    'Each position is a small counter instead of a bit, so an update can be undone.',
    '',
    '## Summary',
    '',
    '| Concept | Correct understanding | Common misconceptions |',
    '|---|---|---|',
    '| Count-Min Sketch | Frequencies from a grid of **counters**; overestimates only | Underestimates × |',
    '| HyperLogLog | **Distinct counts** in kilobytes | Exact × |',
    '| t-digest | **Quantiles**, accurate at the tails | Exact median × |',
    '| MinHash | **Similarity** of sets | Edit distance × |',
    '| Counting Bloom filter | Membership with **deletion**, about 4× the memory | No false positives × |',
  ];

  it('offers first the wrong names whose notes share the description’s words', () => {
    const drafts = draftsOf(SKETCHES).get('Count-Min Sketch') ?? [];
    const asked = drafts.filter((d) => stem(d).includes('smallest of those counters'));
    expect(asked.length).toBeGreaterThan(0);
    // `Counting Bloom filter` (counters) is the sibling a reader must tell apart, four rows away.
    expect(names(asked[0] as Draft)).toContain('Counting Bloom filter');
  });
});

describe('ends-on-another: no description whose last words name another concept', () => {
  const RANKING = [
    '# ランキング関数',
    '',
    '## RANK',
    '',
    '同順位には同じ番号を振り、次の番号を飛ばす。',
    '',
    '- 要件が『3行ちょうど』なら ROW_NUMBER',
    '- 同点の行が多いと、上位3件に4行以上が入る',
    '',
    '## まとめ',
    '',
    '| 概念 | 正しい理解 | よくある誤解 |',
    '|---|---|---|',
    '| RANK | 同順位は同番号、次は飛ぶ | 必ずn行になる × |',
    '| ROW_NUMBER | 重複なしの連番 | 同順位に同番号 × |',
    '| DENSE_RANK | 同順位は同番号、次は詰める | 番号が飛ぶ × |',
    '| NTILE | 行をn個のバケットに分ける | 値の範囲で分ける × |',
  ];

  it('does not key “…なら ROW_NUMBER” to RANK', () => {
    const drafts = draftsOf(RANKING).get('RANK') ?? [];
    expect(drafts.length).toBeGreaterThan(0);
    for (const d of drafts) expect(stem(d)).not.toContain('ROW_NUMBER');
  });

  it('does not key “…is essentially Maillard” to Caramelisation (short-name-at-end)', () => {
    const lines = [
      '# Browning',
      '',
      '## Caramelisation',
      '',
      'Sugar alone breaks down with heat, from about 160 °C for sucrose.',
      '',
      'Meat itself contains very little sugar, so a plain steak crust is essentially Maillard. Sugary glazes brown and burn fast on the grill.',
      '',
      '## Summary',
      '',
      '| Concept | Correct understanding | Common misconceptions |',
      '|---|---|---|',
      '| Maillard reaction | Amino acids and reducing sugars brown on a dry surface | Is caramelisation × |',
      '| Caramelisation | Sugar alone breaking down with heat | Makes a steak crust × |',
      '| Searing | Builds flavour by browning | Seals in juices × |',
      '| Resting | Lets juices thicken as they cool | Fibres reabsorb juice × |',
    ];
    const drafts = draftsOf(lines).get('Caramelisation') ?? [];
    expect(drafts.length).toBeGreaterThan(0);
    for (const d of drafts) expect(stem(d)).not.toContain('Maillard');
  });

  it('reads the name as written: a sentence ending on a common noun keeps its stem', () => {
    const lines = [
      '# Tracing',
      '',
      '## Head-based sampling',
      '',
      'The decision is made when the trace starts, so every service keeps the same traces.',
      '',
      '## Summary',
      '',
      '| Concept | Correct understanding | Common misconceptions |',
      '|---|---|---|',
      '| Head-based sampling | Decided at the first service | Sees errors × |',
      '| Tail-based sampling | Decided after the trace ends | Is free × |',
      '| Traces | Follow one request across services | Replace logs × |',
      '| Span | One timed operation | Is a whole request × |',
    ];
    const drafts = draftsOf(lines).get('Head-based sampling') ?? [];
    expect(drafts.some((d) => stem(d).includes('the same traces'))).toBe(true);
  });
});

describe('off-topic-name: a name a player rules out by its kind alone', () => {
  const byName = draftsOf([
    '# DNS',
    '',
    '| Concept | Correct understanding | Common misconceptions |',
    '|---|---|---|',
    '| CNAME | An alias that cannot coexist with other records | It can sit at the zone apex × |',
    '| MX record | A record naming the mail servers of a domain, with a preference | Its value may be a CNAME × |',
    '| TXT record | Free text attached to a domain, one record or several | It is only for SPF × |',
    '| Root server | Thirteen names served by many anycast instances | There are thirteen machines × |',
    '| Resolver | Walks from the root and caches every answer | It holds the zones × |',
    '',
    '## CNAME',
    '',
    'A record that points at another domain; no other record may sit beside it.',
    '',
    '## MX record',
    '',
    'Each record gives a mail server and a preference; the lowest preference is tried first.',
    '',
    '## TXT record',
    '',
    'Each record holds free text: SPF, DKIM keys, proofs of ownership.',
    '',
    '## Root server',
    '',
    'Thirteen names, each served by many anycast instances around the world.',
    '',
    '## Resolver',
    '',
    'It walks from the root down, then caches each answer for its TTL.',
  ]);

  it('makes a set with a name whose notes share no word with the description a filler', () => {
    const drafts = byName.get('CNAME') ?? [];
    expect(drafts.length).toBeGreaterThan(0);
    for (const d of drafts) {
      const far = names(d).includes('Root server') || names(d).includes('Resolver');
      expect(d.filler === true, `${stem(d)}: ${names(d).join(', ')}`).toBe(far);
    }
    // Records beside the record are sound options.
    expect(drafts.some((d) => !d.filler && names(d).includes('MX record'))).toBe(true);
  });
});

describe('other-kind: a name the notes file under another kind of thing', () => {
  // Two structures under one heading, two measures under another: a measure is no option for
  // what a structure does (readers: 「書き込み増幅 (a metric) cannot have nodes = pages」).
  const byName = draftsOf([
    '# ストレージエンジン',
    '',
    '| 概念 | 正しい理解 | よくある誤解 |',
    '|---|---|---|',
    '| B+木 | ページの木で、マージせず範囲検索にも強い | 追記のみ × |',
    '| LSMツリー | 追記してから裏でマージする | その場で書き換える × |',
    '| ハッシュ索引 | 等価検索だけを速くし、マージしない | 範囲検索も速い × |',
    '| 書き込み増幅 | 追記のたびにページを書き直す量の比 | 常に1 × |',
    '| 読み取り増幅 | 等価検索でもページを読む量の比 | 常に1 × |',
    '',
    '## 学習内容',
    '',
    '### 構造',
    '',
    '#### B+木',
    '',
    'ノードはページで、ページ単位で書き換える。追記やマージはしない。等価検索も速い。',
    '',
    '#### LSMツリー',
    '',
    '書き込みをメモリに溜めて、ディスクには追記だけをする。等価検索は複数の層を見る。',
    '',
    '#### ハッシュ索引',
    '',
    'キーのハッシュでバケットを引く。追記もマージもせず、範囲検索はできない。',
    '',
    '### 増幅',
    '',
    '#### 書き込み増幅',
    '',
    'ページ全体を書き出すので、小さな更新でも大きく書く。',
    '',
    '#### 読み取り増幅',
    '',
    '複数のレベルを読むので、1件の読み取りでも多く読む。',
  ]);

  it('makes a set with a name of another kind a filler where two of the kind fit instead', () => {
    // `マージ` and `範囲検索` are said of the other structures too: their sets are on topic.
    const measures = ['書き込み増幅', '読み取り増幅'];
    const drafts = byName.get('B+木') ?? [];
    // The measures are tried (they do not fit the stem either), but as fillers only.
    expect(drafts.some((d) => names(d).some((n) => measures.includes(n)))).toBe(true);
    for (const d of drafts)
      if (names(d).some((n) => measures.includes(n)))
        expect(d.filler, `${stem(d)}: ${names(d).join(', ')}`).toBe(true);
    expect(drafts.some((d) => !d.filler)).toBe(true);
  });
});

describe('contrasted-name: a wrong option the stem sets apart', () => {
  const drafts = draftsOf([
    '# 非同期',
    '',
    '### goroutine',
    '',
    'Go のランタイムが M:N でスケジュールする軽量スレッド。',
    '',
    '- ポイント：複数の OS スレッドの上で並列に動く（asyncio との大きな違い）',
    '',
    '### asyncio の競合状態',
    '',
    'シングルスレッドでも await をまたぐと競合しうる。',
    '',
    '### コルーチン（Python）',
    '',
    'async def で定義し、呼んだだけでは動かない。',
    '',
    '### イベントループ',
    '',
    '1スレッドで多数の I/O 待ちを捌く仕組み。',
    '',
    '## まとめ',
    '',
    '| 概念 | 正しい理解 | よくある誤解 |',
    '|---|---|---|',
    '| goroutine | **M:N** でスケジュールされる軽量スレッド | OS スレッドと1対1 × |',
    '| asyncio の競合状態 | **await をまたぐと**競合しうる | シングルスレッドなら競合しない × |',
    '| コルーチン（Python） | 呼んだだけでは**動かない** | 呼んだ瞬間に動き出す × |',
    '| イベントループ | 1スレッドで**多数の I/O 待ち**を捌く | スレッドを増やして並列化する × |',
  ]).get('goroutine');

  it('never offers a name the stem sets apart (`asyncio との大きな違い`)', () => {
    const asked = (drafts ?? []).filter((d) => stem(d).includes('asyncio との大きな違い'));
    expect(asked.length).toBeGreaterThan(0);
    for (const d of asked) expect(names(d)).not.toContain('asyncio の競合状態');
  });
});

describe('same-thing-twice: a table column that names a concept in other words', () => {
  const drafts = draftsOf([
    '# 結合',
    '',
    '### ネステッドループ結合',
    '',
    '外側の各行について内側を探す。',
    '',
    '### ハッシュ結合',
    '',
    '小さい側でハッシュ表を作り、大きい側で引く。',
    '',
    '### マージ結合',
    '',
    '両方をキー順に並べて突き合わせる。',
    '',
    '#### 3方式の比較',
    '',
    '| 観点 | ネステッドループ | ハッシュ結合 | マージ結合 | 直積 |',
    '|---|---|---|---|---|',
    '| 前準備 | 索引を使う | ハッシュ表を作る | ソート | 全組み合わせを作る |',
    '| 等値以外 | ○ | × | △ | ○ |',
    '',
    '## まとめ',
    '',
    '| 概念 | 正しい理解 | よくある誤解 |',
    '|---|---|---|',
    '| ネステッドループ結合 | 外側の各行で**内側を探す** | 常に遅い × |',
    '| ハッシュ結合 | **等値条件**でだけ使える | 範囲条件でも使える × |',
    '| マージ結合 | 両入力を**キー順**に突き合わせる | ソート不要 × |',
  ]);

  it('is not offered beside the concept it names (`ネステッドループ` beside `ネステッドループ結合`)', () => {
    const all = [...drafts.values()].flat();
    expect(all.length).toBeGreaterThan(0);
    for (const d of all) expect(names(d)).not.toContain('ネステッドループ');
    expect(all.some((d) => names(d).includes('直積'))).toBe(true);
  });
});

describe('expanded-name: a stem that says a word of the answer’s full name', () => {
  const drafts = draftsOf([
    '# Web vitals',
    '',
    '| Concept | Correct understanding | Common misconceptions |',
    '|---|---|---|',
    '| LCP | Render time of the largest image or text block in the viewport | When the page finishes loading × |',
    '| FCP | Time until the first text or image is painted | The same as LCP × |',
    '| FID | Delay before the first input is handled | Still a Core Web Vital × |',
    '| CLS | Unitless score of unexpected layout shifts | Measured in pixels × |',
    '',
    '## LCP (Largest Contentful Paint)',
    '',
    'The render time of the largest image or text block visible in the viewport.',
    '',
    '## FCP (First Contentful Paint)',
    '',
    'The time until the first text or image is painted.',
    '',
    '## FID (First Input Delay)',
    '',
    'The delay between the first input and the moment the browser handles it.',
    '',
    '## CLS (Cumulative Layout Shift)',
    '',
    'A unitless score of unexpected layout shifts.',
  ]);
  const largest = (drafts.get('LCP') ?? []).filter((d) => /largest/i.test(stem(d)));

  it('marks the question as naming its answer (`largest` of Largest Contentful Paint)', () => {
    expect(largest.length).toBeGreaterThan(0);
    for (const d of largest) expect(d.stemClue, names(d).join(' / ')).toBe('largest');
  });

  it('is no clue where a wrong option’s full name says the word too (`first` of FID and FCP)', () => {
    const fid = drafts.get('FID') ?? [];
    expect(fid.some((d) => names(d).includes('FCP'))).toBe(true);
    expect(fid.some((d) => !names(d).includes('FCP'))).toBe(true);
    for (const d of fid)
      expect(d.stemClue, names(d).join(' / ')).toBe(names(d).includes('FCP') ? 'input' : 'first');
  });
});

describe('cell-symbol', () => {
  const drafts = draftsOf([
    '# 伝熱',
    '',
    '| 概念 | 正しい理解 | よくある誤解 |',
    '|---|---|---|',
    '| ビオ数 | Bi = hL_c/k_固体。物体内部と表面の熱抵抗の比 | 大きいほど内部が一様 × |',
    '| ヌセルト数 | Nu = hL/k_流体。対流で伝導の何倍熱が運ばれるか | 固体の熱伝導率を使う × |',
    '| 熱抵抗 | 直列は足し算、並列は逆数の足し算 | 並列も足し算 × |',
    '| フィン | 表面積を増やして熱抵抗を下げる | 長いほど良い × |',
  ]);

  it('marks a stem that writes the symbol the key’s cell opens on as naming its answer', () => {
    const biot = (drafts.get('ビオ数') ?? []).filter((d) => stem(d).includes('Bi ='));
    expect(biot.length).toBeGreaterThan(0);
    for (const d of biot) expect(d.stemClue, names(d).join(' / ')).toBe('Bi');
  });

  it('is no clue in a stem that does not write it', () => {
    const rest = (drafts.get('熱抵抗') ?? []).filter((d) => !stem(d).includes('Bi'));
    expect(rest.length).toBeGreaterThan(0);
    for (const d of rest) expect(d.stemClue).toBeUndefined();
  });
});

describe('nearest-kind-first', () => {
  it('offers the siblings under the key’s own heading before a name that only ends alike', () => {
    // `Hash bucket` ends on the kind word of `Token bucket` but is a part of a hash table: the
    // limiters under the key's heading come first.
    const drafts = draftsOf([
      '# Rate limiting and hashing',
      '',
      '| Concept | Correct understanding | Common misconceptions |',
      '|---|---|---|',
      '| Token bucket | Refills tokens at a fixed rate and lets a burst through up to its capacity | Rejects every burst × |',
      '| Leaky bucket | Drains queued requests at a constant rate, smoothing bursts out | Lets bursts through × |',
      '| Sliding window | Counts requests in a window that moves with time | Resets at fixed boundaries × |',
      '| Fixed window | Counts requests per calendar minute | Has no boundary burst × |',
      '| Hash bucket | One slot array entry holding the keys that hash to it | Holds one key only × |',
      '| Load factor | Keys divided by buckets | Can never exceed one × |',
      '',
      '## Limiters',
      '',
      '### Token bucket',
      '',
      'Tokens refill at a fixed rate; a burst up to the capacity passes at once.',
      '',
      '### Leaky bucket',
      '',
      'Requests drain at a constant rate.',
      '',
      '### Sliding window',
      '',
      'The window moves with time.',
      '',
      '### Fixed window',
      '',
      'A counter per calendar minute.',
      '',
      '## Hash tables',
      '',
      '### Hash bucket',
      '',
      'A bucket holds every key that hashes to it; a burst of collisions fills one bucket.',
      '',
      '### Load factor',
      '',
      'Keys divided by buckets.',
    ]);
    const best = [...(drafts.get('Token bucket') ?? [])].sort((a, b) => b.quality - a.quality)[0];
    if (!best) throw new Error('no draft');
    expect(names(best)).toContain('Leaky bucket');
    expect(names(best)).not.toContain('Hash bucket');
  });
});

describe('summary-over-sentence', () => {
  it('ranks a stem on the summary cell above one on another sentence of the section', () => {
    // auth-security.ja: JWT, OAuth 2.0 and CSRF each have a summary cell, a first sentence and
    // other sentences of their sections to ask.
    const doc = parseNotes(readSource('test/fixtures/notes/auth-security.ja.md'));
    const ctx = generationContext(doc);
    for (const name of ['JWT', 'OAuth 2.0', 'CSRF']) {
      const concept = doc.concepts.find((c) => c.name === name);
      if (!concept) throw new Error(name);
      const drafts = whichConceptDrafts(ctx, conceptSubject(ctx, concept)).drafts;
      const best = (source: string): number =>
        Math.max(...drafts.filter((d) => d.stem?.source === source).map((d) => d.quality));
      expect(best('summary'), name).toBeGreaterThan(best('sentence'));
      expect(best('intro'), name).toBeGreaterThanOrEqual(best('summary'));
    }
  });

  it('sentence-stem-last: a stem on another sentence of the section is a filler, a summary or first sentence is not', () => {
    const doc = parseNotes(readSource('test/fixtures/notes/auth-security.ja.md'));
    const ctx = generationContext(doc);
    let sentences = 0;
    let asked = 0;
    for (const concept of doc.concepts)
      for (const d of whichConceptDrafts(ctx, conceptSubject(ctx, concept)).drafts) {
        if (d.stem?.source === 'sentence') {
          sentences++;
          expect(d.filler, stem(d)).toBe(true);
        } else if (d.stem?.source === 'summary' && !d.filler) asked++;
      }
    expect(sentences).toBeGreaterThan(0);
    expect(asked).toBeGreaterThan(0);
  });
});

describe("which-concept: why-on-the-stem's-topic", () => {
  const EPIDEMIOLOGY = [
    '# Epidemiology',
    '',
    '| Concept | Correct understanding | Common misconceptions |',
    '|---|---|---|',
    '| Incidence | New cases in a population at risk over a period, as a risk or a rate per person-time | Same as prevalence × |',
    '| Prevalence | Existing cases at a point or over a period; depends on incidence and duration of disease | Counts only new cases × |',
    '| Odds ratio | Odds of exposure among cases over odds among controls | Always equals the risk ratio × |',
    '| Confounding | A third variable linked to both exposure and outcome | Removed by a bigger sample × |',
    '| Selection bias | Who enters the study depends on exposure and outcome | Fixed by adjusting × |',
    '',
    '## Incidence',
    '',
    'How many new cases arise in a population at risk during a period.',
    '',
    '## Prevalence',
    '',
    'Prevalence counts old and new cases together, whatever period they began in.',
    '',
    '- A snapshot of burden, useful for planning services.',
  ];

  it('gives a wrong name the statement of its own that speaks of the description’s words', () => {
    const drafts = draftsOf(EPIDEMIOLOGY).get('Incidence') ?? [];
    const onNewCases = drafts.filter((d) => stem(d).includes('How many new cases arise'));
    expect(onNewCases.length).toBeGreaterThan(0);
    for (const d of onNewCases) {
      const prevalence = d.choices.find((c) => c.text === 'Prevalence');
      if (prevalence)
        expect(prevalence.why).toBe(
          'Prevalence: “Prevalence counts old and new cases together, whatever period they began in”',
        );
    }
    expect(onNewCases.some((d) => d.choices.some((c) => c.text === 'Prevalence'))).toBe(true);
  });
});

describe('too-short-to-tell-apart (readings 30–39)', () => {
  it('reads a line under 15 characters or 6 words as too short to tell one concept apart', () => {
    expect(tooShortToTellApart('何も移動しない', 'ja')).toBe(true);
    expect(tooShortToTellApart('ヘッジをしない場合の関係', 'ja')).toBe(true);
    expect(tooShortToTellApart('読み取り時にはロックを取らない、楽観的な方式', 'ja')).toBe(false);
    expect(tooShortToTellApart('Add a risk-free asset', 'en')).toBe(true);
    expect(tooShortToTellApart('Gives up on a call after a fixed time', 'en')).toBe(false);
  });

  it('asks a short line of prose only as a filler, and a short summary cell as it is', () => {
    const drafts =
      draftsOf([
        '# Resilience',
        '',
        '## Retry',
        '',
        'Waits, then calls again.',
        '',
        '## Timeout',
        '',
        'Giving up on a call after a fixed time, whatever the server does.',
        '',
        '## Circuit breaker',
        '',
        'Stops calling a failing dependency once the error rate crosses a threshold.',
        '',
        '## Summary',
        '',
        '| Concept | Correct understanding | Common misconceptions |',
        '|---|---|---|',
        '| Retry | Repeats idempotent calls | Fixes permanent faults × |',
        '| Timeout | **Bounds waiting**; the server may still finish | Cancels server work × |',
        '| Circuit breaker | **Fails fast** above an error-rate threshold | Queues requests × |',
      ]).get('Retry') ?? [];
    const short = drafts.filter((d) => stem(d).includes('calls again'));
    expect(short.length).toBeGreaterThan(0);
    for (const d of short) expect(d.filler, stem(d)).toBe(true);
    expect(drafts.some((d) => stem(d).includes('Repeats idempotent calls') && !d.filler)).toBe(
      true,
    );
  });
});

describe('farther-rows-retry: a concept whose near siblings make no set is asked among farther rows', () => {
  it('gives Connection pool, the first concept of its notes, a question (reading 42)', () => {
    const bank = buildQuestionBank([
      readSource('test/fixtures/notes/gaps/db-connection-pooling.en.md'),
    ]);
    const asked = bank.questions.filter((q) => q.conceptName === 'Connection pool');
    expect(asked.length).toBeGreaterThan(0);
    // Its which-concept question offers a farther row of the summary table: one of the
    // concepts outside its chapter (`1. Why pool at all`: Pool size, Little's law).
    const chapter = new Set(['Connection pool', 'Pool size', "Little's law"]);
    const which = asked.filter((q) => q.kind === 'which-concept');
    expect(which.some((q) => q.choices.some((c) => !chapter.has(c.text)))).toBe(true);
  });
});

describe('object-of-condition: a description that drops the name it acts on', () => {
  const lines = [
    '# 幾何公差',
    '',
    '## 最大実体公差方式（Ⓜ）',
    '',
    'Ⓜ を付けると、実際の寸法が MMC から離れた分だけ幾何公差を増やしてよい。',
    '',
    '- はまりさえすればよい組立部品のボルト穴の位置度に使う',
    '',
    '## データム',
    '',
    '姿勢・位置・振れの基準となる理論的に正確な幾何学的基準である。',
    '',
    '## 公差の積み上げ',
    '',
    '直列に並んだ部品の寸法公差が組立寸法のばらつきに足し合わさることである。',
    '',
    '## まとめ',
    '',
    '| 概念 | 正しい理解 | よくある誤解 |',
    '|---|---|---|',
    '| 最大実体公差方式（Ⓜ） | 寸法が MMC から離れた分だけ幾何公差が増える | どこでも使える × |',
    '| データム | 測定の基準 | 図面の端面のこと × |',
    '| 公差の積み上げ | ばらつきの合計 | RSS なら必ず組み立つ × |',
  ];

  it('is no stem: `付けると、…` says nothing of what is attached (reading 52)', () => {
    const drafts = draftsOf(lines).get('最大実体公差方式（Ⓜ）') ?? [];
    expect(drafts.length).toBeGreaterThan(0);
    expect(drafts.some((d) => stem(d).includes('付けると'))).toBe(false);
  });
});

describe('name-free-lead: a statement whose later sentence names the concept', () => {
  // `- **共有ロック（S）**: 読み取りのためのロック。他のトランザクションも共有ロックなら同時に取れる`
  // (test/fixtures/notes/transactions.ja.md): read as 共有ロック's definition in its own section
  // (`own-term-definition`), it gave the name away in its second sentence and 共有ロック had no
  // second question. Its first sentence is the stem; a first sentence naming another concept
  // (`『中身を隠したい』ならESP一択`) is not.
  const drafts = draftsOf([
    '# ロックと暗号',
    '',
    '## 共有ロックと排他ロック',
    '',
    '- **共有ロック（S）**: 読み取りのためのロック。他のトランザクションも共有ロックなら同時に取れる',
    '- **排他ロック（X）**: 書き込みのためのロック。ほかのロックは取れない',
    '',
    '## 楽観ロック',
    '',
    '更新時にバージョンを比べて競合を検出する方式。',
    '',
    '## 悲観ロック',
    '',
    '読み取りの時点で行をロックしておく方式。',
    '',
    '## AH',
    '',
    '認証だけを行うプロトコル。',
    '',
    '**ポイント**: 「中身を隠したい」ならESP一択。AHは今の実務ではほぼ見かけない。',
    '',
    '## ESP',
    '',
    'ペイロードを暗号化して認証もする。',
    '',
    '## まとめ',
    '',
    '| 概念 | 正しい理解 | よくある誤解 |',
    '|---|---|---|',
    '| 共有ロック | 共有ロック同士は両立する | 共有ロック同士も待つ × |',
    '| 楽観ロック | 更新時に競合を検出 | 読み取り時にロック × |',
    '| 悲観ロック | 読み取り時にロック | 更新時まで何もしない × |',
    '| AH | 認証のみで暗号化しない | 中身も隠せる × |',
    '| ESP | 暗号化と認証 | 認証しない × |',
  ]);

  it('asks the first sentence when it names no concept', () => {
    const stems = (drafts.get('共有ロック') ?? []).map(stem);
    expect(stems).toContain('「読み取りのためのロック」');
  });

  it('asks no first sentence that names another concept', () => {
    const stems = (drafts.get('AH') ?? []).map(stem);
    expect(stems.some((s) => s.includes('ESP一択'))).toBe(false);
  });
});

describe('said-of-two and plural-pronoun-stem (reading 76)', () => {
  const drafts = draftsOf([
    '# パーティショニング',
    '',
    '## まとめ',
    '',
    '| 概念 | 正しい理解 | よくある誤解 |',
    '|---|---|---|',
    '| レンジパーティション | FROM は含む、TO は含まない | TO も含む × |',
    '| リストパーティション | 値の列挙で振り分ける | 1値ずつしか書けない × |',
    '| ハッシュパーティション | 剰余で均等に分散する | 範囲検索でも効く × |',
    '| デフォルトパーティション | どこにも入らない行の受け皿 | 置けば楽になるだけ × |',
    '',
    '## レンジパーティション',
    '',
    '時刻や連番のように順序のあるキーを区間で分けるための方式。',
    '',
    '## リストパーティション',
    '',
    'テナント種別や国のように値の種類が少なく固定的なキー向けの方式。',
    '',
    '## ハッシュパーティション',
    '',
    'PG11〜。キーのハッシュ値の剰余で行を振り分けるので、データ量が均等になる。',
    '',
    '## デフォルトパーティション',
    '',
    'PG11〜。境界のどれにも当てはまらない行を受け止めるための特別なパーティション。',
  ]);

  it('asks no statement the notes say word for word of two concepts', () => {
    const stems = [...drafts.values()].flat().map(stem);
    expect(stems.length).toBeGreaterThan(0);
    expect(stems.filter((s) => s.includes('PG11'))).toEqual([]);
  });

  it('still asks the statements only one concept says', () => {
    const stems = (drafts.get('ハッシュパーティション') ?? []).map(stem);
    expect(stems.some((s) => s.includes('剰余で行を振り分ける'))).toBe(true);
  });

  const english = draftsOf([
    '# Leavening',
    '',
    '## Summary',
    '',
    '| Concept | Correct understanding | Common misconceptions |',
    '|---|---|---|',
    '| Baking soda | A base that needs an acid to release carbon dioxide | Works alone × |',
    '| Baking powder | Soda and acids premixed with starch in one can | Same as soda × |',
    '| Leavening acids | Chosen for when they release gas in the batter | All act alike × |',
    '| Steam | Water turning to vapour lifts thin batters in the oven | Only yeast lifts × |',
    '',
    '## Leavening acids',
    '',
    'They differ in speed and trigger (water at room temperature vs. heat), plus flavor.',
    '',
    'Cream of tartar reacts within minutes of wetting, so the batter must go into the oven soon.',
  ]);

  it('asks no description that opens on They', () => {
    const stems = (english.get('Leavening acids') ?? []).map(stem);
    expect(stems.some((s) => s.includes('differ in speed'))).toBe(false);
    expect(stems.some((s) => s.includes('Cream of tartar'))).toBe(true);
  });
});
