/**
 * The import's report: counts of every outcome, and the files behind them listed up to a limit.
 * A run of a million documents must not hold a million names, so each list keeps its first
 * REPORT_LIST_LIMIT files and the counts stay true; the CLI says how many were not listed.
 */
import type { LinkCandidate } from "../domain/web-page-link";
import { describeProblem } from "../ingest/problems";
import type { FileProblems } from "../ingest/source-files";
import type { WriteOutcome } from "./write-project";

/** Files listed per outcome (rejected, with warnings, created…); the counts count them all. */
export const REPORT_LIST_LIMIT = 1_000;

export interface ImportCounts {
  created: number;
  updated: number;
  unchanged: number;
  rejected: number;
  /** Imported with warnings stored with their record. */
  warned: number;
}

export interface ImportReport {
  counts: ImportCounts;
  /** The first REPORT_LIST_LIMIT files of each outcome (counts has how many there were). */
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
  /** Set when the database went away mid-import: what stopped it and how many documents were never attempted. */
  interrupted?: { reason: string; notAttempted: number };
}

export const emptyImportReport = (): ImportReport => ({
  counts: { created: 0, updated: 0, unchanged: 0, rejected: 0, warned: 0 },
  created: [],
  updated: [],
  unchanged: [],
  rejected: [],
  warnings: [],
  unlinkedWebPages: [],
  notes: [],
});

const listed = <T>(list: T[], item: T) => {
  if (list.length < REPORT_LIST_LIMIT) list.push(item);
};

/** Counts a document that was written (or would be, in a dry run), with its stored warnings. */
export function countOutcome(
  report: ImportReport,
  file: string,
  outcome: WriteOutcome,
  warnings: FileProblems["problems"],
) {
  report.counts[outcome]++;
  listed(report[outcome], file);
  if (warnings.length === 0) return;
  report.counts.warned++;
  listed(report.warnings, { file, problems: warnings });
}

export function countRejected(report: ImportReport, rejected: FileProblems) {
  report.counts.rejected++;
  listed(report.rejected, rejected);
}

export const addNote = (report: ImportReport, note: string) => listed(report.notes, note);

export const addUnlinkedWebPage = (report: ImportReport, page: ImportReport["unlinkedWebPages"][number]) =>
  listed(report.unlinkedWebPages, page);

/** "4 created, 0 updated, 1 unchanged, 0 rejected" */
export function formatImportSummary(report: ImportReport): string {
  const { created, updated, unchanged, rejected } = report.counts;
  const counts = `${created} created, ${updated} updated, ${unchanged} unchanged, ${rejected} rejected`;
  const stopped = report.interrupted
    ? `; stopped: the database connection was lost (${report.interrupted.reason}), ` +
      `${report.interrupted.notAttempted} documents not attempted (run the import again)`
    : "";
  return counts + stopped;
}

/** The exit code of an import: 0 only when every document given was imported. */
export const importExitCode = (report: ImportReport) =>
  report.counts.rejected > 0 || report.interrupted ? 1 : 0;

const more = (count: number, shown: number, what: string) =>
  count > shown ? [`… and ${(count - shown).toLocaleString("en")} more ${what} (not listed)`] : [];

/** Every rejected file with its problems, then warnings kept with imported records. */
export function formatImportDetails(report: ImportReport): string[] {
  const lines: string[] = [...report.notes];
  for (const rejected of report.rejected) {
    lines.push(`Rejected ${rejected.file}:`);
    for (const problem of rejected.problems) lines.push(`  ${problem.severity}: ${describeProblem(problem)}`);
  }
  lines.push(...more(report.counts.rejected, report.rejected.length, "rejected files"));
  for (const warned of report.warnings) {
    lines.push(`Imported with warnings ${warned.file}:`);
    for (const problem of warned.problems) lines.push(`  warning: ${describeProblem(problem)}`);
  }
  lines.push(...more(report.counts.warned, report.warnings.length, "files imported with warnings"));
  for (const { file, waitingFor, candidates } of report.unlinkedWebPages) {
    if (waitingFor) {
      lines.push(
        `Web page ${file}: its project ${waitingFor} is not in the registry yet; linked when it is imported`,
      );
    } else if (candidates.length === 0) {
      lines.push(`Web page ${file}: no project matches it; link it with npm run link -- ${file} CODE`);
    } else {
      lines.push(`Web page ${file}: not linked until confirmed (npm run link -- ${file} CODE); it may be`);
      for (const candidate of candidates)
        lines.push(
          `  ${candidate.code} (${Math.round(candidate.confidence * 100)} %): ${candidate.evidence.join("; ")}`,
        );
    }
  }
  return lines;
}
