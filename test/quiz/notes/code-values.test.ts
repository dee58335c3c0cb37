import { describe, expect, it } from 'vitest';
import { scanNotes } from '../../../src/quiz/notes/blocks.ts';
import { codeValues, VALUE_RULES } from '../../../src/quiz/notes/code-values.ts';

const valuesOf = (lines: readonly string[]) => codeValues(scanNotes(lines.join('\n')).code);

describe('code-value: lines of code whose comment gives their value', () => {
  it('reads each rule’s example', () => {
    for (const rule of VALUE_RULES) {
      const [found] = valuesOf(['```js', rule.example, '```']);
      expect(found?.rule, rule.example).toBe(rule.name);
    }
  });

  it('reads the value, the aside after it and the block it sits in', () => {
    const found = valuesOf([
      '```js',
      'parseInt("08")       // 8       （ES5 以降）',
      'Number("")           // 0       ← 空欄が 0 扱いになる罠',
      'typeof null          # → "object"',
      'null.x               // TypeError: Cannot read properties of null',
      '```',
    ]);
    expect(found.map((v) => [v.code, v.value, v.aside])).toEqual([
      ['parseInt("08")', '8', 'ES5 以降'],
      ['Number("")', '0', '空欄が 0 扱いになる罠'],
      ['typeof null', '"object"', null],
      ['null.x', 'TypeError', 'Cannot read properties of null'],
    ]);
    expect(found.every((v) => v.fence === 1 && v.info === 'js')).toBe(true);
  });

  it('reads no line whose comment is no value, and no statement or fragment', () => {
    expect(
      valuesOf([
        '```',
        'const x = 1 + 2  // 3',
        'a = b            # 5',
        '| (buf[3] & 0xFF)  // 240',
        'x                // 5',
        'm.size();        // one entry',
        'new Date(0) + 1  // "Thu Jan 01 1970 ...1"',
        'echo $(( 10#$n ))',
        '```',
        '',
        'Outside code: 1 + 1 // 2',
      ]),
    ).toEqual([]);
  });

  it('asks a line with every line before it where one of them states, else alone', () => {
    const [alone, second] = valuesOf(['```js', '1 + "2"  // "12"', '"3" - 1  // 2', '```']);
    expect(alone?.setup).toEqual([]);
    expect(second?.setup).toEqual([]);
    const [withSetup] = valuesOf([
      '```java',
      'List<Integer> key = new ArrayList<>(List.of(1, 2));',
      'm.put(key, "v");',
      'key.add(3);                 // hashCode changes',
      'm.get(key);                 // null',
      '```',
    ]);
    expect(withSetup?.setup).toEqual([
      'List<Integer> key = new ArrayList<>(List.of(1, 2));',
      'm.put(key, "v");',
      'key.add(3);',
    ]);
  });

  it('asks no line inside a block or a function (whole-structure)', () => {
    expect(
      valuesOf([
        '```js',
        '{',
        '  console.log(typeof a);   // ReferenceError（TDZ）',
        '  let a = 1;',
        '}',
        'function f() {',
        '  return 1 + 1;            // 2',
        '}',
        '```',
      ]),
    ).toEqual([]);
  });

  it('reads a line of a megabyte in one pass', () => {
    const start = performance.now();
    const found = valuesOf(['```', `${'('.repeat(500_000)} // ${'"'.repeat(500_000)}`, '```']);
    expect(found).toEqual([]);
    expect(performance.now() - start).toBeLessThan(2000);
  });
});
