/** A search's filters as SQL conditions on `project p` (pure: builds SQL, runs nothing). */
import { sql, type RawBuilder, type SqlBool } from "kysely";
import { FILTER_KEYS, FILTERS, textCondition, type FilterKey, type TextMode } from "./filters";
import type { SearchFilters } from "./list-state";

/** The SQL conditions on `project p` of a search; `except` leaves one filter out (facet counts). */
export function searchConditions(
  filters: SearchFilters,
  textMode: TextMode | null,
  options: { except?: FilterKey } = {},
): RawBuilder<SqlBool>[] {
  const conditions: RawBuilder<SqlBool>[] = [];
  if (filters.q) conditions.push(textCondition(filters.q, textMode ?? "fulltext"));
  for (const key of FILTER_KEYS) {
    const where = FILTERS[key].where;
    const value = filters[key];
    if (!where || key === options.except || value === null) continue;
    if (Array.isArray(value) && value.length === 0) continue;
    conditions.push((where as (value: unknown) => RawBuilder<SqlBool>)(value));
  }
  return conditions;
}

/** `WHERE a AND b` (or nothing) for a raw query on `project p`. */
export function whereSql(conditions: RawBuilder<SqlBool>[]): RawBuilder<unknown> {
  return conditions.length ? sql`WHERE ${sql.join(conditions, sql` AND `)}` : sql``;
}
