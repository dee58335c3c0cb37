/** A misconception-about question never offers the key's own correction beside it. */
import { describe, expect, it } from 'vitest';
import { buildQuestionBank } from '../../../src/quiz/bank.ts';
import type { Fact } from '../../../src/quiz/facts/fact.ts';
import { documentQuestions } from '../../../src/quiz/generate/document-questions.ts';
import type { Draft } from '../../../src/quiz/generate/draft.ts';
import {
  fitsBesideKey,
  notesLine,
  trueReason,
} from '../../../src/quiz/generate/misconception-about.ts';
import { parseNotes } from '../../../src/quiz/notes/parse-notes.ts';
import { readCue } from '../../../src/quiz/text/cues.ts';
import type { NotesSource } from '../../../src/quiz/types.ts';
import { inline, readSource } from '../notes-helpers.ts';

/**
 * Every misconception-about draft the generator writes for a concept of a notes file, before
 * assembly keeps one or none: what the option rules allow, not what the bank happened to take.
 */
function misconceptionDrafts(file: string, concept: string): Draft[] {
  return draftsOf(readSource(file), concept);
}

/** {@link misconceptionDrafts} of notes given as text. */
function draftsOf(source: NotesSource, concept: string): Draft[] {
  const drafts: Draft[] = [];
  documentQuestions(parseNotes(source), () => [], {
    found: (subject, template, found) => {
      if (subject?.concept.name !== concept || template === 'tables') return;
      drafts.push(...found.drafts.filter((d) => d.kind === 'misconception-about'));
    },
  });
  return drafts;
}

describe('misconception-about', () => {
  const bank = buildQuestionBank([readSource('test/fixtures/notes/k8s-scheduling.en.md')]);
  const texts = (id: string) =>
    bank.questions.filter((q) => q.conceptName === id && q.kind === 'misconception-about');

  it('leaves out the true statement that corrects the key (they would contradict each other)', () => {
    for (const q of texts('Taints and tolerations')) {
      const options = q.choices.map((c) => c.text);
      if (options.includes('A toleration makes the pod run on the tainted nodes'))
        expect(options).not.toContain('A toleration allows, it does not attract');
    }
    for (const q of texts('Resource limits')) {
      const options = q.choices.map((c) => c.text);
      if (options.includes('Killed for using too much CPU'))
        expect(options).not.toContain(
          'Over the CPU limit: throttled; over the memory limit: OOM-killed',
        );
    }
    // Something was asked: the rule leaves the questions that do not pair a key with its correction.
    expect(
      texts('Taints and tolerations').length + texts('Resource limits').length,
    ).toBeGreaterThan(0);
  });

  it('offers one fact once among the true options: not the summary cell beside a restatement of its emphasised phrase (os-memory)', () => {
    // Every draft the generator writes, not only the one the bank keeps: assembly may prefer
    // another kind for the concept (a misconception question retelling its correct-about one).
    const asked = misconceptionDrafts('test/fixtures/notes/os-memory.ja.md', 'ページフォールト');
    expect(asked.length).toBeGreaterThan(0);
    for (const d of asked) {
      const saying = d.choices.filter((c) => !c.correct && c.text.includes('正常な動作'));
      expect(saying.length, d.choices.map((c) => c.text).join(' / ')).toBeLessThanOrEqual(1);
    }
  });

  it('never offers a true option that says the correction of the key (python-packaging, auth-security)', () => {
    for (const file of [
      'test/fixtures/notes/python-packaging.en.md',
      'test/fixtures/notes/auth-security.ja.md',
    ]) {
      const other = buildQuestionBank([readSource(file)]);
      for (const q of other.questions.filter((x) => x.kind === 'misconception-about')) {
        const options = q.choices.map((c) => c.text);
        if (options.some((o) => o.includes('Picks up a new dependency')))
          expect(options.join('\n')).not.toContain('needs a reinstall');
        if (options.some((o) => o.startsWith('入力時にチェックすれば')))
          expect(options.join('\n')).not.toContain('出力する場所に合わせてエスケープ');
      }
    }
  });

  it('offers the summary cell and a first sentence that says it again not both beside a misconception (consensus)', () => {
    // Quorum: 「a majority; any two majorities overlap」 (summary) and 「A majority of the voting
    // members (⌊n/2⌋ + 1)」 (first sentence) share `majority`: one facet said twice.
    const drafts = misconceptionDrafts('test/fixtures/notes/consensus.en.md', 'Quorum');
    expect(drafts.length).toBeGreaterThan(0);
    for (const d of drafts) {
      const texts = d.choices.map((c) => c.text.toLowerCase());
      expect(
        texts.some((t) => t.startsWith('a majority; any two')) &&
          texts.some((t) => t.startsWith('a majority of the voting members')),
        texts.join(' / '),
      ).toBe(false);
    }
  });
});

describe("a bullet that names the concept, asked in its row's terse words", () => {
  const notes = inline(
    [
      '# Observability',
      '',
      '### Metrics',
      '',
      'Numbers aggregated over time, cheap to keep for months.',
      '',
      '**Features**:',
      '',
      '- Good for dashboards, trends and alerting on rates and percentiles',
      '- Tells you that something is wrong (the error rate rose)',
      '',
      '**Common misconceptions**:',
      '',
      '- × Adding a label to a metric is free (every new label value creates new time series)',
      '',
      '### Volume',
      '',
      'Storage that Docker manages, outside the container.',
      '',
      '**Features**:',
      '',
      '- Outlives the container that used it',
      '- Can use a driver for network storage',
      '- Kept under /var/lib/docker on Linux hosts',
      '',
      '**Common misconceptions**:',
      '',
      '- × Deleting a container deletes its volume too (it stays until removed on purpose)',
      '',
      '## Summary',
      '',
      '| Concept | Correct understanding | Common misconceptions |',
      '|---|---|---|',
      '| Metrics | Numbers **aggregated** over time | New labels are free × |',
      '| Volume | Storage **Docker manages** | Goes away with the container × |',
    ],
    'observability.en.md',
  );
  const drafts = (concept: string): Draft[] => {
    const out: Draft[] = [];
    documentQuestions(parseNotes(notes), () => [], {
      found: (subject, template, found) => {
        if (subject?.concept.name !== concept || template === 'tables') return;
        out.push(...found.drafts.filter((d) => d.kind === 'misconception-about'));
      },
    });
    return out;
  };
  const keyOf = (d: Draft) => d.choices.find((c) => c.correct)?.text;

  it('keys the cell where the bullet repeats the name', () => {
    expect(drafts('Metrics').map(keyOf)).toContain('New labels are free');
  });

  it('sets no true statement that shares a word with the terse key beside it', () => {
    const terse = drafts('Volume').filter((x) => keyOf(x) === 'Goes away with the container');
    expect(terse.length).toBeGreaterThan(0);
    for (const d of terse)
      expect(d.choices.map((c) => c.text)).not.toContain('Outlives the container that used it');
  });
});

describe('a Japanese noun-phrase misconception among statements (copula-statement)', () => {
  const notes = inline(
    [
      '# ファイルシステム',
      '',
      '### ハードリンク',
      '',
      '同じ inode を指す別の名前。',
      '',
      '- 元の名前を消しても、リンク数が 0 になるまでデータは残る',
      '- 別のファイルシステムをまたいでは作れない',
      '- ディレクトリには作れない',
      '',
      'よくある誤解：',
      '- × ハードリンクはファイルのコピー（同じ inode を共有するので、片方を書き換えるともう片方も変わる）',
      '',
      '### シンボリックリンク',
      '',
      'パス文字列を中身に持つ特殊なファイル。',
      '',
      '## まとめ',
      '',
      '| 概念 | 正しい理解 | よくある誤解 |',
      '|---|---|---|',
      '| ハードリンク | **同じ inode** を指す別の名前 | ファイルのコピー |',
      '| シンボリックリンク | **パス**を中身に持つ特殊なファイル | リンク先と一緒に消える |',
    ],
    'fs.ja.md',
  );

  it('asks it said as a statement (`ファイルのコピーである`) beside the true statements', () => {
    const drafts: Draft[] = [];
    documentQuestions(parseNotes(notes), () => [], {
      found: (subject, template, found) => {
        if (subject?.concept.name !== 'ハードリンク' || template === 'tables') return;
        drafts.push(...found.drafts.filter((d) => d.kind === 'misconception-about'));
      },
    });
    const keys = drafts.map((d) => d.choices.find((c) => c.correct)?.text);
    expect(keys).toContain('ファイルのコピーである');
  });

  it('named-beside-named: a misconception that names the concept stands beside true statements that name it too (git-internals)', () => {
    // (sre-oncall's Runbook was the example until key-not-shortest: its named misconceptions are
    // far shorter than its named truths.)
    const asked = misconceptionDrafts('test/fixtures/notes/git-internals.en.md', 'Branch');
    const named = asked.filter((d) =>
      d.choices.some((c) => c.correct && c.text === "Creating a branch copies the project's files"),
    );
    expect(named.length).toBeGreaterThan(0);
    for (const d of named)
      for (const c of d.choices) expect(c.text.toLowerCase(), c.text).toContain('branch');
    expect(named.flatMap((d) => d.choices.map((c) => c.text))).toContain(
      'A branch is a ref holding one commit id',
    );
    // A key that does not name the concept keeps the true statements without the name.
    const plain = asked.filter((d) =>
      d.choices.some((c) => c.correct && c.text === "Copies the project's files"),
    );
    expect(plain.length).toBeGreaterThan(0);
    for (const d of plain)
      for (const c of d.choices) expect(c.text.toLowerCase(), c.text).not.toContain('branch');
  });

  it('kind-of-concept: the items of a list of kinds of the concept, named beside a misconception that names it (sre-oncall SLI)', () => {
    const bank = buildQuestionBank([readSource('test/fixtures/notes/sre-oncall.en.md')]);
    const texts = bank.questions
      .filter((q) => q.conceptName === 'SLI' && q.kind !== 'which-concept')
      .flatMap((q) => q.choices.map((c) => c.text));
    expect(
      texts.some((t) => /^An? (availability|latency|freshness) SLI is the share of/.test(t)),
    ).toBe(true);
  });

  it('shorter-beside-short: a long truth stands beside a short misconception in its first clause (consensus)', () => {
    const bank = buildQuestionBank([readSource('test/fixtures/notes/consensus.en.md')]);
    // Among the drafts the generator writes. (Quorum's `A cluster of 5 tolerates 2 failed
    // members`, cut so too, is no option beside its misconception `Adding a fourth node to a
    // three-node cluster improves fault tolerance`: the two speak of one thing, the tolerance of a
    // cluster — `same-thing-as-the-key`.)
    const cut = 'Members that hear nothing from a leader for an election timeout start an election';
    const election = misconceptionDrafts('test/fixtures/notes/consensus.en.md', 'Leader election');
    expect(election.flatMap((q) => q.choices.map((c) => c.text))).toContain(cut);
    // A key cut so (correct-about `cut-key`) is explained by the notes' whole sentence.
    const cutKeys = bank.questions.filter(
      (q) => q.kind === 'correct-about' && q.choices.some((c) => c.correct && c.text === cut),
    );
    for (const q of cutKeys) expect(q.explanation.why).toContain(`${cut}; a candidate`);
  });
});

describe('evidence-said-already: the notes line under a misconception', () => {
  it('is left out when it is the key and its correction again', () => {
    const key = '同じプロセス内のスレッド切り替えならコストはゼロ';
    const why = 'アドレス空間の切り替えは不要だがコストはある';
    expect(notesLine(`× ${key}（${why}）`, key, why)).toEqual([]);
    expect(
      notesLine('偽陰性がある ×', '偽陰性がある・偽陽性あり', '偽陰性なし・偽陽性あり'),
    ).toEqual([]);
    expect(notesLine(key, key, why)).toEqual([]);
    // Reading 59: the key says its concept as `It`; the question says the name.
    const oracle =
      '× Padding oracles were an SSL 3.0 problem, long fixed (any application that decrypts CBC without authenticating first and exposes any difference — error text, HTTP status, timing — is vulnerable)';
    const fix =
      'any application that decrypts CBC without authenticating first and exposes any difference — error text, HTTP status, timing — is vulnerable';
    expect(notesLine(oracle, 'It was an SSL 3.0 problem, long fixed', fix)).toEqual([oracle]);
    expect(
      notesLine(oracle, 'It was an SSL 3.0 problem, long fixed', fix, ['Padding oracle']),
    ).toEqual([]);
  });

  it('is kept when it says more than the key and its why', () => {
    const words =
      '× Each send() arrives as one message (TCP is a byte stream; the application frames messages with a length prefix)';
    expect(notesLine(words, 'Each send() arrives as one message', null)).toEqual([words]);
  });
});

describe('same-subject-opposite: no true option that says the opposite of the key about its very subject', () => {
  const drafts = (): Draft[] => {
    const found: Draft[] = [];
    documentQuestions(parseNotes(readSource('test/fixtures/notes/jvm-gc.en.md')), () => [], {
      found: (_s, _t, f) => found.push(...f.drafts),
    });
    return found;
  };

  it('does not offer “In a WeakHashMap the keys are weak” beside “WeakHashMap holds its values weakly”', () => {
    const all = drafts();
    const texts = (d: Draft): string[] => d.choices.map((c) => c.text);
    // The true statement is drafted (a which-concept stem)…
    expect(all.some((d) => d.prompt.includes('In a WeakHashMap the keys are weak'))).toBe(true);
    // …but never the one beside the other as "which is a misconception".
    const both = all.filter(
      (d) =>
        d.asksFor === 'misconception' &&
        d.choices.some(
          (c) => c.correct && c.text.includes('WeakHashMap holds its values weakly'),
        ) &&
        texts(d).some((t) => t.includes('In a WeakHashMap the keys are weak')),
    );
    expect(both).toEqual([]);
  });
});

describe('cell-refutes-misconception: no piece of the correct cell that answers the key on its own word', () => {
  const notes = inline([
    '# Digital audio',
    '',
    '| Concept | Correct understanding | Common misconceptions |',
    '|---|---|---|',
    '| Dither | Deliberately added noise that makes quantization error independent of the signal | Degrades the audio because it adds noise |',
    '| Sample rate | Sets the highest frequency a recording can hold | A higher rate always sounds better |',
    '| Bit depth | Sets the dynamic range of a recording | More bits capture higher frequencies |',
    '',
    '### Dither',
    '',
    'Dither is applied right before the bit depth is reduced. It turns the distortion of truncation into a steady, benign hiss.',
    '',
    // (near-correction: the hiss sentence is the key's correction in other words; this facet is not.)
    '- A triangular (TPDF) distribution is the usual choice for a 16-bit master',
    '',
    '**Key point**: mastering engineers apply it once, at the final export.',
    '',
    '**Common misconceptions**:',
    '',
    '- × Degrades the audio because it adds noise (it trades distortion for a far less audible hiss)',
  ]);

  it('does not offer the correct cell on “noise” beside “Degrades the audio because it adds noise”', () => {
    const drafts: Draft[] = [];
    documentQuestions(parseNotes(notes), () => [], {
      found: (subject, _t, found) => {
        if (subject?.concept.name === 'Dither')
          drafts.push(...found.drafts.filter((d) => d.kind === 'misconception-about'));
      },
    });
    const keyed = drafts.filter((d) =>
      d.choices.some((c) => c.correct && c.text.startsWith('Degrades the audio')),
    );
    // The misconception is still asked, beside the other facets of the concept…
    expect(keyed.length).toBeGreaterThan(0);
    // …never beside the cell that answers it on its own word.
    for (const d of keyed)
      for (const c of d.choices) if (!c.correct) expect(c.text).not.toMatch(/noise/i);
  });
});

describe('longer-than-any-set: a true statement no set beside the key could hold', () => {
  it('is no candidate: over three times the key and 8 units longer', () => {
    const key = 'Heartbeats alone prevent it'; // 8 units
    expect(fitsBesideKey('Both sides of a partition accept writes and diverge', key)).toBe(true);
    expect(
      fitsBesideKey(
        'Two parts of a partitioned cluster each accept writes as if they were the whole cluster, so their data diverges',
        key,
      ),
    ).toBe(false);
    // In Japanese a character is a unit: 13 beside 26 fits, 48 does not.
    const ja = '同じ被験者の前後データでも独立2群の t検定でよい';
    expect(fitsBesideKey('ペアの差を1標本t検定', ja)).toBe(true);
    expect(
      fitsBesideKey(
        '個人差（ペア内の正の相関）を打ち消せるので、同じデータに対応のない検定を使うより検出力が高いことが多い',
        'ペアの差を1標本t検定',
      ),
    ).toBe(false);
  });
});

describe('misconception-first: a concept’s own misconception is asked before its other kinds', () => {
  it('gives コンパクション its misconception question, not a second which-concept (garbage-collection)', () => {
    const bank = buildQuestionBank([readSource('test/fixtures/notes/garbage-collection.ja.md')]);
    const kinds = bank.questions
      .filter((q) => q.conceptName === 'コンパクション')
      .map((q) => q.kind);
    expect(kinds).toContain('misconception-about');
    // Its set has no surface cue: a blind reader has no option to pick.
    const q = bank.questions.find(
      (x) => x.conceptName === 'コンパクション' && x.kind === 'misconception-about',
    );
    expect(
      q &&
        readCue(
          q.prompt,
          q.choices.map((c) => c.text),
          true,
        ),
    ).toBeNull();
  });
});

describe('misconception-about: near-correction', () => {
  const CORROSION = [
    '# 金属の腐食',
    '',
    '| 概念 | 正しい理解 | よくある誤解 |',
    '|---|---|---|',
    '| 腐食の電気化学 | 水を介した電池反応で進む | 鉄と酸素が直接反応して錆びる × |',
    '| 孔食 | 局部的に深く進む | 減肉量が小さいので軽微 × |',
    '',
    '## 腐食の電気化学',
    '',
    '常温の腐食のほとんどは水を介した電気化学反応である。',
    '',
    '- 電子は金属中を、イオンは水中を流れる',
    '- 塩化物イオンがあると皮膜が壊れやすい',
    '- アノードでは金属が溶け、カソードでは酸素が還元される',
    '',
    '### よくある誤解',
    '',
    '- × 鉄と酸素が直接反応して錆びる（水を介した電池反応。乾いた酸素だけでは常温でほとんど進まない）',
  ];

  it('never offers a true statement that says the key’s correction again', () => {
    const drafts = draftsOf(inline(CORROSION, 'corrosion.ja.md'), '腐食の電気化学');
    const onIron = drafts.filter((d) =>
      d.choices.some((c) => c.correct && c.text.startsWith('鉄と酸素が直接反応')),
    );
    expect(onIron.length).toBeGreaterThan(0);
    for (const d of onIron)
      expect(d.choices.map((c) => c.text).join('\n')).not.toContain('水を介した電気化学反応');
  });
});

describe('misconception-about: whole-cell-only', () => {
  const WORK = [
    '# Work and energy',
    '',
    '| Concept | Correct understanding | Common misconceptions |',
    '|---|---|---|',
    '| Work | W = F·d·cosθ. A force perpendicular to the displacement does no work | Holding a heavy box still is doing work on it ×; the centripetal force does work × |',
    // `perpendicular` is said of every concept here: the notes' common word, no word of the key's own.
    '| Power | Rate of doing work, P = F·v; a force perpendicular to the velocity delivers no power | More power means more work |',
    '',
    '## Work',
    '',
    'Work is the energy a force transfers to a body along its displacement.',
    '',
    '- Kinetic friction on a sliding block does negative work',
    '- Holding a heavy box still: displacement is zero, so no mechanical work is done on the box',
    '- Lifting a box at constant speed, gravity does negative work on it',
    '',
    '**Common misconceptions**',
    '',
    '- × The centripetal force does work on the orbiting object (it’s perpendicular to the velocity; speed doesn’t change)',
  ];

  it('spares the whole correct cell, not a piece of it that says the key’s correction again (readings 53, 56)', () => {
    const drafts = draftsOf(inline(WORK, 'work.en.md'), 'Work');
    const centripetal = drafts.filter((d) =>
      d.choices.some((c) => c.correct && c.text.startsWith('The centripetal force')),
    );
    expect(centripetal.length).toBeGreaterThan(0);
    for (const d of centripetal)
      expect(d.choices.map((c) => c.text)).not.toContain(
        'A force perpendicular to the displacement does no work',
      );
  });
});

describe('true-option-reason: the notes’ sentence beside a true option that is a piece of it', () => {
  const fact = (text: string, why: string | null, source: Fact['source'] = 'sentence'): Fact => ({
    keys: ['k'],
    conceptId: 'c',
    text,
    truth: true,
    why,
    source,
    evidence: { file: 'notes.md', line: 1, words: why ?? text },
    section: null,
  });

  it('gives the whole sentence where it says more than the option', () => {
    const hgl = fact(
      'HGL is always V²/2g below the EGL',
      'HGL is always V²/2g below the EGL, so where the pipe gets wider (V drops) the HGL rises even though energy was lost',
    );
    expect(trueReason(hgl, hgl.text)).toBe(hgl.why);
    // A shorter rendering of a fact: its whole text is the reason.
    const fork = fact(
      "Beware fork(): child processes inherit a copy of the parent's RNG state, so every worker produces the same numbers",
      null,
    );
    expect(
      trueReason(fork, "Beware fork(): child processes inherit a copy of the parent's RNG state"),
    ).toBe(fork.text);
  });

  it('gives nothing for the option alone, a sentence about another thing, or a × line’s correction', () => {
    expect(
      trueReason(fact('Q is the same at every section', null), 'Q is the same at every section'),
    ).toBeNull();
    expect(
      trueReason(
        fact('Q is the same at every section', 'Q is the same at every section.'),
        'Q is the same at every section',
      ),
    ).toBeNull();
    expect(
      trueReason(
        fact(
          'NPSHr rises with speed',
          'The notes’ correction of the common misconception “Speeding the pump up will push through it”',
          'bullet-correction',
        ),
        'NPSHr rises with speed',
      ),
    ).toBeNull();
    expect(
      trueReason(
        fact(
          'Cavitation pits the impeller',
          'Pumps are sized from the system curve and the duty point',
        ),
        'Cavitation pits the impeller',
      ),
    ).toBeNull();
  });
});

describe('same-thing-as-the-key: no true option on a word that marks the key’s own thing', () => {
  it('does not offer the rebalance loop beside “session.timeout.ms を延ばせば…リバランスを防げる” (kafka-consumers)', () => {
    const drafts = misconceptionDrafts(
      'docs/readings/2026-12-03/kafka-consumers.ja/notes.md',
      'max.poll.interval.ms',
    );
    const keyed = drafts.filter((d) =>
      d.choices.some((c) => c.correct && c.text.startsWith('session.timeout.ms を延ばせば')),
    );
    expect(keyed.length).toBeGreaterThan(0);
    for (const d of keyed)
      for (const c of d.choices)
        if (!c.correct)
          expect(c.text, d.choices.map((x) => x.text).join(' / ')).not.toMatch(/リバランス/);
  });

  it('keeps a true option on the concept’s own topic word (Sorted Set: スコア in most of its statements)', () => {
    const drafts = misconceptionDrafts(
      'docs/readings/2026-12-03/redis-data-structures.ja/notes.md',
      'Sorted Set',
    );
    const keyed = drafts.filter((d) =>
      d.choices.some((c) => c.correct && c.text.startsWith('スコアが同じなら')),
    );
    expect(keyed.some((d) => d.choices.some((c) => !c.correct && c.text.includes('スコア')))).toBe(
      true,
    );
  });
});

describe('same-thing-as-the-key reads two-kanji words and the notes’ correction', () => {
  /** The true options drafted beside a key that starts `key`, each set once. */
  const besideKey = (file: string, concept: string, key: string): string[][] =>
    misconceptionDrafts(file, concept)
      .filter((d) => d.choices.some((c) => c.correct && c.text.startsWith(key)))
      .map((d) => d.choices.filter((c) => !c.correct).map((c) => c.text));

  it('does not offer 「…放棄もしなかった」 beside 「3か月間何もしなければ放棄したことになる」 (`two-kanji-word`)', () => {
    const sets = besideKey(
      'docs/readings/2026-12-05/inheritance-law-japan.ja/notes.md',
      '法定単純承認',
      '3か月間何もしなければ放棄',
    );
    for (const trues of sets)
      for (const t of trues) expect(t, trues.join(' / ')).not.toMatch(/放棄/);
  });

  it('does not offer a true statement on a word of the key’s correction (`拡散障害` corrected 「初期は運動時の低下が先」)', () => {
    // The key says 安静時, the true statement 運動時: they share no word. The correction says
    // 運動時, and so does the true statement: it is the correction in other words.
    const sets = besideKey(
      'docs/readings/2026-12-05/respiratory-gas-exchange.ja/notes.md',
      '拡散',
      '拡散障害は安静時から',
    );
    expect(sets.length).toBeGreaterThan(0);
    for (const trues of sets)
      for (const t of trues) expect(t, trues.join(' / ')).not.toMatch(/運動時/);
  });

  it('does not offer “A prism deviates violet the most and red the least” beside “Red light is refracted most…” (corrected “it’s refracted least”)', () => {
    const sets = besideKey(
      'docs/readings/2026-12-05/geometric-optics-lenses.en/notes.md',
      'Dispersion',
      'Red light is refracted most',
    );
    for (const trues of sets)
      for (const t of trues) expect(t, trues.join(' / ')).not.toMatch(/\bleast\b/);
  });
});

describe('one-facet-once: no two true options on one distinct word', () => {
  it('does not offer two statements of what 度数 counts beside 「1度や8度にも長・短がある」', () => {
    const drafts = misconceptionDrafts(
      'docs/readings/2026-12-04/music-theory-harmony.ja/notes.md',
      '音程（インターバル）',
    );
    const keyed = drafts.filter((d) =>
      d.choices.some((c) => c.correct && c.text.startsWith('1度や8度にも')),
    );
    for (const d of keyed) {
      const counting = d.choices.filter((c) => !c.correct && c.text.startsWith('度数は音名'));
      expect(counting.length, d.choices.map((c) => c.text).join(' / ')).toBeLessThan(2);
    }
  });
});
