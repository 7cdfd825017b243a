/**
 * The second pass of the streamed import (./import-documents): read, parse and write a window of
 * batches at a time, one batch per connection, parsing the next window while the database
 * writes this one. At most two windows of parsed records are in memory, whatever the run's size.
 * Documents whose code another file claims too are held back by position and settled by their
 * parsed codes at the end; web pages come last, so they can link to this run's projects.
 */
import { setImmediate as yieldToEventLoop } from "node:timers/promises";
import type pg from "pg";
import type { FileList } from "../ingest/file-list";
import { describeLink, type FileProblems } from "../ingest/source-files";
import type { CodeClaims } from "./code-claims";
import { codeNumber } from "./code-claims";
import type { ImportOptions } from "./import-documents";
import {
  changedRefusal,
  hashOf,
  notWritten,
  readDocument,
  reason,
  sharedCodeRefusal,
  type ReadDocument,
} from "./read-document";
import { addNote, addUnlinkedWebPage, countOutcome, countRejected, type ImportReport } from "./import-report";
import { linkWaitingPages } from "./web-page-links";
import { predictOutcomes, writeProjects, type ProjectToWrite, type WriteResult } from "./write-project";
import { writeWebPage } from "./write-web-page";

const DEFAULT_BATCH_SIZE = 250;

export interface Run {
  /** One writer per connection; the first also holds the import lock. */
  clients: pg.Client[];
  files: FileList;
  claims: CodeClaims;
  options: ImportOptions;
  report: ImportReport;
  /** Files accounted for (written, unchanged or rejected), shared with the caller. */
  progress: { done: number };
  /** The error of a connection that dropped, if one did. */
  lost: () => Error | undefined;
}

type ProjectDocument = Extract<ReadDocument, { kind: "project" }>;

export async function writeRun(run: Run): Promise<void> {
  const { clients, files, claims, options, report, progress } = run;
  const batchSize = options.batchSize ?? DEFAULT_BATCH_SIZE;
  // Parsed records in memory now: what must stay bounded.
  let held = 0;
  let projects = 0;
  const tell = (documents: number) => {
    progress.done += documents;
    options.onProgress?.(progress.done, files.length, held);
  };
  const reject = (rejected: FileProblems) => {
    countRejected(report, rejected);
    tell(1);
  };
  const toWrite = (document: ProjectDocument): ProjectToWrite => {
    held++;
    projects++;
    const { file, record, warnings } = document;
    return { file, record, warnings, hash: hashOf([record, warnings]) };
  };
  const write = async (writer: pg.Client, batch: ProjectToWrite[]) => {
    const results: WriteResult[] = options.dryRun
      ? (await predictOutcomes(writer, batch)).map((outcome) => ({ outcome }))
      : await writeProjects(writer, batch);
    batch.forEach((project, i) => {
      const result = results[i]!;
      if ("error" in result) countRejected(report, notWritten(project.file, result.error));
      else countOutcome(report, project.file, result.outcome, project.warnings);
    });
    held -= batch.length;
    tell(batch.length);
  };

  // Positions only: documents whose code is shared, and web pages (both read again later).
  const sharedCode: number[] = [];
  const webPages: number[] = [];
  let next = 0;
  /** The next window: up to one batch per writer of parsed projects, from files[next] on. */
  const nextWindow = async (): Promise<ProjectToWrite[][]> => {
    const batches: ProjectToWrite[][] = [];
    let batch: ProjectToWrite[] = [];
    while (next < files.length && batches.length < clients.length) {
      const at = next++;
      const file = files.at(at);
      const link = describeLink(file);
      if (link) addNote(report, link);
      const document = readDocument(file, options);
      // Let the connections send and receive between documents (the reads are synchronous).
      await yieldToEventLoop();
      if (document.kind === "rejected") reject(document.rejected);
      else if (document.kind === "webPage") webPages.push(at);
      else if (codeNumber(document.record.code) !== claims.claimOf(at)) reject(changedRefusal(document.file));
      else if (claims.isShared(document.record.code)) sharedCode.push(at);
      else if (batch.push(toWrite(document)) === batchSize) {
        batches.push(batch);
        batch = [];
      }
    }
    if (batch.length > 0) batches.push(batch);
    return batches;
  };

  let window = await nextWindow();
  while (window.length > 0 && !run.lost()) {
    const writing = Promise.all(window.map((batch, i) => write(clients[i]!, batch)));
    writing.catch(() => {}); // awaited below, after the next window is parsed
    const following = await nextWindow();
    await writing;
    window = following;
  }
  if (run.lost()) return;

  // Shared codes, by parsed code: a code only one project document holds is written (the other
  // claim was a document that is no project); two or more documents of one code are all refused.
  const byCode = new Map<string, { at: number; file: string }[]>();
  for (const at of sharedCode) {
    const document = readDocument(files.at(at), options);
    if (document.kind !== "project") reject(changedRefusal(files.at(at).path));
    else
      byCode.set(document.record.code, [
        ...(byCode.get(document.record.code) ?? []),
        { at, file: document.file },
      ]);
  }
  let batch: ProjectToWrite[] = [];
  for (const [code, claimants] of byCode) {
    if (run.lost()) return;
    if (claimants.length > 1) {
      for (const { file } of claimants)
        reject(
          sharedCodeRefusal(
            file,
            code,
            claimants.map((other) => other.file).filter((other) => other !== file),
          ),
        );
      continue;
    }
    const document = readDocument(files.at(claimants[0]!.at), options);
    if (document.kind !== "project" || document.record.code !== code)
      reject(changedRefusal(claimants[0]!.file));
    else if (batch.push(toWrite(document)) === batchSize) {
      await write(clients[0]!, batch);
      batch = [];
    }
  }
  if (batch.length > 0 && !run.lost()) await write(clients[0]!, batch);
  if (run.lost()) return;

  if (!options.dryRun && projects > 0) await linkWaitingPages(clients[0]!);
  for (const at of webPages) {
    if (run.lost()) return;
    const page = readDocument(files.at(at), options);
    if (page.kind !== "webPage") {
      reject(page.kind === "rejected" ? page.rejected : changedRefusal(page.file));
      continue;
    }
    try {
      if (options.dryRun) countOutcome(report, page.file, "unchanged", page.warnings);
      else {
        const { outcome, link } = await writeWebPage(
          clients[0]!,
          page.record,
          { file: page.file, hash: hashOf(page.record) },
          { projectCode: options.projectCode },
        );
        if (link.projectId === null)
          addUnlinkedWebPage(report, {
            file: page.file,
            waitingFor: link.projectCode,
            candidates: link.candidates,
          });
        countOutcome(report, page.file, outcome, page.warnings);
      }
    } catch (error) {
      countRejected(report, notWritten(page.file, reason(error)));
    }
    tell(1);
  }
}
