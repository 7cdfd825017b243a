/**
 * The views `npm run bench:web` measures: each a URL per request number (0: the one cached URL;
 * 1, 2, …: a new combination each time, drawn from the data) and the SQL floor it is compared
 * with (the view's essential queries, compiled from the registry's own search conditions).
 */
import {
  DummyDriver,
  Kysely,
  sql,
  PostgresAdapter,
  PostgresIntrospector,
  PostgresQueryCompiler,
} from "kysely";
import type pg from "pg";
import { filtersOf, parseListState } from "../../lib/search/list-state";
import { relevanceOrder } from "../../lib/search/filters";
import { searchConditions, whereSql } from "../../lib/search/search-sql";

export type Samples = number[];
type Floor = "list" | "project" | "funding" | "principles" | "compare" | "benchmark";
export interface View {
  label: string;
  url: (request: number) => string;
  floor: Floor;
}

// Knuth's multiplicative hash: a different, repeatable choice for every request number.
const pick = <T>(items: readonly T[], request: number, salt: number) =>
  items[((request * 2654435761 + salt * 40503) >>> 0) % items.length]!;

export async function viewsOf(client: pg.Client): Promise<View[]> {
  const column = async (query: string) => (await client.query<{ v: string }>(query)).rows.map((row) => row.v);
  // One client answers one query at a time.
  const words =
    await column(`SELECT w AS v FROM (SELECT DISTINCT regexp_split_to_table(lower(name), '[^[:alpha:]]+') AS w
      FROM (SELECT name FROM project LIMIT 5000) p) x WHERE length(w) > 4`);
  const axes = await column("SELECT number AS v FROM priority_axis");
  const regions = await column("SELECT name AS v FROM region");
  const codes = await column("SELECT code AS v FROM project");
  const facets = (i: number) =>
    `fund=${pick(["ESF", "ERDF"], i, 1)}&axis=${encodeURIComponent(pick(axes, i, 2))}&region=${encodeURIComponent(pick(regions, i, 3))}`;
  const word = (i: number) => encodeURIComponent(pick(words, i, 4));
  const fixed = (url: string, vary: (i: number) => string) => (i: number) => (i === 0 ? url : vary(i));
  return [
    {
      label: "search, no filter",
      floor: "list",
      url: fixed("/projects", (i) => `/projects?page=${1 + (i % 400)}`),
    },
    { label: "search, a new word", floor: "list", url: (i) => `/projects?q=${word(i)}` },
    { label: "search, three facets", floor: "list", url: (i) => `/projects?${facets(i)}` },
    {
      label: "search, word + three facets",
      floor: "list",
      url: (i) => `/projects?q=${word(i)}&${facets(i)}`,
    },
    { label: "project page", floor: "project", url: (i) => `/projects/${pick(codes, i, 5)}` },
    { label: "API, one project", floor: "project", url: (i) => `/api/projects/${pick(codes, i, 6)}` },
    { label: "funding, no filter", floor: "funding", url: () => "/funding" },
    { label: "funding, three facets", floor: "funding", url: (i) => `/funding?${facets(i)}` },
    { label: "principles, no filter", floor: "principles", url: () => "/principles" },
    { label: "principles, three facets", floor: "principles", url: (i) => `/principles?${facets(i)}` },
    {
      label: "compare, three projects",
      floor: "compare",
      url: (i) => `/compare?codes=${[7, 8, 9].map((salt) => pick(codes, i, salt)).join(",")}`,
    },
    {
      label: "benchmark a plan",
      floor: "benchmark",
      url: (i) =>
        `/funding/benchmark?planned=${100000 + (i % 50) * 10000}&months=24&participants=200&axis=${encodeURIComponent(pick(axes, i, 10))}`,
    },
    {
      label: "benchmark, budget only",
      floor: "benchmark",
      url: (i) =>
        `/funding/benchmark?planned=${100000 + (i % 50) * 10000}&region=${encodeURIComponent(pick(regions, i, 11))}`,
    },
  ];
}

const compiler = new Kysely<unknown>({
  dialect: {
    createAdapter: () => new PostgresAdapter(),
    createDriver: () => new DummyDriver(),
    createIntrospector: (db) => new PostgresIntrospector(db),
    createQueryCompiler: () => new PostgresQueryCompiler(),
  },
});

/** The search's WHERE clause (text as full text) and parameters, from the URL's query. */
function where(url: string) {
  const query = new URL(url, "http://x").searchParams;
  const state = parseListState(query);
  const compiled = whereSql(searchConditions(filtersOf(state), "fulltext")).compile(compiler);
  return { sql: compiled.sql, parameters: compiled.parameters as unknown[], query };
}

/**
 * The list's first page in the list's own order: by name, or with a word by relevance (every
 * match ranked: what a relevance order costs at least).
 */
function firstPage(url: string) {
  const filters = filtersOf(parseListState(new URL(url, "http://x").searchParams));
  const order = filters.q ? relevanceOrder(filters.q, sql`p`) : sql`p.name, p.code`;
  return sql`SELECT p.code, p.name FROM project p ${whereSql(searchConditions(filters, "fulltext"))}
    ORDER BY ${order} LIMIT 20`.compile(compiler);
}

export function floorQueries(client: pg.Client): Record<Floor, (url: string) => Promise<unknown>> {
  const code = (url: string) => url.split("/").at(-1)!;
  return {
    list: async (url) => {
      const w = where(url);
      await client.query(`SELECT count(*), sum(planned_public_total) FROM project p ${w.sql}`, w.parameters);
      const page = firstPage(url);
      await client.query(page.sql, page.parameters as unknown[]);
    },
    project: async (url) => {
      await client.query("SELECT * FROM project WHERE code = $1", [code(url)]);
      await client.query(
        "SELECT * FROM sustainability_score s JOIN project p ON p.id = s.project_id WHERE p.code = $1",
        [code(url)],
      );
    },
    funding: async (url) => {
      const w = where(url);
      await client.query(
        `SELECT p.priority_axis_id, count(*), sum(planned_public_total), sum(realised_public_total) FROM project p ${w.sql} GROUP BY 1`,
        w.parameters,
      );
    },
    principles: async (url) => {
      const w = where(url);
      await client.query(
        `SELECT s.criterion, avg(s.direct), avg(s.indirect) FROM project p JOIN sustainability_score s ON s.project_id = p.id ${w.sql} GROUP BY 1`,
        w.parameters,
      );
    },
    compare: async (url) => {
      const codes = new URL(url, "http://x").searchParams.get("codes")!.split(",");
      await client.query("SELECT * FROM project WHERE code = ANY($1)", [codes]);
    },
    benchmark: async (url) => {
      const w = where(url.replace("/funding/benchmark", "/projects"));
      await client.query(
        `SELECT count(*), percentile_cont(0.5) WITHIN GROUP (ORDER BY realised_public_total) FROM project p ${w.sql}
         ${w.sql ? "AND" : "WHERE"} planned_public_total IS NOT NULL AND realised_public_total IS NOT NULL`,
        w.parameters,
      );
    },
  };
}

const names = (link: string, table: string) =>
  `(SELECT string_agg(t.name, '; ' ORDER BY l.position) FROM project_${link} l JOIN ${table} t ON t.id = l.${table}_id WHERE l.project_id = p.id)`;

/** The projects CSV's 27 columns for every project in the list's order: the export's COPY floor. */
export const EXPORT_COLUMNS_SQL = `SELECT p.code, p.fund, p.name, a.number, o.number, p.planned_start, p.planned_end,
  p.status, ra.name, p.applicant_name, p.applicant_business_id, p.applicant_type,
  (SELECT string_agg(c.name, '; ' ORDER BY c.position) FROM project_co_implementer c WHERE c.project_id = p.id),
  ${names("region", "region")}, ${names("sub_region", "sub_region")}, ${names("municipality", "municipality")},
  p.granted_eu_state, p.realised_eu_state, p.planned_public_total, p.realised_public_total,
  round(p.realised_public_total / NULLIF(p.planned_public_total, 0), 4), p.companies_planned, p.companies_realised,
  p.persons_planned, p.persons_realised, p.final_report_summary IS NOT NULL, p.incomplete
  FROM project p
  LEFT JOIN priority_axis a ON a.id = p.priority_axis_id
  LEFT JOIN specific_objective o ON o.id = p.specific_objective_id
  LEFT JOIN responsible_authority ra ON ra.id = p.responsible_authority_id
  ORDER BY p.name, p.code`;
