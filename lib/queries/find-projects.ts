import "server-only";
import { compareLabels } from "../format";
import { sql, type RawBuilder, type SqlBool } from "kysely";
import { getKysely } from "../db";
import { toIsoDate, toNumber } from "../database/values";
import { absorptionRate, euros } from "../domain/funding";
import { FACET_KEYS, relevanceOrder, textQuerySql, type FacetKey } from "../search/filters";
import { hasActiveFilters, listQuery, type ListState } from "../search/list-state";
import { markedOrNull, nameHighlightSql, snippetSql } from "./match-highlights";
import { fixedSort, matching, orderSql, resolveSearch, type ResolvedSearch } from "../search/resolve-search";
import { cachedBySearch, cachedPerDataVersion } from "./data-version-cache";
import { idsOfRows, type FacetIndex } from "./facet-index";
import { countFacetsWithIndex, matchingRows, sumRows, type RowSums } from "./facet-filters";
import { anyId, matchedRows, searchBase, sharedBySearch } from "./index-search";
import { getSortOrder, rowsInOrder } from "./sort-order";

export const PAGE_SIZE = 20;
export interface ProjectListItem {
  code: string;
  name: string;
  /** The name with the search's matches marked (match-highlights.ts), or null without any. */
  nameHighlight: string | null;
  applicantName: string | null;
  applicantBusinessId: string | null;
  plannedStart: string | null;
  plannedEnd: string | null;
  regions: string[];
  plannedPublicTotal: number | null;
  realisedPublicTotal: number | null;
  incomplete: boolean;
  snippet: string | null;
}

export interface ProjectTotals {
  count: number;
  plannedPublicTotal: number;
  realisedPublicTotal: number;
  /** Realised ÷ planned over the projects that report both; null when none do. */
  absorptionRate: number | null;
}

export interface FacetCount {
  value: string;
  label: string;
  count: number;
}

export interface ProjectSearchResult {
  search: ResolvedSearch;
  items: ProjectListItem[];
  totals: ProjectTotals;
  facets: Record<FacetKey, FacetCount[]>;
  page: number;
  pageCount: number;
}

/** `project p` narrowed by conditions, as a Kysely query to select from. */
export function projectsWhere(conditions: RawBuilder<SqlBool>[]) {
  return conditions.reduce(
    (query, condition) => query.where(condition),
    getKysely().selectFrom("project as p"),
  );
}

/**
 * The search's facet counts (each honouring every other active filter, its own left out) and
 * totals, from the in-process facet index (lib/queries/facet-index.ts) in one pass.
 */
async function countSearch(search: ResolvedSearch) {
  const { index, rows } = await searchBase(search);
  return countFacetsWithIndex(index, search.filters, rows);
}
// Remembered per data version; the page's totals and facets share one pass even when not remembered.
const searchCounts = cachedBySearch("searchCounts", (search: ResolvedSearch) =>
  sharedBySearch("searchCounts", search, countSearch),
);

const totalsOf = (sums: RowSums): ProjectTotals => ({
  count: sums.count,
  plannedPublicTotal: euros(sums.plannedCents),
  realisedPublicTotal: euros(sums.realisedCents),
  absorptionRate: absorptionRate(euros(sums.bothPlannedCents), euros(sums.bothRealisedCents)),
});

/** The totals alone (for pages without facets): a sum over the matching rows, no facet counting. */
async function projectTotals(search: ResolvedSearch): Promise<ProjectTotals> {
  const { index, rows } = await matchedRows(search);
  return totalsOf(sumRows(index, rows));
}

async function countFacets(search: ResolvedSearch): Promise<Record<FacetKey, FacetCount[]>> {
  const { facets } = await searchCounts(search);
  return Object.fromEntries(
    FACET_KEYS.map((facet) => [
      facet,
      [...facets[facet]].sort((a, b) => compareLabels("fi")(a.label, b.label)),
    ]),
  ) as Record<FacetKey, FacetCount[]>;
}

// Aggregates over every matching project: remembered until the data changes.
export const getProjectTotals = projectTotals;
const facetCounts = countFacets;

const REGIONS = sql<string[] | null>`(SELECT array_agg(r.name ORDER BY pr.position)
  FROM project_region pr JOIN region r ON r.id = pr.region_id WHERE pr.project_id = p.id)`;

const PAGE_COLUMNS = [
  "p.id",
  "p.code",
  "p.name",
  "p.applicant_name",
  "p.applicant_business_id",
  "p.planned_start",
  "p.planned_end",
  "p.planned_public_total",
  "p.realised_public_total",
  "p.incomplete",
] as const;

/**
 * A page of the matching projects by relevance, ranked on the narrow copy of their search vectors
 * (migration 0011: read in place, not from the TOAST table): the order of orderSql(), whose
 * vectors and codes these are. The matches are named by id, except when the text is the search's
 * only filter and matches over a quarter of the projects: then PostgreSQL finds them again in the
 * same scan (`@@` on those vectors) rather than parse and hash a list of them all, built here (at
 * 100,000 projects, a word in 99,000: 55 against 100 ms; in 12,000, the list read by primary key
 * is the faster, 33 against 43 ms).
 */
async function rankedPage(search: ResolvedSearch, matched: Int32Array, index: FacetIndex, offset: number) {
  const q = search.filters.q!;
  const textOnly = !hasActiveFilters({ ...search.filters, q: null });
  const where =
    textOnly && matched.length > index.ids.length / 4
      ? sql`r.search_vector @@ ${textQuerySql(q)}`
      : sql`r.project_id = ${anyId(idsOfRows(index, matched))}`;
  const { rows } = await sql<{ id: number }>`SELECT r.project_id AS id FROM project_rank_vector r
    WHERE ${where}
    ORDER BY ${relevanceOrder(q, sql`r`)}
    LIMIT ${PAGE_SIZE} OFFSET ${offset}`.execute(getKysely());
  return rows.map((row) => row.id);
}

/**
 * The page's projects, in the search's order. The counted index rows say which projects match;
 * an order that does not depend on the query is a walk along the index's sort order, and by
 * relevance PostgreSQL ranks only those projects (all of the text's matches when no facet is
 * chosen). Either way one query reads the page.
 */
async function pageRows(search: ResolvedSearch, page: number) {
  const { index, rows } = await searchBase(search);
  const facetChosen = FACET_KEYS.some((facet) => search.filters[facet].length > 0);
  const matched = facetChosen ? matchingRows(index, search.filters, rows) : rows;
  const offset = (page - 1) * PAGE_SIZE;
  const select = (conditions: RawBuilder<SqlBool>[]) =>
    projectsWhere(conditions)
      .select(PAGE_COLUMNS)
      .select([
        REGIONS.as("regions"),
        nameHighlightSql(search).as("name_highlight"),
        snippetSql(search).as("snippet"),
      ]);
  const sort = fixedSort(search);
  if (sort === null && (search.textMode === "fuzzy" || !matched)) {
    const where = matched ? [sql<SqlBool>`p.id = ${anyId(idsOfRows(index, matched))}`] : matching(search);
    return select(where).orderBy(orderSql(search)).limit(PAGE_SIZE).offset(offset).execute();
  }
  const onPage =
    sort === null
      ? await rankedPage(search, matched!, index, offset)
      : idsOfRows(index, rowsInOrder(index, await getSortOrder(index, sort), matched, offset, PAGE_SIZE));
  const found = await select([sql<SqlBool>`p.id = ${anyId(onPage)}`]).execute();
  const byId = new Map(found.map((row) => [row.id, row]));
  return onPage.flatMap((id) => byId.get(id) ?? []);
}

async function searchProjects(search: ResolvedSearch, requestedPage: number): Promise<ProjectSearchResult> {
  const facets = facetCounts(search);
  const totals = totalsOf(await searchCounts(search));
  const pageCount = Math.max(1, Math.ceil(totals.count / PAGE_SIZE));
  const page = Math.min(requestedPage, pageCount);
  const rows = await pageRows(search, page);
  return {
    // A copy: the resolved search itself carries the request's text match (index-search.ts), which
    // a remembered result must not keep alive.
    search: { ...search },
    items: rows.map((row) => ({
      code: row.code,
      name: row.name,
      nameHighlight: markedOrNull(row.name_highlight),
      applicantName: row.applicant_name,
      applicantBusinessId: row.applicant_business_id,
      plannedStart: toIsoDate(row.planned_start),
      plannedEnd: toIsoDate(row.planned_end),
      regions: row.regions ?? [],
      plannedPublicTotal: toNumber(row.planned_public_total),
      realisedPublicTotal: toNumber(row.realised_public_total),
      incomplete: row.incomplete,
      snippet: markedOrNull(row.snippet),
    })),
    totals,
    facets: await facets,
    page,
    pageCount,
  };
}

/**
 * One page of the project list with its facets and totals, remembered per data version like the
 * aggregates: a shared or reloaded view costs nothing until the next import. The key is the
 * list's own URL state (filters, sort, page); the comparison being built does not change it.
 */
export async function findProjects(state: ListState): Promise<ProjectSearchResult> {
  const search = await resolveSearch(state);
  const key = listQuery({ ...state, sort: search.sort, compare: [] });
  return cachedPerDataVersion(
    `findProjects${key}#${search.textMode}`,
    () => searchProjects(search, state.page),
    {
      perSearch: true,
    },
  );
}

/** Codes of every project of a search, in the search's order: for downloads with no row cap. */
export async function findProjectCodes(search: ResolvedSearch): Promise<string[]> {
  const rows = await projectsWhere(matching(search)).select("p.code").orderBy(orderSql(search)).execute();
  return rows.map((row) => row.code);
}
