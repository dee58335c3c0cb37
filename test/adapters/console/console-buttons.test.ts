/** Button numbers in the terminal: restarted by a new live question, private ones only for their user. */
import { describe, expect, it } from 'vitest';
import { ButtonNumbers } from '../../../src/adapters/console/console-buttons.ts';
import type { Button } from '../../../src/bot/types.ts';

const button = (value: string, disabled = false): Button => ({
  actionId: 'a',
  label: value,
  value,
  disabled,
});

describe('ButtonNumbers', () => {
  it('numbers live buttons, skips disabled ones, and starts again at a new live channel message', () => {
    const numbers = new ButtonNumbers<string>();
    expect(numbers.add('q1', [button('1'), button('2')], null)).toEqual([1, 2]);
    expect(numbers.add('private', [button('x')], 'alice')).toEqual([3]);
    expect(numbers.add('closed', [button('1', true)], null)).toEqual([null]);
    expect(numbers.press(3, 'alice')).toMatchObject({ kind: 'button', message: 'private' });
    expect(numbers.add('q2', [button('3')], null)).toEqual([1]);
    expect(numbers.press(3, 'alice')).toEqual({ kind: 'none' });
  });

  it('lets only its user press a private message’s button', () => {
    const numbers = new ButtonNumbers<string>();
    numbers.add('q', [button('1')], null);
    numbers.add('explain', [button('e')], 'alice');
    expect(numbers.press(2, 'bob')).toEqual({ kind: 'not-yours', ownerId: 'alice' });
    expect(numbers.press(2, 'alice')).toMatchObject({ kind: 'button', message: 'explain' });
    expect(numbers.press(1, 'bob')).toMatchObject({ kind: 'button', message: 'q' });
    expect(numbers.numberFor('a', 'e')).toBe(2);
  });
});
