/** rare-shared-word: a key and a wrong option on one rare point of the notes. */
import { describe, expect, it } from 'vitest';
import { generationContext } from '../../../src/quiz/generate/context.ts';
import type { Draft, DraftChoice } from '../../../src/quiz/generate/draft.ts';
import { rareSharedWord } from '../../../src/quiz/generate/rare-shared-word.ts';
import { parseNotes } from '../../../src/quiz/notes/parse-notes.ts';
import { inline } from '../notes-helpers.ts';

const ctx = generationContext(
  parseNotes(
    inline([
      '# Real-time transports',
      '',
      '| Concept | Correct understanding | Common misconceptions |',
      '|---|---|---|',
      '| Server-Sent Events | One-way text stream over HTTP | Needs a special server ×, binary frames × |',
      '| WebSocket | Full-duplex frames over one TCP connection | Works through every proxy × |',
      '',
      '### Server-Sent Events',
      '',
      '- Automatic reconnection is built in: the browser sends Last-Event-ID',
      '- × You must implement reconnection yourself',
      '- Text only; the browser keeps one HTTP connection per stream',
      '- The browser limits HTTP/1.1 connections to six per origin',
      '- A proxy may buffer the stream; the browser then sees nothing',
      '- The browser parses `data:` lines',
      '- The browser exposes it as EventSource',
      '- The browser closes the stream on a 204 response',
    ]),
  ),
);

const choice = (text: string, correct: boolean): DraftChoice => ({
  text,
  correct,
  truth: !correct,
  why: null,
  keys: [text],
});

const draft = (kind: Draft['kind'], key: string, wrongs: string[]): Draft => ({
  template: kind,
  conceptId: 'x',
  conceptName: 'Server-Sent Events',
  kind,
  asksFor: kind === 'misconception-about' ? 'misconception' : 'correct',
  optionKind: 'statement',
  prompt: 'Which of these is a misconception about “Server-Sent Events”?',
  choices: [choice(key, true), ...wrongs.map((w) => choice(w, false))],
  section: null,
  language: 'en',
  why: null,
  notes: [],
  source: { file: 'x.en.md', line: 1, section: null },
  asks: [],
  quality: 1,
});

describe('rareSharedWord', () => {
  it('finds the rare word a key shares with a wrong option', () => {
    const d = draft('misconception-about', 'You must implement reconnection yourself', [
      'Automatic reconnection is built in',
      'Text only',
    ]);
    expect(rareSharedWord(ctx, d)).toBe('reconnection');
  });

  it('passes a word the notes say on many lines, a word of the name, and a word every option says', () => {
    // `browser` stands on seven lines: the notes' topic, not one point.
    const common = draft('misconception-about', 'The browser must poll for events', [
      'The browser keeps one connection per stream',
      'Text only',
    ]);
    expect(rareSharedWord(ctx, common)).toBeNull();
    const named = draft('misconception-about', 'Server-Sent Events need a special server', [
      'Server-Sent Events are text only',
      'One-way stream',
    ]);
    expect(rareSharedWord(ctx, named)).toBeNull();
    const frame = draft('correct-about', 'Proxies buffer the stream', [
      'The stream carries binary frames',
      'The stream needs WebSocket',
    ]);
    expect(rareSharedWord(ctx, frame)).toBeNull();
  });

  it('reads only questions of statements', () => {
    const names = { ...draft('correct-about', 'reconnection', ['reconnection rules']) };
    expect(rareSharedWord(ctx, { ...names, kind: 'which-concept' })).toBeNull();
  });
});
