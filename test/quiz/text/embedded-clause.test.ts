/** A copula that closes an embedded clause ends a whole statement, not one cut short. */
import { describe, expect, it } from 'vitest';
import { danglingEnd } from '../../../src/quiz/review/text-rules.ts';
import { closesEmbeddedClause } from '../../../src/quiz/text/embedded-clause.ts';
import { endsOnCopula } from '../../../src/quiz/text/forms.ts';

const words = (text: string) => text.toLowerCase().split(' ');

describe('embedded-clause', () => {
  it('existential-there: `how many clusters there are`, `there can ever be`', () => {
    expect(closesEmbeddedClause(words('K-means learns how many clusters there are'))).toBe(true);
    expect(closesEmbeddedClause(words('Charted depth is the least depth there can ever be'))).toBe(
      true,
    );
  });

  it('wh-complement: the complement opens the clause, its subject follows', () => {
    expect(closesEmbeddedClause(words('Beta measures how volatile the stock is'))).toBe(true);
    expect(closesEmbeddedClause(words('Filter size depends on how long the keys are'))).toBe(true);
    expect(closesEmbeddedClause(words('GDPR protects EU citizens wherever they are'))).toBe(true);
    expect(closesEmbeddedClause(words('It holds whatever the efficiencies are'))).toBe(true);
  });

  it('still finds a clause whose complement is missing', () => {
    expect(closesEmbeddedClause(words('It decides which servers are'))).toBe(false);
    expect(closesEmbeddedClause(words('It decides what servers are'))).toBe(false);
    expect(closesEmbeddedClause(words('The key is'))).toBe(false);
    expect(closesEmbeddedClause(words('The stock is volatile'))).toBe(false);
  });

  it('is read by the cut-short checks of options and facts', () => {
    expect(danglingEnd('Beta measures how volatile the stock is.')).toBe(null);
    expect(endsOnCopula('Beta measures how volatile the stock is.', 'en')).toBe(false);
    expect(danglingEnd('K-means learns how many clusters there are')).toBe(null);
    expect(endsOnCopula('It decides which servers are', 'en')).toBe(true);
    expect(danglingEnd('It decides which servers are')).toBe('are');
  });

  it('reads a long run of stops not at the end in one pass', () => {
    // `[.!?]+$` tried every start of the run.
    const started = performance.now();
    expect(endsOnCopula(`It is${'.'.repeat(200_000)}x`, 'en')).toBe(false);
    expect(performance.now() - started).toBeLessThan(5_000);
  });

  it('reads only the end of a line of 1 MB', () => {
    expect(endsOnCopula(`${'how the '.repeat(130_000)}stock is`, 'en')).toBe(false);
    expect(endsOnCopula(`${'what '.repeat(200_000)}servers are`, 'en')).toBe(true);
  });
});
