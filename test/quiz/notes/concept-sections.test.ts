import { describe, expect, it } from 'vitest';
import { conceptFacts } from '../../../src/quiz/facts/concept-facts.ts';
import {
  comparisonHead,
  comparisonParts,
  SUBTITLE_RULES,
} from '../../../src/quiz/notes/heading-match.ts';
import { ampersandSpelling, parseNotes } from '../../../src/quiz/notes/parse-notes.ts';
import { factsNamed, inline } from '../notes-helpers.ts';

describe('shared-heading: a heading that names two concepts side by side', () => {
  // `## Tag and digest` went to Tag alone: Digest had no section, and its × bullet under that
  // heading was nobody's.
  const doc = parseNotes(
    inline([
      '# Images',
      '',
      '## Tag and digest',
      '',
      'A tag is a mutable name that points to a manifest.',
      '',
      'A digest is the hash of the manifest, so it never changes.',
      '',
      '- × A tag like 1.4 can never change (anyone with push rights can move it)',
      '- × Two pulls of the same digest can return different content (a digest is a content hash)',
      '',
      '## リング',
      '',
      '### memtableとSSTable',
      '',
      'memtable はメモリ上の構造。',
      '',
      '## Summary',
      '',
      '| Concept | Correct understanding | Common misconceptions |',
      '|---|---|---|',
      '| Tag | Mutable pointer | Tags never move × |',
      '| Digest | Hash of the manifest; immutable | Content behind a digest can change × |',
      '| memtable | メモリ上の構造 | 電源断で必ず失われる × |',
      '| SSTable | 不変のファイル | 書き換えられる × |',
    ]),
  );
  const sectionOf = (name: string) => doc.concepts.find((c) => c.name === name)?.section;

  it('is the section of the second concept too', () => {
    expect(sectionOf('Tag')).toBe('Tag and digest');
    expect(sectionOf('Digest')).toBe('Tag and digest');
    expect(sectionOf('SSTable')).toBe('memtableとSSTable');
  });

  it('gives each concept the lines that name it, whatever their case', () => {
    const digest = doc.concepts.find((c) => c.name === 'Digest');
    if (!digest) throw new Error('no concept');
    const falses = conceptFacts(doc, digest).falses.map((f) => f.text);
    expect(falses).toContain('Two pulls of the same digest can return different content');
    expect(falses).not.toContain('A tag like 1.4 can never change');
  });
});

describe('shared-heading: a heading that lists the concept among others', () => {
  const doc = parseNotes(
    inline([
      '# Caches and search: notes on NUMA, locality',
      '',
      '## Summary',
      '',
      '| Concept | Correct understanding | Common misconceptions |',
      '|---|---|---|',
      '| NUMA (non-uniform memory access) | Remote memory is slower | All RAM is equally fast × |',
      '| Set associativity | One set per address | Any line can go anywhere × |',
      '| Write-back cache | Memory is updated on eviction | Every store goes to RAM × |',
      '| Posting list | Document ids per term | Stores whole documents × |',
      '| Stemming | Cuts words to a stem | Always improves precision × |',
      '| Write-through cache | Every store goes to memory | It is never used × |',
      '| プロジェクション（リードモデル） | 読み取り用ビュー | バックアップ必須 × |',
      '',
      '## NUMA',
      '',
      'Memory on the other socket is slower.',
      '',
      '## Associativity and the 3 Cs',
      '',
      'An address maps to one set.',
      '',
      '## Inverted index and posting lists',
      '',
      'Each term points to a posting list.',
      '',
      '## Analyzers, stemming and stop words',
      '',
      'An analyzer tokenizes text.',
      '',
      '## Write caches: write-back, write-through',
      '',
      'Two ways to update memory.',
      '',
      '## CQRSとプロジェクション',
      '',
      'プロジェクションはイベントを購読する。',
    ]),
  );
  const sectionOf = (name: string) => doc.concepts.find((c) => c.name === name)?.section;

  it('is the heading that says the name before or inside its aside', () => {
    expect(sectionOf('NUMA (non-uniform memory access)')).toBe('NUMA');
    expect(sectionOf('プロジェクション（リードモデル）')).toBe('CQRSとプロジェクション');
  });

  it('is a heading listing the name, in the plural or after a label', () => {
    expect(sectionOf('Posting list')).toBe('Inverted index and posting lists');
    expect(sectionOf('Stemming')).toBe('Analyzers, stemming and stop words');
  });

  it('is a heading listing the end or the start of one name only', () => {
    expect(sectionOf('Set associativity')).toBe('Associativity and the 3 Cs');
    expect(sectionOf('Write-back cache')).toBe('Write caches: write-back, write-through');
    expect(sectionOf('Write-through cache')).toBe('Write caches: write-back, write-through');
  });

  it('is a heading no concept took that ends one name only (the file’s subject left out)', () => {
    const one = parseNotes(
      inline([
        '# IPv6',
        '',
        '## まとめ',
        '',
        '| 概念 | 正しい理解 | よくある誤解 |',
        '|---|---|---|',
        '| IPv6アドレス表記 | 連続する0のグループは :: で1回だけ省略できる | 2箇所に :: を使える × |',
        '| SLAAC | ルーター広告からアドレスを生成する | DHCPv6が必須 × |',
        '',
        '## アドレス表記',
        '',
        '先頭の0は省略できる。',
        '',
        '## SLAAC',
        '',
        'ホストが自分でアドレスを作る。',
      ]),
    );
    expect(one.concepts.map((c) => c.section)).toEqual(['アドレス表記', 'SLAAC']);
  });

  it('is never the notes’ title, which lists what the whole file is about', () => {
    expect(doc.concepts.map((c) => c.section)).not.toContain(
      'Caches and search: notes on NUMA, locality',
    );
  });

  it('is no heading whose part ends two names (Cache: write-back cache or write-through cache?)', () => {
    const two = parseNotes(
      inline([
        '# Notes',
        '',
        '## Summary',
        '',
        '| Concept | Correct understanding | Common misconceptions |',
        '|---|---|---|',
        '| Write-back cache | Memory is updated on eviction | Every store goes to RAM × |',
        '| Write-through cache | Every store goes to memory | It is never used × |',
        '',
        '## Prefetching and cache',
        '',
        'Text.',
      ]),
    );
    expect(two.concepts.map((c) => c.section)).toEqual([null, null]);
  });
});

describe('shared-heading: the lines of a shared heading', () => {
  const doc = parseNotes(
    inline([
      '# Notes',
      '',
      '## Summary',
      '',
      '| Concept | Correct understanding | Common misconceptions |',
      '|---|---|---|',
      '| Set associativity | An address maps to one set | Any line can go anywhere × |',
      '| Cache misses (3 Cs) | Compulsory, capacity and conflict | All misses come from size × |',
      '| Idempotent consumer | Duplicates are made harmless | The broker removes duplicates × |',
      '| Outbox pattern | Write the message in the same transaction | It gives exactly-once × |',
      '',
      '## Associativity and the 3 Cs',
      '',
      '- Associativity is the number of ways in each set',
      '- Typical L1D today has 8 to 12 ways per set',
      '- The 3 Cs name where a miss comes from',
      '',
      '## Outbox and idempotent consumer',
      '',
      '- The relay reads the table and publishes each row to the broker',
      '- × The outbox gives exactly-once delivery (a crash after publishing sends it again)',
    ]),
  );
  const truesOf = (name: string) => factsNamed(doc, name).trues.map((f) => f.text);
  const falsesOf = (name: string) => factsNamed(doc, name).falses.map((f) => f.text);

  it('gives each sharer the lines that name it, by the part of the heading that names it', () => {
    expect(truesOf('Set associativity')).toContain(
      'Associativity is the number of ways in each set',
    );
    expect(truesOf('Cache misses (3 Cs)')).toContain('The 3 Cs name where a miss comes from');
    expect(truesOf('Cache misses (3 Cs)')).not.toContain(
      'Associativity is the number of ways in each set',
    );
  });

  it('gives a line that names neither to neither, the one that took the heading too', () => {
    expect(truesOf('Cache misses (3 Cs)')).not.toContain(
      'Typical L1D today has 8 to 12 ways per set',
    );
    expect(truesOf('Set associativity')).not.toContain(
      'Typical L1D today has 8 to 12 ways per set',
    );
    // `Idempotent consumer` took the heading (its name ends it); the relay is the outbox's.
    expect(truesOf('Idempotent consumer')).not.toContain(
      'The relay reads the table and publishes each row to the broker',
    );
    expect(falsesOf('Idempotent consumer')).not.toContain('The outbox gives exactly-once delivery');
    expect(falsesOf('Outbox pattern')).toContain('The outbox gives exactly-once delivery');
  });
});

describe('the notes’ title and comparisons are no concept’s section', () => {
  const doc = parseNotes(
    inline([
      '# GraphQL — API guild notes',
      '',
      '| Concept | Reality | Myths |',
      '|---|---|---|',
      '| GraphQL | A query language and execution spec | It replaces HTTP × |',
      '| DataLoader | Batches loads within one request | Caches across requests × |',
      '',
      '## DataLoader',
      '',
      'The batch function must return results in the same order as the keys.',
      '',
      '## GraphQL vs REST',
      '',
      'REST versions its URLs.',
    ]),
  );

  it('does not give the title, whose body is the whole file, to the concept it starts with', () => {
    const graphql = doc.concepts.find((c) => c.name === 'GraphQL');
    if (!graphql) throw new Error('no concept');
    expect(graphql.section).toBeNull();
    expect(conceptFacts(doc, graphql).trues.map((f) => f.text)).not.toContain(
      'The batch function must return results in the same order as the keys',
    );
  });
});

describe('reading 11: names joined by `&`, and a start of a name that is only its modifier', () => {
  const doc = parseNotes(
    inline([
      '# GraphQL',
      '',
      '## Summary',
      '',
      '| Concept | Correct understanding | Common misconceptions |',
      '|---|---|---|',
      '| Errors & HTTP status | Partial data plus an errors array, status 200 | An error always means a 4xx × |',
      '| Mutations | Top-level fields run serially | Run in parallel × |',
      '| Introspection | __schema exposes the schema | Disabling it secures the API × |',
      '| Query cost limits | Limit depth or complexity | Per-request rate limiting is enough × |',
      '| 認証＆認可 | 認証は誰か、認可は何をしてよいか | 同じもの × |',
      '| Resolvers & N+1 | One backend call per parent; batch per request | GraphQL solves N+1 by itself × |',
      '',
      '## 4. Errors and HTTP status codes',
      '',
      'A response can carry data and errors together.',
      '',
      '## 6. Queries, mutations and subscriptions',
      '',
      'Queries read, mutations write.',
      '',
      '## 8. Introspection and query cost',
      '',
      'Introspection returns the schema. Query cost must be limited before execution.',
      '',
      '## 5. Resolvers and the N+1 problem',
      '',
      'Nothing batches resolver calls for you.',
      '',
      '## 認証と認可',
      '',
      '認証はログイン、認可は権限の確認。',
    ]),
  );
  const sectionOf = (name: string) => doc.concepts.find((c) => c.name === name)?.section;

  it('ampersand-spelled-out: `&` is `and` (`と`) in a heading', () => {
    expect(sectionOf('Errors & HTTP status')).toBe('4. Errors and HTTP status codes');
    expect(sectionOf('認証＆認可')).toBe('認証と認可');
    expect(ampersandSpelling('&')).toEqual([]);
    // Linear on a cell of any length (no pattern with spaces around the `&`).
    expect(ampersandSpelling(`a${' '.repeat(1_000_000)}b&c`)).toEqual([
      `a${' '.repeat(1_000_000)}b and c`,
    ]);
  });

  it('start-is-half-the-name: `Queries` is no start of `Query cost limits`, `query cost` is', () => {
    expect(sectionOf('Query cost limits')).toBe('8. Introspection and query cost');
    expect(sectionOf('Mutations')).toBe('6. Queries, mutations and subscriptions');
  });

  it('articles-inside and the kind word `problem`: `Resolvers and the N+1 problem` is the section of `Resolvers & N+1`', () => {
    expect(sectionOf('Resolvers & N+1')).toBe('5. Resolvers and the N+1 problem');
  });
});

describe('subtitle-head: a heading whose comparison is its subtitle', () => {
  // Reading of the 270 notes: `5. Stress concentration (Kt vs Kf)` and `4. Diversification:
  // systematic vs idiosyncratic risk` were read as comparisons of `Stress concentration (Kt` with
  // `Kf)`: the concepts had no section, and their × bullets went unasked.
  const doc = parseNotes(
    inline([
      '# Fatigue and portfolios',
      '',
      '## Summary',
      '',
      '| Concept | Correct understanding | Common misconceptions |',
      '|---|---|---|',
      '| Stress concentration | Kt is geometric; Kf ≤ Kt | Kt is a material property × |',
      '| Diversification | Removes idiosyncratic risk only | Removes all risk × |',
      '| OT | Transforms concurrent operations | Needs no server × |',
      '| CRDT | Merges without coordination | Needs a server × |',
      '',
      '## 5. Stress concentration (Kt vs Kf)',
      '',
      'Kt depends only on geometry and loading mode.',
      '',
      '- × Kt depends on the material (it is purely geometric)',
      '',
      '## 4. Diversification: systematic vs idiosyncratic risk',
      '',
      'Adding assets removes idiosyncratic risk, not market risk.',
      '',
      '- × Doubling the holdings halves the risk (the reduction flattens out)',
      '',
      '## Operational transformation (OT) vs CRDT',
      '',
      'Both keep replicas converging.',
    ]),
  );
  const sectionOf = (name: string) => doc.concepts.find((c) => c.name === name)?.section;

  it('is the section of the concept its subject names', () => {
    expect(sectionOf('Stress concentration')).toBe('5. Stress concentration (Kt vs Kf)');
    expect(sectionOf('Diversification')).toBe(
      '4. Diversification: systematic vs idiosyncratic risk',
    );
  });

  it('gives the concept its × bullets there', () => {
    const concept = doc.concepts.find((c) => c.name === 'Diversification');
    if (!concept) throw new Error('no concept');
    expect(conceptFacts(doc, concept).falses.map((f) => f.text)).toContain(
      'Doubling the holdings halves the risk',
    );
  });

  it('compares only the subtitle’s sides, and leaves a plain comparison as it was', () => {
    expect(comparisonParts('5. Stress concentration (Kt vs Kf)')).toEqual(['Kt', 'Kf']);
    expect(comparisonHead('5. Stress concentration (Kt vs Kf)')).toBe('Stress concentration');
    expect(comparisonParts('Policy types — identity-based vs resource-based')).toEqual([
      'identity-based',
      'resource-based',
    ]);
    expect(comparisonParts('Operational transformation (OT) vs CRDT')).toEqual([
      'Operational transformation (OT)',
      'CRDT',
    ]);
    expect(comparisonHead('Operational transformation (OT) vs CRDT')).toBe(null);
    expect(comparisonParts('2. Spark ignition (SI) vs compression ignition (CI)')).toEqual([
      'Spark ignition (SI)',
      'compression ignition (CI)',
    ]);
    for (const rule of SUBTITLE_RULES)
      expect(comparisonHead(rule.example), rule.name).not.toBe(null);
    expect(sectionOf('OT')).not.toBe('Operational transformation (OT) vs CRDT');
  });

  it('reads a heading of 1 MB in linear time', () => {
    const long = `${'x: '.repeat(200_000)}a vs b`;
    expect(comparisonParts(long)?.at(-1)).toBe('b');
  });
});

describe('misconception-in-listed-section: a section listing another concept is not taken by a bullet', () => {
  // `They're the same number` (dBi vs dBd) took `### 3. EIRP and ERP` by its bullet `ERP and EIRP
  // are the same number` (reading 74), and the misconception was asked in those words; the
  // heading lists EIRP / ERP by its parts. A heading that lists the concept too, by the start of
  // its name (`RPKI` of `Security: RPKI and longest prefix match`), is still shared.
  const doc = parseNotes(
    inline([
      '# Radio',
      '',
      '## Cheat sheet',
      '',
      '| Concept | Correct understanding | Common misconceptions |',
      '|---|---|---|',
      "| dBi vs dBd | dBi = dBd + 2.15 | They're the same number |",
      '| EIRP / ERP | EIRP = Tx power - feeder loss + antenna gain | EIRP ignores the cable |',
      '| RPKI route origin validation | Checks the origin AS | RPKI encrypts BGP sessions |',
      '| Longest prefix match (data plane) | The most specific prefix wins | A better BGP path beats a more specific prefix |',
      '',
      '## 1. Decibels',
      '',
      'dBd is relative to a half-wave dipole.',
      '',
      '## 3. EIRP and ERP',
      '',
      '- × ERP and EIRP are the same number (they differ by 2.15 dB)',
      '- × EIRP ignores the cable (feeder loss comes off first)',
      '',
      '## Security: RPKI and longest prefix match',
      '',
      '- × RPKI encrypts BGP sessions (it signs origins, nothing is encrypted)',
    ]),
  );
  const sectionOf = (name: string): string | null =>
    doc.concepts.find((c) => c.name === name)?.section ?? null;

  it('leaves the section to the concept it lists, and keeps one that lists the concept by the start of its name', () => {
    expect(sectionOf('dBi vs dBd')).not.toBe('3. EIRP and ERP');
    expect(sectionOf('EIRP / ERP')).toBe('3. EIRP and ERP');
    expect(sectionOf('RPKI route origin validation')).toBe(
      'Security: RPKI and longest prefix match',
    );
  });
});

describe('addition-aside: a heading’s parenthesis that adds another thing (reading 76)', () => {
  const doc = parseNotes(
    inline([
      '# やきもの',
      '',
      '| 概念 | 正しい理解 | よくある誤解 |',
      '|---|---|---|',
      '| 陶器・炻器・磁器 | 素地の原料と焼成温度で分かれる | 釉薬の有無で分ける × |',
      '| Lecithin | An emulsifier that thins chocolate | It is a fat × |',
      '',
      '## 1. 陶器・炻器・磁器（＋土器）',
      '',
      '- **磁器**：陶石やカオリンが主体で、1300℃前後で焼く。吸水性はほぼゼロ',
      '- **土器**：釉を掛けず800℃前後以下で焼いたもの。吸水性が大きい',
      '',
      '## 2. Lecithin (and PGPR)',
      '',
      'Lecithin lowers the viscosity of melted chocolate.',
    ]),
  );
  const concept = (name: string) => doc.concepts.find((c) => c.name === name);

  it('gives the concept no name of the thing added', () => {
    expect(concept('陶器・炻器・磁器')?.section).toBe('1. 陶器・炻器・磁器（＋土器）');
    expect(concept('陶器・炻器・磁器')?.aliases).not.toContain('＋土器');
    expect(concept('Lecithin')?.aliases).not.toContain('and PGPR');
  });

  it('reads the added thing’s definition as no definition of the concept', () => {
    const trues = factsNamed(doc, '陶器・炻器・磁器').trues.map((t) => t.text);
    expect(trues.some((t) => t.includes('800℃'))).toBe(false);
  });
});

describe('closing-pair: a name that ends on call marks has no aside (reading 81)', () => {
  const doc = parseNotes(
    inline([
      '# 型変換',
      '',
      '| 概念 | 正しい理解 | よくある誤解 |',
      '|---|---|---|',
      '| Number() と parseInt() | Number は文字列全体を数値として解釈する。parseInt は先頭から読む | 2つは同じ結果を返す × |',
      '| BFF（Backend for Frontend） | 画面ごとの API 層 | 汎用 API と同じ × |',
      '| 書き込み増幅（WAF） | 書いた量に対する NAND への書き込み量の比 | 1 を下回る × |',
      '',
      '## 10. Number() と parseInt()',
      '',
      '- Number は空文字を 0 にする',
      '',
      '## 11. BFF（Backend for Frontend）',
      '',
      '- 画面ごとに API をまとめる',
      '',
      '## 12. 書き込み増幅（WAF）とオーバープロビジョニング（OP）',
      '',
      '- OP を増やすと WAF が下がる',
    ]),
  );
  const concept = (name: string) => doc.concepts.find((c) => c.name.startsWith(name));

  it('takes no piece between two pairs of parentheses for another name', () => {
    expect(concept('Number()')?.aliases).toEqual([]);
    expect(concept('BFF')?.aliases).toContain('Backend for Frontend');
    // Two things, each with its aside: the second one's aside names no other name of the first.
    expect(concept('書き込み増幅')?.aliases).not.toContain('OP');
    expect(concept('書き込み増幅')?.aliases).not.toContain(
      '書き込み増幅（WAF）とオーバープロビジョニング',
    );
  });
});
