/**
 * The seeds `npm start` imports. A start must never undo what a user imported: a seed file is
 * imported when the registry is empty, or when that file itself changed since it was last
 * imported (its SHA-256 is recorded in seed_file). A user's corrected version of a seed project
 * therefore survives every restart, and a seed the registry ships in a new version still arrives.
 */
import { createHash } from "node:crypto";
import fs from "node:fs/promises";
import path from "node:path";
import pg from "pg";
import { importPaths, type ImportOptions, type ImportReport } from "./import-documents";
import { formatImportSummary } from "./import-report";

export interface SeedImport {
  /** What happened, in one line for the start log. */
  summary: string;
  report?: ImportReport;
}

export async function importSeeds(
  databaseUrl: string,
  seedsDir: string,
  options: ImportOptions = {},
): Promise<SeedImport> {
  const names = (await fs.readdir(seedsDir)).filter((name) => name.toLowerCase().endsWith(".txt")).sort();
  const hashes = new Map<string, string>();
  for (const name of names)
    hashes.set(
      name,
      createHash("sha256")
        .update(await fs.readFile(path.join(seedsDir, name)))
        .digest("hex"),
    );

  const client = new pg.Client({ connectionString: databaseUrl });
  await client.connect();
  try {
    const recorded = new Map(
      (await client.query<{ name: string; sha256: string }>("SELECT name, sha256 FROM seed_file")).rows.map(
        (row) => [row.name, row.sha256],
      ),
    );
    const { rows } = await client.query<{ empty: boolean }>(
      "SELECT NOT EXISTS (SELECT 1 FROM project) AND NOT EXISTS (SELECT 1 FROM project_web_page) AS empty",
    );
    const empty = rows[0]!.empty;
    // A registry from before seed_file existed (none recorded) already holds its seeds: record
    // them as imported rather than overwriting what may have been corrected since.
    const baseline = !empty && recorded.size === 0;
    const due = baseline ? [] : names.filter((name) => empty || recorded.get(name) !== hashes.get(name));
    const skipped = names.length - due.length;

    let report: ImportReport | undefined;
    if (due.length > 0)
      report = await importPaths(
        databaseUrl,
        due.map((name) => path.join(seedsDir, name)),
        options,
      );
    const rejected = new Set(report?.rejected.map((item) => path.basename(item.file)));
    // Rejected files beyond the report's list are not named: then record none, to retry them all.
    const unnamed = report !== undefined && report.counts.rejected > report.rejected.length;
    const record = unnamed ? [] : (baseline ? names : due).filter((name) => !rejected.has(name));
    if (!report?.interrupted && record.length > 0)
      await client.query(
        `INSERT INTO seed_file (name, sha256) SELECT * FROM unnest($1::text[], $2::text[])
         ON CONFLICT (name) DO UPDATE SET sha256 = excluded.sha256, imported_at = now()`,
        [record, record.map((name) => hashes.get(name)!)],
      );

    const reason = empty ? "the registry was empty" : "new or changed since they were last imported";
    const summary = baseline
      ? `${names.length} seed files recorded as already imported (the registry holds data; nothing re-imported)`
      : due.length === 0
        ? `all ${names.length} seed files unchanged since they were last imported; nothing re-imported`
        : `imported ${due.length} seed files (${reason}): ${formatImportSummary(report!)}` +
          (skipped > 0 ? `; ${skipped} unchanged, left as they are` : "");
    return { summary, report };
  } finally {
    await client.end();
  }
}
