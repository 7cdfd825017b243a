import "server-only";
import { FACET_KEYS, type FacetKey } from "../search/filters";
import type { FacetIndex } from "./facet-index";
import { allBits, bitsOfRows, emptyBits, intersect, rowsOfBits, unite, type RowBits } from "./row-bits";

/**
 * The facet filters answered with posting bitsets: per facet value, the rows that carry it (built
 * from the index's rows × codes on first use of a facet, kept as long as the index). A filter is
 * the union of its chosen values' bitsets and filters intersect, so which projects pass is a few
 * thousand word operations; counting then visits only the projects that fail at most one filter.
 */

const postings = new WeakMap<FacetIndex, Partial<Record<FacetKey, RowBits[]>>>();

function valueBits(index: FacetIndex, facet: FacetKey): RowBits[] {
  let byFacet = postings.get(index);
  if (!byFacet) postings.set(index, (byFacet = {}));
  const built = byFacet[facet];
  if (built) return built;
  const { values, offsets, codes } = index.facets[facet];
  const bits = values.map(() => emptyBits(index.ids.length));
  for (let row = 0; row < index.ids.length; row++)
    for (let i = offsets[row]!; i < offsets[row + 1]!; i++) bits[codes[i]!]![row >>> 5]! |= 1 << (row & 31);
  return (byFacet[facet] = bits);
}

type Selected = Partial<Record<FacetKey, readonly string[]>>;

/** Per chosen facet, the rows passing its filter (a value the index does not know passes none). */
function facetFilters(index: FacetIndex, selected: Selected): { facet: FacetKey; rows: RowBits }[] {
  return FACET_KEYS.flatMap((facet) => {
    const values = selected[facet] ?? [];
    if (values.length === 0) return [];
    const column = index.facets[facet];
    const chosen = values.flatMap((value) => column.codeOf.get(value) ?? []);
    const bits = valueBits(index, facet);
    // One value (the usual case) is its own bitset, shared: whoever intersects copies first.
    if (chosen.length === 1) return [{ facet, rows: bits[chosen[0]!]! }];
    const rows = emptyBits(index.ids.length);
    for (const code of chosen) unite(rows, bits[code]!);
    return [{ facet, rows }];
  });
}

/** The rows in `text` (null: all) passing every filter but the one at `skip` (-1: none skipped). */
function passing(
  index: FacetIndex,
  filters: { rows: RowBits }[],
  text: RowBits | null,
  skip: number,
): RowBits {
  let rows: RowBits | null = text ? text.slice() : null;
  for (let at = 0; at < filters.length; at++) {
    if (at !== skip) rows = rows ? intersect(rows, filters[at]!.rows) : filters[at]!.rows.slice();
  }
  return rows ?? allBits(index.ids.length);
}

/** The rows among `rows` (null: all) that pass every facet filter (the first `limit` of them). */
export function matchingRows(
  index: FacetIndex,
  selected: Selected,
  rows: Int32Array | null,
  limit = Infinity,
): Int32Array {
  const filters = facetFilters(index, selected);
  // Every search asks, most with no facet chosen: then every row passes.
  if (filters.length === 0) {
    const kept = new Int32Array(Math.min(rows ? rows.length : index.ids.length, limit));
    if (rows) kept.set(rows.subarray(0, kept.length));
    else for (let row = 0; row < kept.length; row++) kept[row] = row;
    return kept;
  }
  const text = rows ? bitsOfRows(rows, index.ids.length) : null;
  return rowsOfBits(passing(index, filters, text, -1), limit);
}

export interface IndexCounts {
  /** Per facet, each value's count among the projects matching every other filter. */
  facets: Record<FacetKey, { value: string; label: string; count: number }[]>;
  count: number;
  plannedCents: number;
  realisedCents: number;
  /** Planned and realised over the projects that give both (for the absorption rate). */
  bothPlannedCents: number;
  bothRealisedCents: number;
}

/** Counts per value code of each facet, and the totals [count, planned, realised, both planned, both realised]. */
interface Tally {
  codes: Float64Array[];
  totals: Float64Array;
}

function emptyTally(index: FacetIndex): Tally {
  return {
    codes: FACET_KEYS.map((facet) => new Float64Array(index.facets[facet].values.length)),
    totals: new Float64Array(5),
  };
}

/** Adds the rows' value codes of the facets at `facets` (positions in FACET_KEYS) to the tally. */
function tallyCodes(index: FacetIndex, rows: Int32Array, facets: number[], tally: Tally) {
  // One facet at a time over the rows: a tight loop over two arrays (9 → 6.5 ms for 99,000 rows).
  for (const f of facets) {
    const { offsets, codes } = index.facets[FACET_KEYS[f]!];
    const count = tally.codes[f]!;
    for (let n = 0; n < rows.length; n++) {
      const row = rows[n]!;
      for (let i = offsets[row]!; i < offsets[row + 1]!; i++) count[codes[i]!]!++;
    }
  }
}

function tallyTotals(index: FacetIndex, rows: Int32Array, tally: Tally) {
  const totals = tally.totals;
  for (let n = 0; n < rows.length; n++) {
    const planned = index.plannedCents[rows[n]!]!;
    const realised = index.realisedCents[rows[n]!]!;
    totals[0]!++;
    if (planned === planned) totals[1]! += planned;
    if (realised === realised) totals[2]! += realised;
    if (planned === planned && realised === realised) {
      totals[3]! += planned;
      totals[4]! += realised;
    }
  }
}

const EVERY_FACET = FACET_KEYS.map((_, f) => f);
const everyRow = new WeakMap<FacetIndex, Tally>();

/** The tally of every project: once per index. */
function everyRowTally(index: FacetIndex): Tally {
  let tally = everyRow.get(index);
  if (!tally) {
    tally = emptyTally(index);
    const rows = rowsOfBits(allBits(index.ids.length));
    tallyCodes(index, rows, EVERY_FACET, tally);
    tallyTotals(index, rows, tally);
    everyRow.set(index, tally);
  }
  return tally;
}

/** The tally of `rows` (every facet): of their complement, taken from every project's, when they are most. */
function tallyEverywhere(index: FacetIndex, rows: Int32Array): Tally {
  const tally = emptyTally(index);
  const rowCount = index.ids.length;
  if (rows.length * 2 <= rowCount) {
    tallyCodes(index, rows, EVERY_FACET, tally);
    tallyTotals(index, rows, tally);
    return tally;
  }
  // The counts and sums are whole numbers (cents), so every project's less the rest is exact.
  const left = bitsOfRows(rows, rowCount);
  const all = allBits(rowCount);
  for (let w = 0; w < left.length; w++) left[w] = ~left[w]! & all[w]!;
  const leftOut = rowsOfBits(left);
  tallyCodes(index, leftOut, EVERY_FACET, tally);
  tallyTotals(index, leftOut, tally);
  const every = everyRowTally(index);
  tally.codes.forEach((count, f) => count.forEach((n, code) => (count[code] = every.codes[f]![code]! - n)));
  tally.totals.forEach((n, i) => (tally.totals[i] = every.totals[i]! - n));
  return tally;
}

/**
 * Facet counts and totals of `rows` (the projects matching the search's other filters; null:
 * every project). A facet's counts leave its own filter out: they are over the projects passing
 * every other filter. The others' counts and the totals are over those passing them all.
 */
export function countFacetsWithIndex(
  index: FacetIndex,
  selected: Selected,
  rows: Int32Array | null,
): IndexCounts {
  const filters = facetFilters(index, selected);
  let tally: Tally;
  if (filters.length === 0) tally = rows ? tallyEverywhere(index, rows) : everyRowTally(index);
  else {
    tally = emptyTally(index);
    const text = rows ? bitsOfRows(rows, index.ids.length) : null;
    filters.forEach((filter, at) =>
      tallyCodes(
        index,
        rowsOfBits(passing(index, filters, text, at)),
        [FACET_KEYS.indexOf(filter.facet)],
        tally,
      ),
    );
    const all = rowsOfBits(passing(index, filters, text, -1));
    const unfiltered = EVERY_FACET.filter((f) => !filters.some((filter) => filter.facet === FACET_KEYS[f]));
    tallyCodes(index, all, unfiltered, tally);
    tallyTotals(index, all, tally);
  }
  const facets = Object.fromEntries(
    FACET_KEYS.map((facet, f) => {
      const column = index.facets[facet];
      const list = column.values
        .map((value, code) => ({ value, label: column.labels[code]!, count: tally.codes[f]![code]! }))
        .filter((entry) => entry.count > 0);
      return [facet, list];
    }),
  ) as IndexCounts["facets"];
  const [count, plannedCents, realisedCents, bothPlannedCents, bothRealisedCents] = tally.totals;
  return {
    facets,
    count: count!,
    plannedCents: plannedCents!,
    realisedCents: realisedCents!,
    bothPlannedCents: bothPlannedCents!,
    bothRealisedCents: bothRealisedCents!,
  };
}
