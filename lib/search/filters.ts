/**
 * Every filter of the project list, defined once: how it reads from and writes to the URL (a
 * nuqs parser), its SQL condition on `project p`, how it groups projects for facet counts and
 * breakdowns, and which form control shows it. The URL state, the strict API parser, the facet
 * counts, the funding breakdowns and the filter form are all derived from this table, so adding
 * a facet is one entry here plus its messages (`projects.facet.<key>`).
 *
 * SQL is written with Kysely's `sql` tag; values always travel as parameters, and table or
 * column names only ever come from this file.
 */
import { sql, type RawBuilder, type SqlBool } from "kysely";
import { parseAsNativeArrayOf, parseAsStringLiteral, type SingleParserBuilder } from "nuqs/server";
import { QUALITY_NOTE_KINDS } from "../domain/data-quality";
import { PROGRAMME_PERIODS } from "../schemas/record";
import { parseAsIntegerIn, parseAsNumberIn, parseAsText } from "./url-parsers";

/** How the projects group by a filter's values: value, its label and the joins it needs. */
export interface Grouping {
  value: RawBuilder<unknown>;
  label: RawBuilder<unknown>;
  from: RawBuilder<unknown>;
}

export type TextMode = "fulltext" | "fuzzy";

/** How a filter shows in the search form. */
export type FilterControl =
  | { kind: "text" }
  | { kind: "facet" }
  | { kind: "place"; level: "region" | "subRegion" | "municipality" }
  | {
      kind: "range";
      group: "startYear" | "plannedRange";
      bound: "min" | "max";
      min: number;
      max?: number;
      step: number;
    }
  | { kind: "choice"; options: readonly string[] }
  | { kind: "options"; options: readonly string[] };

/** A grouping by a column of `project p` itself. */
const column = (name: string, expression: RawBuilder<unknown> = sql.ref(`p.${name}`)): Grouping => ({
  value: expression,
  label: expression,
  from: sql``,
});
const numbered = (alias: string, table: string, foreignKey: string): Grouping => ({
  value: sql.raw(`${alias}.number`),
  label: sql.raw(`${alias}.number || '. ' || ${alias}.name`),
  from: sql.raw(`JOIN ${table} ${alias} ON ${alias}.id = p.${foreignKey}`),
});
const place = (alias: string, table: string): Grouping => ({
  value: sql.raw(`${alias}.name`),
  label: sql.raw(`${alias}.name`),
  from: sql.raw(
    `JOIN project_${table} ${alias}_link ON ${alias}_link.project_id = p.id JOIN ${table} ${alias} ON ${alias}.id = ${alias}_link.${table}_id`,
  ),
});
const placeCondition = (table: string, names: string[]) =>
  sql<SqlBool>`EXISTS (SELECT 1 FROM ${sql.table(`project_${table}`)} x JOIN ${sql.table(table)} t ON t.id = x.${sql.ref(`${table}_id`)}
    WHERE x.project_id = p.id AND t.name = ANY(${names}))`;

/** Repeated parameters (`region=A&region=B`), each value checked by `item`. */
const listOf = <T extends string>(item: SingleParserBuilder<T>) => parseAsNativeArrayOf(item);

/** A counted facet: checkboxes with counts that honour every other active filter. */
function facet<T extends string>(
  item: SingleParserBuilder<T>,
  grouping: Grouping,
  where: (values: T[]) => RawBuilder<SqlBool>,
  control: FilterControl = { kind: "facet" },
) {
  return { item, parser: listOf(item), grouping, where, control };
}

export const FUZZY_THRESHOLD = 0.45;

/**
 * The query's words made safe for to_tsquery, each as a prefix ("kunt" finds "kunta"): those to
 * find (phrases left to websearch), and those after a minus to leave out. Excluded by prefix
 * too: the stemmer writes "kunta" as kun and "kuntien" as kunt, so websearch's -kunta alone
 * left "kuntien" in.
 */
function prefixTerms(q: string): { find: string[]; exclude: string[] } {
  const find: string[] = [];
  const exclude: string[] = [];
  for (const chunk of q.replace(/"[^"]*"/g, " ").split(/\s+/))
    for (const word of chunk.split(/[^\p{L}\p{N}]+/u))
      if (word.length > 0 && !/^(or|and)$/i.test(word))
        (chunk.startsWith("-") ? exclude : find).push(`${word}:*`);
  return { find, exclude };
}

/** A query that only leaves words out (`-kunta`): there is nothing to look for by similar names. */
export const onlyExcludes = (q: string): boolean =>
  !/"[^"]*[\p{L}\p{N}][^"]*"/u.test(q) && prefixTerms(q).find.length === 0;

/**
 * Finnish full text: websearch syntax (phrases in quotes, -exclusion) with stemming, or every
 * word as a prefix; an excluded word is left out both ways.
 */
export function textQuerySql(q: string): RawBuilder<unknown> {
  const { find, exclude } = prefixTerms(q);
  const websearch = sql`websearch_to_tsquery('finnish', ${q})`;
  const found =
    find.length > 0 ? sql`(${websearch} || to_tsquery('finnish', ${find.join(" & ")}))` : websearch;
  return exclude.length > 0
    ? sql`(${found} && to_tsquery('finnish', ${exclude.map((term) => `!${term}`).join(" & ")}))`
    : found;
}

/**
 * Relevance to a full-text query: the rank, then the code. `table` is `project` or the narrow copy
 * of its vectors and codes the list ranks on (migration 0011): the same order from either.
 * Several words are ranked by cover density (`ts_rank_cd`: the nearer together, the higher). One
 * word has no nearness to measure, and cover density only adds up its occurrences; `ts_rank`
 * weighs its best-placed occurrence and less for each repeat, and ranked a common word's 99,000
 * matches at 100,000 projects in 65 against 155 ms (its prefix half is where cover density is slow).
 */
export function relevanceOrder(q: string, table: RawBuilder<unknown>): RawBuilder<unknown> {
  const rank = sql.raw((q.match(/[\p{L}\p{N}]+/gu) ?? []).length > 1 ? "ts_rank_cd" : "ts_rank");
  return sql`${rank}(${table}.search_vector, ${textQuerySql(q)}) DESC, ${table}.code`;
}

/** Full text, or (typo-tolerant mode) names and applicants compared by trigram similarity. */
export function textCondition(q: string, mode: TextMode): RawBuilder<SqlBool> {
  if (mode === "fuzzy") {
    return sql<SqlBool>`(word_similarity(${q}, p.name) >= ${FUZZY_THRESHOLD} OR word_similarity(${q}, coalesce(p.applicant_name, '')) >= ${FUZZY_THRESHOLD})`;
  }
  return sql<SqlBool>`p.search_vector @@ ${textQuerySql(q)}`;
}

const QUALITY_OPTIONS = [
  "incomplete",
  ...QUALITY_NOTE_KINDS.filter((kind) => kind !== "incompleteRecord"),
] as const;

export const FILTERS = {
  q: {
    parser: parseAsText,
    // The text condition depends on the resolved text mode (lib/search/resolve-search.ts).
    where: null,
    control: { kind: "text" },
  },
  period: facet(
    parseAsStringLiteral(PROGRAMME_PERIODS),
    column("programme_period"),
    (values) => sql<SqlBool>`p.programme_period = ANY(${values})`,
  ),
  fund: facet(
    parseAsStringLiteral(["ESF", "ERDF"] as const),
    column("fund", sql`p.fund::text`),
    (values) => sql<SqlBool>`p.fund::text = ANY(${values})`,
  ),
  axis: facet(
    parseAsText,
    numbered("a", "priority_axis", "priority_axis_id"),
    (values) =>
      sql<SqlBool>`p.priority_axis_id IN (SELECT id FROM priority_axis WHERE number = ANY(${values}))`,
  ),
  objective: facet(
    parseAsText,
    numbered("o", "specific_objective", "specific_objective_id"),
    (values) =>
      sql<SqlBool>`p.specific_objective_id IN (SELECT id FROM specific_objective WHERE number = ANY(${values}))`,
  ),
  authority: facet(
    parseAsText,
    {
      value: sql`ra.name`,
      label: sql`ra.name`,
      from: sql`JOIN responsible_authority ra ON ra.id = p.responsible_authority_id`,
    },
    (values) =>
      sql<SqlBool>`p.responsible_authority_id IN (SELECT id FROM responsible_authority WHERE name = ANY(${values}))`,
  ),
  region: facet(parseAsText, place("r", "region"), (values) => placeCondition("region", values), {
    kind: "place",
    level: "region",
  }),
  subRegion: facet(parseAsText, place("s", "sub_region"), (values) => placeCondition("sub_region", values), {
    kind: "place",
    level: "subRegion",
  }),
  municipality: facet(
    parseAsText,
    place("m", "municipality"),
    (values) => placeCondition("municipality", values),
    { kind: "place", level: "municipality" },
  ),
  orgType: facet(
    parseAsText,
    column("applicant_type"),
    (values) => sql<SqlBool>`p.applicant_type = ANY(${values})`,
  ),
  status: facet(parseAsText, column("status"), (values) => sql<SqlBool>`p.status = ANY(${values})`),
  startFrom: {
    parser: parseAsIntegerIn(1990, 2100),
    where: (year: number) => sql<SqlBool>`p.planned_start >= make_date(${year}::int, 1, 1)`,
    control: { kind: "range", group: "startYear", bound: "min", min: 1990, max: 2100, step: 1 },
  },
  startTo: {
    parser: parseAsIntegerIn(1990, 2100),
    where: (year: number) => sql<SqlBool>`p.planned_start < make_date(${year}::int + 1, 1, 1)`,
    control: { kind: "range", group: "startYear", bound: "max", min: 1990, max: 2100, step: 1 },
  },
  plannedMin: {
    parser: parseAsNumberIn(0, 1e12),
    where: (euros: number) => sql<SqlBool>`p.planned_public_total >= ${euros}`,
    control: { kind: "range", group: "plannedRange", bound: "min", min: 0, step: 1000 },
  },
  plannedMax: {
    parser: parseAsNumberIn(0, 1e12),
    where: (euros: number) => sql<SqlBool>`p.planned_public_total <= ${euros}`,
    control: { kind: "range", group: "plannedRange", bound: "max", min: 0, step: 1000 },
  },
  finalReport: {
    parser: parseAsStringLiteral(["yes", "no"] as const),
    where: (value: "yes" | "no") =>
      value === "yes"
        ? sql<SqlBool>`p.final_report_summary IS NOT NULL`
        : sql<SqlBool>`p.final_report_summary IS NULL`,
    control: { kind: "choice", options: ["yes", "no"] },
  },
  quality: {
    item: parseAsStringLiteral(QUALITY_OPTIONS),
    parser: listOf(parseAsStringLiteral(QUALITY_OPTIONS)),
    where: (kinds: (typeof QUALITY_OPTIONS)[number][]) => {
      const notes = kinds.filter((kind) => kind !== "incomplete");
      const parts: RawBuilder<SqlBool>[] = [];
      if (kinds.includes("incomplete")) parts.push(sql<SqlBool>`p.incomplete`);
      if (notes.length > 0) {
        parts.push(
          sql<SqlBool>`EXISTS (SELECT 1 FROM data_quality_note n WHERE n.project_id = p.id AND n.kind = ANY(${notes}))`,
        );
      }
      return sql<SqlBool>`(${sql.join(parts, sql` OR `)})`;
    },
    control: { kind: "options", options: QUALITY_OPTIONS },
  },
} as const;

export type FilterKey = keyof typeof FILTERS;
export const FILTER_KEYS = Object.keys(FILTERS) as FilterKey[];

/** The filters counted as facets (their own filter left out of their counts). */
export type FacetKey = {
  [K in FilterKey]: (typeof FILTERS)[K] extends { grouping: Grouping } ? K : never;
}[FilterKey];
export const FACET_KEYS = FILTER_KEYS.filter((key): key is FacetKey => "grouping" in FILTERS[key]);

/** Groupings that are not filters: funding breakdowns by start year. */
export const EXTRA_GROUPINGS = {
  startYear: column("planned_start", sql`extract(year FROM p.planned_start)::int::text`),
} satisfies Record<string, Grouping>;

export type GroupingKey = FacetKey | keyof typeof EXTRA_GROUPINGS;

export function groupingFor(key: GroupingKey): Grouping {
  return key in EXTRA_GROUPINGS
    ? EXTRA_GROUPINGS[key as keyof typeof EXTRA_GROUPINGS]
    : FILTERS[key as FacetKey].grouping;
}
