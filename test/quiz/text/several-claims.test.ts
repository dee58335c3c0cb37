/** Options that say several things at once (text/several-claims.ts). */
import { describe, expect, it } from 'vitest';
import { SEVERAL_CLAIMS_RULES, severalClaims } from '../../../src/quiz/text/several-claims.ts';

describe('severalClaims', () => {
  it('finds each rule on its own example', () => {
    for (const rule of SEVERAL_CLAIMS_RULES) expect(severalClaims(rule.example)).toBe(rule.name);
  });

  it('reads sentences run together, in either language', () => {
    expect(severalClaims('試験で決めた約束上の境界。IP = wL − wP')).toBe('sentences-run-together');
    expect(severalClaims('Distances become −∞; arbitrage via −log(rate)')).toBe(
      'sentences-run-together',
    );
    expect(severalClaims('Rest is ~5 L/min. In an athlete it can reach 30 L/min')).toBe(
      'english-sentences',
    );
  });

  it('leaves one claim alone: a final stop, a stop inside brackets, an abbreviation', () => {
    expect(severalClaims('小児は調節が強いので、調節麻痺薬を点眼してから屈折を測る。')).toBeNull();
    expect(severalClaims('属性はNumber型（ミリ秒で入れると消えない。実際やった）')).toBeNull();
    expect(severalClaims('Rust is often compared vs. Go for services')).toBeNull();
    expect(severalClaims('Use the U.S. Treasury yield as the risk-free rate')).toBeNull();
    expect(severalClaims('A pod’s token is rotated by the kubelet')).toBeNull();
  });

  it('reads a label and its note, not a time or an address', () => {
    expect(severalClaims('原動力は2つ：地球内部の熱と水の循環')).toBe('label-and-note');
    expect(
      severalClaims('Purpose per the docs: synchronize a component with an external system'),
    ).toBe('label-and-note');
    expect(severalClaims('The job starts at 10:30 every day')).toBeNull();
    expect(severalClaims('https://example.com serves the manifest')).toBeNull();
  });

  it('reads no label in code or a header before a colon', () => {
    for (const code of [
      'flex: 1 always gives equal widths',
      'myapp:1.4.2 の 1.4.2 の部分である',
      'mem::forget is unsafe',
      'b = a[:] gives a fully independent copy',
      "mode: 'no-cors' にすれば CORS エラーを回避できる",
      'Access-Control-Allow-Origin: * works for requests with cookies',
    ])
      expect(severalClaims(code)).toBeNull();
  });

  it('reads a 1 MB line in linear time', () => {
    const long = `${'a. '.repeat(200_000)}${'（'.repeat(100_000)}${':'.repeat(100_000)}`;
    const started = performance.now();
    severalClaims(long);
    severalClaims('x'.repeat(1_000_000));
    expect(performance.now() - started).toBeLessThan(5_000);
  });
});
