/**
 * The whole registry as files, written after an import changed the data (never by a request):
 * one CSV per table with a data dictionary, and JSON Lines of the canonical records, in
 * `<root>/<version>/` with a manifest of sizes, row counts and SHA-256 checksums. Everything is
 * read in one REPEATABLE READ transaction, so the files agree with each other; the folder is
 * written under a temporary name and renamed when complete.
 */
import { createHash } from "node:crypto";
import { createReadStream, createWriteStream } from "node:fs";
import fs from "node:fs/promises";
import path from "node:path";
import { finished } from "node:stream/promises";
import { stringify } from "csv-stringify/sync";
import { createPrismaClient } from "../database/prisma";
import type { Prisma } from "../generated/prisma/client";
import {
  EXPORT_LICENCE,
  MANIFEST,
  readManifest,
  versionOf,
  type ExportFile,
  type ExportManifest,
} from "./manifest";
import { recordLines } from "./record-lines";

/** The registry's data tables, in the order a reader meets them (the import history stays out). */
export const EXPORTED_TABLES = [
  "project",
  "priority_axis",
  "specific_objective",
  "responsible_authority",
  "organisation",
  "region",
  "sub_region",
  "municipality",
  "project_co_implementer",
  "project_target_group",
  "project_region",
  "project_sub_region",
  "project_municipality",
  "gender_equality_answer",
  "sustainability_score",
  "data_quality_note",
  "project_web_page",
  "web_page_item",
] as const;

// Derived columns (the full-text index) are not data.
const SKIPPED_TYPES = new Set(["tsvector"]);
const CHUNK = 5000;
const KEPT_VERSIONS = 2;

type Tx = Prisma.TransactionClient;

interface Column {
  table: string;
  column: string;
  type: string;
  nullable: boolean;
  description: string | null;
}

async function columnsOf(tx: Tx): Promise<Column[]> {
  const rows = await tx.$queryRaw<
    {
      table_name: string;
      column_name: string;
      data_type: string;
      is_nullable: string;
      description: string | null;
    }[]
  >`SELECT c.table_name, c.column_name, c.udt_name AS data_type, c.is_nullable,
           col_description(format('%I', c.table_name)::regclass, c.ordinal_position) AS description
      FROM information_schema.columns c
     WHERE c.table_schema = current_schema() AND c.table_name = ANY(${[...EXPORTED_TABLES]})
     ORDER BY c.table_name, c.ordinal_position`;
  return rows
    .filter((row) => !SKIPPED_TYPES.has(row.data_type))
    .map((row) => ({
      table: row.table_name,
      column: row.column_name,
      type: row.data_type,
      nullable: row.is_nullable === "YES",
      description: row.description,
    }));
}

async function primaryKey(tx: Tx, table: string): Promise<string[]> {
  const rows = await tx.$queryRaw<{ attname: string }[]>`
    SELECT a.attname FROM pg_index i
      JOIN pg_attribute a ON a.attrelid = i.indrelid AND a.attnum = ANY(i.indkey)
     WHERE i.indrelid = format('%I', ${table}::text)::regclass AND i.indisprimary
     ORDER BY array_position(i.indkey, a.attnum)`;
  return rows.map((row) => row.attname);
}

const quote = (name: string) => `"${name.replace(/"/g, '""')}"`;

/** Writes rows to `file` as the generator yields them; returns how many. */
async function writeLines(file: string, lines: AsyncIterable<string>): Promise<number> {
  const out = createWriteStream(file);
  let rows = 0;
  for await (const line of lines) {
    if (!out.write(line)) await new Promise<void>((resolve) => out.once("drain", () => resolve()));
    rows++;
  }
  out.end();
  await finished(out);
  return rows;
}

/** CSV lines: an empty cell is NULL; an empty string would be quoted (""). */
async function* csvLines(header: string[], rows: AsyncIterable<(string | null)[]>): AsyncGenerator<string> {
  const line = (values: (string | null)[]) =>
    stringify([values.map((value) => value ?? undefined)], { quoted_empty: true });
  yield line(header);
  for await (const values of rows) yield line(values);
}

/**
 * A table's rows in key order through a cursor of the export's transaction: each row is read
 * once (an OFFSET page would rescan every row before it, quadratic over a large table).
 */
async function* tableRows(tx: Tx, table: string, columns: string[], key: string[]) {
  const select = columns.map((column) => `${quote(column)}::text`).join(", ");
  const order = (key.length > 0 ? key : columns).map(quote).join(", ");
  const cursor = quote(`export_${table}`);
  await tx.$executeRawUnsafe(
    `DECLARE ${cursor} NO SCROLL CURSOR FOR SELECT ${select} FROM ${quote(table)} ORDER BY ${order}`,
  );
  try {
    for (;;) {
      const rows = await tx.$queryRawUnsafe<Record<string, string | null>[]>(`FETCH ${CHUNK} FROM ${cursor}`);
      for (const row of rows) yield columns.map((column) => row[column] ?? null);
      if (rows.length < CHUNK) return;
    }
  } finally {
    await tx.$executeRawUnsafe(`CLOSE ${cursor}`);
  }
}

async function describeFile(file: string, entry: Omit<ExportFile, "bytes" | "sha256">): Promise<ExportFile> {
  const hash = createHash("sha256");
  for await (const chunk of createReadStream(file)) hash.update(chunk as Buffer);
  return { ...entry, bytes: (await fs.stat(file)).size, sha256: hash.digest("hex") };
}

export interface ExportResult {
  manifest: ExportManifest;
  /** False when the files of this data version already existed. */
  written: boolean;
}

/** Writes the files of the current data unless they exist; keeps the latest two versions. */
export async function generateExports(databaseUrl: string, root: string): Promise<ExportResult> {
  const prisma = createPrismaClient(databaseUrl, 2);
  try {
    return await prisma.$transaction(
      async (tx) => {
        const [row] = await tx.$queryRaw<{ changed_at: Date | null }[]>`
          SELECT greatest((SELECT max(updated_at) FROM project), (SELECT max(imported_at) FROM project_web_page)) AS changed_at`;
        const changedAt = row?.changed_at ?? new Date(0);
        const version = versionOf(changedAt);
        const existing = await readManifest(root, version);
        if (existing) return { manifest: existing, written: false };

        const staging = path.join(root, `.staging-${version}-${process.pid}`);
        await fs.rm(staging, { recursive: true, force: true });
        await fs.mkdir(staging, { recursive: true });
        const files: ExportFile[] = [];
        const columns = await columnsOf(tx);
        for (const table of EXPORTED_TABLES) {
          const names = columns.filter((column) => column.table === table).map((column) => column.column);
          const file = path.join(staging, `${table}.csv`);
          const rows = await writeLines(
            file,
            csvLines(names, tableRows(tx, table, names, await primaryKey(tx, table))),
          );
          files.push(
            await describeFile(file, { name: `${table}.csv`, kind: "table", table, rows: rows - 1 }),
          );
        }
        const dictionary = path.join(staging, "data_dictionary.csv");
        const dictionaryRows = (async function* () {
          for (const column of columns)
            yield [
              column.table,
              column.column,
              column.type,
              column.nullable ? "yes" : "no",
              column.description,
            ];
        })();
        const dictionaryLines = await writeLines(
          dictionary,
          csvLines(["table", "column", "type", "nullable", "description"], dictionaryRows),
        );
        files.push(
          await describeFile(dictionary, {
            name: "data_dictionary.csv",
            kind: "dictionary",
            rows: dictionaryLines - 1,
          }),
        );
        const records = path.join(staging, "projects.jsonl");
        const recordCount = await writeLines(records, recordLines(tx));
        files.push(
          await describeFile(records, { name: "projects.jsonl", kind: "records", rows: recordCount }),
        );

        const manifest: ExportManifest = {
          version,
          changedAt: changedAt.toISOString(),
          generatedAt: new Date().toISOString(),
          licence: EXPORT_LICENCE,
          files,
        };
        await fs.writeFile(path.join(staging, MANIFEST), `${JSON.stringify(manifest, null, 2)}\n`);
        await fs.rm(path.join(root, version), { recursive: true, force: true });
        await fs.rename(staging, path.join(root, version));
        await pruneOldVersions(root);
        return { manifest, written: true };
      },
      { isolationLevel: "RepeatableRead", timeout: 600_000, maxWait: 60_000 },
    );
  } finally {
    await prisma.$disconnect();
  }
}

async function pruneOldVersions(root: string): Promise<void> {
  const versions = (await fs.readdir(root)).filter((name) => /^\d{8}T\d{9}Z$/.test(name)).sort();
  for (const old of versions.slice(0, Math.max(0, versions.length - KEPT_VERSIONS)))
    await fs.rm(path.join(root, old), { recursive: true, force: true });
}

/**
 * The open-data files after an import, as one line for a command's output. Writing them is a
 * by-product: a failure (a folder without write permission) is said in one line, and the import,
 * already committed, still counts as done.
 */
export async function describeExportRun(databaseUrl: string, exportsDir: string): Promise<string> {
  try {
    const exported = await generateExports(databaseUrl, exportsDir);
    return `Open-data files ${exported.manifest.version}: ${exported.written ? "written" : "up to date"} (${exportsDir})`;
  } catch (error) {
    const reason =
      (error as NodeJS.ErrnoException).code === "EACCES" ? "permission denied" : (error as Error).message;
    return `Open-data files not written to ${exportsDir}: ${reason}`;
  }
}
