/**
 * The import pipeline: files or folders → parsed documents → PostgreSQL. Each document is
 * written in its own transaction, so it imports whole or not at all; every rejected file is
 * reported with its problems, never silently dropped.
 */
import { createHash } from "node:crypto";
import { readFileSync } from "node:fs";
import path from "node:path";
import pg from "pg";
import type { LinkCandidate } from "../domain/web-page-link";
import type { ProjectRecord, WebPageRecord } from "../schemas/record";
import { parseSourceDocument } from "../ingest/parse-document";
import { collectFiles, type FileProblems } from "../ingest/source-files";

export { collectFiles, type FileProblems };
import type { ParseOptions } from "../ingest/parse-project";
import type { Problem } from "../ingest/problems";
import {
  predictOutcomes,
  writeProjects,
  type ProjectToWrite,
  type WriteOutcome,
  type WriteResult,
} from "./write-project";
import { linkWaitingPages } from "./web-page-links";
import { writeWebPage } from "./write-web-page";

export interface ImportOptions extends ParseOptions {
  /** Parse and compare with the database, but write nothing. */
  dryRun?: boolean;
  /** The project the web pages of this import belong to (`--project S21744`). */
  projectCode?: string;
  /** The address the web pages were saved from (`--url https://…`), for a copy that lacks it. */
  pageUrl?: string;
  onProgress?: (done: number, total: number) => void;
}

export interface ImportReport {
  created: string[];
  updated: string[];
  unchanged: string[];
  rejected: FileProblems[];
  /** Imported files whose warnings are stored with their record. */
  warnings: FileProblems[];
  /**
   * Web pages stored without a project: the project they name is not in the registry yet
   * (`waitingFor`), or none is certain and the candidates wait for a person's confirmation.
   */
  unlinkedWebPages: { file: string; waitingFor: string | null; candidates: LinkCandidate[] }[];
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
    const parsed = parseSourceDocument(readFileSync(file), {
      ...options,
      webPage: options.projectCode !== undefined,
    });
    const name = displayName(file);
    const warnings = parsed.problems.filter((problem) => problem.severity === "warning");
    if (
      parsed.kind === "project" &&
      parsed.record &&
      options.projectCode &&
      parsed.record.code !== options.projectCode
    )
      report.rejected.push({
        file: name,
        problems: [
          {
            severity: "error",
            message: `this is the project description of ${parsed.record.code}, not a web page of ${options.projectCode} given with --project`,
          },
        ],
      });
    else if (parsed.kind === "project" && parsed.record)
      projects.push({ file: name, record: parsed.record, warnings });
    else if (parsed.kind === "webPage") {
      const record = options.pageUrl ? { ...parsed.record, pageUrl: options.pageUrl } : parsed.record;
      webPages.push({ file: name, record, warnings });
    } else report.rejected.push({ file: name, problems: parsed.problems });
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

    if (!options.dryRun && accepted.length > 0) await linkWaitingPages(client);
    for (const page of webPages) {
      try {
        if (options.dryRun) {
          count(page.file, "unchanged", page.warnings);
          options.onProgress?.(++done, total);
          continue;
        }
        const { outcome, link } = await writeWebPage(
          client,
          page.record,
          { file: page.file, hash: hashOf(page.record) },
          { projectCode: options.projectCode },
        );
        if (link.projectId === null)
          report.unlinkedWebPages.push({
            file: page.file,
            waitingFor: link.projectCode,
            candidates: link.candidates,
          });
        count(page.file, outcome, page.warnings);
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
