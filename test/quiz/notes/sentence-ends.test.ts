/** Where a sentence ends, and which pieces of a line are no sentence (issue 11: split fragments). */
import { describe, expect, it } from 'vitest';
import { buildQuestionBank } from '../../../src/quiz/bank.ts';
import { conceptFacts } from '../../../src/quiz/facts/concept-facts.ts';
import { sectionSentences, splitSentences } from '../../../src/quiz/facts/true-statements.ts';
import { parseNotes } from '../../../src/quiz/notes/parse-notes.ts';
import { firstSentence } from '../../../src/quiz/notes/sections.ts';
import {
  NO_END_RULES,
  PIECE_RULES,
  pieceRule,
  sentenceStops,
} from '../../../src/quiz/notes/sentence-ends.ts';
import { inline } from '../notes-helpers.ts';

describe('sentence ends', () => {
  it.each(NO_END_RULES.map((r) => [r.name, r] as const))(
    '%s: its example is one sentence',
    (_, rule) => {
      expect(sentenceStops(rule.example, 'en')).toEqual([rule.example.length - 1]);
    },
  );

  it('reads a numbered reference as no end, the same word before a word as one (numbered-reference)', () => {
    expect(
      splitSentences(
        'Non-EU organisations under Art. 3(2) generally must appoint an EU representative. Exceptions are few.',
        'en',
      ),
    ).toEqual([
      'Non-EU organisations under Art. 3(2) generally must appoint an EU representative',
      'Exceptions are few',
    ]);
    expect(splitSentences('It is a craft, not an art. Practice makes it.', 'en')).toEqual([
      'It is a craft, not an art',
      'Practice makes it',
    ]);
  });

  it('reads English abbreviations and numbers as no end', () => {
    expect(
      splitSentences('Underflow of a negative value, e.g. -1e-320 * 1e-10. It gives -0.', 'en'),
    ).toEqual(['Underflow of a negative value, e.g. -1e-320 * 1e-10', 'It gives -0']);
    // `et al.` (reading 11: `Wasm is usually slower than native code: Jangda et al` was an option).
    expect(
      splitSentences(
        'Wasm is usually slower than native: Jangda et al. (USENIX ATC 2019) measured 1.45×. Bounds checks cost.',
        'en',
      ),
    ).toEqual([
      'Wasm is usually slower than native: Jangda et al. (USENIX ATC 2019) measured 1.45×',
      'Bounds checks cost',
    ]);
    // A case name (reading 37: `Kansas (2020) upheld Kansas's approach` was an option).
    expect(
      splitSentences(
        'Some states abolished it; Kahler v. Kansas (2020) upheld that. Few do.',
        'en',
      ),
    ).toEqual(['Some states abolished it; Kahler v. Kansas (2020) upheld that', 'Few do']);
    for (const abbr of ['e.g.', 'i.e.', 'etc.', 'vs.', 'approx.', 'Fig.'])
      expect(splitSentences(`Some values ${abbr} Maglev and 1.5 stay whole`, 'en')).toHaveLength(1);
    expect(splitSentences('Set it to 1.5. Then restart', 'en')).toEqual([
      'Set it to 1.5',
      'Then restart',
    ]);
  });

  it('reads a genus initial as no end, a sentence ending on a capital as one (genus-initial)', () => {
    // Reading 29: `Exceptions where long courses are needed: endocarditis, osteomyelitis, TB, S`.
    expect(
      splitSentences(
        'Exceptions: endocarditis, osteomyelitis, TB, *S. aureus* bacteremia. Others are short.',
        'en',
      ),
    ).toEqual([
      'Exceptions: endocarditis, osteomyelitis, TB, *S. aureus* bacteremia',
      'Others are short',
    ]);
    expect(splitSentences('Grows on E. coli (K-12) plates. Fine', 'en')).toHaveLength(2);
    expect(splitSentences('Fall back to plan B. Then restart', 'en')).toEqual([
      'Fall back to plan B',
      'Then restart',
    ]);
  });

  it('never ends a sentence inside parentheses or a code span', () => {
    expect(sentenceStops('Run `make test. Lint` first. Then push.', 'en')).toEqual([27, 38]);
    expect(
      splitSentences('Virtual nodes (e.g. 100–200 per server. Or more) even the spread', 'en'),
    ).toHaveLength(1);
    expect(firstSentence('Virtual nodes (e.g. Maglev. Or more) spread keys. Rest here.')).toBe(
      'Virtual nodes (e.g. Maglev. Or more) spread keys.',
    );
    expect(firstSentence('既定は 5 分（短い。設定で変わる）で切れる。次の文')).toBe(
      '既定は 5 分（短い。設定で変わる）で切れる。',
    );
    expect(firstSentence('Stages are kept, e.g. The final one. Others go.')).toBe(
      'Stages are kept, e.g. The final one.',
    );
  });

  it('never ends a sentence inside a Japanese quotation (「…」, 『…』)', () => {
    expect(
      splitSentences('A/Bテストで指標を20個見て「1つ有意だった！」と喜ぶのは危ない。次の文', 'ja'),
    ).toEqual(['A/Bテストで指標を20個見て「1つ有意だった！」と喜ぶのは危ない', '次の文']);
    expect(splitSentences('『止まる。』と書く。終わり', 'ja')).toEqual([
      '『止まる。』と書く',
      '終わり',
    ]);
    // An unclosed quotation on a long line stays linear and ends nowhere inside it.
    expect(splitSentences(`「${'あ。'.repeat(200_000)}`, 'ja')).toHaveLength(1);
  });

  it('never ends a sentence inside an English quotation', () => {
    const line =
      'The docs say it plainly: "provided primarily for convenience, not for performance. The implementation is essentially a for loop."';
    expect(splitSentences(line, 'en')).toHaveLength(1);
    expect(splitSentences('It says “stop. Now” twice. Then it ends.', 'en')).toEqual([
      'It says “stop. Now” twice',
      'Then it ends',
    ]);
    // A quotation's second half cut out elsewhere is a piece, not a sentence.
    expect(pieceRule('The implementation is essentially a for loop."')).toBe('unbalanced-quote');
  });

  it.each(PIECE_RULES.map((r) => [r.name, r] as const))('%s: its example', (name, rule) => {
    expect(pieceRule(rule.example)).toBe(name);
  });

  it('leaves whole sentences alone', () => {
    expect(pieceRule('Only the final stage (or the one named with --target) ships')).toBeNull();
    expect(pieceRule('--force overwrites the file')).toBeNull();
    expect(pieceRule('Arrays (and slices) share their backing store')).toBeNull();
    expect(pieceRule('ベクトル化実行（MonetDB/X100')).toBe('unclosed-bracket');
  });

  it('reads a line of 100 kB in one pass', () => {
    const line = `${'a (b. c) e.g. 1.5 `x. y` '.repeat(4_000)}end.`;
    const started = performance.now();
    expect(sentenceStops(line, 'en')).toEqual([line.length - 1]);
    expect(pieceRule(`)${line}`)).toBe('opens-on-closing-bracket');
    expect(pieceRule(line)).toBeNull();
    expect(performance.now() - started).toBeLessThan(2_000);
  });
});

const NOTES = inline([
  '# Probe',
  '',
  '## Multi-stage build',
  '',
  'A Dockerfile with several FROM stages that copies artifacts between them.',
  '',
  'Only the final stage (or the stage chosen with',
  '`--target`) are in the resulting image.',
  '',
  'Earlier stages are thrown away. --target) picks the stage to keep in the image.',
  '',
  'The build context is the directory sent to the daemon. COPY can only read files inside it. When a layer changes, it is rebuilt along with every layer after it.',
  '',
  '**Point**: Fast-math flags trade that guarantee for speed.',
  '',
  '## Consistent hashing',
  '',
  'Mapping keys and servers onto one ring so that adding a server moves only a few keys.',
  '',
  'Virtual nodes (e.g. 100–200 per server) or algorithms like',
  'Maglev are needed to get an even spread.',
  '',
  'Weighted round robin walks the list of servers in turn. Same cycle, but heavier servers appear more often. Envoy picks the host with the fewest outstanding requests instead.',
  '',
  '## Floating point',
  '',
  'Numbers stored as a sign, an exponent and a mantissa in a fixed number of bits.',
  '',
  'Multiplying can underflow to zero, as with a negative value, e.g. -1e-320 * 1e-10. Summation order therefore changes results.',
  'A leap second keeps clocks in step with the Earth. The last one was at the end of 2016.',
  '',
  '## Summary',
  '',
  '| Concept | Correct understanding | Common misconceptions |',
  '|---|---|---|',
  '| Multi-stage build | Only the **final stage** ends up in the image | Every stage is shipped × |',
  '| Consistent hashing | Adding a server moves **only a few keys** | Every key moves × |',
  '| Floating point | Addition is **not associative** | Exact for all decimals × |',
]);

/** Pieces cut at the wrong place, in the shapes of the notes the readers quoted. */
const CUT = [
  'Multiplying can underflow to zero, as with a negative value, e.g',
  '--target) are in the resulting image',
  'Maglev are needed to get an even spread',
];
/** Pieces a line holds as written (a bracket closed that it never opened): no statement. */
const PIECES = ['--target) picks the stage to keep in the image'];
/** Sentences that lean on the one before them (see text/context-words.ts). */
const LEANING = [
  'Same cycle, but heavier servers appear more often',
  'Summation order therefore changes results',
  'Envoy picks the host with the fewest outstanding requests instead',
  'The last one was at the end of 2016',
  'Fast-math flags trade that guarantee for speed',
  'COPY can only read files inside it',
];

describe('fragments and leaning sentences of prose', () => {
  const doc = parseNotes(NOTES);

  it('are no sentence of a section', () => {
    const said = doc.sections.flatMap((s) => sectionSentences(s, 'en'));
    expect(said).toContain(
      'Only the final stage (or the stage chosen with --target) are in the resulting image',
    );
    expect(said).toContain('When a layer changes, it is rebuilt along with every layer after it');
    for (const fragment of CUT) expect(said).not.toContain(fragment);
  });

  it('are no statement, option, stem or key of the bank', () => {
    const FRAGMENTS = [...CUT, ...PIECES, ...LEANING];
    const trues = doc.concepts.flatMap((c) => conceptFacts(doc, c).trues.map((f) => f.text));
    for (const fragment of FRAGMENTS) expect(trues).not.toContain(fragment);
    const bank = buildQuestionBank([NOTES]);
    const texts = bank.questions.flatMap((q) => [q.prompt, ...q.choices.map((c) => c.text)]);
    for (const fragment of FRAGMENTS) expect(texts.filter((t) => t.includes(fragment))).toEqual([]);
  });
});

describe('list items that lean on the list around them', () => {
  it('are no key and no option of an in-list question', () => {
    const notes = inline([
      '# Probe',
      '',
      '## Bulkhead',
      '',
      'Isolating resources such as thread pools per dependency.',
      '',
      '**Features**:',
      '',
      '- Also, the pools must be sized by hand',
      '- Limits the blast radius of one slow dependency',
      '- Gives each dependency its own thread pool',
      '',
      '**Limitations**:',
      '',
      '- A script could do it',
      '- Does not retry failed calls',
      '',
      '## Summary',
      '',
      '| Concept | Correct understanding | Common misconceptions |',
      '|---|---|---|',
      '| Bulkhead | **Isolates resources** per dependency | Retries calls × |',
    ]);
    const bank = buildQuestionBank([notes]);
    const listed = bank.questions.filter((q) => q.kind === 'list');
    expect(listed.length).toBeGreaterThan(0);
    const texts = listed.flatMap((q) => q.choices.map((c) => c.text));
    expect(texts).not.toContain('Also, the pools must be sized by hand');
    expect(texts).not.toContain('A script could do it');
  });
});
