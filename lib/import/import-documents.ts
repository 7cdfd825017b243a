/**
 * The import pipeline: files or folders → parsed documents → PostgreSQL. Each document is
 * written in its own transaction, so it imports whole or not at all; every rejected file is
 * reported with its problems, never silently dropped.
 */
import { createHash } from "node:crypto";
import { readFileSync } from "node:fs";
import fs from "node:fs/promises";
import path from "node:path";
import pg from "pg";
import type { ProjectRecord, WebPageRecord } from "../schemas/record";
import { parseSourceDocument } from "../ingest/parse-document";
import type { ParseOptions } from "../ingest/parse-project";
import type { Problem } from "../ingest/problems";
import {
  predictOutcomes,
  writeProjects,
  type ProjectToWrite,
  type WriteOutcome,
  type WriteResult,
} from "./write-project";
import { writeWebPage } from "./write-web-page";

export interface ImportOptions extends ParseOptions {
  /** Parse and compare with the database, but write nothing. */
  dryRun?: boolean;
  onProgress?: (done: number, total: number) => void;
}

export interface FileProblems {
  file: string;
  problems: Problem[];
}

export interface ImportReport {
  created: string[];
  updated: string[];
  unchanged: string[];
  rejected: FileProblems[];
  /** Imported files whose warnings are stored with their record. */
  warnings: FileProblems[];
  /** Web pages stored without a project: the project they describe is not in the registry. */
  unlinkedWebPages: string[];
}

/** Every .txt file under the given paths, in a stable order. Missing paths are reported. */
export async function collectFiles(
  paths: readonly string[],
): Promise<{ files: string[]; missing: FileProblems[] }> {
  const files: string[] = [];
  const missing: FileProblems[] = [];
  for (const given of paths) {
    const stat = await fs.stat(given).catch(() => undefined);
    if (!stat) {
      missing.push({ file: given, problems: [{ severity: "error", message: "no such file or folder" }] });
    } else if (stat.isDirectory()) {
      const entries = await fs.readdir(given, { recursive: true, withFileTypes: true });
      files.push(
        ...entries
          .filter((entry) => entry.isFile() && entry.name.toLowerCase().endsWith(".txt"))
          .map((entry) => path.join(entry.parentPath, entry.name))
          .sort(),
      );
    } else {
      files.push(given);
    }
  }
  return { files, missing };
}

// Documents per transaction: large enough to amortise commits, small enough to retry cheaply.
const BATCH_SIZE = 250;
// Batches written at once, each on its own connection: PostgreSQL then uses both cores of a
// small machine. Lookup rows are written in key order, so concurrent batches cannot deadlock
// (and if one ever failed, it falls back to writing its documents one by one).
const WRITERS = 2;
const hashOf = (value: unknown) => createHash("sha256").update(JSON.stringify(value)).digest("hex");
/** The database's own words, without the client's call-site preamble. */
const reason = (error: unknown) => {
  const lines = (error instanceof Error ? error.message : String(error))
    .split("\n")
    .map((line) => line.trim());
  return lines.filter(Boolean).at(-1) ?? "unknown error";
};
const displayName = (file: string) => path.relative(process.cwd(), file) || file;

type ParsedFile =
  | { kind: "project"; file: string; record: ProjectRecord; warnings: Problem[] }
  | { kind: "webPage"; file: string; record: WebPageRecord; warnings: Problem[] }
  | { kind: "rejected"; file: string; problems: Problem[] };

function parseFile(file: string, options: ParseOptions): ParsedFile {
  const parsed = parseSourceDocument(readFileSync(file), options);
  const name = displayName(file);
  const warnings = parsed.problems.filter((problem) => problem.severity === "warning");
  if (parsed.kind === "project" && parsed.record)
    return { kind: "project", file: name, record: parsed.record, warnings };
  if (parsed.kind === "webPage") return { kind: "webPage", file: name, record: parsed.record, warnings };
  return { kind: "rejected", file: name, problems: parsed.problems };
}

/**
 * The import streams: nothing holds the whole run. A first pass parses every file and keeps only
 * its kind and project code (to find codes claimed twice, which must be known before anything is
 * written); the second parses again and writes a window of batches at a time, parsing the next
 * window while the database writes the current one. Web pages come last, so they can link to the
 * projects of the same run. Memory stays that of one window, whatever the number of documents.
 */
export async function importPaths(
  databaseUrl: string,
  paths: readonly string[],
  options: ImportOptions = {},
): Promise<ImportReport> {
  const report: ImportReport = {
    created: [],
    updated: [],
    unchanged: [],
    rejected: [],
    warnings: [],
    unlinkedWebPages: [],
  };
  const { files, missing } = await collectFiles(paths);
  report.rejected.push(...missing);

  // First pass: kinds and codes only.
  const projectFiles: string[] = [];
  const webPageFiles: string[] = [];
  const filesOfCode = new Map<string, string[]>();
  for (const file of files) {
    const parsed = parseFile(file, options);
    if (parsed.kind === "project") {
      projectFiles.push(file);
      filesOfCode.set(parsed.record.code, [...(filesOfCode.get(parsed.record.code) ?? []), parsed.file]);
    } else if (parsed.kind === "webPage") webPageFiles.push(file);
    else report.rejected.push({ file: parsed.file, problems: parsed.problems });
  }

  // Two documents claiming one project code: neither can be trusted to be the right one.
  const shared = (code: string) => (filesOfCode.get(code) ?? []).length > 1;
  let total = projectFiles.length + webPageFiles.length;
  for (const [code, sharing] of filesOfCode) {
    if (sharing.length < 2) continue;
    total -= sharing.length;
    for (const file of sharing)
      report.rejected.push({
        file,
        problems: [
          {
            severity: "error",
            section: "1",
            field: "Hankekoodi",
            message: `project code ${code} is also in ${sharing.filter((other) => other !== file).join(", ")} in this import; none of them was imported`,
          },
        ],
      });
  }

  let done = 0;
  const count = (file: string, outcome: WriteOutcome, warnings: Problem[]) => {
    report[outcome].push(file);
    if (warnings.length > 0) report.warnings.push({ file, problems: warnings });
  };
  const reject = (file: string, message: string) =>
    report.rejected.push({
      file,
      problems: [{ severity: "error", message: `not written, nothing of it was saved: ${message}` }],
    });

  const clients = await Promise.all(
    Array.from({ length: WRITERS }, async () => {
      const client = new pg.Client({ connectionString: databaseUrl });
      await client.connect();
      return client;
    }),
  );
  const client = clients[0]!;
  try {
    /** The next window: up to WRITERS batches of parsed projects, from `files[from]` on. */
    const parseWindow = (from: number): { batches: ProjectToWrite[][]; next: number } => {
      const batches: ProjectToWrite[][] = [];
      let batch: ProjectToWrite[] = [];
      let at = from;
      for (; at < projectFiles.length && batches.length < WRITERS; at++) {
        const parsed = parseFile(projectFiles[at]!, options);
        if (parsed.kind !== "project" || shared(parsed.record.code)) continue;
        batch.push({ ...parsed, hash: hashOf([parsed.record, parsed.warnings]) });
        if (batch.length === BATCH_SIZE) {
          batches.push(batch);
          batch = [];
        }
      }
      if (batch.length > 0) batches.push(batch);
      return { batches, next: at };
    };
    const writeBatch = async (writer: pg.Client, batch: ProjectToWrite[]): Promise<WriteResult[]> => {
      const results = options.dryRun
        ? (await predictOutcomes(writer, batch)).map((outcome) => ({ outcome }))
        : await writeProjects(writer, batch);
      done += batch.length;
      options.onProgress?.(done, total);
      return results;
    };
    let window = parseWindow(0);
    while (window.batches.length > 0) {
      const { batches } = window;
      const writing = Promise.all(batches.map((batch, i) => writeBatch(clients[i]!, batch)));
      // Parse the next window while the database writes this one.
      window =
        window.next < projectFiles.length ? parseWindow(window.next) : { batches: [], next: window.next };
      (await writing).forEach((results, b) =>
        results.forEach((result, i) => {
          const project = batches[b]![i]!;
          if ("error" in result) reject(project.file, result.error);
          else count(project.file, result.outcome, project.warnings);
        }),
      );
    }

    for (const file of webPageFiles) {
      const page = parseFile(file, options);
      if (page.kind !== "webPage") continue;
      try {
        const result = options.dryRun
          ? { outcome: "unchanged" as const, linked: true }
          : await writeWebPage(client, page.record, { file: page.file, hash: hashOf(page.record) });
        if (!result.linked) report.unlinkedWebPages.push(page.file);
        count(page.file, result.outcome, page.warnings);
      } catch (error) {
        reject(page.file, reason(error));
      }
      options.onProgress?.(++done, total);
    }
  } finally {
    await Promise.all(clients.map((writer) => writer.end()));
  }
  return report;
}
