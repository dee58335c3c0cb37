/**
 * Which column of each comparison matrix is a concept's property (`安全` of 安全なメソッド, a
 * column linked to the concept): the columns are indexed once by the concept they link and by
 * their labels' keys, so that a concept's columns are looked up rather than every column of every
 * matrix read for every concept (notes with thousands of concepts and hundreds of tables). Pure.
 */
import type { TableAttribute, TableMatrix } from '../facts/table-facts.ts';
import { matchKey } from '../text/normalize.ts';
import type { Concept } from '../types.ts';

/** Shortest column label read as a concept's property (`安全` of 安全なメソッド). */
const MIN_PROPERTY_LABEL = 2;

/**
 * True when a column is the concept's property: linked to it, or its label opens the concept's
 * name (`安全` → 安全なメソッド, `冪等` → 冪等性) or the name opens the label.
 */
export function namesColumn(concept: Concept, column: TableAttribute): boolean {
  if (column.concept) return column.concept.id === concept.id;
  const label = matchKey(column.label);
  const name = matchKey(concept.name);
  if ([...label].length < MIN_PROPERTY_LABEL || [...name].length < MIN_PROPERTY_LABEL) return false;
  return name.startsWith(label) || label.startsWith(name);
}

/** A column: the matrix's position in the list and the column's in the matrix. */
interface Place {
  matrix: number;
  column: number;
}

/** The property columns of matrices, looked up by concept. */
export interface PropertyColumnIndex {
  /**
   * By matrix position (ascending), the first column of the matrix that is the concept's
   * property ({@link namesColumn}); matrices with none left out.
   */
  columnsOf(concept: Concept): Map<number, number>;
}

/** Indexes the columns of `matrices` (one pass over their columns). */
export function propertyColumnIndex(matrices: readonly TableMatrix[]): PropertyColumnIndex {
  const linked = new Map<string, Place[]>();
  const byLabel = new Map<string, Place[]>();
  matrices.forEach((m, matrix) => {
    m.attributes.forEach((attribute, column) => {
      const place = { matrix, column };
      if (attribute.concept) {
        push(linked, attribute.concept.id, place);
        return;
      }
      const label = matchKey(attribute.label);
      if ([...label].length >= MIN_PROPERTY_LABEL) push(byLabel, label, place);
    });
  });
  // Label keys in code-unit order: the labels a name opens are one run of them.
  const labels = [...byLabel.keys()].sort();
  return {
    columnsOf(concept) {
      const places = [...(linked.get(concept.id) ?? [])];
      const name = matchKey(concept.name);
      if ([...name].length >= MIN_PROPERTY_LABEL) {
        // Labels that open the name: its prefixes.
        for (let end = 1; end <= name.length; end++)
          places.push(...(byLabel.get(name.slice(0, end)) ?? []));
        // Labels the name opens: from the first label not below it, while they start with it.
        for (let at = lowerBound(labels, name); at < labels.length; at++) {
          const label = labels[at] as string;
          if (!label.startsWith(name)) break;
          if (label !== name) places.push(...(byLabel.get(label) ?? []));
        }
      }
      const first = new Map<number, number>();
      for (const { matrix, column } of places) {
        const known = first.get(matrix);
        if (known === undefined || column < known) first.set(matrix, column);
      }
      return new Map([...first].sort((a, b) => a[0] - b[0]));
    },
  };
}

function push<K, V>(map: Map<K, V[]>, key: K, value: V): void {
  const list = map.get(key);
  if (list) list.push(value);
  else map.set(key, [value]);
}

/** The first position of `sorted` whose text is not below `text`. */
function lowerBound(sorted: readonly string[], text: string): number {
  let low = 0;
  let high = sorted.length;
  while (low < high) {
    const mid = (low + high) >> 1;
    if ((sorted[mid] as string) < text) low = mid + 1;
    else high = mid;
  }
  return low;
}
