/**
 * Where each concept is a row and where a column of a document's comparison matrices, read in
 * one pass over the matrices' rows and columns: asking it of each concept by scanning every
 * matrix grew with the product of concepts and tables. Pure.
 */
import type { TableMatrix } from '../facts/table-facts.ts';

/** Where a concept is a row and where a column of the matrices, by matrix index (the first of each). */
export interface Places {
  entity: ReadonlyMap<number, number>;
  attribute: ReadonlyMap<number, number>;
}

const NOWHERE: Places = { entity: new Map(), attribute: new Map() };

/**
 * The {@link Places} of a concept in `matrices`, from an index built at the first look-up in
 * that list of matrices (a generation context's, so one per document and build).
 */
export function placesIn(matrices: readonly TableMatrix[], id: string): Places {
  let index = indexes.get(matrices);
  if (!index) {
    index = matrixPlaces(matrices);
    indexes.set(matrices, index);
  }
  return index(id);
}

const indexes = new WeakMap<readonly TableMatrix[], (id: string) => Places>();

/** The {@link Places} of every concept linked in `matrices`, by concept id. */
export function matrixPlaces(matrices: readonly TableMatrix[]): (id: string) => Places {
  const byId = new Map<string, { entity: Map<number, number>; attribute: Map<number, number> }>();
  const placesOf = (id: string) => {
    let found = byId.get(id);
    if (!found) {
      found = { entity: new Map(), attribute: new Map() };
      byId.set(id, found);
    }
    return found;
  };
  matrices.forEach((m, i) => {
    m.entities.forEach((t, e) => {
      const found = t.concept ? placesOf(t.concept.id) : undefined;
      if (found && !found.entity.has(i)) found.entity.set(i, e);
    });
    m.attributes.forEach((t, at) => {
      const found = t.concept ? placesOf(t.concept.id) : undefined;
      if (found && !found.attribute.has(i)) found.attribute.set(i, at);
    });
  });
  return (id) => byId.get(id) ?? NOWHERE;
}
