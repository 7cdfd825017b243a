import { describeProblem } from "../ingest/problems";
import type { ImportReport } from "./import-documents";

/** "4 created, 0 updated, 1 unchanged, 0 rejected" */
export function formatImportSummary(report: ImportReport): string {
  const counts = `${report.created.length} created, ${report.updated.length} updated, ${report.unchanged.length} unchanged, ${report.rejected.length} rejected`;
  const stopped = report.interrupted
    ? `; stopped: the database connection was lost (${report.interrupted.reason}), ` +
      `${report.interrupted.notAttempted.length} documents not attempted (run the import again)`
    : "";
  return counts + stopped;
}

/** The exit code of an import: 0 only when every document given was imported. */
export const importExitCode = (report: ImportReport) =>
  report.rejected.length > 0 || report.interrupted ? 1 : 0;

/** Every rejected file with its problems, then warnings kept with imported records. */
export function formatImportDetails(report: ImportReport): string[] {
  const lines: string[] = [...report.notes];
  for (const rejected of report.rejected) {
    lines.push(`Rejected ${rejected.file}:`);
    for (const problem of rejected.problems) lines.push(`  ${problem.severity}: ${describeProblem(problem)}`);
  }
  for (const warned of report.warnings) {
    lines.push(`Imported with warnings ${warned.file}:`);
    for (const problem of warned.problems) lines.push(`  warning: ${describeProblem(problem)}`);
  }
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
