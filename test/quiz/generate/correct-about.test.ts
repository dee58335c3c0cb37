/**
 * No question sets a statement beside the misconception it corrects (either question kind), but
 * for `row-contrast`: a row's correct cell beside a misconception of that row which the notes
 * do not correct otherwise and which shares no word with it (two claims, one wrong).
 */
import { describe, expect, it } from 'vitest';
import { buildQuestionBank } from '../../../src/quiz/bank.ts';
import { conceptSubject, generationContext } from '../../../src/quiz/generate/context.ts';
import { correctAboutDrafts, keyLongest } from '../../../src/quiz/generate/correct-about.ts';
import { documentQuestions } from '../../../src/quiz/generate/document-questions.ts';
import type { Draft } from '../../../src/quiz/generate/draft.ts';
import { isCorrectionOf } from '../../../src/quiz/generate/fit.ts';
import { misconceptionAboutDrafts } from '../../../src/quiz/generate/misconception-about.ts';
import { teach } from '../../../src/quiz/generate/teach.ts';
import { parseNotes } from '../../../src/quiz/notes/parse-notes.ts';
import { rowContrast } from '../../../src/quiz/review/option-rules.ts';
import { wordingFor } from '../../../src/quiz/wording.ts';
import { QUALITY_NOTES } from '../bank-quality-expectations.ts';
import { inline, readSource, shippedAliases } from '../notes-helpers.ts';

describe('a statement and the misconception it corrects', () => {
  it.each(QUALITY_NOTES)('never stand in one question of %s', (file) => {
    const bank = buildQuestionBank([readSource(file)], { aliases: shippedAliases() });
    const pairs: string[] = [];
    const contrasts: string[] = [];
    for (const q of bank.questions) {
      if (q.kind === 'correct-about') {
        // The key (true) beside a wrong option whose correction says it.
        const key = q.choices.find((c) => c.correct);
        for (const c of q.choices)
          if (key && !c.correct && isCorrectionOf(key.text, c.why)) {
            if (rowContrast(key.text, c.text, c.why, q.language)) contrasts.push(q.id);
            else pairs.push(`${q.id}: ${c.text}`);
          }
      }
      if (q.kind === 'misconception-about') {
        // The key (wrong) beside a true option its correction says.
        const key = q.choices.find((c) => c.correct);
        for (const c of q.choices)
          if (key && !c.correct && isCorrectionOf(c.text, key.why ?? null))
            pairs.push(`${q.id}: ${c.text}`);
      }
    }
    expect(pairs).toEqual([]);
    // A row contrast is one wrong option of its question at most.
    expect(contrasts.length).toBe(new Set(contrasts).size);
  });

  it('offers a row’s misconception beside its correct cell when they share no word (row-contrast)', () => {
    const notes = [
      '# Terraform',
      '',
      '## Plan',
      '',
      'Shows what an apply would do.',
      '',
      '## Apply',
      '',
      'Carries out the actions by calling the provider APIs.',
      '',
      '## Drift',
      '',
      'Real objects changed by hand since the last apply.',
      '',
      '| Concept | Correct understanding | Common misconceptions |',
      '|---|---|---|',
      '| Plan | Computes the actions without changing anything | Guarantees the apply will succeed |',
      '| Apply | Calls provider APIs, then writes the state | Can be undone with one command |',
      '| Drift | Real infrastructure changed outside Terraform | Blocked by the state lock |',
      '',
    ].join('\n');
    const bank = buildQuestionBank([{ path: 'tf.en.md', text: notes }]);
    const apply = bank.questions.filter(
      (q) => q.conceptName === 'Apply' && q.kind === 'correct-about',
    );
    const withCell = apply.filter((q) =>
      q.choices.some((c) => !c.correct && c.text === 'Can be undone with one command'),
    );
    expect(withCell.map((q) => q.choices.find((c) => c.correct)?.text)).toContain(
      'Calls provider APIs, then writes the state',
    );
  });
});

describe('wrong options about another concept', () => {
  it('offers one statement per other concept (楽観ロック: not two things 悲観ロック does)', () => {
    const bank = buildQuestionBank([readSource('test/fixtures/notes/transactions.ja.md')]);
    for (const q of bank.questions.filter(
      (x) => x.conceptName === '楽観ロック' && x.kind === 'correct-about',
    )) {
      const options = q.choices.map((c) => c.text);
      const pessimistic = ['読み取り時にロックを取る', '競合が多い場面に向く'];
      expect(options.filter((o) => pessimistic.includes(o)).length, q.id).toBeLessThan(2);
    }
  });
});

describe('named-beside-named (sre-oncall)', () => {
  it('writes the key naming the concept where the misconceptions name it as a complement', () => {
    const drafts: { correct: boolean; text: string }[][] = [];
    documentQuestions(parseNotes(readSource('test/fixtures/notes/sre-oncall.en.md')), () => [], {
      found: (subject, template, found) => {
        if (subject?.concept.name !== 'Postmortem' || template === 'tables') return;
        for (const d of found.drafts)
          if (d.kind === 'correct-about') drafts.push(d.choices.map((c) => ({ ...c })));
      },
    });
    const named = drafts.filter((choices) =>
      choices.some(
        (c) =>
          c.correct &&
          c.text === 'A postmortem is a blameless review of what failed and what will change',
      ),
    );
    expect(named.length).toBeGreaterThan(0);
    // Every option names it: `A list of who made mistakes is a postmortem` is no clue beside it.
    for (const choices of named)
      for (const c of choices) expect(c.text.toLowerCase(), c.text).toContain('postmortem');
  });
});

describe('only-denies: a key that only says what the concept is not', () => {
  it('is never the key of "which is correct about X"', () => {
    const doc = parseNotes(
      inline([
        '# S3',
        '',
        '| Concept | Correct understanding | Common misconceptions |',
        '|---|---|---|',
        '| Strong consistency | Is not locking | An overwrite may be read stale ×, concurrent writes to one key fail ×, reads are slower × |',
        '| Object key | A **flat** namespace | Real directories × |',
        '| Versioning | Keeps **every version** | Can be turned off × |',
        '',
        '### Strong consistency',
        '',
        'A read after a write sees that write.',
      ]),
    );
    const ctx = generationContext(doc);
    const concept = doc.concepts[0];
    if (!concept) throw new Error('no concept');
    const chosen = correctAboutDrafts(ctx, conceptSubject(ctx, concept));
    const keys = chosen.drafts.map((d) => d.choices.find((c) => c.correct)?.text);
    expect(keys.length).toBeGreaterThan(0);
    expect(keys).not.toContain('It is not locking');
    expect(chosen.rejected).toContain(
      'correct-about: 「It is not locking」 only says what it is not',
    );
  });
});

describe('kind-after-misconceptions', () => {
  it('ranks "which is correct about X" below "which is a misconception about X" on the same notes', () => {
    // サーガ in the shipped notes has both: its two misconceptions and three true statements.
    const doc = parseNotes(readSource('data/notes/microservices.ja.md'));
    const ctx = generationContext(doc);
    const concept = doc.concepts.find((c) => c.name === 'サーガ');
    if (!concept) throw new Error('no サーガ');
    const subject = conceptSubject(ctx, concept);
    const best = (drafts: readonly { quality: number }[]): number =>
      Math.max(...drafts.map((d) => d.quality));
    const correct = correctAboutDrafts(ctx, subject).drafts;
    const misconception = misconceptionAboutDrafts(ctx, subject).drafts;
    expect(correct.length).toBeGreaterThan(0);
    expect(misconception.length).toBeGreaterThan(0);
    expect(best(correct)).toBeLessThan(best(misconception));
  });
});

describe('own-wrongs-fill-four', () => {
  it('offers a fourth option only where three of the concept’s own wrong statements can stand (consensus.en: Log replication)', () => {
    const doc = parseNotes(readSource('test/fixtures/notes/consensus.en.md'), {
      aliases: shippedAliases(),
    });
    const ctx = generationContext(doc);
    const concept = doc.concepts.find((c) => c.name === 'Log replication');
    if (!concept) throw new Error('Log replication');
    const drafts = correctAboutDrafts(ctx, conceptSubject(ctx, concept)).drafts;
    expect(drafts.length).toBeGreaterThan(0);
    for (const d of drafts)
      expect(d.choices.length, d.choices.map((c) => c.text).join(' / ')).toBeLessThanOrEqual(3);
  });
});

describe('sibling-describes: beside another concept’s statement, the question asks which describes X', () => {
  it.each(QUALITY_NOTES)('words every correct-about draft of %s by its wrong options', (file) => {
    const doc = parseNotes(readSource(file), { aliases: shippedAliases() });
    const ctx = generationContext(doc);
    const seen = new Set<string>();
    for (const concept of doc.concepts) {
      const subject = conceptSubject(ctx, concept);
      for (const d of correctAboutDrafts(ctx, subject).drafts) {
        const sibling = d.choices.some(
          (c) => !c.correct && c.keys.some((k) => k.startsWith('sibling:')),
        );
        const expected = sibling
          ? ctx.wording.whichDescribes(subject.name)
          : ctx.wording.correctAbout(subject.name);
        expect(d.prompt, d.choices.map((c) => c.text).join(' / ')).toBe(expected);
        seen.add(sibling ? 'sibling' : 'own');
      }
    }
    expect(seen.size).toBeGreaterThan(0);
  });

  it('reads naturally in both languages', () => {
    expect(wordingFor('ja').whichDescribes('サイドカー')).toBe(
      '「サイドカー」の説明として正しいものはどれ？',
    );
    expect(wordingFor('en').whichDescribes('Sidecar')).toBe('Which of these describes “Sidecar”?');
  });
});

describe('negation-pair: the key beside its own negation on one word is a filler', () => {
  it('asks HTTP/2’s “at the HTTP level only” beside “No head-of-line blocking at all” only as a filler', () => {
    const doc = parseNotes(readSource('test/fixtures/notes/networking.en.md'));
    const ctx = generationContext(doc);
    const http2 = doc.concepts.find((c) => c.name === 'HTTP/2');
    if (!http2) throw new Error('no HTTP/2');
    const drafts = correctAboutDrafts(ctx, conceptSubject(ctx, http2)).drafts;
    const texts = (d: (typeof drafts)[number]): string[] => d.choices.map((c) => c.text);
    const paired = drafts.filter(
      (d) =>
        texts(d).some((t) => t.startsWith('Removes head-of-line blocking')) &&
        texts(d).includes('No head-of-line blocking at all'),
    );
    expect(paired.length).toBeGreaterThan(0);
    for (const d of paired) expect(d.filler, texts(d).join(' / ')).toBe(true);
  });
});

describe('cut-key: a long key beside short misconceptions is asked in its first clause', () => {
  it('asks ZGC’s `Marks and relocates concurrently` among its own misconceptions, the whole cell in the explanation (jvm-gc)', () => {
    // Read on the drafts: the bank may ask ZGC otherwise (`own-misconception-first` elsewhere).
    const doc = parseNotes(readSource('test/fixtures/notes/jvm-gc.en.md'), {});
    const ctx = generationContext(doc);
    const zgc = doc.concepts.find((c) => c.name === 'ZGC');
    if (!zgc) throw new Error('no ZGC');
    const q = correctAboutDrafts(ctx, conceptSubject(ctx, zgc)).drafts.find((d) =>
      d.choices.some((c) => c.correct && c.text === 'Marks and relocates concurrently'),
    );
    if (!q) throw new Error('no correct-about question on ZGC with the cut key');
    // The wrong options are ZGC's own misconceptions, none longer than a third shorter than the key…
    expect(q.choices.filter((c) => !c.correct).map((c) => c.text)).toEqual(
      expect.arrayContaining(['Needs no spare heap']),
    );
    // …and the explanation is the notes' whole summary cell, which the option cut.
    expect(teach(ctx, q, () => []).why).toBe(
      'Marks and relocates concurrently; pauses stay under a millisecond whatever the heap size',
    );
  });

  it('ranks a key longer than every wrong option by more than a sixth lower (key-not-longest-ranked)', () => {
    const set = (key: string): Draft => ({
      template: 'correct-about',
      conceptId: 'lease',
      conceptName: 'Lease',
      kind: 'correct-about',
      asksFor: 'correct',
      optionKind: 'statement',
      prompt: 'Which statement about “Lease” is correct?',
      choices: [
        key,
        'A lease stays valid while its holder runs',
        'Any client may renew any lease',
      ].map((text, i) => ({ text, correct: i === 0, truth: i === 0, why: null, keys: [text] })),
      section: null,
      language: 'en',
      why: null,
      notes: [],
      source: { file: 'x.md', line: 1, section: null },
      asks: [key],
      quality: 1,
    });
    // 11 words beside 8: the longest by more than 1.15 times.
    expect(
      keyLongest(set('Renewed by its holder before the term runs out, every few seconds')),
    ).toBe(true);
    // 8 words beside 8, and shorter: no cue.
    expect(keyLongest(set('Renewed by its holder before the term ends'))).toBe(false);
    expect(keyLongest(set('Renewed by its holder'))).toBe(false);
  });
});

describe('cell-symbol', () => {
  it('marks a key that opens on the symbol the concept’s cell defines as named by the stem', () => {
    const doc = parseNotes(
      inline([
        '# Heat',
        '',
        '| Concept | Correct understanding | Common misconceptions |',
        '|---|---|---|',
        '| Nusselt number | Nu = hL/k_fluid: convection over conduction | Uses the solid conductivity × ; Same as the Biot number × |',
        '| Biot number | Bi = hL/k_solid: inside over surface resistance | Large means a uniform body × |',
        '| Fin | Adds area to cut the surface resistance | Longer is always better × |',
      ]),
    );
    const ctx = generationContext(doc);
    const nusselt = doc.concepts.find((c) => c.name === 'Nusselt number');
    if (!nusselt) throw new Error('no concept');
    const drafts = correctAboutDrafts(ctx, conceptSubject(ctx, nusselt)).drafts;
    const symbolKeys = drafts.filter((d) =>
      d.choices.some((c) => c.correct && c.text.startsWith('Nu =')),
    );
    expect(symbolKeys.length).toBeGreaterThan(0);
    for (const d of symbolKeys) expect(d.stemClue).toBe('Nu');
    for (const d of drafts.filter((x) => !symbolKeys.includes(x)))
      expect(d.stemClue).toBeUndefined();
  });
});
