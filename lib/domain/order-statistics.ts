/**
 * Order statistics without sorting: the k-th smallest of a sample in linear expected time
 * (Hoare's selection, median-of-three pivots), so quartiles of 76,000 values cost one partial
 * pass instead of a sort. Pure; rearranges the array it is given.
 */

/**
 * Puts the k-th smallest value of `values[left..right]` at index k, smaller or equal values
 * before it and greater or equal ones after it, and returns it. NaN must not be in the range.
 */
export function selectInPlace(values: Float64Array, k: number, left = 0, right = values.length - 1): number {
  while (right > left) {
    const mid = (left + right) >>> 1;
    // Median of three: sorted samples and runs of equal values stay linear.
    if (values[mid]! < values[left]!) swap(values, mid, left);
    if (values[right]! < values[left]!) swap(values, right, left);
    if (values[right]! < values[mid]!) swap(values, right, mid);
    const pivot = values[mid]!;
    let i = left;
    let j = right;
    while (i <= j) {
      while (values[i]! < pivot) i++;
      while (values[j]! > pivot) j--;
      if (i <= j) swap(values, i++, j--);
    }
    // values[left..j] <= pivot, values[i..right] >= pivot, anything between equals the pivot.
    if (k <= j) right = j;
    else if (k >= i) left = i;
    else break;
  }
  return values[k]!;
}

function swap(values: Float64Array, a: number, b: number) {
  const kept = values[a]!;
  values[a] = values[b]!;
  values[b] = kept;
}

/**
 * The rank-th smallest of `values` for ranks asked in ascending order, repeats allowed (as
 * quantiles ask them): each selection only rearranges what lies above the previous rank.
 */
export function ascendingRanks(values: Float64Array): (rank: number) => number {
  const selected = new Map<number, number>();
  let from = 0;
  return (rank) => {
    const known = selected.get(rank);
    if (known !== undefined) return known;
    if (rank < from) throw new Error(`ranks must be asked in ascending order (${rank} after ${from - 1})`);
    const value = selectInPlace(values, rank, from, values.length - 1);
    selected.set(rank, value);
    from = rank + 1;
    return value;
  };
}
