import type { ReactNode } from "react";
import { getTranslations } from "next-intl/server";
import { formatEuro, formatNumber, formatPercent } from "@/lib/format";
import type { Locale } from "@/lib/i18n/routing";
import type { SearchFilters } from "@/lib/search/list-state";
import {
  sortTable,
  type CellKind,
  type CellValue,
  type StatColumn,
  type StatRow,
  type StatTable,
  type TableOrder,
} from "@/lib/tables/stat-table";
import { tableCsvHref, tableSortHref } from "@/lib/tables/table-links";
import { CsvLinks } from "./csv-links";
import { DataTable } from "./data-table";

function formatCell(value: CellValue, kind: CellKind, locale: Locale): string {
  if (value === null) return "–";
  if (typeof value === "string") return value;
  switch (kind) {
    case "euro":
      return formatEuro(value, locale);
    case "rate":
      return formatPercent(value, locale);
    case "score":
      return formatNumber(value, locale, 2);
    default:
      return formatNumber(value, locale);
  }
}

/**
 * A statistics table on a page: formatted for the locale, each column header a link that sorts
 * by it (the order rides in the URL as `order=`, so a sorted view can be shared and works
 * without JavaScript), and a link to the same table as CSV.
 */
export async function StatTableView({
  table,
  locale,
  order,
  pageQuery,
  filters,
  captionHidden = true,
  cellLink,
}: {
  table: StatTable;
  locale: Locale;
  order: TableOrder | undefined;
  /** The page's current URL parameters: sort links keep them and change this table's order. */
  pageQuery: URLSearchParams;
  /** The search's filters, for the CSV link. */
  filters: SearchFilters;
  captionHidden?: boolean;
  /** Wraps a cell in a link (a drill-down), given the row and column keys. */
  cellLink?: (rowKey: string, columnKey: string, content: string) => ReactNode;
}) {
  const t = await getTranslations("table");
  const sorted = sortTable(table, order, locale);
  const sortHref = (column: string, direction: TableOrder["direction"]) =>
    tableSortHref(pageQuery, table.id, { column, direction });
  const render = (row: StatRow, column: StatColumn) => {
    const text = formatCell(row.values[column.key] ?? null, column.kind, locale);
    const rowKey = row.key;
    return cellLink ? (cellLink(rowKey, column.key, text) ?? text) : text;
  };
  return (
    <div className="space-y-1">
      <DataTable
        caption={table.title}
        captionHidden={captionHidden}
        testId={table.id}
        columns={sorted.columns.map((column) => {
          const current = order?.column === column.key ? order.direction : undefined;
          // Figures read best largest first; names from A.
          const first = column.kind === "text" ? "asc" : "desc";
          const next = current ? (current === "asc" ? "desc" : "asc") : first;
          return {
            header: column.header,
            numeric: column.kind !== "text",
            sort: {
              href: sortHref(column.key, next),
              current: current === "asc" ? "ascending" : current === "desc" ? "descending" : undefined,
              hint:
                current === "asc"
                  ? t("sortAscending")
                  : current === "desc"
                    ? t("sortDescending")
                    : t("sortHint"),
            },
          };
        })}
        rows={sorted.rows.map((row) => ({
          key: row.key,
          header: row.lang ? (
            <span lang={row.lang}>{render(row, sorted.columns[0]!)}</span>
          ) : (
            render(row, sorted.columns[0]!)
          ),
          cells: sorted.columns.slice(1).map((column) => render(row, column)),
        }))}
      />
      <CsvLinks
        label={t("download")}
        href={(format) => tableCsvHref(table, filters, locale, order, format)}
      />
    </div>
  );
}
