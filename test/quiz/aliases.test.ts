import { describe, expect, it } from 'vitest';
import { aliasesOf, parseAliasFile } from '../../src/quiz/aliases.ts';

describe('the aliases file', () => {
  it('maps a name to its other names, in both directions', () => {
    const { aliases, problems } = parseAliasFile(
      '{ "サーガ": ["SAGA", "Saga pattern"] }',
      'a.json',
    );
    expect(problems).toEqual([]);
    expect(aliasesOf('サーガ', aliases)).toEqual(['SAGA', 'Saga pattern']);
    expect(aliasesOf('saga', aliases)).toEqual(['サーガ', 'Saga pattern']);
    expect(aliasesOf('other', aliases)).toEqual([]);
  });

  it('accepts a single string for one alias', () => {
    expect(parseAliasFile('{ "BFF": "Backend for Frontend" }', 'a.json').aliases).toEqual({
      BFF: ['Backend for Frontend'],
    });
  });

  it('reports broken JSON with its line', () => {
    const { aliases, problems } = parseAliasFile('{\n  "a": ["b"],\n  oops\n}', 'a.json');
    expect(aliases).toEqual({});
    expect(problems).toHaveLength(1);
    expect(problems[0]).toMatchObject({ file: 'a.json', line: 3 });
    expect(problems[0]?.message).toMatch(/not valid JSON/);
  });

  it('reports an entry that is not a list of strings, and keeps the others', () => {
    const { aliases, problems } = parseAliasFile('{\n  "a": ["b"],\n  "c": [1]\n}', 'a.json');
    expect(aliases).toEqual({ a: ['b'] });
    expect(problems).toEqual([
      { file: 'a.json', line: 3, message: 'aliases of "c" must be a list of strings' },
    ]);
  });

  it('reports a file that is not an object', () => {
    expect(parseAliasFile('["a"]', 'a.json').problems[0]?.message).toMatch(/must be a JSON object/);
  });
});
