/**
 * Sets of facet-index rows as dense bitsets (row r is bit r & 31 of word r >>> 5): at 100,000
 * projects a set is 3,125 words, so intersecting facet filters is a few thousand word ANDs where
 * testing every row against every filter was 1–2 ms a search. Dense rather than compressed
 * (Roaring): the sets are a large share of one small universe, and npm's `roaring` is a native
 * build (install scripts do not run here) while roaring-wasm pays a boundary crossing per call.
 */
export type RowBits = Uint32Array;

export const emptyBits = (rowCount: number): RowBits => new Uint32Array((rowCount + 31) >>> 5);

export function bitsOfRows(rows: ArrayLike<number>, rowCount: number): RowBits {
  const bits = emptyBits(rowCount);
  for (let i = 0; i < rows.length; i++) {
    const row = rows[i]!;
    bits[row >>> 5]! |= 1 << (row & 31);
  }
  return bits;
}

/** Every row of `rowCount`. */
export function allBits(rowCount: number): RowBits {
  const bits = emptyBits(rowCount).fill(0xffffffff);
  if (rowCount & 31) bits[bits.length - 1] = (1 << (rowCount & 31)) - 1;
  return bits;
}

/** `into` ∩= `other`; returns `into`. */
export function intersect(into: RowBits, other: RowBits): RowBits {
  for (let w = 0; w < into.length; w++) into[w]! &= other[w]!;
  return into;
}

/** `into` ∪= `other`; returns `into`. */
export function unite(into: RowBits, other: RowBits): RowBits {
  for (let w = 0; w < into.length; w++) into[w]! |= other[w]!;
  return into;
}

/** The rows of a set in ascending order (the first `limit` of them). */
export function rowsOfBits(bits: RowBits, limit = Infinity): Int32Array {
  let size = 0;
  for (let w = 0; w < bits.length; w++) size += popcount(bits[w]!);
  const rows = new Int32Array(Math.min(size, limit));
  let n = 0;
  for (let w = 0; w < bits.length && n < rows.length; w++) {
    let word = bits[w]!;
    while (word !== 0 && n < rows.length) {
      const low = word & -word;
      rows[n++] = (w << 5) | (31 - Math.clz32(low));
      word ^= low;
    }
  }
  return rows;
}

export function popcount(word: number): number {
  word -= (word >>> 1) & 0x55555555;
  word = (word & 0x33333333) + ((word >>> 2) & 0x33333333);
  return (((word + (word >>> 4)) & 0x0f0f0f0f) * 0x01010101) >>> 24;
}
