/**
 * The import pipeline: files or folders → parsed documents → PostgreSQL. Each document imports
 * whole or not at all; every rejected file is reported with its problems, never silently dropped.
 *
 * The import streams, so it never holds the run. A first pass reads only the
 * project code each file claims (./code-claims): a code claimed twice is known before anything
 * is written. The second pass reads, parses and writes a window of batches at a time, parsing
 * the next window while the database writes this one; documents whose code is shared are held
 * back by position (few) and settled at the end, then web pages are written, so they can link to
 * the projects of the same run. The report keeps counts and the first files of each outcome.
 */
import pg from "pg";
import { collectFiles, displayName, readSourceFile, type SourceFile } from "../ingest/source-files";
import { CodeClaims, codeLineOf } from "./code-claims";
import { acquireImportLock } from "./import-lock";
import { countRejected, emptyImportReport, type ImportReport } from "./import-report";
import { recordImportRun } from "./import-run";
import { classify, parseBytes, reason, type ReadOptions } from "./read-document";
import { writeRun } from "./write-run";

export interface ImportOptions extends ReadOptions {
  /** Parse and compare with the database, but write nothing. */
  dryRun?: boolean;
  /** The project the web pages of this import belong to (`--project S21744`). */
  projectCode?: string;
  /** The address the web pages were saved from (`--url https://…`), for a copy that lacks it. */
  pageUrl?: string;
  /**
   * Told as documents are done: how many of the total, and how many parsed records are held in
   * memory at that moment (bounded by the window of batches, whatever the total).
   */
  onProgress?: (done: number, total: number, held: number) => void;
  /** Told when another import holds the lock and this one waits. */
  onWait?: (message: string) => void;
  /** Larger source files are refused (default 2 MB; REGISTRY_MAX_DOCUMENT_BYTES). */
  maxDocumentBytes?: number;
  /** Documents per transaction (default 250): large enough to amortise commits, small enough to retry. */
  batchSize?: number;
}

export type { ImportReport };
export { capWarnings, MAX_STORED_WARNINGS } from "./read-document";

/** The first pass: each file's claimed code, from its code line or, lacking one, its parse. */
async function claimCodes(files: { length: number; at(i: number): SourceFile }, options: ImportOptions) {
  const claims = new CodeClaims(files.length);
  for (let index = 0; index < files.length; index++) {
    const read = readSourceFile(files.at(index), options.maxDocumentBytes);
    if ("problem" in read) continue;
    const line = codeLineOf(read.bytes.toString("utf8"));
    if (line !== null) claims.claim(index, line);
    else {
      const parsed = classify(parseBytes(read.bytes, options), "", options);
      claims.claim(index, parsed.kind === "project" ? parsed.record.code : null);
    }
  }
  claims.settle();
  return claims;
}

/** Batches written at once, each on its own connection: PostgreSQL then uses both cores of a small machine. */
export const IMPORT_WRITERS = 2;

export async function importPaths(
  databaseUrl: string,
  paths: readonly string[],
  options: ImportOptions = {},
): Promise<ImportReport> {
  const startedAt = new Date();
  const report = emptyImportReport();
  const { files, problems } = await collectFiles(paths);
  for (const problem of problems) countRejected(report, problem);
  if (files.length === 0) return report;
  const claims = await claimCodes(files, options);

  // A connection that drops (PostgreSQL stopped or crashed) emits 'error'; without a listener
  // that would kill the process with a stack trace instead of reporting what was committed.
  let lost: Error | undefined;
  const clients: pg.Client[] = [];
  const progress = { done: 0 };
  try {
    for (let i = 0; i < IMPORT_WRITERS; i++) {
      const client = new pg.Client({ connectionString: databaseUrl });
      client.on("error", (error) => (lost ??= error));
      clients.push(client);
      await client.connect();
    }
    await acquireImportLock(clients[0]!, options.onWait);
    await writeRun({ clients, files, claims, options, report, progress, lost: () => lost });
    if (lost) report.interrupted = { reason: reason(lost), notAttempted: files.length - progress.done };
    else if (!options.dryRun)
      await recordImportRun(clients[0]!, {
        startedAt,
        paths: paths.map(displayName),
        files: files.length,
        report,
      });
  } catch (error) {
    // Lost while connecting, taking the lock or writing: what was committed stays committed.
    if (!lost) throw error;
    report.interrupted = { reason: reason(lost), notAttempted: files.length - progress.done };
  } finally {
    await Promise.all(clients.map((writer) => writer.end().catch(() => {})));
  }
  return report;
}
