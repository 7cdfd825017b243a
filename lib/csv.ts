/**
 * Every CSV the registry writes goes through here, so a cell can never become a spreadsheet
 * formula. A text starting with `=`, `+`, `-`, `@`, a tab or a carriage return is prefixed with a
 * single quote (OWASP "CSV injection"); numbers stay numbers, so figures keep their type.
 */
import { stringify } from "csv-stringify/sync";

export type CsvCell = string | number | null | undefined;

const FORMULA_START = /^[=+\-@\t\r]/;

/** The cell as it is safe to write: a number unchanged, a formula-looking text quoted. */
export function neutraliseCsvCell(value: CsvCell): string | number {
  if (value === null || value === undefined) return "";
  if (typeof value === "number") return value;
  return FORMULA_START.test(value) ? `'${value}` : value;
}

/** A byte-order mark, so spreadsheets open the UTF-8 file with Finnish letters intact. */
export const CSV_BOM = "\ufeff";

/** CSV lines (each ending in a newline) for these rows, every cell neutralised. */
export function toCsvLines(rows: readonly (readonly CsvCell[])[]): string {
  return stringify(rows.map((row) => row.map(neutraliseCsvCell)));
}
