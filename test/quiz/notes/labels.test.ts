/** Labels in notes and the kind of thing each introduces (notes/labels.ts). */
import { describe, expect, it } from 'vitest';
import { exactLabelKind, labelKind } from '../../../src/quiz/notes/labels.ts';

describe('exactLabelKind', () => {
  it.each([
    ['ポイント', 'point'],
    ['ポイント2：', 'point'],
    ['要点', 'point'],
    ['Point', 'point'],
    ['Points', 'point'],
    ['Key points:', 'point'],
    ['Takeaways', 'point'],
    ['Key takeaways', 'point'],
    ['よくある誤解', 'misconceptions'],
    ['Common misconceptions:', 'misconceptions'],
    ['Examples', 'examples'],
    ['特徴', 'features'],
  ] as const)('reads %s as a whole %s label', (text, kind) => {
    expect(exactLabelKind(text)).toBe(kind);
  });

  it('reads no label in a text that only opens on a label word', () => {
    expect(exactLabelKind('Points of failure')).toBeNull();
    expect(exactLabelKind('Key takeaway from the incident review')).toBeNull();
    expect(labelKind('Points of failure')).toBe('point');
  });

  it('reads a long text at once', () => {
    const long = `Points${' of'.repeat(300_000)}`;
    const started = performance.now();
    expect(exactLabelKind(long)).toBeNull();
    expect(performance.now() - started).toBeLessThan(5_000);
  });
});
