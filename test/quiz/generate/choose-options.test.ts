/** The option-set search (generate/choose-options.ts): what it marks on the drafts it keeps. */
import { describe, expect, it } from 'vitest';
import { chooseOptions } from '../../../src/quiz/generate/choose-options.ts';
import type { Draft, DraftChoice } from '../../../src/quiz/generate/draft.ts';
import { statementDraft } from '../notes-helpers.ts';

const choice = (text: string, truth: boolean, correct = false): DraftChoice => ({
  text,
  correct,
  truth,
  why: correct ? null : 'the notes say so',
  keys: [`k:${text}`],
});

/** A misconception-about draft of the given options (the key first). */
const make = (choices: DraftChoice[]): Draft => ({
  ...statementDraft(
    'Huffman coding',
    'Which of these is a misconception about “Huffman coding”?',
    'en',
    [],
  ),
  template: 'misconception-about',
  kind: 'misconception-about',
  asksFor: 'misconception',
  choices,
});

/** A which-concept draft maker of the given stem: the options are names, the key first. */
const whichOf =
  (prompt: string, language: 'ja' | 'en' = 'en') =>
  (choices: DraftChoice[]): Draft => ({
    ...make(choices),
    template: 'which-concept',
    kind: 'which-concept',
    asksFor: 'correct',
    optionKind: 'name',
    prompt,
    language,
  });

describe('strong-absolutes: `always` on one side only, beside a milder `all`', () => {
  const key = choice('Huffman coding always reaches the entropy of the source', false, true);

  it('marks the set a filler: the review passes it, a player picks `always` at sight', () => {
    const found = chooseOptions(
      key,
      [
        choice('It assigns all symbols whole numbers of bits each', true),
        choice('Frequent symbols get shorter codes than rare ones', true),
      ],
      make,
      { names: ['Huffman coding'] },
    );
    expect(found.drafts.length).toBeGreaterThan(0);
    for (const d of found.drafts) expect(d.filler).toBe(true);
  });

  it('leaves a set whose true options hold a strong absolute too', () => {
    const found = chooseOptions(
      key,
      [
        choice('A prefix code never lets one codeword begin another one', true),
        choice('Frequent symbols get shorter codes than rare ones', true),
      ],
      make,
      { names: ['Huffman coding'] },
    );
    expect(found.drafts.some((d) => !d.filler)).toBe(true);
  });
});

describe('hedged-truths-alone: hedges that mark exactly the true statements (reading 88)', () => {
  const vertigo = (trues: readonly string[]) =>
    chooseOptions(
      choice('頭部CTが陰性なら脳卒中を否定できる', false, true),
      trues.map((t) => choice(t, true)),
      (choices) => ({ ...make(choices), language: 'ja' }),
      { names: ['中枢性めまい'] },
    );

  it('marks the set a filler: the one plain claim is the misconception at sight', () => {
    const found = vertigo(['めまい単独で発症しうる', '前庭神経炎とそっくりに見えることがある']);
    expect(found.drafts.length).toBeGreaterThan(0);
    for (const d of found.drafts) expect(d.filler).toBe(true);
  });

  it('leaves a set with a plain true statement, and prefers it', () => {
    const found = vertigo([
      'めまい単独で発症しうる',
      '前庭神経炎とそっくりに見えることがある',
      '注視方向で向きが変わる眼振は中枢性を疑う',
    ]);
    expect(found.drafts.some((d) => !d.filler)).toBe(true);
    const best = [...found.drafts].sort((a, b) => b.quality - a.quality)[0];
    expect(best?.filler).toBeFalsy();
  });
});

describe('one-claim-each: a statement of several claims makes its set a filler (readings 51–63)', () => {
  const token = (trues: readonly string[]) =>
    chooseOptions(
      choice('A pod’s token stays the same for the life of the pod', false, true),
      trues.map((t) => choice(t, true)),
      make,
      { names: ['ServiceAccount tokens'] },
    );

  it('marks a set with a label and its note, or two sentences run together', () => {
    const labelled = token([
      'Audience: each token names the API server it is meant for',
      'The kubelet refreshes the projected token before it expires',
    ]);
    expect(labelled.drafts.length).toBeGreaterThan(0);
    for (const d of labelled.drafts) expect(d.filler).toBe(true);
    const run = token([
      'The kubelet refreshes the projected token; expiry is an hour by default',
      'A bound token stops working once its pod is deleted',
    ]);
    expect(run.drafts.length).toBeGreaterThan(0);
    for (const d of run.drafts) expect(d.filler).toBe(true);
  });

  it('prefers a set of single claims, and leaves one alone', () => {
    const found = token([
      'Audience: each token names the API server it is meant for',
      'The kubelet refreshes the projected token before it expires',
      'A bound token stops working once its pod is deleted',
    ]);
    const best = [...found.drafts].sort((a, b) => b.quality - a.quality)[0];
    expect(best?.filler).toBeUndefined();
    expect(best?.choices.map((c) => c.text)).not.toContain(
      'Audience: each token names the API server it is meant for',
    );
    const plain = token([
      'The kubelet refreshes the projected token before it expires',
      'A bound token stops working once its pod is deleted',
    ]);
    expect(plain.drafts.some((d) => !d.filler)).toBe(true);
  });
});

describe('sweeping-claims: `just`, `safe`, `enough`, `安全` read as strong absolutes (readings 34–35)', () => {
  const syrup = (key: string, trues: readonly string[]) =>
    chooseOptions(
      choice(key, false, true),
      trues.map((t) => choice(t, true)),
      make,
      { names: ['Interfering agents'] },
    );

  it('marks the set a filler where only the key makes the sweeping claim', () => {
    const found = syrup('Glucose syrup is just there for sweetness', [
      'Invert sugar keeps a syrup from crystallising',
      'Acid splits some sucrose during the boil',
    ]);
    expect(found.drafts.length).toBeGreaterThan(0);
    for (const d of found.drafts) expect(d.filler).toBe(true);
    const ja = chooseOptions(
      choice('例外があるから学会発表を先にしても安全', false, true),
      [
        choice('公開から1年以内に出願する必要がある', true),
        choice('特許公報に載ったことによる公開は対象外', true),
      ],
      make,
      { names: ['新規性喪失の例外'] },
    );
    expect(ja.drafts.length).toBeGreaterThan(0);
    for (const d of ja.drafts) expect(d.filler).toBe(true);
  });

  it('leaves a set whose true options make one too, and reads words whole (`adjusts`)', () => {
    const both = syrup('Glucose syrup is just there for sweetness', [
      'Invert sugar is safe to add late in the boil',
      'Acid splits some sucrose during the boil',
    ]);
    expect(both.drafts.some((d) => !d.filler)).toBe(true);
    const plain = syrup('Glucose syrup adjusts the sweetness', [
      'Invert sugar keeps a syrup from crystallising',
      'Acid splits some sucrose during the boil',
    ]);
    expect(plain.drafts.length).toBeGreaterThan(0);
    expect(plain.drafts.some((d) => !d.filler)).toBe(true);
  });
});

describe('sibling-named-alike: a sibling named like the key costs a set nothing', () => {
  const which = whichOf(
    'Which concept does this describe?\n“Earlier diagnosis makes survival from diagnosis longer without delaying death”',
  );
  const key = choice('Lead-time bias', true, true);
  const candidates = [
    choice('Length-time bias', false),
    choice('Confounding', false),
    choice('Intention-to-treat analysis', false),
  ];

  it('keeps the set with the first candidate, the sibling named alike, best', () => {
    const found = chooseOptions(key, candidates, which, { names: ['Lead-time bias'] }, { most: 2 });
    const best = [...found.drafts].sort((a, b) => b.quality - a.quality)[0];
    // Readers ruled out `Confounding | Intention-to-treat analysis` beside a screening bias at
    // sight (reading 21); the two `-time bias` names are alike, `Confounding` the odd one out.
    expect(best?.choices.map((c) => c.text)).toEqual([
      'Lead-time bias',
      'Length-time bias',
      'Confounding',
    ]);
  });

  it('still costs a set whose two wrong options are alike, the key the odd one out', () => {
    const away = [
      choice('Length-time bias', false),
      choice('Lead-time bias', false),
      candidates[1],
    ];
    const found = chooseOptions(
      choice('Recall bias', true, true),
      away.filter((c): c is DraftChoice => c !== undefined),
      which,
      { names: ['Recall bias'] },
      { most: 2 },
    );
    const tied = found.drafts.find((d) => d.choices.every((c) => c.text !== 'Confounding'));
    const plain = found.drafts.find((d) => d.choices.some((c) => c.text === 'Confounding'));
    expect(tied && plain && tied.quality < plain.quality).toBe(true);
  });
});

describe('one-register: shorthand cells beside a sentence cost a set', () => {
  const key = choice('Traffic between hosts is encrypted by the engine', false, true);
  const candidates = [
    choice('Multi-host over VXLAN; requires Swarm mode', true),
    choice('Built into the engine; one bridge per host', true),
    choice('Containers on it can reach each other by name', true),
    choice('The dnsrr endpoint mode skips the virtual IP', true),
  ];

  it('keeps best the set of sentences, not the one sentence among summary shorthand', () => {
    const found = chooseOptions(key, candidates, make, { names: ['Docker networks'] }, { most: 2 });
    const best = [...found.drafts].sort((a, b) => b.quality - a.quality)[0];
    expect(best?.choices.map((c) => c.text)).toEqual([
      key.text,
      'Containers on it can reach each other by name',
      'The dnsrr endpoint mode skips the virtual IP',
    ]);
  });
});

describe("names of any length: a which-concept set is not refused for its names' lengths", () => {
  const which = whichOf(
    '次の説明にあてはまるものはどれ？\n「元のIPパケット全体を包み、新しい外側IPヘッダを付ける」',
    'ja',
  );

  it('offers the sibling the notes set against the key beside an acronym (reading 56)', () => {
    const found = chooseOptions(
      choice('トンネルモード', true, true),
      [choice('トランスポートモード', false), choice('AH', false)],
      which,
      { names: ['トンネルモード'] },
    );
    expect(found.drafts.map((d) => d.choices.map((c) => c.text))).toContainEqual([
      'トンネルモード',
      'トランスポートモード',
      'AH',
    ]);
  });
});

describe('one-mood: an instruction is no option beside claims (reading 56)', () => {
  it('leaves out a true instruction beside a misconception that claims something', () => {
    const found = chooseOptions(
      choice('foldl and foldr give the same result for subtraction', false, true),
      [
        choice('Pass the initial value explicitly', true),
        choice('foldr can work on infinite lists in Haskell', true),
        choice('Sum and length can be written with an accumulator', true),
      ],
      make,
      { names: ['Fold / reduce'] },
    );
    expect(found.drafts.length).toBeGreaterThan(0);
    for (const d of found.drafts)
      expect(d.choices.map((c) => c.text)).not.toContain('Pass the initial value explicitly');
  });
});
