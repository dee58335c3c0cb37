import { describe, expect, it } from 'vitest';
import { explanationLines } from '../../src/bot/cards/explanation-text.ts';
import { messages } from '../../src/bot/i18n/catalog.ts';
import { bankJson } from '../../src/cli/bank-json.ts';
import { buildQuestionBank } from '../../src/quiz/bank.ts';
import { conceptFacts } from '../../src/quiz/facts/concept-facts.ts';
import { matchKey } from '../../src/quiz/text/normalize.ts';
import type { Question, QuestionBank, QuestionKind } from '../../src/quiz/types.ts';
import { fixture, shippedAliases, shippedNotes } from './notes-helpers.ts';

const KINDS: QuestionKind[] = [
  'correct-about',
  'which-concept',
  'misconception-about',
  'comparison',
];
const ID = /^[0-9a-hjkmnp-tv-z]{8}$/;

function shippedBank(seed?: string): QuestionBank {
  return buildQuestionBank([shippedNotes()], {
    aliases: shippedAliases(),
    ...(seed ? { seed } : {}),
  });
}

function allBanks(): [string, QuestionBank][] {
  return [
    ['shipped notes', shippedBank()],
    ['English fixture', buildQuestionBank([fixture('resilience.en.md')])],
    ['Japanese fixture', buildQuestionBank([fixture('caching.ja.md')])],
  ];
}

/** True when the question is a fact of a comparison table with two entity columns. */
function twoColumnFact(bank: QuestionBank, q: Question): boolean {
  if (q.kind !== 'comparison' && q.kind !== 'table-row') return false;
  const tables = bank.documents
    .flatMap((d) => d.comparisons)
    .filter((t) => t.section === q.section);
  return tables.some((t) => t.header.length === 3);
}

describe('the bank of the shipped notes', () => {
  const bank = shippedBank();

  it('has questions in all four kinds and at least two for each of the 19 concepts', () => {
    for (const kind of KINDS)
      expect(bank.questions.filter((q) => q.kind === kind).length, kind).toBeGreaterThan(0);
    expect(bank.concepts).toHaveLength(19);
    for (const concept of bank.concepts)
      expect(
        bank.questions.filter((q) => q.conceptId === concept.id).length,
        concept.name,
      ).toBeGreaterThanOrEqual(2);
    expect(bank.problems).toEqual([]);
  });

  it('writes prompts, options and explanations in Japanese, like the notes', () => {
    for (const q of bank.questions) {
      expect(q.language).toBe('ja');
      expect(q.prompt).toMatch(/[ぁ-ん]/u);
      expect(explanationLines(q, messages('ja')).join('\n')).toMatch(/出典：/u);
    }
  });

  it('writes terse cells out from the notes (中継 → 外部接続を中継, 逆 → the swapped statement)', () => {
    // Every option the bank offers as wrong about a concept, whatever the question's form.
    const wrongs = (name: string) =>
      bank.questions
        .filter((q) => q.conceptName === name && q.kind !== 'which-concept')
        .flatMap((q) =>
          q.choices.filter((c) => (q.asksFor === 'misconception') === c.correct).map((c) => c.text),
        );
    expect(wrongs('サイドカー')).toEqual(
      expect.arrayContaining(['外部接続を中継', 'データを変換・整形']),
    );
    expect(wrongs('gRPC').some((t) => t.startsWith('HTTP/1') && t.includes('互換'))).toBe(true);
    // The cell `Node作成` is written out from the notes' point (別NodeでPodを再起動する（Nodeは作成しない）).
    const healing = bank.concepts.find((c) => c.name === 'セルフヒーリング');
    const doc = bank.documents[0];
    expect(healing && doc).toBeTruthy();
    if (healing && doc)
      expect(conceptFacts(doc, healing).falses.map((f) => f.text)).toContain('Nodeを作成する');
    // No terse cell is offered as it stands (`中継`, `逆`).
    const options = bank.questions.flatMap((q) => q.choices.map((c) => c.text));
    for (const terse of ['中継', '変換', '逆', 'Node作成']) expect(options).not.toContain(terse);
  });

  it('asks the comparison facts of the issue (self-healing, the coupling of brokerless messaging)', () => {
    // Docker Compose cannot self-heal: asked with three options (what the notes list as what it
    // can do, self-healing among the wrong ones), not as the Compose / Kubernetes coin toss of
    // the two-column table (`binary-only-for-coverage`: both concepts have two questions).
    const healing = bank.questions.find(
      (q) =>
        q.kind === 'list' &&
        q.conceptName === 'Docker Compose' &&
        q.choices.length >= 3 &&
        q.choices.some((c) => !c.correct && c.text.startsWith('セルフヒーリング')),
    );
    expect(healing?.prompt).toContain('できること');
    expect(bank.questions.some((q) => q.prompt.includes('「セルフヒーリング」が○'))).toBe(false);
    // Brokerless messaging is tightly coupled: 「疎結合を保てる」 is asked as wrong about it.
    const coupling = bank.questions.filter(
      (q) =>
        q.conceptName === 'ブローカーレス' &&
        q.choices.some(
          (c) => c.text.includes('疎結合') && (q.asksFor === 'misconception') === c.correct,
        ),
    );
    expect(coupling.length).toBeGreaterThan(0);
  });

  it('never asks a comparison row whose cells overlap or mix marks and text', () => {
    const asked = bank.questions.filter((q) => q.kind === 'comparison').map((q) => q.prompt);
    expect(asked.some((p) => p.includes('「プロトコル」'))).toBe(false); // HTTP/1.x or HTTP/2 vs HTTP/2
    expect(asked.some((p) => p.includes('「ブラウザ対応」'))).toBe(false); // ○ vs △（要プロキシ）
  });

  it('is the same bank every time (same notes and seed → same questions, ids and order)', () => {
    expect(shippedBank().questions).toEqual(bank.questions);
  });

  it('reorders options with another seed but keeps ids and content', () => {
    const other = shippedBank('another seed');
    expect(other.questions.map((q) => q.id)).toEqual(bank.questions.map((q) => q.id));
    const sorted = (b: QuestionBank) => b.questions.map((q) => q.choices.map((c) => c.text).sort());
    expect(sorted(other)).toEqual(sorted(bank));
    expect(other.questions.map((q) => q.choices.map((c) => c.text))).not.toEqual(
      bank.questions.map((q) => q.choices.map((c) => c.text)),
    );
  });

  it('keeps every question id when an unrelated row is edited, and changes those of the edited row', () => {
    const source = shippedNotes();
    const edited = {
      ...source,
      text: source.text.replace(
        '| CI/CD | **ヒューマンエラー回避**、工数削減 |',
        '| CI/CD | **ヒューマンエラー回避**、工数削減、属人化の解消 |',
      ),
    };
    expect(edited.text).not.toBe(source.text);
    const after = buildQuestionBank([edited], { aliases: shippedAliases() });
    const cicd = bank.concepts.find((c) => c.name === 'CI/CD')?.id;
    const ids = (b: QuestionBank, keep: (q: Question) => boolean) =>
      b.questions.filter(keep).map((q) => q.id);
    expect(ids(after, (q) => q.conceptId !== cicd)).toEqual(ids(bank, (q) => q.conceptId !== cicd));
    // The edited row's questions keep their ids unless they quote the edited cell.
    const quotes = (q: Question) =>
      [q.prompt, ...q.choices.map((c) => c.text)].some((t) => t.includes('ヒューマンエラー回避'));
    const kept = ids(after, (q) => q.conceptId === cicd);
    for (const id of ids(bank, (q) => q.conceptId === cicd && !quotes(q)))
      expect(kept).toContain(id);
    for (const id of ids(after, (q) => q.conceptId === cicd && quotes(q)))
      expect(ids(bank, (q) => q.conceptId === cicd)).not.toContain(id);
  });

  it('keeps concept ids when rows move around', () => {
    const source = shippedNotes();
    const lines = source.text.split('\n');
    const first = lines.findLastIndex((l) => l.startsWith('| セルフヒーリング |')); // the まとめ row, not the comparison row
    const [row] = lines.splice(first, 1);
    lines.splice(first + 5, 0, row ?? '');
    const moved = buildQuestionBank([{ ...source, text: lines.join('\n') }], {
      aliases: shippedAliases(),
    });
    const byName = (b: QuestionBank) => Object.fromEntries(b.concepts.map((c) => [c.name, c.id]));
    expect(byName(moved)).toEqual(byName(bank));
    // Neighbouring rows of the summary are options of which-concept questions: only questions
    // within two rows of the moved row's old or new place may change.
    const near = new Set<string>();
    for (const b of [bank, moved]) {
      const names = b.concepts.map((c) => c.name);
      const at = names.indexOf('セルフヒーリング');
      for (let i = at - 2; i <= at + 2; i++) if (names[i]) near.add(names[i] as string);
    }
    const kept = new Set(moved.questions.map((q) => q.id));
    const lost = bank.questions.filter((q) => !kept.has(q.id));
    for (const q of lost)
      expect(
        near.has(q.conceptName) || q.choices.some((c) => near.has(c.text)),
        `${q.id} ${q.conceptName}`,
      ).toBe(true);
    expect(lost.length).toBeLessThan(bank.questions.length / 4);
  });

  it('does not put the correct option always in one place', () => {
    const positions = new Set(
      bank.questions
        .filter((q) => q.choices.length >= 3)
        .map((q) => q.choices.findIndex((c) => c.correct)),
    );
    expect(positions.size).toBeGreaterThanOrEqual(3);
  });
});

describe.each(allBanks())('every question of the %s', (_name, bank) => {
  it('has exactly one correct option', () => {
    for (const q of bank.questions)
      expect(
        q.choices.filter((c) => c.correct),
        q.id,
      ).toHaveLength(1);
  });

  it('has options that differ after normalisation', () => {
    for (const q of bank.questions) {
      const keys = q.choices.map((c) => matchKey(c.text));
      expect(new Set(keys).size, `${q.id} ${keys.join(' / ')}`).toBe(keys.length);
    }
  });

  it('has 3–5 options, or 2 only for a fact of a two-column comparison', () => {
    for (const q of bank.questions) {
      if (q.choices.length === 2) expect(twoColumnFact(bank, q), q.id).toBe(true);
      else expect(q.choices.length, q.id).toBeGreaterThanOrEqual(3);
      expect(q.choices.length, q.id).toBeLessThanOrEqual(5);
    }
  });

  it('has a short, typeable, unique id', () => {
    for (const q of bank.questions) expect(q.id).toMatch(ID);
    expect(new Set(bank.questions.map((q) => q.id)).size).toBe(bank.questions.length);
  });

  it('explains the answer, every wrong option and the source section', () => {
    for (const q of bank.questions) {
      const text = explanationLines(q, messages(q.language)).join('\n');
      for (const choice of q.choices)
        expect(text, `${q.id}: ${choice.text}`).toContain(choice.text);
      if (q.section) expect(text).toContain(q.section);
      expect(q.explanation.source.file).toMatch(/\.md$/);
    }
  });

  it('says why each wrong option of a "which is correct" question is wrong', () => {
    for (const q of bank.questions.filter(
      (x) => x.kind === 'correct-about' || x.kind === 'which-concept' || x.kind === 'comparison',
    )) {
      for (const choice of q.choices.filter((c) => !c.correct))
        expect(choice.why, `${q.id}: ${choice.text}`).toBeTruthy();
    }
  });

  it('never offers the correct understanding as a wrong option of its own concept', () => {
    for (const q of bank.questions.filter((x) => x.kind !== 'misconception-about')) {
      const concept = bank.concepts.find((c) => c.id === q.conceptId);
      const correct = matchKey(concept?.correct ?? '');
      for (const choice of q.choices.filter((c) => !c.correct))
        expect(matchKey(choice.text), q.id).not.toBe(correct);
    }
  });

  it('refers to a concept of the bank', () => {
    const ids = new Set(bank.concepts.map((c) => c.id));
    for (const q of bank.questions) expect(ids.has(q.conceptId), q.id).toBe(true);
  });
});

describe('the bank of the English fixture', () => {
  const bank = buildQuestionBank([fixture('resilience.en.md')]);

  it('covers every concept, in all four kinds, in English', () => {
    const covered = new Set(bank.questions.map((q) => q.conceptId));
    expect(bank.concepts.every((c) => covered.has(c.id))).toBe(true);
    // A table's facts are asked as `comparison` or `table-row` questions: in resilience.en only
    // its two-column table's, which are coin tosses that no concept needs (`binary-only-for-
    // coverage`), so the kinds are read on an English fixture with bigger tables too.
    const networking = buildQuestionBank([fixture('networking.en.md')]);
    for (const kind of KINDS)
      expect(
        networking.questions.some(
          (q) => q.kind === kind || (kind === 'comparison' && q.kind === 'table-row'),
        ),
        kind,
      ).toBe(true);
    expect(bank.questions.some((q) => q.choices.length === 2)).toBe(false);
    for (const q of [...bank.questions, ...networking.questions]) {
      expect(q.language).toBe('en');
      expect(q.prompt).not.toMatch(/[ぁ-んァ-ン]/u);
      expect(explanationLines(q, messages('en')).join('\n')).toMatch(/Source: /);
    }
  });

  it("writes a terse cell pointing at another concept as that concept's statement", () => {
    const rate = bank.questions.find(
      (q) => q.kind === 'correct-about' && q.conceptName === 'Rate limiter',
    );
    const wrong = rate?.choices.find((c) => c.text === 'Fails fast above an error-rate threshold');
    expect(wrong?.why).toMatch(/Circuit breaker/);
  });
});

describe('building a bank from several files', () => {
  it('keeps a concept defined twice once, and reports the second with its file and line', () => {
    const a = fixture('caching.ja.md');
    const b = { path: 'copy.md', text: a.text };
    const bank = buildQuestionBank([a, b]);
    expect(bank.concepts.map((c) => c.name)).toEqual([
      'キャッシュアサイド',
      'ライトスルー',
      'エッジキャッシュ',
    ]);
    expect(bank.problems.map((p) => `${p.file}:${p.line}: ${p.message}`)).toEqual([
      'copy.md:43: duplicate concept "キャッシュアサイド" (first in test/fixtures/notes/caching.ja.md:43)',
      'copy.md:44: duplicate concept "ライトスルー" (first in test/fixtures/notes/caching.ja.md:44)',
      'copy.md:45: duplicate concept "エッジキャッシュ" (first in test/fixtures/notes/caching.ja.md:45)',
    ]);
  });

  it('builds questions from the good rows of a file with bad rows', () => {
    const bank = buildQuestionBank([fixture('broken/bad-rows.ja.md')]);
    expect(bank.problems).toHaveLength(4);
    expect(bank.concepts.map((c) => c.name)).toContain('サーガ');
    // Questions only from the good rows; where the notes give too little, the reasons are kept.
    for (const q of bank.questions) expect(['サーガ', '同一']).toContain(q.conceptName);
    const saga = bank.concepts.find((c) => c.name === 'サーガ');
    const coverage = bank.coverage?.find((c) => c.conceptId === saga?.id);
    expect(coverage).toBeTruthy();
    if (coverage && coverage.questions < 2) expect(coverage.reasons.length).toBeGreaterThan(0);
  });

  it('marks the questions asked only for coverage as fillers (core-first), in the JSON too', () => {
    let across = 0;
    // auth-security.ja asks misconceptions across concepts (under `### 攻撃と対策`).
    const withAcross: [string, QuestionBank][] = [
      ...allBanks(),
      ['auth-security fixture', buildQuestionBank([fixture('auth-security.ja.md')])],
    ];
    for (const [name, bank] of withAcross) {
      across += bank.questions.filter((q) => q.across).length;
      const fillers = bank.questions.filter((q) => q.filler === true);
      expect(fillers.length, name).toBeGreaterThan(0);
      expect(fillers.length, name).toBeLessThan(bank.questions.length);
      // A misconception among other concepts' statements is always one.
      for (const q of bank.questions)
        if (
          q.prompt.startsWith('Which of these statements about') ||
          q.prompt.includes('について、次のうち')
        )
          expect(q.filler, `${name} ${q.id}`).toBe(true);
      const json = bankJson(bank) as {
        questions: { id: string; filler?: boolean; across?: boolean }[];
      };
      expect(json.questions.filter((q) => q.filler).map((q) => q.id)).toEqual(
        fillers.map((q) => q.id),
      );
      // A misconception across concepts says so (`"across": true`), and is a filler.
      expect(json.questions.filter((q) => q.across).map((q) => q.id)).toEqual(
        bank.questions.filter((q) => q.across).map((q) => q.id),
      );
      for (const q of json.questions) if (q.across) expect(q.filler, `${name} ${q.id}`).toBe(true);
    }
    // The fixtures ask misconceptions across concepts: the marks above are read, not vacuous.
    expect(across).toBeGreaterThan(0);
  });

  it('marks "which is correct" questions among the concept\'s own misconceptions (ownWrongs), in the JSON too', () => {
    let own = 0;
    let beside = 0;
    for (const [name, bank] of allBanks()) {
      const concepts = new Map(bank.concepts.map((c) => [c.id, c]));
      for (const q of bank.questions) {
        if (q.kind !== 'correct-about') {
          expect(q.ownWrongs, `${name} ${q.id}`).toBeUndefined();
          continue;
        }
        const names = new Set(bank.concepts.map((c) => c.name));
        names.delete(concepts.get(q.conceptId)?.name ?? '');
        // A sibling's statement is explained by the sibling it describes (`That describes X`,
        // `それはXの説明`); the concept's own misconceptions by their corrections.
        const siblingWhy = q.choices.some(
          (c) => !c.correct && [...names].some((n) => (c.why ?? '').includes(n)),
        );
        if (q.ownWrongs) own++;
        else beside++;
        if (q.ownWrongs) expect(siblingWhy, `${name} ${q.id}`).toBe(false);
      }
      const json = bankJson(bank) as { questions: { id: string; ownWrongs?: boolean }[] };
      expect(json.questions.filter((q) => q.ownWrongs).map((q) => q.id)).toEqual(
        bank.questions.filter((q) => q.ownWrongs).map((q) => q.id),
      );
    }
    // Both kinds occur in the fixtures: the marks above are read, not vacuous.
    expect(own).toBeGreaterThan(0);
    expect(beside).toBeGreaterThan(0);
  });

  it('gives an empty bank, not an error, for no sources', () => {
    expect(buildQuestionBank([])).toMatchObject({ concepts: [], questions: [], problems: [] });
  });
});
