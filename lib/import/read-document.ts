/**
 * One source file as the import takes it: read, parsed, and classified as a project, a web page
 * or a rejected file with its problems (with --project and --url applied); and the import's
 * refusals, each saying what was wrong with which file.
 */
import { createHash } from "node:crypto";
import type { ProjectRecord, WebPageRecord } from "../schemas/record";
import { parseSourceDocument } from "../ingest/parse-document";
import type { ParseOptions } from "../ingest/parse-project";
import type { Problem } from "../ingest/problems";
import { displayName, readSourceFile, type FileProblems, type SourceFile } from "../ingest/source-files";

/** What reading needs of the import's options. */
export interface ReadOptions extends ParseOptions {
  projectCode?: string;
  pageUrl?: string;
  maxDocumentBytes?: number;
}

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
export function readDocument(file: SourceFile, options: ReadOptions): ReadDocument {
  const read = readSourceFile(file, options.maxDocumentBytes);
  if ("problem" in read) return { kind: "rejected", rejected: read.problem };
  return classify(parseBytes(read.bytes, options), displayName(file.path), options);
}

export const parseBytes = (bytes: Buffer, options: ReadOptions) =>
  parseSourceDocument(bytes, { ...options, webPage: options.projectCode !== undefined });

export function classify(
  parsed: ReturnType<typeof parseSourceDocument>,
  file: string,
  options: ReadOptions,
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
