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

// The code as a document's "Hankekoodi:" line gives it: read without parsing (the code is ASCII).
const CODE_LINE = /^[ \t]*Hankekoodi[ \t]*:[ \t]*(\S+)/m;
const codeLineOf = (file: string) => CODE_LINE.exec(readFileSync(file).toString("latin1"))?.[1] ?? null;

const sharedCodeProblem = (code: string, others: readonly string[]): Problem => ({
  severity: "error",
  section: "1",
  field: "Hankekoodi",
  message: `project code ${code} is also in ${others.join(", ")} in this import; none of them was imported`,
});

/**
 * The import streams: nothing holds the whole run. Codes claimed twice must be known before
 * anything is written, so a first pass reads only each file's "Hankekoodi:" line. The second
 * parses and writes a window of batches at a time, parsing the next window while the database
 * writes the current one. A document whose code line is shared, or disagrees with its parsed
 * code, is held back (they are few) and settled against the parsed codes at the end. Web pages
 * come last, so they can link to the projects of the same run.
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

  // First pass: the code lines only.
  const codeLines = files.map(codeLineOf);
  const claims = new Map<string, number>();
  for (const code of codeLines) if (code) claims.set(code, (claims.get(code) ?? 0) + 1);

  const total = files.length;
  let done = 0;
  const progress = (n = 1) => options.onProgress?.((done += n), total);
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
  const webPageFiles: string[] = [];
  const held: ProjectToWrite[] = [];
  // Every code written in this run: its file and outcome (to settle a held document against).
  const written = new Map<string, { file: string; outcome: WriteOutcome }>();
  const toWrite = (parsed: Extract<ParsedFile, { kind: "project" }>): ProjectToWrite => ({
    ...parsed,
    hash: hashOf([parsed.record, parsed.warnings]),
  });
  const writeBatch = async (writer: pg.Client, batch: ProjectToWrite[]) => {
    const results: WriteResult[] = options.dryRun
      ? (await predictOutcomes(writer, batch)).map((outcome) => ({ outcome }))
      : await writeProjects(writer, batch);
    results.forEach((result, i) => {
      const project = batch[i]!;
      if ("error" in result) reject(project.file, result.error);
      else {
        count(project.file, result.outcome, project.warnings);
        written.set(project.record.code, { file: project.file, outcome: result.outcome });
      }
    });
    progress(batch.length);
  };
  try {
    /** The next window: up to WRITERS batches of parsed projects, from `files[from]` on. */
    const parseWindow = (from: number): { batches: ProjectToWrite[][]; next: number } => {
      const batches: ProjectToWrite[][] = [];
      let batch: ProjectToWrite[] = [];
      let at = from;
      for (; at < files.length && batches.length < WRITERS; at++) {
        const parsed = parseFile(files[at]!, options);
        if (parsed.kind === "webPage") webPageFiles.push(files[at]!);
        if (parsed.kind === "rejected") {
          report.rejected.push({ file: parsed.file, problems: parsed.problems });
          progress();
        }
        if (parsed.kind !== "project") continue;
        const code = parsed.record.code;
        if (codeLines[at] !== code || claims.get(code) !== 1) {
          held.push(toWrite(parsed));
          continue;
        }
        batch.push(toWrite(parsed));
        if (batch.length === BATCH_SIZE) {
          batches.push(batch);
          batch = [];
        }
      }
      if (batch.length > 0) batches.push(batch);
      return { batches, next: at };
    };
    let window = parseWindow(0);
    while (window.batches.length > 0 || window.next < files.length) {
      const writing = Promise.all(window.batches.map((batch, i) => writeBatch(clients[i]!, batch)));
      // Parse the next window while the database writes this one.
      const next =
        window.next < files.length ? parseWindow(window.next) : { batches: [], next: files.length };
      await writing;
      window = next;
    }
    await settleHeld(held, written, { client, dryRun: options.dryRun ?? false, report }, (batch) =>
      writeBatch(client, batch),
    );

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
      progress();
    }
  } finally {
    await Promise.all(clients.map((writer) => writer.end()));
  }
  return report;
}

/**
 * The held documents, by their parsed codes: a code claimed once in the whole run is written;
 * one claimed twice rejects every document claiming it. A document already written under such a
 * code (only possible when a code line disagreed with its parse) is taken back when this run
 * created it, and reported as rejected.
 */
async function settleHeld(
  held: readonly ProjectToWrite[],
  written: Map<string, { file: string; outcome: WriteOutcome }>,
  context: {
    client: pg.Client;
    dryRun: boolean;
    report: ImportReport;
  },
  write: (batch: ProjectToWrite[]) => Promise<void>,
) {
  const byCode = new Map<string, ProjectToWrite[]>();
  for (const project of held)
    byCode.set(project.record.code, [...(byCode.get(project.record.code) ?? []), project]);
  const alone: ProjectToWrite[] = [];
  for (const [code, sharing] of byCode) {
    const earlier = written.get(code);
    if (sharing.length === 1 && !earlier) {
      alone.push(sharing[0]!);
      continue;
    }
    const files = [...(earlier ? [earlier.file] : []), ...sharing.map((project) => project.file)];
    if (earlier) {
      const { report } = context;
      report[earlier.outcome] = report[earlier.outcome].filter((file) => file !== earlier.file);
      if (earlier.outcome === "created" && !context.dryRun)
        await context.client.query("DELETE FROM project WHERE code = $1", [code]);
    }
    for (const file of files)
      context.report.rejected.push({
        file,
        problems: [
          sharedCodeProblem(
            code,
            files.filter((other) => other !== file),
          ),
        ],
      });
  }
  for (let start = 0; start < alone.length; start += BATCH_SIZE)
    await write(alone.slice(start, start + BATCH_SIZE));
}
