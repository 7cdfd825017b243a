import "server-only";
import { Prisma } from "../generated/prisma/client";
import { getDb } from "../db";
import { absorptionRate } from "../domain/funding";
import {
  effectiveSort,
  LIST_FACETS,
  projectFiltersToQuery,
  type ListFacet,
  type ProjectFilters,
  type ProjectListParams,
} from "../schemas/search-params";
import { cachedByFilters, cachedPerDataVersion } from "./data-version-cache";
import { filterConditions, textQuerySql, whereSql, type TextMode } from "./project-filter-sql";
import { GROUPINGS } from "./project-groupings";

export const PAGE_SIZE = 20;
// ts_headline marks matches with these; the page turns them into <mark> without raw HTML.
export const MATCH_START = "\u0002";
export const MATCH_END = "\u0003";

export interface ProjectListItem {
  code: string;
  name: string;
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
  items: ProjectListItem[];
  totals: ProjectTotals;
  facets: Record<ListFacet, FacetCount[]>;
  page: number;
  pageCount: number;
  /** "fuzzy" when the full-text search found nothing and similar names were used instead. */
  textMode: TextMode;
}

const num = (value: Prisma.Decimal | number | bigint | null) => (value === null ? null : Number(value));

const ORDER: Record<string, Prisma.Sql> = {
  name: Prisma.sql`p.name ASC, p.code`,
  start: Prisma.sql`p.planned_start DESC NULLS LAST, p.code`,
  planned: Prisma.sql`p.planned_public_total DESC NULLS LAST, p.code`,
  realised: Prisma.sql`p.realised_public_total DESC NULLS LAST, p.code`,
  absorption: Prisma.sql`(p.realised_public_total / NULLIF(p.planned_public_total, 0)) DESC NULLS LAST, p.code`,
};

async function projectTotals(
  filters: ProjectFilters,
  textMode: TextMode = "fulltext",
): Promise<ProjectTotals> {
  const where = whereSql(filterConditions(filters, { textMode }));
  const [row] = await getDb().$queryRaw<
    {
      count: bigint;
      planned: Prisma.Decimal | null;
      realised: Prisma.Decimal | null;
      both_planned: Prisma.Decimal | null;
      both_realised: Prisma.Decimal | null;
    }[]
  >`SELECT count(*) AS count, sum(p.planned_public_total) AS planned, sum(p.realised_public_total) AS realised,
      sum(p.planned_public_total) FILTER (WHERE p.realised_public_total IS NOT NULL) AS both_planned,
      sum(p.realised_public_total) FILTER (WHERE p.planned_public_total IS NOT NULL) AS both_realised
    FROM project p ${where}`;
  return {
    count: Number(row?.count ?? 0),
    plannedPublicTotal: num(row?.planned ?? null) ?? 0,
    realisedPublicTotal: num(row?.realised ?? null) ?? 0,
    absorptionRate: absorptionRate(num(row?.both_planned ?? null), num(row?.both_realised ?? null)),
  };
}

type FacetRow = { facet: ListFacet; value: string | null; label: string; count: bigint };

// The columns of `project p` the facets group by: the filtered projects are read once into a CTE
// with these, under the alias `p`, so the groupings apply to it unchanged.
const FACET_COLUMNS = Prisma.sql`p.id, p.fund, p.priority_axis_id, p.specific_objective_id,
  p.responsible_authority_id, p.applicant_type, p.status`;

const facetBranch = (facet: ListFacet, source: Prisma.Sql, where: Prisma.Sql) => {
  const { value, label, from } = GROUPINGS[facet];
  return Prisma.sql`SELECT ${facet}::text AS facet, ${value} AS value, ${label} AS label, count(*) AS count
    FROM ${source} ${from} ${where} GROUP BY 2, 3`;
};

/**
 * Facet counts, each honouring every other active filter (its own filter left out). Facets with
 * no filter of their own all count the same projects, so one query finds those projects once and
 * counts every such facet from them; each facet with an active filter gets its own query (run in
 * parallel). count(*) is exact: every join is one row per project and value (the link tables'
 * primary keys say so).
 */
async function countFacets(
  filters: ProjectFilters,
  textMode: TextMode,
): Promise<Record<ListFacet, FacetCount[]>> {
  const filtered = LIST_FACETS.filter((facet) => filters[facet].length > 0);
  const unfiltered = LIST_FACETS.filter((facet) => filters[facet].length === 0);
  const queries: Promise<FacetRow[]>[] = filtered.map(
    (facet) =>
      getDb().$queryRaw<FacetRow[]>`${facetBranch(
        facet,
        Prisma.sql`project p`,
        whereSql(filterConditions(filters, { except: facet, textMode })),
      )}`,
  );
  if (unfiltered.length > 0) {
    const where = whereSql(filterConditions(filters, { textMode }));
    const branches = unfiltered.map((facet) => facetBranch(facet, Prisma.sql`matching p`, Prisma.empty));
    queries.push(
      getDb().$queryRaw<
        FacetRow[]
      >`WITH matching AS MATERIALIZED (SELECT ${FACET_COLUMNS} FROM project p ${where})
        ${Prisma.join(branches, " UNION ALL ")}`,
    );
  }
  const counts = Object.fromEntries(LIST_FACETS.map((facet) => [facet, [] as FacetCount[]])) as Record<
    ListFacet,
    FacetCount[]
  >;
  for (const row of (await Promise.all(queries)).flat())
    if (row.value !== null)
      counts[row.facet].push({ value: row.value, label: row.label, count: Number(row.count) });
  for (const list of Object.values(counts))
    list.sort((a, b) => a.label.localeCompare(b.label, "fi", { numeric: true }));
  return counts;
}

// Aggregates over every matching project: remembered until the data changes.
export const getProjectTotals = cachedByFilters("projectTotals", projectTotals);
const facetCounts = cachedByFilters("facetCounts", countFacets);

async function countMatches(filters: ProjectFilters, textMode: TextMode): Promise<number> {
  const [row] = await getDb().$queryRaw<{ count: bigint }[]>`
    SELECT count(*) AS count FROM project p ${whereSql(filterConditions(filters, { textMode }))}`;
  return Number(row?.count ?? 0);
}

async function searchProjects(params: ProjectListParams): Promise<ProjectSearchResult> {
  // A text query that finds nothing by Finnish full text falls back to similar names (typos).
  let textMode: TextMode = "fulltext";
  let totals = await getProjectTotals(params, textMode);
  if (params.q && totals.count === 0 && (await countMatches(params, "fuzzy")) > 0) {
    textMode = "fuzzy";
    totals = await getProjectTotals(params, textMode);
  }
  const sort = effectiveSort(params);
  const where = whereSql(filterConditions(params, { textMode }));
  const tsquery = params.q ? textQuerySql(params.q) : null;
  const order =
    sort === "relevance" && params.q
      ? textMode === "fulltext"
        ? Prisma.sql`ts_rank_cd(p.search_vector, ${tsquery}) DESC, p.code`
        : Prisma.sql`greatest(word_similarity(${params.q}, p.name), word_similarity(${params.q}, coalesce(p.applicant_name, ''))) DESC, p.code`
      : (ORDER[sort] ?? Prisma.sql`p.name ASC`);
  const snippet =
    tsquery && textMode === "fulltext"
      ? Prisma.sql`ts_headline('finnish', left(coalesce(p.summary, '') || ' ' || coalesce(p.final_report_summary, ''), 3000), ${tsquery},
          ${`StartSel=${MATCH_START}, StopSel=${MATCH_END}, MaxWords=35, MinWords=15, MaxFragments=2, FragmentDelimiter=" … "`})`
      : Prisma.sql`NULL::text`;

  const facets = facetCounts(params, textMode);
  const pageCount = Math.max(1, Math.ceil(totals.count / PAGE_SIZE));
  const page = Math.min(params.page, pageCount);

  const rows = await getDb().$queryRaw<
    {
      code: string;
      name: string;
      applicant_name: string | null;
      applicant_business_id: string | null;
      planned_start: Date | null;
      planned_end: Date | null;
      regions: string[] | null;
      planned_public_total: Prisma.Decimal | null;
      realised_public_total: Prisma.Decimal | null;
      incomplete: boolean;
      snippet: string | null;
    }[]
  >`SELECT p.code, p.name, p.applicant_name, p.applicant_business_id, p.planned_start, p.planned_end,
      (SELECT array_agg(r.name ORDER BY pr.position) FROM project_region pr JOIN region r ON r.id = pr.region_id WHERE pr.project_id = p.id) AS regions,
      p.planned_public_total, p.realised_public_total, p.incomplete, ${snippet} AS snippet
    FROM project p ${where}
    ORDER BY ${order}
    LIMIT ${PAGE_SIZE} OFFSET ${(page - 1) * PAGE_SIZE}`;

  return {
    items: rows.map((row) => ({
      code: row.code,
      name: row.name,
      applicantName: row.applicant_name,
      applicantBusinessId: row.applicant_business_id,
      plannedStart: row.planned_start?.toISOString().slice(0, 10) ?? null,
      plannedEnd: row.planned_end?.toISOString().slice(0, 10) ?? null,
      regions: row.regions ?? [],
      plannedPublicTotal: num(row.planned_public_total),
      realisedPublicTotal: num(row.realised_public_total),
      incomplete: row.incomplete,
      snippet: row.snippet && row.snippet.includes(MATCH_START) ? row.snippet.trim() : null,
    })),
    totals,
    facets: await facets,
    page,
    pageCount,
    textMode,
  };
}

/**
 * One page of the project list with its facets and totals, remembered per data version like the
 * aggregates: a shared or reloaded view costs nothing until the next import. The key is the
 * list's own URL state (filters, sort, page); the comparison being built does not change it.
 */
export function findProjects(params: ProjectListParams): Promise<ProjectSearchResult> {
  const state = projectFiltersToQuery({ ...params, sort: effectiveSort(params), compare: [] });
  return cachedPerDataVersion(`findProjects?${state}`, () => searchProjects(params));
}

/** Codes of every project matching the filters, in list order: for downloads with no row cap. */
export async function findProjectCodes(params: ProjectListParams): Promise<string[]> {
  const where = whereSql(filterConditions(params));
  const rows = await getDb().$queryRaw<
    { code: string }[]
  >`SELECT p.code FROM project p ${where} ORDER BY p.name, p.code`;
  return rows.map((row) => row.code);
}
