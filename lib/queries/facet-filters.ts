import "server-only";
import { FACET_KEYS, type FacetKey } from "../search/filters";
import type { FacetIndex } from "./facet-index";
import { allRows, totalsOverRows } from "./row-totals";
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
export type RowSums = Omit<IndexCounts, "facets">;

/**
 * A tally in one array (row-totals.ts adds and subtracts those): the five totals (count, planned,
 * realised, planned and realised of the projects giving both), then each facet's count per value.
 */
type Tally = Float64Array;
const TOTALS = 5;
const EVERY_FACET = FACET_KEYS.map((_, f) => f);
/** Where each facet's counts start in a tally of the index; the last entry is its length. */
const starts = new WeakMap<FacetIndex, number[]>();

function startsOf(index: FacetIndex): number[] {
  let found = starts.get(index);
  if (!found) {
    found = [TOTALS];
    for (const facet of FACET_KEYS) found.push(found.at(-1)! + index.facets[facet].values.length);
    starts.set(index, found);
  }
  return found;
}

/**
 * Adds the rows to `tally`: their value codes of the facets at `facets` (positions in
 * FACET_KEYS) and, unless `totals` is false, their totals.
 */
function tallyRows(
  index: FacetIndex,
  rows: Int32Array,
  facets: readonly number[],
  tally: Tally,
  totals = true,
): Tally {
  // One facet at a time over the rows: a tight loop over two arrays (9 → 6.5 ms for 99,000 rows).
  for (const f of facets) {
    const { offsets, codes } = index.facets[FACET_KEYS[f]!];
    const start = startsOf(index)[f]!;
    for (let n = 0; n < rows.length; n++) {
      const row = rows[n]!;
      for (let i = offsets[row]!; i < offsets[row + 1]!; i++) tally[start + codes[i]!]!++;
    }
  }
  for (let n = 0; totals && n < rows.length; n++) {
    const planned = index.plannedCents[rows[n]!]!;
    const realised = index.realisedCents[rows[n]!]!;
    tally[0]!++;
    if (planned === planned) tally[1]! += planned;
    if (realised === realised) tally[2]! += realised;
    if (planned === planned && realised === realised) {
      tally[3]! += planned;
      tally[4]! += realised;
    }
  }
  return tally;
}

/** A tally's length: the totals alone, or with every facet's counts. */
const tallyLength = (index: FacetIndex, facets: readonly number[]) =>
  facets.length === 0 ? TOTALS : startsOf(index).at(-1)!;

/** The tally of every project in every facet: once per index. */
const everyRow = new WeakMap<FacetIndex, Tally>();
function everyRowTally(index: FacetIndex): Tally {
  let tally = everyRow.get(index);
  if (!tally)
    everyRow.set(
      index,
      (tally = tallyRows(
        index,
        allRows(index),
        EVERY_FACET,
        new Float64Array(tallyLength(index, EVERY_FACET)),
      )),
    );
  return tally;
}

/** The tally of `rows` (distinct), in `facets` or in totals only: of their complement when they are most. */
function tallyOf(index: FacetIndex, rows: Int32Array, facets: readonly number[]): Tally {
  return totalsOverRows(
    index,
    rows,
    (part) => tallyRows(index, part, facets, new Float64Array(tallyLength(index, facets))),
    () => everyRowTally(index).subarray(0, tallyLength(index, facets)),
  );
}

const sumsOf = (tally: Tally): RowSums => ({
  count: tally[0]!,
  plannedCents: tally[1]!,
  realisedCents: tally[2]!,
  bothPlannedCents: tally[3]!,
  bothRealisedCents: tally[4]!,
});

/** The totals of `rows` (the projects matching a search), without counting facets. */
export const sumRows = (index: FacetIndex, rows: Int32Array): RowSums => sumsOf(tallyOf(index, rows, []));

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
  if (filters.length === 0) tally = rows ? tallyOf(index, rows, EVERY_FACET) : everyRowTally(index);
  else {
    const text = rows ? bitsOfRows(rows, index.ids.length) : null;
    const filtered = filters.map((filter) => FACET_KEYS.indexOf(filter.facet));
    // Totals and the unfiltered facets over the projects passing every filter …
    tally = tallyRows(
      index,
      rowsOfBits(passing(index, filters, text, -1)),
      EVERY_FACET.filter((f) => !filtered.includes(f)),
      new Float64Array(tallyLength(index, EVERY_FACET)),
    );
    // … and each filtered facet over those passing the others.
    filters.forEach((_, at) =>
      tallyRows(index, rowsOfBits(passing(index, filters, text, at)), [filtered[at]!], tally, false),
    );
  }
  const start = startsOf(index);
  const facets = Object.fromEntries(
    FACET_KEYS.map((facet, f) => {
      const column = index.facets[facet];
      const list = column.values
        .map((value, code) => ({ value, label: column.labels[code]!, count: tally[start[f]! + code]! }))
        .filter((entry) => entry.count > 0);
      return [facet, list];
    }),
  ) as IndexCounts["facets"];
  return { facets, ...sumsOf(tally) };
}
