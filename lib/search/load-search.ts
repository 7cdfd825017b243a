import "server-only";
import { cache } from "react";
import { parseListState, searchParamsOf, type ListState, type RawSearchParams } from "./list-state";
import { resolveSearch, type ResolvedSearch } from "./resolve-search";

export interface LoadedSearch {
  state: ListState;
  search: ResolvedSearch;
  /** The page's own parameters, for links that change one of them (table sorting). */
  pageQuery: URLSearchParams;
}

/**
 * A page's search, parsed tolerantly and resolved once per request (React `cache`): the page,
 * its metadata and its sections share it.
 */
export const loadSearch = cache(async (raw: RawSearchParams): Promise<LoadedSearch> => {
  const state = parseListState(raw);
  return { state, search: await resolveSearch(state), pageQuery: searchParamsOf(raw) };
});
