import { describeProblem } from "../ingest/problems";
import type { ImportReport } from "./import-documents";

/** "4 created, 0 updated, 1 unchanged, 0 rejected" */
export function formatImportSummary(report: ImportReport): string {
  return `${report.created.length} created, ${report.updated.length} updated, ${report.unchanged.length} unchanged, ${report.rejected.length} rejected`;
}

/** Every rejected file with its problems, then warnings kept with imported records. */
export function formatImportDetails(report: ImportReport): string[] {
  const lines: string[] = [];
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
