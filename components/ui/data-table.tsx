"use client";

import { isValidElement, type ReactNode } from "react";
import { SCROLLING_CAPTION, ScrollRegion } from "./scroll-region";

/**
 * Words in a cell as data, optionally in another language (`lang`), optionally a link: the table
 * draws the markup in the browser, so a row of a long table costs its words in the page's
 * hydration data rather than its markup twice. A plain anchor, not a client-side Link: one per
 * row would be a component to hydrate and prefetch.
 */
export interface TextCell {
  text: string;
  href?: string;
  /** Before the text, outside its `lang` (a project code before a Finnish name). */
  lead?: string;
  lang?: string;
}
/** Formatted text (best for long tables), a TextCell, or any markup the server rendered. */
export type Cell = ReactNode | TextCell;

const isTextCell = (cell: Cell): cell is TextCell =>
  typeof cell === "object" && cell !== null && !isValidElement(cell) && "text" in cell;

// A function, not a component: one fewer fiber per cell to hydrate.
function cellContent(cell: Cell): ReactNode {
  if (!isTextCell(cell)) return cell;
  const text = cell.lang ? <span lang={cell.lang}>{cell.text}</span> : cell.text;
  const content =
    cell.lead === undefined ? (
      text
    ) : (
      <>
        {cell.lead} {text}
      </>
    );
  return cell.href ? <a href={cell.href}>{content}</a> : content;
}

export interface Column {
  header: string;
  /** Numbers align right and use tabular figures. */
  numeric?: boolean;
  /** A sortable column: its header links to the table sorted by it. */
  sort?: {
    /** Ends in the link's own fragment (`#<table>-sort-<column>`), the link's id. */
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
  header: Cell;
  cells: Cell[];
}

/**
 * A real table: caption, column headers, row headers. Every chart's numbers live in one. A client
 * component so that its rows arrive as data (formatted on the server: no number is formatted in
 * the browser, where another ICU could write it differently and break hydration).
 */
export function DataTable({
  caption,
  captionHidden = false,
  columns,
  rows,
  testId,
  id,
  stickyRowHeaders = false,
}: {
  caption: string;
  captionHidden?: boolean;
  columns: Column[];
  rows: Row[];
  testId?: string;
  /** The table's own id, for links that land on it rather than on its section. */
  id?: string;
  /** Keeps the row headers in view while the other columns scroll sideways (short row headers). */
  stickyRowHeaders?: boolean;
}) {
  // Numeric cells carry one short class; the rest of every cell's look is set once on the table
  // (a table of 150 rows would otherwise repeat the same classes 600 times, in the HTML and again
  // in the hydration data).
  const align = (column: Column | undefined) => (column?.numeric ? "num" : "text-left");
  const sticky = stickyRowHeaders ? "sticky left-0 z-10 max-w-[10rem] bg-white" : "";
  return (
    <ScrollRegion label={caption}>
      <table
        className="w-full border-collapse text-sm [&_.num]:text-right [&_.num]:tabular-nums [&_tbody_td]:py-1 [&_tbody_td]:pr-3 [&_tbody_th]:py-1 [&_tbody_th]:pr-3 [&_tbody_th]:text-left [&_tbody_th]:font-normal [&_tbody_tr]:border-b [&_tbody_tr]:border-slate-200 [&_tbody_tr]:align-top"
        data-testid={testId}
        id={id}
      >
        <caption className={captionHidden ? "sr-only" : `${SCROLLING_CAPTION} font-semibold`}>
          {caption}
        </caption>
        <thead>
          <tr className="border-b border-slate-400">
            {columns.map((column, index) => (
              <th
                key={column.header}
                scope="col"
                aria-sort={column.sort?.current}
                className={`py-1 pr-3 align-bottom ${align(column)} ${index === 0 ? sticky : ""}`}
                // Wide enough for a long header to wrap onto two lines, not five: a narrow
                // screen's table (which scrolls anyway) otherwise has a header row three times
                // the height of its words.
                style={{ minWidth: `${Math.min(24, Math.ceil(column.header.length / 2) + 3)}ch` }}
              >
                {column.sort ? (
                  // Inline, the arrow follows the header's last word however the header wraps,
                  // and a no-break space keeps it from starting a line of its own.
                  // The reloaded page comes back to this link (scrolled to, with a margin that
                  // keeps what is above the table in sight, and focused by RouteFocus), so the
                  // keyboard carries on from the header it sorted by.
                  <a href={column.sort.href} id={column.sort.href.split("#")[1]} className="scroll-mt-32">
                    {column.header}
                    {"\u00a0"}
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
            <tr key={row.key}>
              <th scope="row" className={sticky || undefined}>
                {cellContent(row.header)}
              </th>
              {row.cells.map((cell, index) => (
                <td key={index} className={columns[index + 1]?.numeric ? "num" : undefined}>
                  {cellContent(cell)}
                </td>
              ))}
            </tr>
          ))}
        </tbody>
      </table>
    </ScrollRegion>
  );
}
