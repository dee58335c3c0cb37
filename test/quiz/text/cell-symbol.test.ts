/** The symbol a summary cell opens on (`Bi = …`): what a stem that writes it names. */
import { describe, expect, it } from 'vitest';
import { CELL_SYMBOL_RULES, cellSymbol, writesSymbol } from '../../../src/quiz/text/cell-symbol.ts';

describe('cellSymbol', () => {
  it('names every rule with an example', () => {
    for (const rule of CELL_SYMBOL_RULES) {
      expect(rule.name).toMatch(/^[a-z-]+$/);
      expect(rule.example.length).toBeGreaterThan(5);
    }
  });

  it('cell-opens-on-symbol: notation before = or ≈', () => {
    expect(cellSymbol('Bi = hL_c/k_固体。物体内部と表面の熱抵抗の比')).toBe('Bi');
    expect(cellSymbol('α = k/(ρc_p)。温度変化がどれだけ速く伝わるか')).toBe('α');
    expect(cellSymbol('Z[i] = 位置iから始まり先頭と一致する最長長さ')).toBe('Z[i]');
    expect(cellSymbol('Δv = vₑ · ln(m₀ / m_f)')).toBe('Δv');
    expect(cellSymbol('T/W = thrust / weight')).toBe('T/W');
    expect(cellSymbol('MAP = CO × SVR (+ CVP)')).toBe('MAP');
  });

  it('word-is-no-symbol, value-is-no-definition, one-latin-letter-is-anything', () => {
    expect(cellSymbol('Internal = rounding waste, external = free memory')).toBeNull();
    expect(cellSymbol('State = what the rest of the solution needs to know')).toBeNull();
    expect(cellSymbol('n=1用。σは移動範囲から推定')).toBeNull();
    expect(cellSymbol('n = lift / weight')).toBeNull();
    expect(cellSymbol('pH を決めるのは比')).toBeNull();
    expect(cellSymbol('熱流束は温度勾配に比例：q = −k·dT/dx')).toBeNull();
  });

  it('reads a long cell in its opening only', () => {
    const long = `${'a'.repeat(1_000_000)} = b`;
    const started = performance.now();
    expect(cellSymbol(long)).toBeNull();
    expect(performance.now() - started).toBeLessThan(1_000);
  });
});

describe('writesSymbol', () => {
  it('finds the symbol as a whole word only', () => {
    expect(writesSymbol('Bi < 0.1 なら内部温度を一様とみなせる', 'Bi')).toBe(true);
    expect(writesSymbol('Binary heaps are trees', 'Bi')).toBe(false);
    expect(writesSymbol('拡散の時間スケールはおよそ t ≈ L²/α', 'α')).toBe(true);
  });
});
