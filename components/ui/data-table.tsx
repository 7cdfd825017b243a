import type { ReactNode } from "react";
import { ScrollRegion } from "./scroll-region";

export interface Column {
  header: string;
  /** Numbers align right and use tabular figures. */
  numeric?: boolean;
  /** A sortable column: its header links to the table sorted by it. */
  sort?: {
    href: string;
    /** Set on the column the table is sorted by. */
    current?: "ascending" | "descending";
    /** Words for screen readers after the header: "sort" or "sorted ascending". */
    hint: string;
  };
}

export interface Row {
  key: string;
  /** The row's header cell (first column). */
  header: ReactNode;
  cells: ReactNode[];
}

/** A real table: caption, column headers, row headers. Every chart's numbers live in one. */
export function DataTable({
  caption,
  captionHidden = false,
  columns,
  rows,
  testId,
  stickyRowHeaders = false,
}: {
  caption: string;
  captionHidden?: boolean;
  columns: Column[];
  rows: Row[];
  testId?: string;
  /** Keeps the row headers in view while the other columns scroll sideways (short row headers). */
  stickyRowHeaders?: boolean;
}) {
  const align = (column: Column | undefined) => (column?.numeric ? "text-right tabular-nums" : "text-left");
  const sticky = stickyRowHeaders ? "sticky left-0 z-10 max-w-[10rem] bg-white" : "";
  return (
    <ScrollRegion label={caption}>
      <table className="w-full border-collapse text-sm" data-testid={testId}>
        <caption className={captionHidden ? "sr-only" : "text-left font-semibold"}>{caption}</caption>
        <thead>
          <tr className="border-b border-slate-400">
            {columns.map((column, index) => (
              <th
                key={column.header}
                scope="col"
                aria-sort={column.sort?.current}
                className={`py-1 pr-3 align-bottom ${align(column)} ${index === 0 ? sticky : ""}`}
              >
                {column.sort ? (
                  <a href={column.sort.href} className="inline-flex items-baseline gap-1">
                    {column.header}
                    <span aria-hidden="true">
                      {column.sort.current === "ascending"
                        ? "▲"
                        : column.sort.current === "descending"
                          ? "▼"
                          : "↕"}
                    </span>
                    <span className="sr-only">({column.sort.hint})</span>
                  </a>
                ) : (
                  column.header
                )}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {rows.map((row) => (
            <tr key={row.key} className="border-b border-slate-200 align-top">
              <th scope="row" className={`py-1 pr-3 text-left font-normal ${sticky}`}>
                {row.header}
              </th>
              {row.cells.map((cell, index) => (
                <td key={index} className={`py-1 pr-3 ${align(columns[index + 1])}`}>
                  {cell}
                </td>
              ))}
            </tr>
          ))}
        </tbody>
      </table>
    </ScrollRegion>
  );
}
