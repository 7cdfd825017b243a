/**
 * The two CSV variants every download comes in, chosen by `format=`:
 * - `csv` (default), for programs: comma-separated, decimal point, stable English snake_case
 *   column ids, booleans as yes/no;
 * - `excel`, for a spreadsheet opened by double-click with Finnish (or Swedish) regional settings:
 *   semicolon-separated, decimal comma, CRLF lines, headers and yes/no in `lang`.
 * Both are UTF-8 with a byte-order mark, figures unformatted (no thousands separators, rates as
 * fractions), so the same file reads the same in both, only the punctuation differs.
 */
import { stringify as stringifySync } from "csv-stringify/sync";
import { createSerializer, parseAsStringLiteral } from "nuqs/server";
import { CSV_BOM, neutraliseCsvCell } from "../csv";
import en from "../i18n/messages/en.json";
import fi from "../i18n/messages/fi.json";
import sv from "../i18n/messages/sv.json";
import { locales, type Locale } from "../i18n/routing";
import type { StatTable } from "./stat-table";
import { tableToCsvRecords } from "./stat-table";

export const CSV_FORMATS = ["csv", "excel"] as const;
export type CsvFormat = (typeof CSV_FORMATS)[number];

/** The parameters a CSV download takes besides the filters (for the strict API parser and links). */
export const CSV_DOWNLOAD_PARSERS = {
  format: parseAsStringLiteral(CSV_FORMATS).withDefault("csv"),
  lang: parseAsStringLiteral(locales).withDefault("fi"),
};

const serializeDownload = createSerializer(CSV_DOWNLOAD_PARSERS, { clearOnDefault: true });

/**
 * A download address with its variant added: `/api/projects.csv?region=X&format=excel&lang=sv`
 * (`lang` null: the download has nothing in a language but the Excel variant's headers).
 */
export function csvDownloadHref(base: string, format: CsvFormat, lang: Locale | null): string {
  return serializeDownload(base, { format, lang: lang ?? (format === "excel" ? "fi" : null) });
}

/** The results CSV's link: its machine variant has nothing in a language, so only Excel's says one. */
export const projectsCsvHref = (base: string, format: CsvFormat, lang: Locale) =>
  csvDownloadHref(base, format, format === "excel" ? lang : null);

/** A cell before writing: numbers and booleans are localised by the variant, null is blank. */
export type CsvValue = string | number | boolean | null | undefined;

export interface CsvDialect {
  format: CsvFormat;
  lang: Locale;
  delimiter: "," | ";";
  decimal: "." | ",";
  recordDelimiter: "\n" | "\r\n";
}

export function csvDialect(format: CsvFormat, lang: Locale = "fi"): CsvDialect {
  return format === "excel"
    ? { format, lang, delimiter: ";", decimal: ",", recordDelimiter: "\r\n" }
    : { format, lang, delimiter: ",", decimal: ".", recordDelimiter: "\n" };
}

const MESSAGES = { fi, sv, en } as const;

/** One value as the variant writes it; a text that could start a formula is neutralised (lib/csv.ts). */
export function csvCell(value: CsvValue, dialect: CsvDialect): string | number {
  if (value === null || value === undefined) return "";
  if (typeof value === "string") return neutraliseCsvCell(value);
  if (typeof value === "boolean") {
    if (dialect.format === "csv") return value ? "yes" : "no";
    return MESSAGES[dialect.lang].csv[value ? "yes" : "no"];
  }
  if (typeof value === "number" && dialect.decimal === ",") return String(value).replace(".", ",");
  return value;
}

export const csvRow = (row: readonly CsvValue[], dialect: CsvDialect) => row.map((v) => csvCell(v, dialect));

type ProjectColumn = keyof typeof en.csv.column;

/** The results CSV's header line: the stable ids, or their names in `lang` for Excel. */
export function projectCsvHeaders(columns: readonly string[], dialect: CsvDialect): string[] {
  if (dialect.format === "csv") return [...columns];
  const names = MESSAGES[dialect.lang].csv.column as Record<ProjectColumn, string>;
  return columns.map((id) => names[id as ProjectColumn] ?? id);
}

const lineOptions = (dialect: CsvDialect) => ({
  delimiter: dialect.delimiter,
  record_delimiter: dialect.recordDelimiter,
});

/** The first line of a streamed file: the byte-order mark and the headers. */
export const csvHeaderLine = (header: readonly string[], dialect: CsvDialect) =>
  CSV_BOM + stringifySync([header.map((name) => neutraliseCsvCell(name))], lineOptions(dialect));

/**
 * When csv-stringify quotes a field, given a record delimiter as here: it holds a quote, the
 * delimiter or the record delimiter. A lone line break of the other kind (`\r` in the machine
 * CSV, `\n` in Excel's) stays unquoted, as it always has in these files.
 */
const NEEDS_QUOTES: Record<CsvFormat, RegExp> = { csv: /[",\n]/, excel: /[";]|\r\n/ };

/**
 * One row of a streamed file, in the variant, every cell neutralised: the bytes csv-stringify
 * writes for the row (tests/unit/csv-format.test.ts holds them to it), without its per-call
 * option handling, which was most of a 100,000-row download's time in Node.
 */
export function csvLine(row: readonly CsvValue[], dialect: CsvDialect): string {
  const needsQuotes = NEEDS_QUOTES[dialect.format];
  let line = "";
  for (let i = 0; i < row.length; i++) {
    const field = String(csvCell(row[i], dialect));
    if (i > 0) line += dialect.delimiter;
    line += needsQuotes.test(field) ? `"${field.replaceAll('"', '""')}"` : field;
  }
  return line + dialect.recordDelimiter;
}

/** `plannedPerParticipant` → `planned_per_participant`: a table column's machine id. */
export const columnId = (key: string) => key.replace(/[A-Z]/g, (c) => `_${c.toLowerCase()}`);

/** A statistics table as a whole CSV file in the variant. */
export function statTableCsv(table: StatTable, dialect: CsvDialect): string {
  const [headers = [], ...rows] = tableToCsvRecords(table);
  const header =
    dialect.format === "csv" ? table.columns.map((column) => columnId(column.key)) : headers.map(String);
  return stringifySync(
    [header.map((name) => neutraliseCsvCell(name)), ...rows.map((row) => csvRow(row, dialect))],
    {
      bom: true,
      ...lineOptions(dialect),
    },
  );
}
