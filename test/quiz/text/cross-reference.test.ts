/** Pointers to another part of the notes (`see §4`): corrections read without them. */
import { describe, expect, it } from 'vitest';
import {
  CROSS_REFERENCE_RULES,
  pointsAtSection,
  withoutCrossReference,
} from '../../../src/quiz/text/cross-reference.ts';

describe('cross references', () => {
  it.each(CROSS_REFERENCE_RULES.map((r) => [r.name, r] as const))(
    'rule "%s" cuts its example',
    (_name, rule) => {
      const [long, short] = rule.example;
      expect(withoutCrossReference(long)).toBe(short);
    },
  );

  it('cuts a pointer only where it closes the text (reading 54: `unrelated quantities — see §4`)', () => {
    expect(withoutCrossReference('unrelated quantities — see §4')).toBe('unrelated quantities');
    expect(withoutCrossReference('unrelated quantities (see section 4).')).toBe(
      'unrelated quantities',
    );
    expect(withoutCrossReference('別の量。§2.3 を参照')).toBe('別の量。');
    // A pointer inside the text, and a section sign that names a law, stay.
    expect(withoutCrossReference('see §4 for why the two differ')).toBe(
      'see §4 for why the two differ',
    );
    expect(withoutCrossReference('Only what 17 U.S.C. § 107 allows')).toBe(
      'Only what 17 U.S.C. § 107 allows',
    );
    expect(withoutCrossReference('no pointer here')).toBe('no pointer here');
    // Reading 55: `see … below`, only as the text's end and only a few words long.
    expect(withoutCrossReference('blended binaries (see false positives below).')).toBe(
      'blended binaries',
    );
    expect(withoutCrossReference('see how the values change as the load grows below')).toBe(
      'see how the values change as the load grows below',
    );
  });

  it("tells a text that points at a section, not a law's section sign", () => {
    expect(pointsAtSection('Only what 17 U.S.C. § 107 allows')).toBe(false);
    expect(
      pointsAtSection('MPC §5.03: unilateral — agreeing with an undercover cop is enough'),
    ).toBe(false);
    expect(pointsAtSection('Nothing knows the lock exists (unless you add fencing, §4)')).toBe(
      true,
    );
    expect(pointsAtSection('Efficiency is unrelated — see §4')).toBe(true);
    expect(pointsAtSection('See section 3 for the numbers')).toBe(true);
    expect(pointsAtSection('Capacity factor is energy over a year')).toBe(false);
  });

  it('reads a megabyte of section signs at once', () => {
    expect(withoutCrossReference('§'.repeat(1_000_000)).length).toBeGreaterThanOrEqual(0);
    expect(pointsAtSection(`${'§'.repeat(500_000)}x`)).toBe(false);
    // Signs before digits, each with room before it: each is read a few characters around.
    expect(pointsAtSection('x §1.'.repeat(200_000))).toBe(false);
    expect(withoutCrossReference(`${'    §1'.repeat(150_000)} tail`).length).toBeGreaterThan(0);
    expect(withoutCrossReference(`see ${' '.repeat(1_000_000)}x`).length).toBeGreaterThan(0);
    expect(withoutCrossReference(`a ${'see '.repeat(200_000)}below`).length).toBeGreaterThan(0);
  });
});
