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
  for (const file of report.unlinkedWebPages) {
    lines.push(`Web page ${file}: its project is not in the registry; stored without a project link`);
  }
  return lines;
}
