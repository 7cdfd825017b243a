import type { ReactNode } from "react";
import { getTranslations } from "next-intl/server";
import { formatEuro, formatNumber, formatPercent } from "@/lib/format";
import type { Locale } from "@/lib/i18n/routing";
import {
  formatTableOrder,
  sortTable,
  type CellKind,
  type CellValue,
  type StatTable,
  type TableOrder,
} from "@/lib/tables/stat-table";
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
  csvQuery,
  captionHidden = true,
  cellLink,
}: {
  table: StatTable;
  locale: Locale;
  order: TableOrder | undefined;
  /** The page's current URL parameters: sort links keep them and change this table's order. */
  pageQuery: URLSearchParams;
  /** The filters, for the CSV link. */
  csvQuery: string;
  captionHidden?: boolean;
  /** Wraps a cell in a link (a drill-down), given the row and column keys. */
  cellLink?: (rowKey: string, columnKey: string, content: string) => ReactNode;
}) {
  const t = await getTranslations("table");
  const sorted = sortTable(table, order, locale);
  const sortHref = (column: string, direction: TableOrder["direction"]) => {
    const query = new URLSearchParams(pageQuery);
    const others = query.getAll("order").filter((value) => !value.startsWith(`${table.id}.`));
    query.delete("order");
    for (const value of [...others, formatTableOrder(table.id, { column, direction })])
      query.append("order", value);
    return `?${query.toString()}#${table.id}`;
  };
  const csv = new URLSearchParams(csvQuery);
  csv.set("lang", locale);
  // Only an order the table can follow: the API refuses a column it does not have.
  if (order && table.columns.some((column) => column.key === order.column))
    csv.set("order", formatTableOrder(table.id, order));
  const render = (value: CellValue, rowKey: string, index: number) => {
    const column = sorted.columns[index]!;
    const text = formatCell(value, column.kind, locale);
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
            <span lang={row.lang}>{render(row.cells[0] ?? null, row.key, 0)}</span>
          ) : (
            render(row.cells[0] ?? null, row.key, 0)
          ),
          cells: row.cells.slice(1).map((value, index) => render(value, row.key, index + 1)),
        }))}
      />
      <p className="text-sm">
        <a href={`/api/tables/${table.id}.csv?${csv.toString()}`} download>
          {t("download")}
        </a>
      </p>
    </div>
  );
}
