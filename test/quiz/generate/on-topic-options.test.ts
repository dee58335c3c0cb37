/**
 * Which-is-correct-about questions whose wrong options are about the concept asked: its own
 * misconceptions, or what a sibling the notes contrast with it says — not a far sibling's
 * definition beside which the key is the only option about the concept (readers of unseen notes
 * called those fillers). Also the section two concepts share: a line of one is not the other's.
 */
import { describe, expect, it } from 'vitest';
import { buildQuestionBank } from '../../../src/quiz/bank.ts';
import { conceptSubject, generationContext } from '../../../src/quiz/generate/context.ts';
import { correctAboutDrafts } from '../../../src/quiz/generate/correct-about.ts';
import { statementFitsNot } from '../../../src/quiz/generate/fit.ts';
import { whichConceptDrafts } from '../../../src/quiz/generate/which-concept.ts';
import { parseNotes } from '../../../src/quiz/notes/parse-notes.ts';
import type { NotesDocument } from '../../../src/quiz/types.ts';
import { inline } from '../notes-helpers.ts';

const METRICS = parseNotes(
  inline([
    '# Classifier metrics',
    '',
    '| Metric | What it tells you | Mistakes |',
    '|---|---|---|',
    '| Precision | Share of alerts that are real; changes with the positive rate | Holds in production at any fraud rate × |',
    '| Recall | Share of positives caught; ignores false positives | High recall means few false alarms × |',
    '| Accuracy | Share of correct predictions, useless on imbalanced data | 99% means a good model × |',
    '| Log loss | Punishes confident mistakes; needs real probabilities | Works on any score × |',
    '| Calibration | Scores match observed frequencies | High AUC implies calibration × |',
    '',
    '## Precision and recall',
    '',
    '- Precision is the share of raised alerts that were real fraud',
    '- Recall is the share of the fraud we caught',
    '- Recall does not depend on the class balance',
    '',
    '**Common misconceptions**:',
    '',
    '- × Precision measured on a balanced test set holds in production (precision changes with the positive rate)',
    '- × High recall means few false alarms (false alarms are about precision)',
    '',
    '## Which metric reacts to what',
    '',
    '| Metric | Needs a threshold | Uses TN |',
    '|---|---|---|',
    '| Precision | yes | no |',
    '| Recall | yes | no |',
    '| Accuracy | yes | yes |',
    '| Log loss | no | n/a |',
    '',
    '## Accuracy',
    '',
    'The share of predictions that are right. With 1% positives the all-negative model scores 99%.',
    '',
    '## Log loss',
    '',
    'Punishes confident mistakes and needs real probabilities; a Calibration check reads it too.',
  ]),
);

function named(doc: NotesDocument, name: string) {
  const concept = doc.concepts.find((c) => c.name === name);
  if (!concept) throw new Error(`no concept ${name}`);
  return concept;
}

describe('sharer-lines-apart (fit.ts)', () => {
  it('does not read a line of the sibling a section shares as the concept’s own', () => {
    const ctx = generationContext(METRICS);
    // `(precision changes with the positive rate)` sits in Recall's section too, but is Precision's.
    expect(
      statementFitsNot(
        ctx,
        'Share of alerts that are real; changes with the positive rate',
        named(METRICS, 'Recall'),
      ),
    ).toBe(true);
  });
});

describe('contrasted siblings first (facts/siblings.ts)', () => {
  it('puts the sibling a heading names beside the concept before the rows of one table', () => {
    const ctx = generationContext(METRICS);
    const siblings = conceptSubject(ctx, named(METRICS, 'Recall')).siblings;
    expect(siblings[0]?.concept.name).toBe('Precision');
    expect(siblings[0]?.contrasted).toBe(true);
    // Accuracy is told apart from Recall only by the rows of `Which metric reacts to what`.
    const accuracy = siblings.find((s) => s.concept.name === 'Accuracy');
    expect(accuracy?.relation).toBe('told-apart');
    expect(accuracy?.contrasted).toBe(false);
  });
});

describe('on-topic-option (correct-about.ts)', () => {
  const ctx = generationContext(METRICS);
  const recall = named(METRICS, 'Recall');
  const found = correctAboutDrafts(ctx, conceptSubject(ctx, recall));
  const about = new Set([
    'High recall means few false alarms',
    'Share of alerts that are real; changes with the positive rate',
    'Precision is the share of raised alerts that were real fraud',
  ]);
  const onTopic = (choices: readonly { text: string; correct: boolean }[]): boolean =>
    choices.some((c) => !c.correct && about.has(c.text));

  it('offers the sibling the notes contrast, and ranks a set of far siblings last', () => {
    expect(found.drafts.length).toBeGreaterThan(0);
    const best = [...found.drafts].sort((a, b) => b.quality - a.quality)[0];
    expect(best && onTopic(best.choices), JSON.stringify(best?.choices)).toBe(true);
    const worstOnTopic = Math.min(
      ...found.drafts.filter((d) => onTopic(d.choices)).map((d) => d.quality),
    );
    for (const d of found.drafts.filter((x) => !onTopic(x.choices)))
      expect(d.quality, JSON.stringify(d.choices)).toBeLessThan(worstOnTopic);
  });

  it('offers no sibling statement that names a concept (names-a-concept)', () => {
    const log = named(METRICS, 'Log loss');
    const sets = correctAboutDrafts(ctx, conceptSubject(ctx, log)).drafts;
    expect(sets.length).toBeGreaterThan(0);
    // Precision's section line names it (`Precision is the share…`); Log loss's names Calibration.
    for (const d of [...found.drafts, ...sets])
      for (const c of d.choices.filter((x) => !x.correct))
        expect(/Calibration|Precision/.test(c.text), c.text).toBe(false);
  });
});

describe('contrast-apart (which-concept.ts, fit.ts)', () => {
  const backups = parseNotes(
    inline([
      '# Backups',
      '',
      '| Concept | Correct understanding | Common misconceptions |',
      '|---|---|---|',
      '| Differential backup | Changes since the last full backup | Changes since the last differential × |',
      '| Incremental backup | Changes since the previous backup; restore needs the whole chain | Full plus the latest incremental is enough × |',
      '| RPO | How much data you may lose | The time a restore takes × |',
      '| RTO | How long the service may be down | Set by the backup interval × |',
      '| 3-2-1 rule | Three copies, two media, one offsite | Three backups on one storage × |',
      '',
      '## Differential and incremental backups',
      '',
      '- Differential: changes since the last full backup; each one grows day by day',
      '- Incremental: changes since the previous backup (full or incremental), small and fast',
    ]),
  );

  it('offers the sibling the notes set against the concept, though they share words', () => {
    const ctx = generationContext(backups);
    const found = whichConceptDrafts(
      ctx,
      conceptSubject(ctx, named(backups, 'Differential backup')),
    );
    const asked = found.drafts.filter((d) =>
      d.prompt.includes('Changes since the last full backup'),
    );
    expect(asked.length).toBeGreaterThan(0);
    expect(
      asked.some((d) => d.choices.some((c) => c.text === 'Incremental backup')),
      JSON.stringify(asked.map((d) => d.choices.map((c) => c.text))),
    ).toBe(true);
  });
});

describe('other-heading (correct-about.ts, assemble.ts)', () => {
  // Two topics in one table: DNS rows, then HTTP caching rows. A neighbouring row of the other
  // topic is a filler: asked only where a concept has nothing else.
  const source = inline([
    '# Web basics',
    '',
    '| Concept | Correct understanding | Common misconceptions |',
    '|---|---|---|',
    '| Recursive resolver | Resolves names for clients and caches the answers | Holds the zone × |',
    '| Authoritative server | Holds the zone records and answers for them | Caches answers for clients × |',
    '| no-cache | May store, but revalidates before each reuse | Forbids storing the response × |',
    '| ETag | Identifies one version of a resource | A 304 sends the body again × |',
    '| max-age | Seconds a response stays fresh after it was fetched | Counts from the first reuse × |',
    '',
    '## DNS',
    '',
    '### Recursive resolver',
    '',
    'Resolves names for clients.',
    '',
    '### Authoritative server',
    '',
    'Holds the zone records.',
    '',
    '## HTTP caching',
    '',
    '### no-cache',
    '',
    'May store the response, but asks the origin before each reuse.',
    '',
    '### ETag',
    '',
    'An opaque identifier of one version.',
    '',
    '### max-age',
    '',
    'Freshness lifetime in seconds.',
  ]);
  const doc = parseNotes(source);
  const ctx = generationContext(doc);
  const offTopic = /zone|resolves names/i;

  it('marks every set with a sibling’s statement the notes do not set against it a filler', () => {
    // Neither the DNS rows (another heading) nor ETag's and max-age's (the same heading, but
    // nothing in the notes sets them against no-cache): each is true of something, and beside
    // "which is correct about no-cache" an expert can argue for it.
    const drafts = correctAboutDrafts(ctx, conceptSubject(ctx, named(doc, 'no-cache'))).drafts;
    const siblingStatement = /zone|resolves names|version|fresh/i;
    expect(drafts.some((d) => d.choices.some((c) => offTopic.test(c.text)))).toBe(true);
    for (const d of drafts) {
      const wrongs = d.choices.filter((c) => !c.correct).map((c) => c.text);
      expect(d.filler === true, wrongs.join(' | ')).toBe(
        wrongs.some((t) => siblingStatement.test(t)),
      );
    }
  });

  it('asks no filler of a concept that has two sound questions', () => {
    const bank = buildQuestionBank([source]);
    const noCache = bank.questions.filter((q) => q.conceptName === 'no-cache');
    expect(noCache.length).toBeGreaterThanOrEqual(2);
    for (const q of noCache)
      for (const c of q.choices) expect(offTopic.test(c.text), c.text).toBe(false);
  });
});
