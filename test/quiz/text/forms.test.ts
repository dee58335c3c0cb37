import { describe, expect, it } from 'vitest';
import { withoutTopic } from '../../../src/quiz/text/forms.ts';

describe('withoutTopic', () => {
  it('drops the concept as the subject, singular or plural', () => {
    expect(withoutTopic('Retry needs a limit', ['Retry'], 'en')).toBe('Needs a limit');
    expect(withoutTopic('Microtasks run before timers', ['Microtask'], 'en')).toBe(
      'Runs before timers',
    );
  });

  it('keeps a subject that a participle clause carries on (`Microtasks queued by …`)', () => {
    const point =
      'Microtasks queued by microtasks also run before the next task, so an endless chain of them starves timers';
    expect(withoutTopic(point, ['Microtask'], 'en')).toBe(point);
    expect(withoutTopic('Microtask queued by a promise runs first', ['Microtask'], 'en')).toBe(
      'Microtask queued by a promise runs first',
    );
  });

  it('reads only the first words of a long statement', () => {
    const long = `Microtasks queued by ${'x '.repeat(500_000)}run`;
    expect(withoutTopic(long, ['Microtask'], 'en')).toBe(long);
  });
});
