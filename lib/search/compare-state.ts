/**
 * The comparison being built and the search it came from, carried in URLs while browsing:
 * - the search page and every project page opened from it keep the list state, the selection
 *   included (`compare=S21894,S22821`), so "back to search" and "add to comparison" keep both;
 * - the compare page has the selection as `codes=` (and `add=` from its add-by-code form) and
 *   the search's filters and order beside it, for its way back.
 * Every such link is written here, with the nuqs serializers of list-state and this module.
 */
import { createLoader, createSerializer, parseAsArrayOf } from "nuqs/server";
import {
  filtersOf,
  listHref,
  listQuery,
  MAX_COMPARED,
  type ListState,
  type RawSearchParams,
} from "./list-state";
import { parseAsProjectCode } from "./url-parsers";

const codeList = parseAsArrayOf(parseAsProjectCode, ",").withDefault([]);
const COMPARE_PARSERS = { codes: codeList, add: codeList };

const load = createLoader(COMPARE_PARSERS);
const serialize = createSerializer({ codes: codeList }, { clearOnDefault: true });

/** The selection: up to four distinct codes, in the order chosen, the added ones last. */
export function parseCompareCodes(raw: RawSearchParams): string[] {
  const { codes, add } = load(raw);
  return [...new Set([...codes, ...add])].slice(0, MAX_COMPARED);
}

/** The search a page was reached from: its filters, order and page (not the selection). */
type SearchState = Partial<ListState>;
const searchOnly = (state: SearchState): SearchState => ({
  ...filtersOf(state),
  sort: state.sort ?? null,
  page: state.page ?? 1,
});

/** `/compare?codes=…` for a selection, with the search it was built in (for the way back). */
export function compareHref(codes: string[], search: SearchState = {}): string {
  return serialize(listHref("/compare", { ...searchOnly(search), page: 1 }), { codes });
}

/** The search page with the same filters, order, page and selection. */
export function searchHref(state: SearchState, codes: string[] = state.compare ?? []): string {
  return listHref("/projects", { ...searchOnly(state), compare: codes });
}

/** A project's page carrying the search and the selection it was opened from. */
export function projectHref(code: string, state: SearchState, codes: string[] = state.compare ?? []): string {
  return listHref(`/projects/${code}`, { ...searchOnly(state), compare: codes });
}

/** The selection with a project added, or null when it is already there or the selection is full. */
export function addedTo(codes: string[], code: string): string[] | null {
  return codes.includes(code) || codes.length >= MAX_COMPARED ? null : [...codes, code];
}

export const removedFrom = (codes: string[], code: string) => codes.filter((other) => other !== code);

/** The search as form fields (name, value), for a GET form that must keep it (add by code). */
export function searchFields(state: SearchState): [string, string][] {
  return [...new URLSearchParams(listQuery({ ...searchOnly(state), page: 1 })).entries()];
}
