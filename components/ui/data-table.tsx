import type { ReactNode } from "react";

export interface Column {
  header: string;
  /** Numbers align right and use tabular figures. */
  numeric?: boolean;
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
}: {
  caption: string;
  captionHidden?: boolean;
  columns: Column[];
  rows: Row[];
  testId?: string;
}) {
  const align = (column: Column | undefined) => (column?.numeric ? "text-right tabular-nums" : "text-left");
  return (
    <div className="overflow-x-auto">
      <table className="w-full border-collapse text-sm" data-testid={testId}>
        <caption className={captionHidden ? "sr-only" : "text-left font-semibold"}>{caption}</caption>
        <thead>
          <tr className="border-b border-slate-400">
            {columns.map((column) => (
              <th key={column.header} scope="col" className={`py-1 pr-3 ${align(column)}`}>
                {column.header}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {rows.map((row) => (
            <tr key={row.key} className="border-b border-slate-200 align-top">
              <th scope="row" className="py-1 pr-3 text-left font-normal">
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
    </div>
  );
}
