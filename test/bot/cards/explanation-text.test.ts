/** The explanation's lines: each wrong option's why printed beside it, its name said once. */
import { describe, expect, it } from 'vitest';
import { besideOption } from '../../../src/bot/cards/explanation-text.ts';

describe('named-beside-itself', () => {
  it('drops the option’s own name before the quoted cell', () => {
    expect(besideOption('Bulkhead', 'Bulkhead: “Isolates resources per dependency”')).toBe(
      '“Isolates resources per dependency”',
    );
    expect(besideOption('非競合阻害', '非競合阻害は「Vmax↓、Km 不変」')).toBe('「Vmax↓、Km 不変」');
  });

  it('keeps a why that says more than the name and a quote, or none', () => {
    expect(besideOption('Retry', 'Retry: only for transient faults')).toBe(
      'Retry: only for transient faults',
    );
    expect(besideOption('Timeout', 'That describes Bulkhead')).toBe('That describes Bulkhead');
    expect(
      besideOption('Timeout', 'The table under “Pattern support” gives Timeout: Isolates = “×”'),
    ).toBe('The table under “Pattern support” gives Timeout: Isolates = “×”');
    expect(besideOption('Retry', null)).toBeNull();
  });
});
