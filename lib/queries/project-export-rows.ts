import "server-only";
import { sql } from "kysely";
import { readThroughCursor } from "../database/cursor";
import { getKysely } from "../db";
import { matching, orderSql, type ResolvedSearch } from "../search/resolve-search";
import type { ProjectRecord } from "../schemas/record";
import { whereSql } from "../search/search-sql";

/**
 * The figures of a project the CSV export writes: the record's own paths (so a column reads the
 * same from either), but only these, read by one query instead of whole records.
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

/** The query's columns, in its SELECT's order (the cursor gives rows as arrays). */
type Row = [
  code: string,
  fund: ProjectRecord["fund"],
  name: string,
  axis: string | null,
  objective: string | null,
  plannedStart: string | null,
  plannedEnd: string | null,
  status: string | null,
  authority: string | null,
  applicantName: string | null,
  applicantBusinessId: string | null,
  applicantType: string | null,
  coImplementers: string[] | null,
  regions: string[] | null,
  subRegions: string[] | null,
  municipalities: string[] | null,
  granted: number | null,
  realisedEu: number | null,
  planned: number | null,
  realised: number | null,
  companiesPlanned: number | null,
  companiesRealised: number | null,
  personsPlanned: number | null,
  personsRealised: number | null,
  hasFinalReport: boolean,
  incomplete: boolean,
  webPageOutputs: number,
];

const names = (link: string, table: string) =>
  sql.raw(`(SELECT array_agg(t.name ORDER BY l.position) FROM project_${link} l
    JOIN ${table} t ON t.id = l.${table}_id WHERE l.project_id = p.id)`);

const toExportRow = (row: Row): ProjectExportRow => ({
  code: row[0],
  fund: row[1],
  name: row[2],
  priorityAxis: row[3] === null ? null : { number: row[3] },
  specificObjective: row[4] === null ? null : { number: row[4] },
  plannedStart: row[5],
  plannedEnd: row[6],
  status: row[7],
  responsibleAuthority: row[8],
  applicant: { name: row[9], businessId: row[10], organisationType: row[11] },
  coImplementers: (row[12] ?? []).map((name) => ({ name })),
  geography: { regions: row[13] ?? [], subRegions: row[14] ?? [], municipalities: row[15] ?? [] },
  funding: {
    grantedEuState: row[16],
    realisedEuState: row[17],
    plannedPublicTotal: row[18],
    realisedPublicTotal: row[19],
  },
  indicators: {
    companiesPlanned: row[20],
    companiesRealised: row[21],
    personsPlanned: row[22],
    personsRealised: row[23],
  },
  hasFinalReport: row[24],
  incomplete: row[25],
  webPageOutputs: row[26],
});

/** Every project of a search with its export columns, in the search's order: one statement. */
export const projectExportSql = (search: ResolvedSearch) =>
  sql<Row>`SELECT p.code, p.fund::text AS fund, p.name,
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
      ${whereSql(matching(search))}
      ORDER BY ${orderSql(search)}`.compile(getKysely());

/**
 * Every project of a search in the search's order, as export rows, a batch at a time: one
 * statement read through a cursor (lib/database/cursor.ts), so PostgreSQL reads the rows in the
 * order's index once and memory holds one batch, however many projects match.
 */
export async function* streamProjectExportRows(
  search: ResolvedSearch,
  batchSize = 1000,
): AsyncGenerator<ProjectExportRow[]> {
  for await (const rows of readThroughCursor(projectExportSql(search), batchSize)) {
    yield (rows as Row[]).map(toExportRow);
  }
}
