import { describe, expect, it } from 'vitest';
import { formatReply, renderMentions } from '../../../src/adapters/console/console-format.ts';
import { splitWords } from '../../../src/adapters/console/console-input.ts';
import type { Reply } from '../../../src/bot/types.ts';

const question: Reply = {
  visibility: 'channel',
  title: 'Q',
  text: 'Which?\n\n1. alpha\n2. beta',
  buttons: [
    { actionId: 'answer', label: '1. alpha', value: '1:0' },
    { actionId: 'answer', label: '2. beta', value: '1:1' },
  ],
  fields: [
    { label: 'Answered', value: '3' },
    { label: 'Top', value: 'a\nb' },
  ],
  footer: 'ID x',
};

describe('console format', () => {
  it('puts the number to type in front of each option instead of repeating the options as buttons', () => {
    const text = formatReply(question, [5, 6], { color: false });
    expect(text).toContain('[5] alpha\n[6] beta');
    expect(text).not.toContain('[5] 1. alpha');
    expect(text.match(/alpha/g)).toHaveLength(1);
  });

  it('shows disabled options without a number, and keeps their marks', () => {
    const closed: Reply = {
      ...question,
      text: 'Which?\n\n1. alpha ✅\n2. beta',
      buttons: question.buttons!.map((b) => ({ ...b, disabled: true })),
    };
    const text = formatReply(closed, [null, null], { color: false });
    expect(text).toContain('    1. alpha ✅');
    expect(text).not.toMatch(/\[\d\]/);
  });

  it('writes one-line fields on one line and multi-line fields indented', () => {
    const text = formatReply(question, [1, 2], { color: false });
    expect(text).toContain('Answered: 3');
    expect(text).toContain('Top:\n  a\n  b');
  });

  it('uses colour only when asked', () => {
    expect(formatReply(question, [1, 2], { color: false })).not.toContain('\x1b[');
    expect(formatReply(question, [1, 2], { color: true })).toContain('\x1b[');
  });

  it('renders mentions and reads command words', () => {
    expect(renderMentions('hi <@bob> and <@U1|carol>')).toBe('hi @bob and @U1');
    expect(splitWords('stats @bob "Winter Cup" x')).toEqual(['stats', '<@bob>', 'Winter Cup', 'x']);
  });
});
