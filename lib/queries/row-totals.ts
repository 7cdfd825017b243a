import "server-only";
import { rowMask, type FacetIndex } from "./facet-index";

/**
 * Totals that add up over projects (counts, sums of whole cents and persons, histograms of
 * scores), laid out in one array. A search matching most projects is summed as every project's
 * totals (worked out once per data version) less those of the projects it leaves out, so no
 * search sums more than half of the index. The figures are whole numbers, so the difference is
 * exact.
 */
export function totalsOverRows(
  index: FacetIndex,
  rows: Int32Array,
  sum: (rows: Int32Array) => Float64Array,
  everything: () => Float64Array,
): Float64Array {
  if (rows.length * 2 <= index.ids.length) return sum(rows);
  const mask = rowMask(index, rows);
  const leftOut = new Int32Array(mask.length - rows.length);
  for (let row = 0, n = 0; row < mask.length; row++) if (mask[row] === 0) leftOut[n++] = row;
  const left = sum(leftOut);
  return everything().map((value, i) => value - left[i]!);
}

/** Every row of the index, in order. */
export const allRows = (index: FacetIndex): Int32Array => Int32Array.from(index.ids, (_, row) => row);

/** A value memoised per key: what is built once per index for each layout asked of it. */
export function perKey<T>(build: (key: string) => T): (key: string) => T {
  const built = new Map<string, T>();
  return (key) => {
    if (!built.has(key)) built.set(key, build(key));
    return built.get(key)!;
  };
}
