/**
 * Project filters as SQL conditions on `project p`. Facet counts call `filterConditions` with
 * the facet itself left out, so each facet's counts honour every *other* active filter.
 */
import { Prisma } from "../generated/prisma/client";
import type { ListFacet, ProjectFilters } from "../schemas/search-params";

export type TextMode = "fulltext" | "fuzzy";

/** Words of a query made safe for to_tsquery, each as a prefix ("kunt" finds "kunta"). */
function prefixQuery(q: string): string {
  const words = q
    .replace(/"[^"]*"/g, " ")
    .split(/[^\p{L}\p{N}]+/u)
    .filter((word) => word.length > 0 && !/^(or|and)$/i.test(word));
  return words.map((word) => `${word}:*`).join(" & ");
}

/**
 * Finnish full text: websearch syntax (phrases in quotes, -exclusion) with stemming, or every
 * word as a prefix. Typo-tolerant mode compares words with pg_trgm instead.
 */
export function textQuerySql(q: string): Prisma.Sql {
  const prefix = prefixQuery(q);
  return prefix
    ? Prisma.sql`(websearch_to_tsquery('finnish', ${q}) || to_tsquery('finnish', ${prefix}))`
    : Prisma.sql`websearch_to_tsquery('finnish', ${q})`;
}

export const FUZZY_THRESHOLD = 0.45;

function textCondition(q: string, mode: TextMode): Prisma.Sql {
  if (mode === "fuzzy") {
    return Prisma.sql`(word_similarity(${q}, p.name) >= ${FUZZY_THRESHOLD} OR word_similarity(${q}, coalesce(p.applicant_name, '')) >= ${FUZZY_THRESHOLD})`;
  }
  return Prisma.sql`p.search_vector @@ ${textQuerySql(q)}`;
}

const placeCondition = (table: string, column: string, names: string[]) =>
  Prisma.sql`EXISTS (SELECT 1 FROM ${Prisma.raw(`project_${table}`)} x JOIN ${Prisma.raw(table)} t ON t.id = x.${Prisma.raw(column)}
    WHERE x.project_id = p.id AND t.name = ANY(${names}))`;

export function filterConditions(
  filters: ProjectFilters,
  options: { except?: ListFacet; textMode?: TextMode } = {},
): Prisma.Sql[] {
  const c: Prisma.Sql[] = [];
  const active = (facet: ListFacet, values: string[]) => options.except !== facet && values.length > 0;
  if (filters.q) c.push(textCondition(filters.q, options.textMode ?? "fulltext"));
  if (active("fund", filters.fund)) c.push(Prisma.sql`p.fund::text = ANY(${filters.fund})`);
  if (active("axis", filters.axis)) {
    c.push(
      Prisma.sql`p.priority_axis_id IN (SELECT id FROM priority_axis WHERE number = ANY(${filters.axis}))`,
    );
  }
  if (active("objective", filters.objective)) {
    c.push(
      Prisma.sql`p.specific_objective_id IN (SELECT id FROM specific_objective WHERE number = ANY(${filters.objective}))`,
    );
  }
  if (active("authority", filters.authority)) {
    c.push(
      Prisma.sql`p.responsible_authority_id IN (SELECT id FROM responsible_authority WHERE name = ANY(${filters.authority}))`,
    );
  }
  if (active("region", filters.region)) c.push(placeCondition("region", "region_id", filters.region));
  if (active("subRegion", filters.subRegion))
    c.push(placeCondition("sub_region", "sub_region_id", filters.subRegion));
  if (active("municipality", filters.municipality)) {
    c.push(placeCondition("municipality", "municipality_id", filters.municipality));
  }
  if (active("orgType", filters.orgType)) c.push(Prisma.sql`p.applicant_type = ANY(${filters.orgType})`);
  if (active("status", filters.status)) c.push(Prisma.sql`p.status = ANY(${filters.status})`);
  if (filters.startFrom !== undefined)
    c.push(Prisma.sql`p.planned_start >= make_date(${filters.startFrom}::int, 1, 1)`);
  if (filters.startTo !== undefined)
    c.push(Prisma.sql`p.planned_start < make_date(${filters.startTo}::int + 1, 1, 1)`);
  if (filters.plannedMin !== undefined) c.push(Prisma.sql`p.planned_public_total >= ${filters.plannedMin}`);
  if (filters.plannedMax !== undefined) c.push(Prisma.sql`p.planned_public_total <= ${filters.plannedMax}`);
  if (filters.finalReport === "yes") c.push(Prisma.sql`p.final_report_summary IS NOT NULL`);
  if (filters.finalReport === "no") c.push(Prisma.sql`p.final_report_summary IS NULL`);
  if (filters.quality.length > 0) {
    const kinds = filters.quality.filter((kind) => kind !== "incomplete");
    const parts: Prisma.Sql[] = [];
    if (filters.quality.includes("incomplete")) parts.push(Prisma.sql`p.incomplete`);
    if (kinds.length) {
      parts.push(
        Prisma.sql`EXISTS (SELECT 1 FROM data_quality_note n WHERE n.project_id = p.id AND n.kind = ANY(${kinds}))`,
      );
    }
    c.push(Prisma.sql`(${Prisma.join(parts, " OR ")})`);
  }
  return c;
}

export function whereSql(conditions: Prisma.Sql[]): Prisma.Sql {
  return conditions.length ? Prisma.sql`WHERE ${Prisma.join(conditions, " AND ")}` : Prisma.empty;
}
