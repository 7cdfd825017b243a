import "server-only";
import { sql } from "kysely";
import { getKysely } from "../db";
import { FACET_KEYS, FILTERS, type FacetKey } from "../search/filters";
import { getDataVersionId } from "./data-version-cache";

/**
 * Facet counting at search-engine speed: an in-process index of which projects carry which facet
 * value, built once per data version from the filter registry's own groupings (so a facet means
 * exactly what its SQL grouping means), then answered in typed arrays and bitsets
 * (facet-filters.ts) instead of a GROUP BY per facet over the rows and their place links.
 * ARCHITECTURE.md ("Speed") has the measurements behind the choice.
 */

/** One facet: its values (code → value, label) and each project's value codes (CSR: rows × codes). */
interface FacetColumn {
  values: string[];
  labels: string[];
  codeOf: Map<string, number>;
  offsets: Int32Array;
  codes: Int32Array;
}

export interface FacetIndex {
  /** Project ids in row order (ascending), and each id's row. */
  ids: Int32Array;
  /** Each project id's row (-1: none); see rowFor. */
  rowOf: Int32Array;
  /** Planned and realised public funding in cents (NaN when not given): sums exact to the cent. */
  plannedCents: Float64Array;
  realisedCents: Float64Array;
  grantedCents: Float64Array;
  realisedEuCents: Float64Array;
  /** Planned participants (NaN when not given) and the planned start year (NaN: none). */
  personsPlanned: Float64Array;
  startYear: Float64Array;
  facets: Record<FacetKey, FacetColumn>;
}

type Grouped = { value: string | null; label: string | null; ids: number[] };

/** A project id's row, or -1 for an id the index does not know (written after it was built). */
export function rowFor(rowOf: Int32Array, id: number): number {
  return id < rowOf.length ? rowOf[id]! : -1;
}

async function buildFacetColumn(facet: FacetKey, rowOf: Int32Array, rowCount: number): Promise<FacetColumn> {
  const { value, label, from } = FILTERS[facet].grouping;
  // One entry per value, as the filter matches values: an axis number both programme periods use
  // (2007–2013 and 2014–2020 each have an axis 2) is one checkbox naming both axes, not two that
  // each selected both while counting one.
  const { rows } = await sql<Grouped>`SELECT ${value} AS value,
      string_agg(DISTINCT ${label}, ' / ' ORDER BY ${label}) AS label, array_agg(p.id) AS ids
    FROM project p ${from} GROUP BY 1`.execute(getKysely());
  const kept = rows.filter((row): row is Grouped & { value: string } => row.value !== null);
  const perRow = new Int32Array(rowCount + 1);
  for (const row of kept)
    for (const id of row.ids) {
      const at = rowFor(rowOf, id);
      if (at >= 0) perRow[at + 1]!++;
    }
  const offsets = new Int32Array(rowCount + 1);
  for (let r = 0; r < rowCount; r++) offsets[r + 1] = offsets[r]! + perRow[r + 1]!;
  const codes = new Int32Array(offsets[rowCount]!);
  const filled = offsets.slice(0, rowCount);
  kept.forEach((row, code) => {
    for (const id of row.ids) {
      const at = rowFor(rowOf, id);
      if (at >= 0) codes[filled[at]!++] = code;
    }
  });
  return {
    values: kept.map((row) => row.value),
    labels: kept.map((row) => row.label ?? row.value),
    codeOf: new Map(kept.map((row, code) => [row.value, code])),
    offsets,
    codes,
  };
}

async function buildFacetIndex(): Promise<FacetIndex> {
  type Figures = { id: number; planned: number | null; realised: number | null; granted: number | null };
  const { rows } = await sql<
    Figures & { realised_eu: number | null; persons: number | null; year: number | null }
  >`SELECT id, (planned_public_total * 100)::float8 AS planned, (realised_public_total * 100)::float8 AS realised,
      (granted_eu_state * 100)::float8 AS granted, (realised_eu_state * 100)::float8 AS realised_eu,
      persons_planned AS persons, extract(year FROM planned_start)::int AS year
    FROM project ORDER BY id`.execute(getKysely());
  const ids = Int32Array.from(rows, (row) => row.id);
  const rowOf = new Int32Array((rows.at(-1)?.id ?? 0) + 1).fill(-1);
  rows.forEach((row, index) => (rowOf[row.id] = index));
  // A missing figure is NaN in the arrays (and never summed): the SQL's NULL.
  const cents = (value: number | null) => (value === null ? NaN : value);
  const columns = await Promise.all(FACET_KEYS.map((facet) => buildFacetColumn(facet, rowOf, rows.length)));
  return {
    ids,
    rowOf,
    plannedCents: Float64Array.from(rows, (row) => cents(row.planned)),
    realisedCents: Float64Array.from(rows, (row) => cents(row.realised)),
    grantedCents: Float64Array.from(rows, (row) => cents(row.granted)),
    realisedEuCents: Float64Array.from(rows, (row) => cents(row.realised_eu)),
    personsPlanned: Float64Array.from(rows, (row) => cents(row.persons)),
    startYear: Float64Array.from(rows, (row) => cents(row.year)),
    facets: Object.fromEntries(FACET_KEYS.map((facet, i) => [facet, columns[i]!])) as FacetIndex["facets"],
  };
}

// One index, for the newest data version seen; concurrent requests share its build.
let current: { version: string; index: Promise<FacetIndex> } | undefined;

/** The facet index of the current data version, built on first use after each import. */
export async function getFacetIndex(): Promise<FacetIndex> {
  const version = await getDataVersionId();
  if (current?.version !== version) {
    const index = buildFacetIndex();
    current = { version, index };
    index.catch(() => {
      if (current?.index === index) current = undefined;
    });
  }
  return current.index;
}

/**
 * A structure derived from a facet index, built on first use and kept as long as the index (so
 * for one data version); a build that failed is tried again at the next use.
 */
export function derivedFromIndex<T>(
  build: (index: FacetIndex) => Promise<T>,
): (index: FacetIndex) => Promise<T> {
  const built = new WeakMap<FacetIndex, Promise<T>>();
  return (index) => {
    let value = built.get(index);
    if (!value) {
      value = build(index);
      built.set(index, value);
      value.catch(() => built.delete(index));
    }
    return value;
  };
}

/** The rows as a membership mask over every row of the index. */
export function rowMask(index: FacetIndex, rows: Int32Array): Uint8Array {
  const mask = new Uint8Array(index.ids.length);
  for (const row of rows) mask[row] = 1;
  return mask;
}

/** Project ids of index rows (rowsOf the other way), for `WHERE p.id = ${anyId(ids)}`. */
export const idsOfRows = (index: FacetIndex, rows: Int32Array): number[] =>
  Array.from(rows, (row) => index.ids[row]!);

/** The index rows of the given project ids (ids the index does not know yet are left out). */
export function rowsOf(index: FacetIndex, ids: ArrayLike<number> & Iterable<number>): Int32Array {
  const rows = new Int32Array(ids.length);
  let n = 0;
  for (const id of ids) {
    const row = rowFor(index.rowOf, id);
    if (row >= 0) rows[n++] = row;
  }
  return rows.subarray(0, n);
}
