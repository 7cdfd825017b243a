import "server-only";
import { sql, type RawBuilder, type SqlBool } from "kysely";
import { getDb, getKysely } from "../db";
import { getDataVersionId } from "./data-version-cache";
import { FACET_KEYS, onlyExcludes } from "../search/filters";
import type { ResolvedSearch } from "../search/resolve-search";
import { searchConditions, whereSql } from "../search/search-sql";
import { getFacetIndex, idsOfRows, rowsOf, type FacetIndex } from "./facet-index";
import { matchingRows } from "./facet-filters";

/** Ids sent as one bytea of 4-byte big-endian integers: a third of the time of an int[] at 100,000. */
export function idsOf(packed: Uint8Array | null): Int32Array {
  if (!packed) return new Int32Array(0);
  const view = new DataView(packed.buffer, packed.byteOffset, packed.byteLength);
  const ids = new Int32Array(packed.byteLength / 4);
  for (let i = 0; i < ids.length; i++) ids[i] = view.getInt32(i * 4);
  return ids;
}

/**
 * `ANY(…)` of project ids, sent as one int[] literal: Prisma and pg escape an array parameter
 * element by element, which for a word found in most projects (99,000 ids) cost 26–33 ms of CPU a
 * request against 7–10 ms for the literal.
 */
export const anyId = (ids: readonly number[] | Int32Array): RawBuilder<number> =>
  sql<number>`ANY(${`{${ids.join(",")}}`}::int[])`;

/**
 * The ids of the projects matching the conditions. With full text, the GIN index alone decides
 * the match (a tsvector match needs no recheck), so a bitmap scan reads only the matching rows'
 * ids; the planner prefers a sequential scan for a word in most projects, which reads and
 * decompresses every project's vector (at 100,000 projects: 250 ms against 32 ms). So for full
 * text, sequential scans are turned off for this one statement's transaction.
 */
async function matchingIds(conditions: RawBuilder<SqlBool>[], fullText: boolean): Promise<Int32Array> {
  type Packed = { ids: Uint8Array | null };
  const query = sql<Packed>`SELECT string_agg(int4send(p.id), ''::bytea) AS ids FROM project p ${whereSql(conditions)}`;
  if (!fullText) return idsOf((await query.execute(getKysely())).rows[0]?.ids ?? null);
  const compiled = query.compile(getKysely());
  const rows = await getDb().$transaction(async (tx) => {
    await tx.$executeRawUnsafe("SET LOCAL enable_seqscan = off");
    return tx.$queryRawUnsafe<Packed[]>(compiled.sql, ...compiled.parameters);
  });
  return idsOf(rows[0]?.ids ?? null);
}

async function searchBaseOnce(search: ResolvedSearch): Promise<SearchBase> {
  const index = await getFacetIndex();
  const others = { ...search.filters, ...Object.fromEntries(FACET_KEYS.map((facet) => [facet, []])) };
  const conditions = searchConditions(others, search.textMode);
  if (conditions.length === 0) return { index, rows: null };
  const ids = await matchingIds(conditions, others.q !== null && search.textMode === "fulltext");
  return { index, rows: rowsOf(index, ids) };
}

// Work being computed for a search: the sections of one page (totals, facets, breakdowns …) ask
// for the same search at once and share one computation. Nothing is kept once it is answered.
const inFlight = new Map<string, Promise<unknown>>();

/** `compute(search)`, shared by the concurrent callers asking for the same search and data version. */
export async function sharedBySearch<T>(
  name: string,
  search: ResolvedSearch,
  compute: (search: ResolvedSearch) => Promise<T>,
): Promise<T> {
  const key = `${name}#${await getDataVersionId()}#${search.key}`;
  let pending = inFlight.get(key) as Promise<T> | undefined;
  if (!pending) {
    pending = compute(search);
    inFlight.set(key, pending);
    const done = () => void inFlight.delete(key);
    pending.then(done, done);
  }
  return pending;
}

/**
 * A search against the facet index: the database finds the projects matching the filters that
 * are not facets (text, years, amounts, quality), none at all when there are none (`rows` null:
 * every project); the facet filters are applied in the index.
 */
export function searchBase(search: ResolvedSearch): Promise<SearchBase> {
  return decided.get(search) ?? sharedBySearch("searchBase", search, searchBaseOnce);
}

type SearchBase = { index: FacetIndex; rows: Int32Array | null };
// The base that deciding a search's text mode already computed, for that resolved search (and
// so for the request that holds it).
const decided = new WeakMap<ResolvedSearch, Promise<SearchBase>>();

/**
 * Whether the search's full text finds anything with every other filter, else whether similar
 * names do (the typo fallback), as resolve-search.ts defines it, decided with the facet index:
 * the full-text base (needed anyway when it is chosen) and the facet filters in memory, instead
 * of an EXISTS over every filter that scanned every project when a combination had no match
 * (then the fallback scanned them all again). The fallback runs only when full text finds
 * nothing, and only over the projects that pass the facet filters.
 */
export async function decideTextMode(
  filters: ResolvedSearch["filters"],
  base: string,
): Promise<{ mode: "fulltext" | "fuzzy"; keep: (search: ResolvedSearch) => void }> {
  const fulltext: ResolvedSearch = { filters, textMode: "fulltext", sort: "name", key: `${base}#fulltext` };
  const pending = searchBase(fulltext);
  const keep = (search: ResolvedSearch) => {
    if (search.textMode === "fulltext") decided.set(search, pending);
  };
  const { index, rows } = await pending;
  if (matchingRows(index, filters, rows, 1).length > 0) return { mode: "fulltext", keep };
  // Leaving words out found nothing: names like the query would be the very words left out.
  if (filters.q !== null && onlyExcludes(filters.q)) return { mode: "fulltext", keep };
  const facetChosen = FACET_KEYS.some((facet) => filters[facet].length > 0);
  const passing = facetChosen ? matchingRows(index, filters, null) : null;
  if (passing && passing.length === 0) return { mode: "fulltext", keep };
  const others = { ...filters, ...Object.fromEntries(FACET_KEYS.map((facet) => [facet, []])) };
  const conditions = searchConditions(others, "fuzzy");
  if (passing) conditions.push(sql<SqlBool>`p.id = ${anyId(idsOfRows(index, passing))}`);
  const { rows: found } = await sql<{ found: boolean }>`SELECT EXISTS (
      SELECT 1 FROM project p ${whereSql(conditions)}) AS found`.execute(getKysely());
  return { mode: found[0]?.found ? "fuzzy" : "fulltext", keep };
}

/** The index rows of the search's projects (every filter applied). */
export function matchedRows(search: ResolvedSearch): Promise<{ index: FacetIndex; rows: Int32Array }> {
  return sharedBySearch("matchedRows", search, async (search) => {
    const { index, rows } = await searchBase(search);
    return { index, rows: matchingRows(index, search.filters, rows) };
  });
}
