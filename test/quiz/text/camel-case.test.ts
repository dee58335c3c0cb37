import { describe, expect, it } from 'vitest';
import { camelCaseWords } from '../../../src/quiz/text/camel-case.ts';

describe('camelCaseWords', () => {
  it('splits where a reader does: after lower case, and before lower case after capitals', () => {
    expect(camelCaseWords('CoreDNS')).toEqual(['Core', 'DNS']);
    expect(camelCaseWords('HTTPServer')).toEqual(['HTTP', 'Server']);
    expect(camelCaseWords('nodeSelector')).toEqual(['node', 'Selector']);
    expect(camelCaseWords('LoadBalancer')).toEqual(['Load', 'Balancer']);
  });

  it('leaves a word in one case whole, in one pass however long', () => {
    expect(camelCaseWords('UTC')).toEqual(['UTC']);
    expect(camelCaseWords('plan')).toEqual(['plan']);
    expect(camelCaseWords('aB'.repeat(500_000))).toHaveLength(500_001);
  });
});
