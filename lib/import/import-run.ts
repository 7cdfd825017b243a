/**
 * The import history: each run that writes is recorded in `import_run` (migration 0010), with
 * every rejected file and its problems (the first REPORT_LIST_LIMIT of them; the count counts
 * all), for /quality.
 */
import type pg from "pg";
import type { ImportReport } from "./import-report";

export interface ImportRunToRecord {
  startedAt: Date;
  paths: readonly string[];
  files: number;
  report: ImportReport;
}

export async function recordImportRun(client: pg.Client, run: ImportRunToRecord): Promise<void> {
  const { report } = run;
  await client.query(
    `INSERT INTO import_run (started_at, finished_at, paths, files, created, updated, unchanged, rejected, rejected_files)
     VALUES ($1, now(), $2, $3, $4, $5, $6, $7, $8)`,
    [
      run.startedAt,
      run.paths,
      run.files,
      report.counts.created,
      report.counts.updated,
      report.counts.unchanged,
      report.counts.rejected,
      JSON.stringify(report.rejected),
    ],
  );
}
