/**
 * One import in a process of its own, so its peak memory is the import's alone:
 * `tsx tests/bench/import-child.ts DATABASE_URL DIR` prints one JSON line.
 */
import { importPaths } from "../../lib/import/import-documents";

const [databaseUrl, dir] = process.argv.slice(2) as [string, string];
const started = performance.now();
const report = await importPaths(databaseUrl, [dir]);
console.log(
  JSON.stringify({
    created: report.counts.created,
    rejected: report.counts.rejected,
    ms: performance.now() - started,
    peakMb: Math.round(process.resourceUsage().maxRSS / 1024),
  }),
);
