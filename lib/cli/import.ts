/**
 * `npm run import -- [--dry-run] [--allow-partial] PATH...`: imports files or folders of source
 * documents. Shows progress on a terminal, then one summary line and every rejected file with
 * its problems. Exits non-zero when any document was rejected.
 */
import { parseArgs } from "node:util";
import cliProgress from "cli-progress";
import { openDatabase } from "../database/connection";
import { migrate } from "../database/migrate";
import { getEnv } from "../env";
import { generateExports } from "../exports/generate-exports";
import { importPaths } from "../import/import-documents";
import { formatImportDetails, formatImportSummary } from "../import/import-report";
import { fail, runMain } from "./run-main";

runMain(async () => {
  const { values, positionals } = parseArgs({
    options: {
      "dry-run": { type: "boolean", default: false },
      "allow-partial": { type: "boolean", default: false },
    },
    allowPositionals: true,
  });
  if (positionals.length === 0) fail("Usage: npm run import -- [--dry-run] [--allow-partial] PATH...");

  const database = await openDatabase(getEnv(), { shareRunning: true });
  const bar = process.stderr.isTTY
    ? new cliProgress.SingleBar(
        { format: "Importing [{bar}] {value}/{total} documents", stream: process.stderr },
        cliProgress.Presets.shades_classic,
      )
    : undefined;
  try {
    await migrate(database.url);
    let started = false;
    const report = await importPaths(database.url, positionals, {
      dryRun: values["dry-run"],
      allowPartial: values["allow-partial"],
      onProgress: (done, total) => {
        if (!started) bar?.start(total, 0);
        started = true;
        bar?.update(done);
      },
    });
    bar?.stop();
    console.log(`${values["dry-run"] ? "Dry run (nothing written): " : ""}${formatImportSummary(report)}`);
    for (const line of formatImportDetails(report)) console.log(line);
    if (!values["dry-run"]) {
      const exported = await generateExports(database.url, getEnv().exportsDir);
      console.log(
        `Open-data files ${exported.manifest.version}: ${exported.written ? "written" : "up to date"} (${getEnv().exportsDir})`,
      );
    }
    return report.rejected.length > 0 ? 1 : 0;
  } finally {
    await database.stop();
  }
});
