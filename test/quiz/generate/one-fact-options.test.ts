/**
 * Two options of one question never state one fact (issue 11): a summary-table misconception
 * cell and the section's × bullet it condenses (k8s Resource limits: “Killed for using too much
 * CPU” / “A container that uses more CPU than its limit is killed”) are one fact — never two
 * options of one question, nor a statement beside its own correction — while two different
 * misconceptions that share words (CSRF 「HTTPSで防げる」 / 「POSTにすれば防げる」) stay two.
 */
import { describe, expect, it } from 'vitest';
import { buildQuestionBank } from '../../../src/quiz/bank.ts';
import { conceptFacts } from '../../../src/quiz/facts/concept-facts.ts';
import type { Fact } from '../../../src/quiz/facts/fact.ts';
import { SAME_FACT_RULES, withSameFactsTied } from '../../../src/quiz/facts/same-fact.ts';
import {
  conceptSubject,
  generationContext,
  renderings,
} from '../../../src/quiz/generate/context.ts';
import { correctAboutDrafts } from '../../../src/quiz/generate/correct-about.ts';
import { tidyOption } from '../../../src/quiz/generate/draft.ts';
import { parseNotes } from '../../../src/quiz/notes/parse-notes.ts';
import { matchKey } from '../../../src/quiz/text/normalize.ts';
import { QUALITY_NOTES } from '../bank-quality-expectations.ts';
import { readSource, shippedAliases } from '../notes-helpers.ts';

/** The facts of the concept named `name` in `file`, their keys tied. */
function factsOf(file: string, name: string): Fact[] {
  const doc = parseNotes(readSource(file));
  const concept = doc.concepts.find((c) => c.name === name);
  if (!concept) throw new Error(name);
  const facts = withSameFactsTied(conceptFacts(doc, concept));
  return [...facts.trues, ...facts.falses];
}

function oneFact(facts: readonly Fact[], a: string, b: string): boolean {
  const find = (text: string): Fact => {
    const found = facts.find((f) => f.text === text || f.cell === text);
    if (!found) throw new Error(text);
    return found;
  };
  return find(a).keys.some((k) => find(b).keys.includes(k));
}

describe('a misconception cell and the × bullet it condenses are one fact', () => {
  it('k8s Resource limits and Preemption (PDB = PodDisruptionBudget), networking NAT', () => {
    const k8s = 'test/fixtures/notes/k8s-scheduling.en.md';
    expect(
      oneFact(
        factsOf(k8s, 'Resource limits'),
        'Killed for using too much CPU',
        'A container that uses more CPU than its limit is killed',
      ),
    ).toBe(true);
    expect(
      oneFact(
        factsOf(k8s, 'Preemption'),
        'Never breaks a PDB',
        'Preemption never violates a PodDisruptionBudget',
      ),
    ).toBe(true);
    expect(
      oneFact(
        factsOf('test/fixtures/notes/networking.en.md', 'NAT'),
        'Inbound connections reach private hosts',
        'NAT lets any host on the internet connect to private hosts directly',
      ),
    ).toBe(true);
  });

  it('but not two misconceptions that share words (CSRF HTTPS / POST; OOMキラー; Resource limits’ other bullet)', () => {
    expect(
      oneFact(
        factsOf('test/fixtures/notes/auth-security.ja.md', 'CSRF'),
        'HTTPSにすればCSRFは防げる',
        'POSTにすればCSRFは防げる',
      ),
    ).toBe(false);
    expect(
      oneFact(
        factsOf('test/fixtures/notes/os-memory.ja.md', 'OOMキラー'),
        '最後に要求したプロセスが終了',
        '必ずメモリ使用量が最大のプロセスが終了させられる',
      ),
    ).toBe(false);
    expect(
      oneFact(
        factsOf('test/fixtures/notes/k8s-scheduling.en.md', 'Resource limits'),
        'Killed for using too much CPU',
        "The scheduler refuses a pod whose limits exceed the node's capacity",
      ),
    ).toBe(false);
  });

  it('the rule has an example and a name (cell-condenses-bullet)', () => {
    const rule = SAME_FACT_RULES.find((r) => r.name === 'cell-condenses-bullet');
    expect(rule?.example).toContain('Killed for using too much CPU');
  });

  it('k8s: no option set puts the cell beside its bullet, nor beside the bullet’s correction (fails without the rule)', () => {
    const doc = parseNotes(readSource('test/fixtures/notes/k8s-scheduling.en.md'));
    const ctx = generationContext(doc);
    const sets = (name: string): string[][] => {
      const concept = doc.concepts.find((c) => c.name === name);
      if (!concept) throw new Error(name);
      return correctAboutDrafts(ctx, conceptSubject(ctx, concept)).drafts.map((d) =>
        d.choices.map((c) => c.text),
      );
    };
    const limits = sets('Resource limits');
    expect(limits.length).toBeGreaterThan(0);
    for (const set of limits)
      expect(
        set.includes('Killed for using too much CPU') &&
          set.includes('A container that uses more CPU than its limit is killed'),
        set.join(' / '),
      ).toBe(false);
    // `× Preemption never violates a PodDisruptionBudget (PDBs are respected on a best-effort
    // basis only)`: the cell `Never breaks a PDB` is that bullet, so the correction as the key
    // beside it gives the answer away (as main's bank did, question t1e7xhqe).
    for (const set of sets('Preemption'))
      expect(
        set.includes('Never breaks a PDB') &&
          set.includes('PDBs are respected on a best-effort basis only'),
        set.join(' / '),
      ).toBe(false);
  });
});

describe.each(QUALITY_NOTES)('%s', (file) => {
  it('no question offers two options stating one fact (by the notes’ facts, their keys tied)', () => {
    const source = readSource(file);
    const doc = parseNotes(source, { aliases: shippedAliases() });
    const ctx = generationContext(doc);
    const bank = buildQuestionBank([source], { aliases: shippedAliases() });
    const found: string[] = [];
    for (const q of bank.questions) {
      const concept = doc.concepts.find((c) => c.id === q.conceptId);
      const facts = concept ? ctx.facts.get(concept.id) : undefined;
      if (!concept || !facts) continue;
      // Each wording of each fact of the concept, as an option shows it.
      const keysOf = new Map<string, string[]>();
      for (const f of [...facts.trues, ...facts.falses])
        for (const text of renderings(f, doc.language, concept))
          keysOf.set(matchKey(tidyOption(text)), f.keys);
      const keyed = q.choices
        .map((c) => ({ text: c.text, keys: keysOf.get(matchKey(c.text)) ?? [] }))
        .filter((x) => x.keys.length > 0);
      keyed.forEach((a, i) => {
        for (const b of keyed.slice(i + 1))
          if (a.keys.some((k) => b.keys.includes(k)))
            found.push(`${q.id} ${q.conceptName}: 「${a.text}」 / 「${b.text}」`);
      });
    }
    expect(found).toEqual([]);
  });
});
