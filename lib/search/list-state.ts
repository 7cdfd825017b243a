/**
 * The URL state of the project list and of every view filtered like it, derived from the filter
 * registry: one set of nuqs parsers serves parsing (tolerant for pages, strict for the API) and
 * writing links, with repeated keys kept and defaults left out of the URL.
 */
import {
  createLoader,
  createSerializer,
  parseAsArrayOf,
  parseAsInteger,
  parseAsStringLiteral,
  type inferParserType,
} from "nuqs/server";
import { ApiError } from "../api/errors";
import { FILTER_KEYS, FILTERS, type FilterKey } from "./filters";
import { parseAsProjectCode } from "./url-parsers";

export const SORTS = ["relevance", "name", "start", "planned", "realised", "absorption"] as const;
export type Sort = (typeof SORTS)[number];
export const MAX_COMPARED = 4;

type FilterParsers = { [K in FilterKey]: (typeof FILTERS)[K]["parser"] };
export const FILTER_PARSERS = Object.fromEntries(
  FILTER_KEYS.map((key) => [key, FILTERS[key].parser]),
) as FilterParsers;

/** Parameters that are not filters: the list's order and page, and the comparison being built. */
const viewParsers = {
  sort: parseAsStringLiteral(SORTS),
  page: parseAsInteger.withDefault(1),
  /** "S21894,S22821": the comparison, carried along while browsing. */
  compare: parseAsArrayOf(parseAsProjectCode, ",").withDefault([]),
};

export const LIST_PARSERS = { ...FILTER_PARSERS, ...viewParsers };

export type ListState = inferParserType<typeof LIST_PARSERS>;
export type SearchFilters = inferParserType<FilterParsers>;
export type RawSearchParams = Record<string, string | string[] | undefined>;

/** The effective sort: relevance only means something with a text query. */
export function effectiveSort(state: Partial<Pick<ListState, "q" | "sort">>): Sort {
  if (state.sort && !(state.sort === "relevance" && !state.q)) return state.sort;
  return state.q ? "relevance" : "name";
}

const loadList = createLoader(LIST_PARSERS);

/** Page parameters, tolerantly: a value that cannot be used falls back to its default. */
export function parseListState(raw: RawSearchParams | URLSearchParams | string): ListState {
  const state = loadList(raw);
  // Repeated values are one choice; a page number below 1 is the first page.
  const unique = <T>(values: T[]) => [...new Set(values)].slice(0, 50);
  for (const key of FILTER_KEYS) {
    const value = state[key];
    if (Array.isArray(value)) (state as Record<string, unknown>)[key] = unique(value);
  }
  state.page = Math.min(Math.max(1, state.page), 100_000);
  state.compare = unique(state.compare).slice(0, MAX_COMPARED);
  return state;
}

/** Only the filters of a state. */
export function filtersOf(state: Partial<ListState>): SearchFilters {
  const filters = loadList("");
  for (const key of FILTER_KEYS) {
    if (state[key] !== undefined) (filters as Record<string, unknown>)[key] = state[key];
  }
  return filters;
}

const serialize = createSerializer(LIST_PARSERS, { clearOnDefault: true });

/** `?region=A&region=B&sort=planned` for a state; defaults (page 1, no sort) are left out. */
export function listQuery(state: Partial<ListState>): string {
  return serialize(state as Partial<{ [K in keyof ListState]: ListState[K] | null }>);
}

/** `/projects?…` (or another path) with the state's parameters. */
export function listHref(path: string, state: Partial<ListState>): string {
  return `${path}${listQuery(state)}`;
}

/** The filters alone, as a query string (for downloads, dashboards and cache keys). */
export function filterQuery(state: Partial<ListState>): string {
  return listQuery({ ...filtersOf(state) });
}

export function hasActiveFilters(state: Partial<ListState>): boolean {
  return filterQuery(state) !== "";
}

/** Parameters an endpoint takes besides the list's (e.g. a download's `format` and `lang`). */
type ExtraParsers = Record<string, { parse: (value: string) => unknown }>;

/**
 * The API reads the same parameters as the pages, but strictly: a parameter it does not know
 * and every value it cannot use is a 400 naming it. `accept` lists the view parameters an
 * endpoint understands besides the filters (the downloads honour `sort`; none has pages);
 * `extra` adds the endpoint's own parameters with their parsers, read into the result.
 */
export function parseListStateStrict<E extends ExtraParsers = Record<never, never>>(
  search: URLSearchParams,
  accept: readonly (keyof typeof viewParsers)[] = [],
  extra?: E,
): ListState & inferParserType<E> {
  const problems: string[] = [];
  for (const key of new Set(search.keys())) {
    const values = search.getAll(key).filter((value) => value.trim() !== "");
    if (key === "page") {
      problems.push("parameter 'page': the API has no pages; it returns every matching project");
      continue;
    }
    const filter = (FILTERS as Record<string, (typeof FILTERS)[FilterKey]>)[key];
    const own = extra && Object.hasOwn(extra, key) ? extra[key] : undefined;
    const isView = (accept as readonly string[]).includes(key);
    if (!filter && !isView && !own) {
      problems.push(`unknown parameter '${key}'`);
      continue;
    }
    const item = filter && "item" in filter ? filter.item : undefined;
    if (!item && values.length > 1)
      problems.push(`parameter '${key}': given ${values.length} times, once at most`);
    const single = filter ? filter.parser : (own ?? viewParsers[key as keyof typeof viewParsers]);
    for (const value of values) {
      const parse = (item ?? single).parse as (value: string) => unknown;
      const parsed = parse(value);
      if (parsed === null) problems.push(`parameter '${key}': '${printable(value)}' is not a valid value`);
    }
  }
  if (problems.length > 0) throw new ApiError("invalid_parameters", "Bad query parameters", problems);
  const own = extra ? createLoader(extra as never)(search) : {};
  return { ...parseListState(search), ...own } as ListState & inferParserType<E>;
}

/** A value quoted back in an error message: control characters shown, long values cut. */
function printable(value: string): string {
  const shown = value.replace(
    /[\u0000-\u001f\u007f]/g,
    (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, "0")}`,
  );
  return shown.length > 80 ? `${shown.slice(0, 80)}…` : shown;
}

/** A page's raw search parameters as URLSearchParams, every repeated value kept. */
export function searchParamsOf(raw: RawSearchParams): URLSearchParams {
  const params = new URLSearchParams();
  for (const [key, value] of Object.entries(raw))
    for (const item of Array.isArray(value) ? value : value === undefined ? [] : [value])
      params.append(key, item);
  return params;
}

/** How many filter values are chosen (each value of a list counts once; the search words are not a filter). */
export function countActiveFilters(state: Partial<ListState>): number {
  const filters = filtersOf(state);
  return FILTER_KEYS.reduce((count, key) => {
    const value = filters[key];
    if (key === "q" || value === null) return count;
    return count + (Array.isArray(value) ? value.length : 1);
  }, 0);
}
