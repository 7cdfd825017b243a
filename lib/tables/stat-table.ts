/**
 * Statistics tables as data: the same table feeds the page (formatted for a locale, sortable by
 * any column through the URL) and its CSV download (raw figures). Pure: no database, no React.
 */
import { compareLabels } from "../format";
import { z } from "zod";
import type { Locale } from "../i18n/routing";
import type { ResolvedSearch } from "../search/resolve-search";

/** How a column's values read: the page formats them, the CSV writes them raw. */
export type CellKind = "text" | "count" | "euro" | "rate" | "score";
export type CellValue = string | number | null;

export interface StatColumn {
  key: string;
  header: string;
  kind: CellKind;
}

export interface StatRow {
  key: string;
  /** Values by column key; the first column is the row's header. A missing key is a missing value. */
  values: Record<string, CellValue>;
  /** The language of the row's header when it is not the page's (a published Finnish name). */
  lang?: string;
}

export interface StatTable {
  /** Stable and URL-safe: names the table in `order=` and in its CSV address. */
  id: string;
  title: string;
  columns: StatColumn[];
  rows: StatRow[];
}

export interface TableOrder {
  column: string;
  direction: "asc" | "desc";
}

export const TABLE_ORDER = /^([a-z][\w-]*)\.([a-zA-Z]\w*)\.(asc|desc)$/;

/**
 * `order=funding-axis.planned.desc` (repeatable, one per table) → each table's order. Anything
 * malformed is ignored: a page falls back to the table's own order.
 */
export const tableOrdersSchema = z
  .unknown()
  .transform((value) => (Array.isArray(value) ? value : value === undefined ? [] : [value]))
  .transform((values) => {
    const orders: Record<string, TableOrder> = {};
    for (const value of values) {
      const match = typeof value === "string" ? TABLE_ORDER.exec(value) : null;
      if (match) orders[match[1]!] = { column: match[2]!, direction: match[3] as "asc" | "desc" };
    }
    return orders;
  });

/** A next-intl translator for one namespace. */
export type Translate = (key: string, values?: Record<string, string | number>) => string;

/** The message namespaces the tables' titles and headers come from, and their language. */
export interface TableTranslators {
  locale: Locale;
  funding: Translate;
  principles: Translate;
  project: Translate;
  criteria: Translate;
}

/** One table for the filtered projects, known by its id: the page shows it, its CSV serves it. */
export interface TableDefinition {
  id: string;
  build: (search: ResolvedSearch, translate: TableTranslators) => Promise<StatTable>;
}

/** A table definition whose builder need not repeat the id. */
export function defineTable(
  id: string,
  build: (search: ResolvedSearch, translate: TableTranslators) => Promise<Omit<StatTable, "id">>,
): TableDefinition {
  return { id, build: async (search, translate) => ({ id, ...(await build(search, translate)) }) };
}

export const formatTableOrder = (tableId: string, order: TableOrder) =>
  `${tableId}.${order.column}.${order.direction}`;

/**
 * The rows sorted by one column; missing values last in either direction, ties in the table's
 * own order. An unknown column leaves the table as it is.
 */
export function sortTable(table: StatTable, order: TableOrder | undefined, locale = "fi"): StatTable {
  if (!order || !table.columns.some((column) => column.key === order.column)) return table;
  const sign = order.direction === "asc" ? 1 : -1;
  const rows = table.rows
    .map((row, position) => ({ row, position }))
    .sort((a, b) => {
      const x = a.row.values[order.column] ?? null;
      const y = b.row.values[order.column] ?? null;
      if (x === null || y === null) return x === y ? a.position - b.position : x === null ? 1 : -1;
      const compared =
        typeof x === "number" && typeof y === "number" ? x - y : compareLabels(locale)(String(x), String(y));
      return compared === 0 ? a.position - b.position : sign * compared;
    })
    .map(({ row }) => row);
  return { ...table, rows };
}

/**
 * The order a table without one in its address is in by itself: its first column ascending when
 * its rows already stand so (axes by number, bins from the lowest), so the header can say so
 * and its link offers the other way; otherwise none.
 */
export function inherentOrder(table: StatTable, locale = "fi"): TableOrder | undefined {
  const first = table.columns[0];
  if (!first) return undefined;
  const order: TableOrder = { column: first.key, direction: "asc" };
  const sorted = sortTable(table, order, locale).rows;
  return sorted.every((row, i) => row === table.rows[i]) ? order : undefined;
}

/** The header line and rows for a CSV file: figures unformatted, rates as fractions, blanks for missing. */
export function tableToCsvRecords(table: StatTable): (string | number)[][] {
  const raw = (value: CellValue, kind: CellKind) =>
    value === null ? "" : kind === "rate" && typeof value === "number" ? Number(value.toFixed(4)) : value;
  return [
    table.columns.map((column) => column.header),
    ...table.rows.map((row) =>
      table.columns.map((column) => raw(row.values[column.key] ?? null, column.kind)),
    ),
  ];
}
