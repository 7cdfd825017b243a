/**
 * The import pipeline: files or folders → parsed documents → PostgreSQL. Each document is
 * written in its own transaction, so it imports whole or not at all; every rejected file is
 * reported with its problems, never silently dropped.
 */
import { createHash } from "node:crypto";
import pg from "pg";
import type { ProjectRecord, WebPageRecord } from "../schemas/record";
import type { LinkCandidate } from "../domain/web-page-link";
import { parseSourceDocument } from "../ingest/parse-document";
import type { ParseOptions } from "../ingest/parse-project";
import type { Problem } from "../ingest/problems";
import {
  collectFiles,
  describeLink,
  displayName,
  readSourceFile,
  type FileProblems,
} from "../ingest/source-files";
import { acquireImportLock } from "./import-lock";
import { linkWaitingPages } from "./web-page-links";
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
  /** The project the web pages of this import belong to (`--project S21744`). */
  projectCode?: string;
  /** The address the web pages were saved from (`--url https://…`), for a copy that lacks it. */
  pageUrl?: string;
  onProgress?: (done: number, total: number) => void;
  /** Told when another import holds the lock and this one waits. */
  onWait?: (message: string) => void;
  /** Larger source files are refused (default 2 MB; REGISTRY_MAX_DOCUMENT_BYTES). */
  maxDocumentBytes?: number;
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
  /** "a.txt is a symbolic link; read /x/a.txt" */
  notes: string[];
  /** Set when the database went away mid-import: what stopped it and what was never attempted. */
  interrupted?: { reason: string; notAttempted: string[] };
}

export type { FileProblems };

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
    notes: [],
  };
  const { files, problems } = await collectFiles(paths);
  report.rejected.push(...problems);

  const projects: { file: string; record: ProjectRecord; warnings: Problem[] }[] = [];
  const webPages: { file: string; record: WebPageRecord; warnings: Problem[] }[] = [];
  for (const file of files) {
    const read = await readSourceFile(file, options.maxDocumentBytes);
    if ("problem" in read) {
      report.rejected.push(read.problem);
      continue;
    }
    const link = describeLink(file);
    if (link) report.notes.push(link);
    const parsed = parseSourceDocument(read.bytes, {
      ...options,
      webPage: options.projectCode !== undefined,
    });
    const name = displayName(file.path);
    const warnings = capWarnings(parsed.problems.filter((problem) => problem.severity === "warning"));
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

  if (total === 0) return report;
  // A connection that drops (PostgreSQL stopped or crashed) emits 'error'; without a listener
  // that would kill the process with a stack trace instead of reporting what was committed.
  let lost: Error | undefined;
  const clients = await Promise.all(
    Array.from({ length: WRITERS }, async () => {
      const client = new pg.Client({ connectionString: databaseUrl });
      client.on("error", (error) => (lost ??= error));
      await client.connect();
      return client;
    }),
  );
  const client = clients[0]!;
  try {
    await acquireImportLock(client, options.onWait);
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
        for (let index = next++; index < batches.length && !lost; index = next++) {
          const batch = batches[index]!;
          results[index] = options.dryRun
            ? (await predictOutcomes(writer, batch)).map((outcome) => ({ outcome }))
            : await writeProjects(writer, batch);
          done += batch.length;
          options.onProgress?.(done, total);
        }
      }),
    );
    const notAttempted: string[] = [];
    batches.forEach((batch, index) =>
      batch.forEach((project, i) => {
        const result = results[index]?.[i];
        if (!result) notAttempted.push(project.file);
        else if ("error" in result) reject(project.file, result.error);
        else count(project.file, result.outcome, project.warnings);
      }),
    );

    if (!options.dryRun && !lost && accepted.length > 0) await linkWaitingPages(client);
    for (const page of webPages) {
      if (lost) {
        notAttempted.push(page.file);
        continue;
      }
      try {
        if (options.dryRun) {
          count(page.file, "unchanged", page.warnings);
        } else {
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
        }
      } catch (error) {
        reject(page.file, reason(error));
      }
      options.onProgress?.(++done, total);
    }
    if (lost) report.interrupted = { reason: reason(lost), notAttempted };
    else if (!options.dryRun)
      await recordImportRun(client, {
        startedAt,
        paths: paths.map(displayName),
        files: files.length,
        report,
      });
  } catch (error) {
    // Lost while taking the lock or predicting: nothing of this import was written.
    if (!lost) throw error;
    report.interrupted = {
      reason: reason(lost),
      notAttempted: [...accepted, ...webPages].map((item) => item.file),
    };
  } finally {
    await Promise.all(clients.map((writer) => writer.end().catch(() => {})));
  }
  return report;
}
