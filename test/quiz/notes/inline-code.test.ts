/**
 * Code spans keep their content verbatim: their backticks bind before emphasis, strong, links and
 * white space (CommonMark), so `~=1.4.*` keeps its star and `**kwargs` is no bold.
 */
import { describe, expect, it } from 'vitest';
import { boldPhrases, hasStrong, stripInline } from '../../../src/quiz/notes/inline.ts';

describe('code spans in inline markdown', () => {
  it('keep a star that would close emphasis elsewhere on the line', () => {
    expect(
      stripInline(
        'The `~=` specifier: `~=1.4.2` means `>=1.4.2, ==1.4.*`, and `~=1.4` means `>=1.4, ==1.*`.',
      ),
    ).toBe('The ~= specifier: ~=1.4.2 means >=1.4.2, ==1.4.*, and ~=1.4 means >=1.4, ==1.*.');
  });

  it('keep double stars, underscores, brackets and runs of spaces', () => {
    expect(stripInline('`**kwargs` と `__init__` と `[a](b)` と `a  b`')).toBe(
      '**kwargs と __init__ と [a](b) と a  b',
    );
  });

  it('still unwrap the markdown around them', () => {
    expect(stripInline('**Pin** `pkg==1.*` *always*')).toBe('Pin pkg==1.* always');
    expect(stripInline('**`x*`** is bold code')).toBe('x* is bold code');
  });

  it('are not bold phrases', () => {
    expect(boldPhrases('`**kwargs**` is **not** bold')).toEqual(['not']);
    expect(hasStrong('`**kwargs**`')).toBe(false);
  });

  it('drop the private-use character the parser marks held spans with', () => {
    expect(stripInline('a\uE000b `*`')).toBe('ab *');
  });

  it('read a 1 MB line of code spans in one pass', () => {
    const line = '`a*` '.repeat(200_000);
    expect(stripInline(line)).toBe('a* '.repeat(200_000).trim());
  });
});

describe('escaped-punctuation: a backslash before a markup character is the character', () => {
  it('keeps `\\*\\*` as two stars, not a bold marker (reading 19: `xoshiro256\\*\\*`)', () => {
    expect(stripInline('| xoshiro256\\*\\* | 256 bits |')).toBe('| xoshiro256** | 256 bits |');
    expect(stripInline('**xoshiro256\\*\\*** is fast')).toBe('xoshiro256** is fast');
    expect(stripInline('a \\_b\\_ and \\`c\\` and \\\\')).toBe('a _b_ and `c` and \\');
  });

  it('leaves a backslash before anything else, and code spans, as written', () => {
    expect(stripInline('C:\\path and `\\*`')).toBe('C:\\path and \\*');
  });

  it('reads a 1 MB line of escapes in one pass', () => {
    expect(stripInline('\\*'.repeat(500_000))).toBe('*'.repeat(500_000));
  });
});

describe('html tag: only a `<` before a letter, `/` or `!` opens a tag', () => {
  it('keeps comparison signs and removes tags', () => {
    expect(stripInline('要素どうしの**比較（<, >）だけ**を使う')).toBe(
      '要素どうしの比較（<, >）だけを使う',
    );
    expect(stripInline('<kbd>Ctrl</kbd>+C')).toBe('Ctrl+C');
    expect(stripInline('a <!-- note --> b')).toBe('a b');
    expect(stripInline('x < y and y > z')).toBe('x < y and y > z');
  });

  it('formatting-tags-only: keeps a word in angle brackets that is no formatting tag (reading 88)', () => {
    expect(stripInline('Module mode uses a Find<Pkg>.cmake')).toBe(
      'Module mode uses a Find<Pkg>.cmake',
    );
    expect(stripInline('List<String> is invariant')).toBe('List<String> is invariant');
    expect(stripInline('Box<dyn Error> erases the type')).toBe('Box<dyn Error> erases the type');
    expect(stripInline('kill -9 <pid> で止める')).toBe('kill -9 <pid> で止める');
    expect(stripInline('<script> は同期で読む')).toBe('<script> は同期で読む');
    expect(stripInline('H<sub>2</sub>O と x<sup>2</sup>')).toBe('H2O と x2');
    expect(stripInline('<a href="#x">リンク</a>と<span style="color:red">赤</span>')).toBe(
      'リンクと赤',
    );
  });

  it('reads a megabyte of `<` before letters in one pass', () => {
    const text = '<abcdefghij'.repeat(100_000);
    const start = performance.now();
    expect(stripInline(text)).toBe(text);
    expect(performance.now() - start).toBeLessThan(5_000);
  });
});
