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
import { recordImportRun } from "./import-run";
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

export async function importPaths(
  databaseUrl: string,
  paths: readonly string[],
  options: ImportOptions = {},
): Promise<ImportReport> {
  const startedAt = new Date();
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

  const projects: { file: string; record: ProjectRecord; warnings: Problem[] }[] = [];
  const webPages: { file: string; record: WebPageRecord; warnings: Problem[] }[] = [];
  for (const file of files) {
    const parsed = parseSourceDocument(readFileSync(file), options);
    const name = displayName(file);
    const warnings = parsed.problems.filter((problem) => problem.severity === "warning");
    if (parsed.kind === "project" && parsed.record)
      projects.push({ file: name, record: parsed.record, warnings });
    else if (parsed.kind === "webPage") webPages.push({ file: name, record: parsed.record, warnings });
    else report.rejected.push({ file: name, problems: parsed.problems });
  }

  // Two documents claiming one project code: neither can be trusted to be the right one.
  const byCode = new Map<string, typeof projects>();
  for (const project of projects)
    byCode.set(project.record.code, [...(byCode.get(project.record.code) ?? []), project]);
  const accepted = projects.filter((project) => {
    const sharing = byCode.get(project.record.code) ?? [];
    if (sharing.length === 1) return true;
    const others = sharing.filter((other) => other !== project).map((other) => other.file);
    report.rejected.push({
      file: project.file,
      problems: [
        {
          severity: "error",
          section: "1",
          field: "Hankekoodi",
          message: `project code ${project.record.code} is also in ${others.join(", ")} in this import; none of them was imported`,
        },
      ],
    });
    return false;
  });

  const total = accepted.length + webPages.length;
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
    const batches: ProjectToWrite[][] = [];
    for (let start = 0; start < accepted.length; start += BATCH_SIZE)
      batches.push(
        accepted
          .slice(start, start + BATCH_SIZE)
          .map((project) => ({ ...project, hash: hashOf([project.record, project.warnings]) })),
      );
    const results: WriteResult[][] = [];
    let next = 0;
    // Each writer takes the next batch until none is left; results keep the files' order.
    await Promise.all(
      clients.map(async (writer) => {
        for (let index = next++; index < batches.length; index = next++) {
          const batch = batches[index]!;
          results[index] = options.dryRun
            ? (await predictOutcomes(writer, batch)).map((outcome) => ({ outcome }))
            : await writeProjects(writer, batch);
          done += batch.length;
          options.onProgress?.(done, total);
        }
      }),
    );
    batches.forEach((batch, index) =>
      results[index]!.forEach((result, i) => {
        const project = batch[i]!;
        if ("error" in result) reject(project.file, result.error);
        else count(project.file, result.outcome, project.warnings);
      }),
    );

    for (const page of webPages) {
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
    if (!options.dryRun)
      await recordImportRun(client, {
        startedAt,
        paths: paths.map(displayName),
        files: files.length,
        report,
      });
  } finally {
    await Promise.all(clients.map((writer) => writer.end()));
  }
  return report;
}
