import { describe, expect, it } from 'vitest';
import type { TableAttribute, TableMatrix } from '../../../src/quiz/facts/table-facts.ts';
import { placesIn } from '../../../src/quiz/generate/matrix-places.ts';
import { namesColumn, propertyColumnIndex } from '../../../src/quiz/generate/property-columns.ts';
import type { Concept } from '../../../src/quiz/types.ts';
import { bareConcept } from '../notes-helpers.ts';

const concept = (name: string): Concept => bareConcept(name, `id-${name}`);

const matrix = (attributes: TableAttribute[], entities: (Concept | null)[] = []): TableMatrix =>
  ({
    attributes,
    entities: entities.map((c, i) => ({ name: c?.name ?? `e${i}`, concept: c })),
  }) as unknown as TableMatrix;

const safe = concept('安全なメソッド');
const idempotent = concept('冪等性');
const get = concept('GET');

describe('propertyColumnIndex', () => {
  const matrices = [
    matrix([
      { label: '安全', concept: null },
      { label: '冪等', concept: null },
    ]),
    matrix([{ label: '速さ', concept: null }]),
    matrix([
      { label: 'x', concept: null },
      { label: 'y', concept: idempotent },
      { label: '冪等性と再送', concept: null },
    ]),
    matrix([{ label: '安全なメソッドの一覧', concept: null }]),
  ];
  const index = propertyColumnIndex(matrices);

  it('gives each matrix the first column that is the concept property, as namesColumn reads it', () => {
    for (const c of [safe, idempotent, get]) {
      const scanned = new Map<number, number>();
      matrices.forEach((m, i) => {
        const at = m.attributes.findIndex((t) => namesColumn(c, t));
        if (at >= 0) scanned.set(i, at);
      });
      expect([...index.columnsOf(c)]).toEqual([...scanned]);
    }
    expect([...index.columnsOf(idempotent)]).toEqual([
      [0, 1],
      [2, 1],
    ]);
    expect([...index.columnsOf(safe)]).toEqual([
      [0, 0],
      [3, 0],
    ]);
  });
});

describe('placesIn', () => {
  it('gives the first row and the first column of a concept in each matrix', () => {
    const matrices = [
      matrix([{ label: 'a', concept: null }], [null, get, get]),
      matrix([{ label: 'GET', concept: get }], [safe]),
      matrix([{ label: 'b', concept: null }], [get]),
    ];
    const places = placesIn(matrices, get.id);
    expect([...places.entity]).toEqual([
      [0, 1],
      [2, 0],
    ]);
    expect([...places.attribute]).toEqual([[1, 0]]);
    expect(placesIn(matrices, 'nobody').entity.size).toBe(0);
  });
});
