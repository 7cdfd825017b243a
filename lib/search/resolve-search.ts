import "server-only";
import { sql, type RawBuilder } from "kysely";
import { cachedPerDataVersion } from "../queries/data-version-cache";
import { decideTextMode } from "../queries/index-search";
import { relevanceOrder, type FilterKey, type TextMode } from "./filters";
import { searchConditions, whereSql } from "./search-sql";

export { whereSql };
import {
  effectiveSort,
  filterQuery,
  filtersOf,
  type ListState,
  type SearchFilters,
  type Sort,
} from "./list-state";

/**
 * A search decided once: its filters, how its text is matched (Finnish full text, or similar
 * names when full text finds nothing: the typo fallback) and its order. Every view and every
 * download takes a resolved search, so the same URL means the same projects everywhere.
 */
export interface ResolvedSearch {
  filters: SearchFilters;
  /** null without a text query. */
  textMode: TextMode | null;
  sort: Sort;
  /** The canonical form of what decides the matching projects: cache keys and equality. */
  key: string;
}

/** The resolved search's conditions. */
export function matching(search: ResolvedSearch, options: { except?: FilterKey } = {}) {
  return searchConditions(search.filters, search.textMode, options);
}

/** Decides the text mode (remembered per data version: it only changes when the data does). */
export async function resolveSearch(state: Partial<ListState>): Promise<ResolvedSearch> {
  const filters = filtersOf(state);
  const sort = effectiveSort({ q: filters.q, sort: state.sort ?? null });
  const base = filterQuery(filters);
  let textMode: TextMode | null = null;
  let keep: ((search: ResolvedSearch) => void) | undefined;
  if (filters.q) {
    textMode = await cachedPerDataVersion(
      `textMode${base}`,
      async () => {
        const decided = await decideTextMode(filters, base);
        keep = decided.keep;
        return decided.mode;
      },
      { perSearch: true },
    );
  }
  const search: ResolvedSearch = { filters, textMode, sort, key: `${base}#${textMode ?? ""}` };
  keep?.(search);
  return search;
}

/** The list orders that do not depend on the query: the page's, every download's and the index's. */
export type FixedSort = Exclude<Sort, "relevance">;
export const FIXED_ORDERS: Record<FixedSort, RawBuilder<unknown>> = {
  name: sql`p.name ASC, p.code`,
  start: sql`p.planned_start DESC NULLS LAST, p.code`,
  planned: sql`p.planned_public_total DESC NULLS LAST, p.code`,
  realised: sql`p.realised_public_total DESC NULLS LAST, p.code`,
  absorption: sql`(p.realised_public_total / NULLIF(p.planned_public_total, 0)) DESC NULLS LAST, p.code`,
};

/** The list order of a resolved search: the one order of the page and of every download. */
export function orderSql(search: ResolvedSearch): RawBuilder<unknown> {
  const q = search.filters.q;
  if (search.sort === "relevance" && q) {
    return search.textMode === "fuzzy"
      ? sql`greatest(word_similarity(${q}, p.name), word_similarity(${q}, coalesce(p.applicant_name, ''))) DESC, p.code`
      : relevanceOrder(q, sql`p`);
  }
  return FIXED_ORDERS[fixedSort(search) ?? "name"];
}

/** The search's order when it does not depend on the query (null: by relevance to the query). */
export function fixedSort(search: ResolvedSearch): FixedSort | null {
  if (search.sort === "relevance") return search.filters.q ? null : "name";
  return search.sort;
}
