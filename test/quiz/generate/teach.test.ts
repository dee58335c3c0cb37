/**
 * Explanations that teach (generate/teach.ts): each rule on the notes it was found on, and the
 * stage's promise — only whys change, never a prompt, an option or the key.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { buildQuestionBank } from '../../../src/quiz/bank.ts';
import { conceptSubject, generationContext } from '../../../src/quiz/generate/context.ts';
import { correctAboutDrafts } from '../../../src/quiz/generate/correct-about.ts';
import type { Draft } from '../../../src/quiz/generate/draft.ts';
import { misconceptionAboutDrafts } from '../../../src/quiz/generate/misconception-about.ts';
import {
  asSentence,
  keyExplained,
  stemSentence,
  TEACH_RULES,
  teach,
} from '../../../src/quiz/generate/teach.ts';
import { whichConceptDrafts } from '../../../src/quiz/generate/which-concept.ts';
import { parseNotes } from '../../../src/quiz/notes/parse-notes.ts';
import {
  echoesOption,
  isCellDump,
  restatesOption,
} from '../../../src/quiz/review/explanation-faults.ts';
import type { Question, QuestionBank } from '../../../src/quiz/types.ts';
import { fixture, inline, shippedAliases, shippedNotes } from '../notes-helpers.ts';

const banks = new Map<string, QuestionBank>();
function bankOf(name: string): QuestionBank {
  let bank = banks.get(name);
  if (!bank) {
    bank = buildQuestionBank([fixture(name)], { aliases: shippedAliases() });
    banks.set(name, bank);
  }
  return bank;
}

/** The question of the bank whose prompt holds `text` (and, when given, whose key is `key`). */
function asked(bank: QuestionBank, text: string, key?: string): Question {
  const q = bank.questions.find(
    (x) =>
      x.prompt.includes(text) &&
      (key === undefined || x.choices.some((c) => c.correct && c.text === key)),
  );
  if (!q) throw new Error(`no question asking ${text}`);
  return q;
}

const whyOf = (q: Question, option: string): string | null | undefined =>
  q.choices.find((c) => c.text === option)?.why;

/**
 * The why `teach` gives the which-concept draft of `conceptName` in fixture `file` whose stem
 * holds `stem`: read on the draft, whichever option set or statement the bank then takes.
 */
function whyOfDraft(file: string, conceptName: string, stem: string): string | null {
  return taughtDraft(file, conceptName, stem).why;
}

/**
 * The which-concept draft of `conceptName` on `stem`, `also` among its options when given, as the
 * bank would explain it: for a rule read on a draft the bank may ask another way (a concept's own
 * misconception first, `own-misconception-first`).
 */
function taughtDraft(file: string, conceptName: string, stem: string, also?: string): Draft {
  const doc = parseNotes(fixture(file), { aliases: shippedAliases() });
  const ctx = generationContext(doc);
  const concept = doc.concepts.find((c) => c.name === conceptName);
  if (!concept) throw new Error(conceptName);
  const draft = whichConceptDrafts(ctx, conceptSubject(ctx, concept)).drafts.find(
    (d) =>
      d.prompt.includes(stem) && (also === undefined || d.choices.some((c) => c.text === also)),
  );
  if (!draft) throw new Error(`no draft on ${stem}`);
  return teach(ctx, draft, () => []);
}

describe('stem-line: a which-concept key is explained by the line its stem comes from', () => {
  it('gives the whole line when it says more than the stem', () => {
    // A stem on a sentence of the section is a filler the bank leaves out (`sentence-stem-last`):
    // the rule is read on the draft.
    const why = whyOfDraft(
      'jvm-gc.en.md',
      'Young generation',
      'Objects that survive a collection are copied to a survivor space',
    );
    expect(why).toBe(
      'Objects that survive a collection are copied to a survivor space; after surviving enough collections (the tenuring threshold, at most 15) they are promoted to the old generation',
    );
  });

  it('never a summary cell that says nothing of the stem: the rest of its line instead', () => {
    // ZGC's cell: `Marks and relocates concurrently; pauses stay under a millisecond…`; the stem
    // opens its line, whose next sentence says how (stem-rest-of-line).
    const q = asked(bankOf('jvm-gc.en.md'), 'A low-latency collector');
    expect(q.explanation.why).not.toContain('Marks and relocates');
    expect(q.explanation.why).toBe(
      'Marking and relocation run concurrently with the application, using load barriers and coloured pointers; pauses stay under a millisecond and do not grow with the heap',
    );
  });

  it('rest-first: the rest of the stem’s line before a summary cell no longer than it', () => {
    // The cell `A monotonically increasing election number` bears on the stem and says nothing
    // more; the line's next sentence says what a term does.
    const q = asked(
      bankOf('consensus.en.md'),
      'A monotonically increasing number that names each election period',
    );
    expect(q.kind).toBe('which-concept');
    expect(q.explanation.why).toBe('A member that sees a higher term steps down and adopts it');
  });

  it('own-section-context: gives the sentence beside the stem in the concept’s own section, named or not', () => {
    // Read on the draft: the bank may ask Quorum beside other siblings on another of its lines.
    const why = whyOfDraft(
      'consensus.en.md',
      'Quorum',
      'A cluster of 5 tolerates 2 failed members',
    );
    expect(why).toBe(
      'Any two majorities of the same group overlap in at least one member, which is what lets a new decision see the old one',
    );
  });

  it('own-section-context: never another item of the stem’s list (microservices.ja: サイドカー)', () => {
    const shipped = buildQuestionBank([shippedNotes()], { aliases: shippedAliases() });
    const q = asked(shipped, 'ログ転送コンテナ（メインアプリ + Fluentd）');
    // Not `監視エージェント（メインアプリ + Prometheus exporter）`, the list's other item: the
    // section's opening says what the pattern is (summary-stem-section-line, for an example).
    expect(q.explanation.why).not.toContain('監視エージェント');
    expect(q.explanation.why).toBe(
      'メインコンテナに補助的な機能を追加するコンテナを同じPodに配置します',
    );
  });

  it('keeps the summary cell where it bears on the stem', () => {
    // Read on the draft: the bank asks G1's own misconception beside this line instead.
    const why = whyOfDraft('jvm-gc.en.md', 'G1', 'The default collector since JDK 9');
    expect(why).toContain('Default collector since JDK 9');
  });
});

describe('rest-of-line: a stem sentence is explained by the rest of its line', () => {
  /** The why `stem-rest-of-line` gives the which-concept draft of `any と unknown` on `stem`, its section `lines`. */
  const whyOfLine = (stem: string, lines: readonly string[]): string | null => {
    const doc = parseNotes(
      inline([
        '| 概念 | 正しい理解 | よくある誤解 |',
        '|---|---|---|',
        '| any と unknown | どちらも何でも受け取れるが、unknown は絞り込むまで使えない | unknown は any の別名 × |',
        '| 型アサーション | 実行時の変換も検査もしない | as は安全なキャスト × |',
        '| 型消去 | 型注釈は出力JSから消える | interface に instanceof できる × |',
        '',
        '## any と unknown',
        '',
        'どちらも「どんな値でも代入できる」トップ型的な型だが、使う側の扱いが真逆。',
        '',
        ...lines,
        '',
        '**よくある誤解**：',
        '',
        '- × unknown は any の言い換え（unknown は絞り込まないと何もできない）',
        '',
        '## 型アサーション',
        '',
        '`value as T` はコンパイラに主張する構文。',
        '',
        '## 型消去',
        '',
        'TypeScriptの型はコンパイル時にだけ存在する。',
      ]),
    );
    const ctx = generationContext(doc);
    const concept = doc.concepts.find((c) => c.name === 'any と unknown');
    if (!concept) throw new Error('no any と unknown');
    const draft = whichConceptDrafts(ctx, conceptSubject(ctx, concept)).drafts.find((d) =>
      d.prompt.includes(stem),
    );
    if (!draft) throw new Error(`no draft on ${stem}`);
    const rule = TEACH_RULES.find((r) => r.name === 'stem-rest-of-line');
    if (!rule) throw new Error('no stem-rest-of-line');
    return rule.apply(ctx, { ...draft, why: null })?.why ?? null;
  };

  it('gives the rest of the stem’s line, its additive opening gone (reading 47)', () => {
    expect(
      whyOfLine('any はチェックを切る', [
        '- `any` はチェックを切る。しかも `any` から取り出した値も `any` になって**伝播**する',
      ]),
    ).toBe('any から取り出した値も any になって伝播する');
  });

  it('not a line that points ahead, is the writer’s aside or is cut at its end', () => {
    // Each line's first sentence is the stem; what follows it decides.
    expect(
      whyOfLine('any はチェックを切る', ['- `any` はチェックを切る。使い分けは次の通り']),
    ).toBeNull();
    expect(
      whyOfLine('any はチェックを切る', ['- `any` はチェックを切る。自分はこれで一度やらかした']),
    ).toBeNull();
    expect(
      whyOfLine('any はチェックを切る', ['- `any` はチェックを切る。取り出した値の型は']),
    ).toBeNull();
  });

  it('rest-leans-on-the-stem: not where the sentence after the stem leans on it (reading 62)', () => {
    // Cut out, the stem would leave `これを` pointing at the sentence before it.
    expect(
      whyOfLine('any はチェックを切る', [
        '- 代入はどちらも自由。`any` はチェックを切る。これを型の穴と呼ぶ',
      ]),
    ).toBeNull();
    // The same line with a sentence that stands alone after the stem keeps its rest.
    expect(
      whyOfLine('any はチェックを切る', [
        '- 代入はどちらも自由。`any` はチェックを切る。取り出した値も `any` になる',
      ]),
    ).toBe('代入はどちらも自由。取り出した値も any になる');
  });

  it('not across a blank line: the paragraph after an item is no part of its line', () => {
    // A Japanese line that holds a stop and ends short of one goes on below when wrapped
    // (text/wrap.ts `japanese-prose-wrapped`); after a blank line it does not.
    const why = whyOfLine('any はチェックを切る', [
      '- `any` はチェックを切る。取り出した値も `any` になる',
      '',
      '外部入力は unknown として受けて検証するのが安全。',
    ]);
    expect(why).toBe('取り出した値も any になる');
  });

  it('label-opens-a-line: a label right under an item is no part of its line', () => {
    const why = whyOfLine('any はチェックを切る', [
      '- `any` はチェックを切る。取り出した値も `any` になる',
      '**使い分け**：',
      '- 外部入力は unknown で受ける',
    ]);
    expect(why).toBe('取り出した値も any になる');
  });
});

describe('rest-first: the rest of the stem’s line gives way to a far longer why', () => {
  const whyOfTerm = (line: string): string | null => {
    const doc = parseNotes(
      inline([
        '| Concept | Correct understanding | Common misconceptions |',
        '|---|---|---|',
        '| Term | A monotonically increasing election number that every message carries | Terms are per node × |',
        '| Quorum | A majority of the cluster: 3 of 5 | Any two nodes are a quorum × |',
        '| Leader | The one node that accepts writes in a term | Two leaders can commit in one term × |',
        '',
        '## Term',
        '',
        'Raft divides time into terms.',
        '',
        `- ${line}`,
        '',
        '## Quorum',
        '',
        'A majority of members.',
        '',
        '## Leader',
        '',
        'Accepts client writes.',
      ]),
    );
    const ctx = generationContext(doc);
    const concept = doc.concepts.find((c) => c.name === 'Term');
    if (!concept) throw new Error('no Term');
    const draft = whichConceptDrafts(ctx, conceptSubject(ctx, concept)).drafts.find((d) =>
      d.prompt.includes('names each election period'),
    );
    if (!draft) throw new Error('no draft on the election-period stem');
    return teach(ctx, draft, () => []).why;
  };

  it('keeps the summary cell where the rest is far shorter (`It never goes down`)', () => {
    expect(
      whyOfTerm(
        'A monotonically increasing number that names each election period. It never goes down.',
      ),
    ).toBe('Term: “A monotonically increasing election number that every message carries”');
  });

  it('gives the rest where it is about as long', () => {
    expect(
      whyOfTerm(
        'A monotonically increasing number that names each election period. A member that sees a higher term steps down and adopts it.',
      ),
    ).toBe('A member that sees a higher term steps down and adopts it');
  });
});

describe('name-is-no-more: the stem’s sentence with only the concept’s name besides is no why', () => {
  it('gives the stem’s line where it says more than the stem and the name, not where it says the name only', () => {
    const doc = parseNotes(fixture('consensus.en.md'), { aliases: shippedAliases() });
    const ctx = generationContext(doc);
    const concept = doc.concepts.find((c) => c.name === 'Term');
    if (!concept) throw new Error('no Term');
    const draft = whichConceptDrafts(ctx, conceptSubject(ctx, concept)).drafts.find(
      (d) => d.stem !== undefined,
    );
    const fact = draft?.stem;
    if (!draft || !fact) throw new Error('no which-concept draft of Term');
    const asked = {
      ...draft,
      prompt: 'Which concept does this describe?\n“Names each election period”',
    };
    const said = (words: string) => ({ ...fact, why: null, evidence: { ...fact.evidence, words } });
    // The stem again with the name (`never は「そもそも戻ってこない」` under `そもそも戻ってこない`,
    // reading 47): it gives the key and says nothing more.
    expect(stemSentence(ctx, asked, said('A term names each election period'))).toBeNull();
    // The stem and a clause of its own: the line says more.
    expect(
      stemSentence(
        ctx,
        asked,
        said('A term names each election period, and a member that sees a higher one steps down'),
      ),
    ).toBe('A term names each election period, and a member that sees a higher one steps down');
  });
});

describe('keyExplained: what the bank reads before it chooses (explained-stems-first)', () => {
  it('says of every which-concept draft whether teach gives its key a why', () => {
    const seen = new Set<boolean>();
    for (const file of ['consensus.en.md', 'transactions.ja.md']) {
      const doc = parseNotes(fixture(file), { aliases: shippedAliases() });
      const ctx = generationContext(doc);
      for (const concept of doc.concepts)
        for (const d of whichConceptDrafts(ctx, conceptSubject(ctx, concept)).drafts) {
          const explained = keyExplained(ctx, d);
          seen.add(explained);
          expect(explained, d.prompt).toBe(teach(ctx, d, () => []).why !== null);
        }
    }
    // Both answers occur on these notes: the check is not vacuous.
    expect([...seen].sort()).toEqual([false, true]);
  });
});

describe('summary-stem-section-line: a summary-cell stem is explained by its section’s first sentence', () => {
  it('gives the key the first sentence of its own section (git-internals.en: Tree)', () => {
    const q = asked(
      bankOf('git-internals.en.md'),
      "Lists a directory's names, modes and object ids",
      'Tree',
    );
    expect(q.kind).toBe('which-concept');
    expect(q.explanation.why).toBe(
      'Lists the entries of one directory: for each, a name, a mode and the id of a blob or of another tree',
    );
  });

  it('in Japanese too (os-memory.ja: スワップ)', () => {
    const bank = bankOf('os-memory.ja.md');
    const q = bank.questions.find((x) =>
      x.explanation.why?.startsWith('最近使われていない匿名ページ'),
    );
    expect(q?.kind).toBe('which-concept');
  });

  it('explains an item of a concept’s lists by its section’s opening, named or not (イベントソーシング, デッドロック)', () => {
    const shipped = buildQuestionBank([shippedNotes()], { aliases: shippedAliases() });
    expect(asked(shipped, '任意の時点の状態を再現可能', 'イベントソーシング').explanation.why).toBe(
      '現在の状態ではなく、状態変更のイベント（履歴）を保存するパターンです',
    );
    expect(
      asked(bankOf('transactions.ja.md'), 'Tx1 が行Aをロックして行Bを待つ', 'デッドロック')
        .explanation.why,
    ).toBe('2つ以上のトランザクションが、互いに相手の持つロックを待って先に進めなくなる状態');
  });

  it('summary-stem-opening: takes the unnamed opening last, where nothing else explains (コレオグラフィ)', () => {
    const shipped = buildQuestionBank([shippedNotes()], { aliases: shippedAliases() });
    expect(asked(shipped, '自律分散、単一障害点なし', 'コレオグラフィ').explanation.why).toBe(
      '各サービスがイベントを発火し、他サービスがそれに反応します',
    );
    // A sentence of the section that holds the stem comes first (`summary-stem-elaboration`).
    expect(
      asked(bankOf('consensus.en.md'), 'No guaranteed termination in a fully asynchronous model')
        .explanation.why,
    ).toBe(
      'In a fully asynchronous network, no deterministic protocol can guarantee consensus if even one process may crash',
    );
  });

  it('never a first sentence cut at the end of a wrapped line (reading 12: browser-rendering-pipeline.en)', () => {
    const notes = 'docs/readings/2026-12-03/browser-rendering-pipeline.en/notes.md';
    const bank = buildQuestionBank([{ path: notes, text: readFileSync(notes, 'utf8') }]);
    const whys = bank.questions.map((q) => q.explanation.why ?? '');
    expect(whys).toContain('CLS measures visible elements moving unexpectedly');
    expect(whys.some((w) => w.endsWith('before it can show'))).toBe(false);
  });
});

describe('stem-elaboration: a line stem with no line beside it is explained by the section sentence that says more', () => {
  it('gives the key the sentence of its own section that holds the stem (garbage-collection.ja: 参照カウント)', () => {
    expect(
      whyOfDraft(
        'garbage-collection.ja.md',
        '参照カウント',
        'CPython、Swift（ARC）、C++の std::shared_ptr などが使っている',
      ),
    ).toBe(
      'CPythonは循環参照を回収するために、参照カウントとは別に循環検出用の世代別GC（gc モジュール）も持っています',
    );
  });

  it('in English too (networking.en: TLS 1.3 handshake)', () => {
    // The rule alone: in the bank the rest of the stem's line, as long, comes first (rest-first).
    const doc = parseNotes(fixture('networking.en.md'), { aliases: shippedAliases() });
    const ctx = generationContext(doc);
    const concept = doc.concepts.find((c) => c.name === 'TLS 1.3 handshake');
    const rule = TEACH_RULES.find((r) => r.name === 'stem-elaboration');
    if (!concept || !rule) throw new Error('no TLS 1.3 handshake or stem-elaboration');
    const draft = whichConceptDrafts(ctx, conceptSubject(ctx, concept)).drafts.find((d) =>
      d.prompt.includes('ephemeral (EC)DHE key exchange'),
    );
    if (!draft) throw new Error('no draft on the key exchange');
    expect(rule.apply(ctx, { ...draft, why: null })?.why).toBe(
      "The certificate's public key is used to authenticate the server, not to encrypt the traffic",
    );
    expect(
      whyOfDraft('networking.en.md', 'TLS 1.3 handshake', 'ephemeral (EC)DHE key exchange'),
    ).toBe(
      'A full handshake takes one round trip (TLS 1.2 took two); a resumed session can send early data with 0-RTT',
    );
  });
});

describe('summary-stem-elaboration: a summary stem is explained by the section sentence that says how', () => {
  it('gives the key the sentence of its own section that holds most of the stem (consensus.en: FLP)', () => {
    const q = asked(
      bankOf('consensus.en.md'),
      'No guaranteed termination in a fully asynchronous model',
      'FLP impossibility',
    );
    expect(q.kind).toBe('which-concept');
    expect(q.explanation.why).toBe(
      'In a fully asynchronous network, no deterministic protocol can guarantee consensus if even one process may crash',
    );
  });

  it('in Japanese too (auth-security.ja: ソルト)', () => {
    // Read on the draft: since `noun-end`, the bank may ask ソルト by its section's line instead.
    expect(whyOfDraft('auth-security.ja.md', 'ソルト', 'パスワードごとのランダムな値')).toBe(
      '同じパスワードでもハッシュ値が変わるので、事前計算した表（レインボーテーブル）が使えなくなる',
    );
  });

  /** The why the summary stem `A borrow ends at its last use` is taught, its section `lines`. */
  const whyOfStem = (lines: readonly string[]): string | null => {
    const doc = parseNotes(
      inline([
        '| Concept | Correct understanding | Common misconceptions |',
        '|---|---|---|',
        '| Non-lexical lifetimes | A borrow ends at its last use | It lasts to the end of the block × |',
        '| Move | Ownership passes to the new binding | Move copies the value × |',
        '| Clone | An explicit deep copy of the value | Clone is free × |',
        '',
        '## Non-lexical lifetimes',
        '',
        'Rust 2018 changed how the compiler reads borrows.',
        '',
        ...lines,
        '',
        '## Move',
        '',
        'After a move the old binding cannot be used.',
        '',
        '## Clone',
        '',
        'Clone calls the type’s own copy code.',
      ]),
    );
    const ctx = generationContext(doc);
    const nll = doc.concepts.find((c) => c.name === 'Non-lexical lifetimes');
    if (!nll) throw new Error('no Non-lexical lifetimes');
    const draft = whichConceptDrafts(ctx, conceptSubject(ctx, nll)).drafts.find(
      (d) => d.stem?.source === 'summary',
    );
    if (!draft) throw new Error('no which-concept draft on the summary stem');
    // The rule alone: `summary-stem-opening` would give the section's opening after it.
    const rule = TEACH_RULES.find((r) => r.name === 'summary-stem-elaboration');
    if (!rule) throw new Error('no summary-stem-elaboration');
    return rule.apply(ctx, { ...draft, why: null })?.why ?? null;
  };

  it('never a side of the concept, a remedy or a sentence leaning on the one before', () => {
    // Each would be the why alone: it holds the stem's words.
    expect(
      whyOfStem(['Exception-ish: values with a Drop impl keep a borrow to the end of the block.']),
    ).toBeNull();
    expect(whyOfStem(['Fix: call drop() so that a borrow ends at its last use.'])).toBeNull();
    expect(whyOfStem(['That is why a borrow ends at its last use in the checker.'])).toBeNull();
    expect(
      whyOfStem(['The checker sees that a borrow ends at its last use in the function.']),
    ).toBe('The checker sees that a borrow ends at its last use in the function');
  });

  it('never a sentence the notes leave open on a comma (pharmacokinetics: `…なので、` before a table)', () => {
    expect(
      whyOfStem(['Borrow checks run at compile time, and a borrow ends at its last use,']),
    ).toBeNull();
  });

  it('takes a `name = definition` line as a definition (equals-definition; reading 29: Fitness)', () => {
    expect(
      whyOfStem(['- Non-lexical lifetime = the span from a borrow’s creation to its last use']),
    ).toBe('Non-lexical lifetime = the span from a borrow’s creation to its last use');
    // A formula is no definition.
    expect(whyOfStem(['- lifetime of a borrow at its last use = 3 + k × uses'])).toBeNull();
  });

  it('takes a long definition where no statement explains (auth-security.ja: 多要素認証)', () => {
    const q = asked(
      bankOf('auth-security.ja.md'),
      '異なる種類の要素を2つ以上組み合わせる',
      '多要素認証',
    );
    expect(q.explanation.why).toBe(
      '知識（パスワード）・所持（スマートフォン、セキュリティキー）・生体（指紋、顔）のうち、異なる種類の要素を2つ以上組み合わせる認証',
    );
  });

  it('takes the sentence once its aside label is gone', () => {
    expect(
      whyOfStem([
        'Takeaway: the checker ends a borrow at its last use, not at the closing brace of the block.',
      ]),
    ).toBe('The checker ends a borrow at its last use, not at the closing brace of the block');
  });
});

describe('key-elaboration: a correct-about key that is its sentence as it stands is explained by the next best one', () => {
  it('gives the key the sentence of its own section that holds most of it (sre-oncall.en: Postmortem)', () => {
    const q = asked(
      bankOf('sre-oncall.en.md'),
      'Which statement about “Postmortem” is correct?',
      'A postmortem is a blameless review of what failed and what will change',
    );
    expect(q.explanation.why).toBe(
      'A blameless, written review of an incident: the timeline, the causes, and the actions that will stop it from happening again',
    );
  });

  it('never the key again under a label of the notes (shipped notes: サイドカー, 特徴: …)', () => {
    const bank = buildQuestionBank([shippedNotes()], { aliases: shippedAliases() });
    const q = asked(
      bank,
      '「サイドカー」の説明として正しいものはどれ？',
      'メインの機能を拡張・補助する',
    );
    expect(q.explanation.why).toBe(
      'メインコンテナに補助的な機能を追加するコンテナを同じPodに配置します',
    );
  });
});

describe('key-whole-line: a correct-about key that is one sentence of a line is explained by the line', () => {
  const doc = parseNotes(
    inline([
      '| Concept | Correct understanding | Common misconceptions |',
      '|---|---|---|',
      '| Free T4 | The unbound fraction that enters cells | Total T4 is what acts × |',
      '| TSH | The pituitary signal that drives the thyroid | TSH is made by the thyroid × |',
      '| TRH | The hypothalamic signal for TSH | TRH acts on the thyroid directly × |',
      '',
      '## Free T4',
      '',
      'About 99.97% of T4 in plasma is protein-bound. Only free T4 enters cells and feeds back on the pituitary.',
      '',
      '## TSH',
      '',
      'TSH rises when free T4 falls.',
      '',
      '## TRH',
      '',
      'TRH is a small peptide.',
    ]),
  );
  const ctx = generationContext(doc);
  const rule = TEACH_RULES.find((r) => r.name === 'key-whole-line');
  const concept = doc.concepts.find((c) => c.name === 'Free T4');
  if (!rule || !concept) throw new Error('no key-whole-line or Free T4');
  const drafts = correctAboutDrafts(ctx, conceptSubject(ctx, concept)).drafts;

  it('gives the line that goes on after the key', () => {
    const draft = drafts.find((d) =>
      d.choices.some((c) => c.correct && c.text.startsWith('About 99.97% of T4')),
    );
    if (!draft) throw new Error('no draft keyed on the protein-bound sentence');
    expect(rule.apply(ctx, { ...draft, why: null })?.why).toBe(
      'Only free T4 enters cells and feeds back on the pituitary',
    );
  });

  it('leaves a why the draft has, and a key that is a line of its own', () => {
    for (const draft of drafts) {
      expect(rule.apply(ctx, { ...draft, why: 'given' })).toBeNull();
      const key = draft.choices.find((c) => c.correct)?.text ?? '';
      if (key.startsWith('The unbound fraction'))
        expect(rule.apply(ctx, { ...draft, why: null })).toBeNull();
    }
  });
});

describe('one-cell: a table peer is explained by one cell of its column', () => {
  it('never by the whole column', () => {
    // (ZGC's `Marks and relocates concurrently…` is asked as its correct statement among its own
    // misconceptions since `cut-key`: G1's stem has the same table peers.)
    // Read on the draft: the bank asks G1's own misconception beside this line instead.
    const draft = taughtDraft(
      'jvm-gc.en.md',
      'G1',
      'The default collector since JDK 9',
      'Parallel',
    );
    const why = draft.choices.find((c) => c.text === 'Parallel')?.why ?? '';
    expect(isCellDump(why, 'en')).toBe(false);
    expect(why).toBe(
      'The table under “Collectors compared” gives Parallel: Concurrent marking = “no”',
    );
  });
});

describe('one-cell and told-apart read marks as values', () => {
  it('tell `○` from `×` (both are no letters): the row the stem names, not the first that differs', () => {
    // Bulkhead named from its cell or its bullet (`Isolating resources such as thread pools per
    // dependency`), or picked by the table's column: whichever the bank keeps, Timeout is
    // explained by its own row's cell.
    const q = bankOf('resilience.en.md').questions.find(
      (x) =>
        /Isolat/.test(x.prompt) &&
        x.choices.some((c) => c.correct && c.text === 'Bulkhead') &&
        x.choices.some((c) => c.text === 'Timeout'),
    );
    if (!q) throw new Error('no question keyed Bulkhead beside Timeout');
    expect(whyOf(q, 'Timeout')).toBe(
      'The table under “Pattern support” gives Timeout: Isolates resources = “×”',
    );
  });
});

describe('named-once: another concept’s statement is explained by its name, once', () => {
  it('says which concept it describes without printing the option again', () => {
    const q = asked(bankOf('observability.en.md'), 'Which of these describes “Logs”?');
    const option = 'Follow one request across services via propagated context';
    expect(whyOf(q, option)).toBe('That describes Traces');
  });

  it('in Japanese too', () => {
    const bank = bankOf('garbage-collection.ja.md');
    const whys = bank.questions.flatMap((q) =>
      q.kind === 'correct-about' ? q.choices.flatMap((c) => (c.why ? [[c.text, c.why]] : [])) : [],
    );
    const named = whys.filter(([, why]) => why?.startsWith('それは'));
    expect(named.length).toBeGreaterThan(0);
    for (const [text, why] of named) {
      expect(why).toMatch(/^それは.+の説明$/);
      expect(echoesOption(why ?? '', text ?? '', [])).toBe(false);
    }
  });
});

describe('key-not-restated: the key’s why is not the key again', () => {
  it('takes another statement of the concept that says it', () => {
    // Read on the draft: which of Term's questions the bank keeps is the bank's choice.
    const doc = parseNotes(fixture('consensus.en.md'), { aliases: shippedAliases() });
    const ctx = generationContext(doc);
    const term = doc.concepts.find((c) => c.name === 'Term');
    if (!term) throw new Error('Term');
    const key = 'A monotonically increasing number that names each election period';
    const drafts = correctAboutDrafts(ctx, conceptSubject(ctx, term)).drafts.filter((d) =>
      d.choices.some((c) => c.correct && c.text === key),
    );
    expect(drafts.length).toBeGreaterThan(0);
    for (const draft of drafts) {
      const why = teach(ctx, draft, () => []).why;
      expect(why).toBe('A monotonically increasing election number');
      expect(restatesOption(why ?? '', key)).toBe(false);
    }
  });
});

describe('told-apart: a sibling is explained by the notes’ line that sets the two apart', () => {
  it('quotes the line naming both', () => {
    // The which-concept question of 参照カウント that offers 世代別GC (the notes set the two apart).
    const q = bankOf('garbage-collection.ja.md').questions.find(
      (x) =>
        x.kind === 'which-concept' &&
        x.conceptName === '参照カウント' &&
        x.choices.some((c) => c.text === '世代別GC'),
    );
    if (!q) throw new Error('no which-concept question of 参照カウント offering 世代別GC');
    expect(whyOf(q, '世代別GC')).toBe(
      'ノートには「CPythonは循環参照を回収するために、参照カウントとは別に循環検出用の世代別GC（gc モジュール）も持っています」とある',
    );
  });
});

describe('correction-once: no × line that only repeats the key and its correction', () => {
  it('drops it', () => {
    // The draft itself, taught: the bank offers this misconception as a wrong option of "which
    // is right about mmap" and so does not ask it as the misconception too (assemble.ts
    // `roles-apart`).
    const doc = parseNotes(fixture('os-memory.ja.md'));
    const ctx = generationContext(doc);
    const mmap = doc.concepts.find((c) => c.name === 'mmap');
    if (!mmap) throw new Error('no mmap');
    const draft = misconceptionAboutDrafts(ctx, conceptSubject(ctx, mmap)).drafts.find((d) =>
      d.choices.some(
        (c) => c.correct && c.text.includes('ファイル全体がすぐに物理メモリに読み込まれる'),
      ),
    );
    if (!draft)
      throw new Error('no misconception draft asking ファイル全体がすぐに物理メモリに読み込まれる');
    const taught = teach(ctx, draft, () => []);
    expect(taught.why).toBe('アクセスしたページから読み込まれる');
    expect(taught.notes).toEqual([]);
  });

  it('keeps one that says what the key does not', () => {
    // The draft itself, taught (the bank may ask the misconception in another question).
    const doc = parseNotes(fixture('git-internals.en.md'));
    const ctx = generationContext(doc);
    const branch = doc.concepts.find((c) => c.name === 'Branch');
    if (!branch) throw new Error('no Branch');
    const draft = misconceptionAboutDrafts(ctx, conceptSubject(ctx, branch)).drafts.find((d) =>
      d.choices.some((c) => c.correct && c.text === "Copies the project's files"),
    );
    if (!draft) throw new Error("no misconception draft asking Copies the project's files");
    expect(teach(ctx, draft, () => []).notes).toEqual([
      "× Creating a branch copies the project's files (it only writes a commit id)",
    ]);
  });
});

describe('the stage changes whys only', () => {
  it.each(['consensus.en.md', 'os-memory.ja.md', 'jvm-gc.en.md'])('on %s', (name) => {
    const doc = parseNotes(fixture(name));
    const ctx = generationContext(doc);
    for (const concept of doc.concepts) {
      const subject = conceptSubject(ctx, concept);
      const drafts = [
        ...whichConceptDrafts(ctx, subject).drafts,
        ...correctAboutDrafts(ctx, subject).drafts,
        ...misconceptionAboutDrafts(ctx, subject).drafts,
      ];
      for (const draft of drafts)
        for (const rule of TEACH_RULES) {
          const taught = rule.apply(ctx, draft);
          if (!taught) continue;
          expect(taught.prompt).toBe(draft.prompt);
          expect(taught.choices.map((c) => [c.text, c.correct, c.keys])).toEqual(
            draft.choices.map((c) => [c.text, c.correct, c.keys]),
          );
        }
    }
  });
});

describe('detectors', () => {
  it('cell-dump: two cells or more of a row', () => {
    expect(
      isCellDump('通常のCRUDは「学習コスト：低、監査・履歴：別途実装、単純な一覧検索：○」', 'ja'),
    ).toBe(true);
    expect(isCellDump('REST: “Endpoints: many resources; Response shape: fixed”', 'en')).toBe(true);
    expect(
      isCellDump(
        '「採用判断メモ」の節の表では、「通常のCRUD」の「監査・履歴」は「別途実装」',
        'ja',
      ),
    ).toBe(false);
  });

  it('why-is-option: the option again, give or take the copula', () => {
    expect(restatesOption('整合性を保つ単位。', '整合性を保つ単位である')).toBe(true);
    expect(
      restatesOption(
        '整合性の境界。1トランザクションで更新するのは原則1集約',
        '整合性を保つ単位である',
      ),
    ).toBe(false);
  });

  it('subject-restored: the option with the name put back for its pronoun (reading 25)', () => {
    const key = 'It is any task that keeps the main thread busy for more than 50 ms';
    expect(
      restatesOption(
        'A long task is any task that keeps the main thread busy for more than 50 ms.',
        key,
      ),
    ).toBe(true);
    // A why that says more than the name before the option's words teaches something.
    expect(
      restatesOption(
        'Because input waits behind it, the browser counts as long any task that keeps the main thread busy for more than 50 ms',
        key,
      ),
    ).toBe(false);
    expect(restatesOption('Input and rendering wait behind it', key)).toBe(false);
  });

  it('option-printed-twice: the option in a wrapper with a name', () => {
    const option = 'Cores writing different variables on the same line keep stealing the line';
    expect(echoesOption(`That is False sharing (${option})`, option, ['False sharing'])).toBe(true);
    expect(echoesOption('That describes False sharing', option, ['False sharing'])).toBe(false);
  });
});

describe('named-in-shared-section: a section two concepts share explains each by its own sentences', () => {
  it('explains Arithmetic coding’s summary stem by the bullet whose subject it is, not by ANS’s', () => {
    const notes = inline([
      '# Entropy coding',
      '',
      '| Concept | Correct understanding | Common misconceptions |',
      '|---|---|---|',
      '| Huffman coding | Whole bits per symbol; optimal among prefix codes | Always reaches the entropy × |',
      "| Arithmetic coding | Fractional bits per symbol; beats Huffman on skewed data | Can't beat Huffman × |",
      '| ANS / FSE | Entropy coder with near-arithmetic ratio at Huffman-like speed | A dictionary compressor × |',
      '| LZ77 | Back-references into a sliding window | An entropy coder × |',
      '',
      '### 2. Huffman coding',
      '',
      'Huffman coding gives each symbol a whole number of bits, so it wastes up to a bit per symbol on skewed data.',
      '',
      '### 3. Arithmetic coding and ANS',
      '',
      '- **Arithmetic coding** encodes the whole message as one number, which gives fractional bits per symbol and gets close to the entropy even for skewed data.',
      '- **ANS** gives compression close to arithmetic coding at a speed close to Huffman, with fractional bits per symbol too.',
      '',
      '### 4. LZ77',
      '',
      'LZ77 replaces repeats with back-references into a sliding window of recent data.',
      '',
    ]);
    const doc = parseNotes(notes);
    const ctx = generationContext(doc);
    const concept = doc.concepts.find((c) => c.name === 'Arithmetic coding');
    if (!concept) throw new Error('no Arithmetic coding');
    const draft = whichConceptDrafts(ctx, conceptSubject(ctx, concept)).drafts.find((d) =>
      d.prompt.includes('Fractional bits per symbol; beats Huffman on skewed data'),
    );
    if (!draft) throw new Error('no which-concept draft on Arithmetic coding’s cell');
    expect(draft.why).toBeNull();
    expect(teach(ctx, draft, () => []).why).toBe(
      'Arithmetic coding encodes the whole message as one number, which gives fractional bits per symbol and gets close to the entropy even for skewed data',
    );
  });
});

describe('asSentence: a why that opens on a variable keeps its case (reading 78)', () => {
  it('`k is the ratio…` is not `K is the ratio…`: K is another quantity', () => {
    expect(asSentence('k is the ratio of time in the stationary phase', 'en')).toBe(
      'k is the ratio of time in the stationary phase',
    );
    expect(asSentence('balanced brackets are not regular', 'en')).toBe(
      'Balanced brackets are not regular',
    );
    expect(asSentence('Key point: a committed entry is never lost', 'en')).toBe(
      'A committed entry is never lost',
    );
  });
});
