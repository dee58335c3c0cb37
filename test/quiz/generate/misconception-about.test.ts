/** A misconception-about question never offers the key's own correction beside it. */
import { describe, expect, it } from 'vitest';
import { buildQuestionBank } from '../../../src/quiz/bank.ts';
import { readSource } from '../notes-helpers.ts';

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
});
