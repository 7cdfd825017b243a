/**
 * The import pipeline: files or folders → parsed documents → PostgreSQL. Each document imports
 * whole or not at all; every rejected file is reported with its problems, never silently dropped.
 *
 * The import streams, so its memory does not grow with the run. A first pass reads only the
 * project code each file claims (./code-claims): a code claimed twice is known before anything
 * is written. The second pass reads, parses and writes a window of batches at a time, parsing
 * the next window while the database writes this one; documents whose code is shared are held
 * back by position (few) and settled at the end, then web pages are written, so they can link to
 * the projects of the same run. The report keeps counts and the first files of each outcome.
 */
import { createHash } from "node:crypto";
import pg from "pg";
import type { ProjectRecord, WebPageRecord } from "../schemas/record";
import { parseSourceDocument } from "../ingest/parse-document";
import type { ParseOptions } from "../ingest/parse-project";
import type { Problem } from "../ingest/problems";
import {
  collectFiles,
  displayName,
  readSourceFile,
  type FileProblems,
  type SourceFile,
} from "../ingest/source-files";
import { CodeClaims, codeLineOf } from "./code-claims";
import { acquireImportLock } from "./import-lock";
import { countRejected, emptyImportReport, type ImportReport } from "./import-report";
import { recordImportRun } from "./import-run";
import { writeRun } from "./write-run";

export interface ImportOptions extends ParseOptions {
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

export type { FileProblems, ImportReport };

/** Warnings stored per document: a pathological one (874,000 warnings) must not make its page slow. */
export const MAX_STORED_WARNINGS = 100;

/** The first warnings and one that says how many more there were (the count stays true). */
export function capWarnings(warnings: Problem[], max = MAX_STORED_WARNINGS): Problem[] {
  if (warnings.length <= max) return warnings;
  const more = warnings.length - max;
  return [
    ...warnings.slice(0, max),
    { severity: "warning", message: `and ${more.toLocaleString("en")} more warnings (not stored)` },
  ];
}

/** A rejected document's problems: every error, and its warnings capped as stored ones are. */
function capProblems(problems: Problem[]): Problem[] {
  const warnings = problems.filter((problem) => problem.severity === "warning");
  if (warnings.length <= MAX_STORED_WARNINGS) return problems;
  const kept = new Set(warnings.slice(0, MAX_STORED_WARNINGS));
  return [
    ...problems.filter((problem) => problem.severity !== "warning" || kept.has(problem)),
    ...capWarnings(warnings).slice(MAX_STORED_WARNINGS),
  ];
}

export const hashOf = (value: unknown) => createHash("sha256").update(JSON.stringify(value)).digest("hex");

/** The database's own words, without the client's call-site preamble. */
export const reason = (error: unknown) => {
  const lines = (error instanceof Error ? error.message : String(error))
    .split("\n")
    .map((line) => line.trim());
  return lines.filter(Boolean).at(-1) ?? "unknown error";
};

export type ReadDocument =
  | { kind: "project"; file: string; record: ProjectRecord; warnings: Problem[] }
  | { kind: "webPage"; file: string; record: WebPageRecord; warnings: Problem[] }
  | { kind: "rejected"; rejected: FileProblems };

const refusal = (file: string, message: string, field?: string): FileProblems => ({
  file,
  problems: [{ severity: "error", message, ...(field ? { section: "1", field } : {}) }],
});

/** One file read and parsed, as the import takes it (with --project and --url applied). */
export async function readDocument(file: SourceFile, options: ImportOptions): Promise<ReadDocument> {
  const read = await readSourceFile(file, options.maxDocumentBytes);
  if ("problem" in read) return { kind: "rejected", rejected: read.problem };
  return classify(parseBytes(read.bytes, options), displayName(file.path), options);
}

const parseBytes = (bytes: Buffer, options: ImportOptions) =>
  parseSourceDocument(bytes, { ...options, webPage: options.projectCode !== undefined });

function classify(
  parsed: ReturnType<typeof parseSourceDocument>,
  file: string,
  options: ImportOptions,
): ReadDocument {
  const warnings = capWarnings(parsed.problems.filter((problem) => problem.severity === "warning"));
  if (parsed.kind === "project" && parsed.record) {
    const { code } = parsed.record;
    if (options.projectCode && code !== options.projectCode)
      return {
        kind: "rejected",
        rejected: refusal(
          file,
          `this is the project description of ${code}, not a web page of ${options.projectCode} given with --project`,
        ),
      };
    return { kind: "project", file, record: parsed.record, warnings };
  }
  if (parsed.kind === "webPage") {
    const record = options.pageUrl ? { ...parsed.record, pageUrl: options.pageUrl } : parsed.record;
    return { kind: "webPage", file, record, warnings };
  }
  return { kind: "rejected", rejected: { file, problems: capProblems(parsed.problems) } };
}

/** The first pass: each file's claimed code, from its code line or, lacking one, its parse. */
async function claimCodes(files: { length: number; at(i: number): SourceFile }, options: ImportOptions) {
  const claims = new CodeClaims(files.length);
  for (let index = 0; index < files.length; index++) {
    const read = await readSourceFile(files.at(index), options.maxDocumentBytes);
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

/** "project code S1 is also in a.txt, b.txt in this import; none of them was imported" */
export function sharedCodeRefusal(file: string, code: string, others: readonly string[]): FileProblems {
  const shown =
    others.slice(0, 10).join(", ") + (others.length > 10 ? ` and ${others.length - 10} more` : "");
  return refusal(
    file,
    `project code ${code} is also in ${shown} in this import; none of them was imported`,
    "Hankekoodi",
  );
}

/** A document that is not what its first read found: it changed while the import ran. */
export const changedRefusal = (file: string) =>
  refusal(file, "the file changed while it was being imported; import it again");

/** A document the database refused: nothing of it was written. */
export const notWritten = (file: string, message: string) =>
  refusal(file, `not written, nothing of it was saved: ${message}`);

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
