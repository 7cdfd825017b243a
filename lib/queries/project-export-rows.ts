import "server-only";
import { sql } from "kysely";
import { getKysely } from "../db";
import { matching, orderSql, type ResolvedSearch } from "../search/resolve-search";
import type { ProjectRecord } from "../schemas/record";
import { whereSql } from "../search/search-sql";

/**
 * The figures of a project the CSV export writes: the record's own paths (so a column reads the
 * same from either), but only these, read from one query per batch instead of whole records.
 */
export type ProjectExportRow = Pick<
  ProjectRecord,
  "code" | "fund" | "name" | "plannedStart" | "plannedEnd" | "status" | "responsibleAuthority"
> & {
  priorityAxis: { number: string } | null;
  specificObjective: { number: string } | null;
  applicant: Pick<ProjectRecord["applicant"], "name" | "businessId" | "organisationType">;
  coImplementers: { name: string }[];
  geography: Pick<ProjectRecord["geography"], "regions" | "subRegions" | "municipalities">;
  funding: ProjectRecord["funding"];
  indicators: ProjectRecord["indicators"];
  hasFinalReport: boolean;
  incomplete: boolean;
  /** Outputs listed on the project's own web pages (pilots, articles, theses, events …). */
  webPageOutputs: number;
};

type Row = {
  id: number;
  code: string;
  fund: ProjectRecord["fund"];
  name: string;
  axis: string | null;
  objective: string | null;
  planned_start: string | null;
  planned_end: string | null;
  status: string | null;
  authority: string | null;
  applicant_name: string | null;
  applicant_business_id: string | null;
  applicant_type: string | null;
  co_implementers: string[] | null;
  regions: string[] | null;
  sub_regions: string[] | null;
  municipalities: string[] | null;
  granted: number | null;
  realised_eu: number | null;
  planned: number | null;
  realised: number | null;
  companies_planned: number | null;
  companies_realised: number | null;
  persons_planned: number | null;
  persons_realised: number | null;
  has_final_report: boolean;
  incomplete: boolean;
  web_page_outputs: number;
};

const names = (link: string, table: string) =>
  sql.raw(`(SELECT array_agg(t.name ORDER BY l.position) FROM project_${link} l
    JOIN ${table} t ON t.id = l.${table}_id WHERE l.project_id = p.id)`);

const toExportRow = (row: Row): ProjectExportRow => ({
  code: row.code,
  fund: row.fund,
  name: row.name,
  priorityAxis: row.axis === null ? null : { number: row.axis },
  specificObjective: row.objective === null ? null : { number: row.objective },
  plannedStart: row.planned_start,
  plannedEnd: row.planned_end,
  status: row.status,
  responsibleAuthority: row.authority,
  applicant: {
    name: row.applicant_name,
    businessId: row.applicant_business_id,
    organisationType: row.applicant_type,
  },
  coImplementers: (row.co_implementers ?? []).map((name) => ({ name })),
  geography: {
    regions: row.regions ?? [],
    subRegions: row.sub_regions ?? [],
    municipalities: row.municipalities ?? [],
  },
  funding: {
    grantedEuState: row.granted,
    realisedEuState: row.realised_eu,
    plannedPublicTotal: row.planned,
    realisedPublicTotal: row.realised,
  },
  indicators: {
    companiesPlanned: row.companies_planned,
    companiesRealised: row.companies_realised,
    personsPlanned: row.persons_planned,
    personsRealised: row.persons_realised,
  },
  hasFinalReport: row.has_final_report,
  incomplete: row.incomplete,
  webPageOutputs: row.web_page_outputs,
});

/**
 * Every project of a search in the search's order, as export rows: the order is decided once
 * (the ids, one query), then the rows are read a batch at a time, so memory holds one batch.
 */
export async function* streamProjectExportRows(
  search: ResolvedSearch,
  batchSize = 1000,
): AsyncGenerator<ProjectExportRow> {
  const db = getKysely();
  const { rows } = await sql<{
    ids: number[] | null;
  }>`SELECT array_agg(p.id ORDER BY ${orderSql(search)}) AS ids
    FROM project p ${whereSql(matching(search))}`.execute(db);
  const ids = rows[0]?.ids ?? [];
  for (let start = 0; start < ids.length; start += batchSize) {
    const batch = ids.slice(start, start + batchSize);
    const { rows: found } = await sql<Row>`SELECT p.id, p.code, p.fund::text AS fund, p.name,
        a.number AS axis, o.number AS objective,
        to_char(p.planned_start, 'YYYY-MM-DD') AS planned_start, to_char(p.planned_end, 'YYYY-MM-DD') AS planned_end,
        p.status, ra.name AS authority, p.applicant_name, p.applicant_business_id, p.applicant_type,
        (SELECT array_agg(c.name ORDER BY c.position) FROM project_co_implementer c WHERE c.project_id = p.id)
          AS co_implementers,
        ${names("region", "region")} AS regions, ${names("sub_region", "sub_region")} AS sub_regions,
        ${names("municipality", "municipality")} AS municipalities,
        p.granted_eu_state::float8 AS granted, p.realised_eu_state::float8 AS realised_eu,
        p.planned_public_total::float8 AS planned, p.realised_public_total::float8 AS realised,
        p.companies_planned, p.companies_realised, p.persons_planned, p.persons_realised,
        p.final_report_summary IS NOT NULL AS has_final_report, p.incomplete,
        (SELECT count(*)::int FROM project_web_page w JOIN web_page_item i ON i.web_page_id = w.id
          WHERE w.project_id = p.id) AS web_page_outputs
      FROM project p
      LEFT JOIN priority_axis a ON a.id = p.priority_axis_id
      LEFT JOIN specific_objective o ON o.id = p.specific_objective_id
      LEFT JOIN responsible_authority ra ON ra.id = p.responsible_authority_id
      WHERE p.id = ANY(${batch})`.execute(db);
    const byId = new Map(found.map((row) => [row.id, row]));
    for (const id of batch) {
      const row = byId.get(id);
      if (row) yield toExportRow(row);
    }
  }
}
