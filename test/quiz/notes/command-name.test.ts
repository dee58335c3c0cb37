/** `command-name`: the code a concept's own section opens on, ending in its name, is a name of it. */
import { describe, expect, it } from 'vitest';
import { conceptFacts } from '../../../src/quiz/facts/concept-facts.ts';
import { parseNotes } from '../../../src/quiz/notes/parse-notes.ts';
import { inline } from '../notes-helpers.ts';

const notes = inline(
  [
    '# Terraform',
    '',
    '## Plan',
    '',
    '`terraform plan` computes the actions needed, without changing anything.',
    '',
    '## Apply',
    '',
    '`terraform apply` carries out a plan by calling the provider APIs, then writes the new state.',
    '',
    '## Provider',
    '',
    '`hashicorp/aws` is one provider among many.',
    '',
    '| Concept | Correct understanding | Common misconceptions |',
    '|---|---|---|',
    '| Plan | Computes the actions **without changing anything** | Guarantees the apply will succeed |',
    '| Apply | Calls provider APIs and **writes the state** | Rolls back on failure |',
    '| Provider | A plugin for **one API** | Part of the Terraform binary |',
  ],
  'tf.en.md',
);

describe('command-name', () => {
  const doc = parseNotes(notes);
  const concept = (name: string) => {
    const found = doc.concepts.find((c) => c.name === name);
    if (!found) throw new Error(`no ${name}`);
    return found;
  };

  it('reads `terraform plan` as another name of Plan, and its first sentence as a fact', () => {
    expect(concept('Plan').aliases).toContain('terraform plan');
    expect(concept('Apply').aliases).toContain('terraform apply');
    const intro = conceptFacts(doc, concept('Apply')).trues.find((t) => t.source === 'intro');
    expect(intro?.text).toBe(
      'terraform apply carries out a plan by calling the provider APIs, then writes the new state',
    );
  });

  it('reads no code that does not end in the name as a name', () => {
    expect(concept('Provider').aliases).not.toContain('hashicorp/aws');
  });
});
