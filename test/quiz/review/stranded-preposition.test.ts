/** A preposition a relative clause leaves at its end is no sentence cut short. */
import { describe, expect, it } from 'vitest';
import { danglingEnd, strandedPreposition } from '../../../src/quiz/review/text-rules.ts';

describe('stranded-preposition', () => {
  it('lets a relative clause end on its preposition (a subject and a verb before it)', () => {
    expect(danglingEnd('[project] dependencies declares ranges the project works with')).toBe(null);
    expect(danglingEnd('Lists the servers they connect to')).toBe(null);
    expect(danglingEnd('Keeps the ids the client asked for')).toBe(null);
    expect(strandedPreposition(['ranges', 'the', 'project', 'works', 'with'])).toBe(true);
    // passive-preposition: the passive's subject is what `with` is about.
    expect(danglingEnd("If it decrypts without error, it wasn't tampered with")).toBe(null);
    expect(danglingEnd('The licence is paid for')).toBe(null);
    expect(danglingEnd('The key is encrypted with')).toBe('with');
  });

  it('still finds a sentence cut short after a verb, an article or an object', () => {
    expect(danglingEnd("The certificate's public key is used to encrypt the")).toBe('the');
    expect(danglingEnd('The client sends requests to')).toBe('to');
    expect(danglingEnd('It is encrypted with')).toBe('with');
    expect(danglingEnd('The server proves its')).toBe('its');
    // No subject before the verb: the object of a verb, not a relative clause.
    expect(danglingEnd('Sends the data to')).toBe('to');
    expect(danglingEnd('Routes it to')).toBe('to');
    // A clause cut before what it leads to (reading 30).
    expect(danglingEnd('Radiogenic daughter accumulated: D* = P (e^(λt) − 1), so')).toBe('so');
    expect(danglingEnd('The write is retried because')).toBe('because');
  });

  it('reads a capital A after other words as a name, not the article (letter-name)', () => {
    expect(danglingEnd("Type B is a guess, so it's less valid than Type A")).toBe(null);
    expect(danglingEnd('Deficiency of vitamin A.')).toBe(null);
    expect(danglingEnd('Carrots are rich in a')).toBe('a');
    expect(danglingEnd('The error is always reported by a')).toBe('a');
  });

  it('reads only the end of a line of 1 MB', () => {
    expect(danglingEnd(`${'word '.repeat(200_000)}the project works with`)).toBe(null);
    expect(danglingEnd(`${'with '.repeat(200_000)}sends data to`)).toBe('to');
  });

  it('a Japanese text cut before its noun (`…という`, reading 48)', () => {
    expect(danglingEnd('「観測変数の背後に少数の潜在因子がある」という')).toBe('という');
    expect(danglingEnd('監視やログといった')).toBe('といった');
    expect(danglingEnd('東京という都市')).toBe(null);
  });

  it('a Japanese sentence may end on the noun もの or こと (noun-end)', () => {
    expect(danglingEnd('孤児とゾンビは同じもの')).toBe(null);
    expect(danglingEnd('ポアソン到着とは等間隔に到着すること。')).toBe(null);
    // The particle is still cut short, also right after such a noun.
    expect(danglingEnd('同じものの')).toBe('の');
    expect(danglingEnd('到着することと')).toBe('と');
    expect(danglingEnd('ゾンビの')).toBe('の');
  });
});
