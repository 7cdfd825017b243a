/**
 * `npm run import -- [--dry-run] [--allow-partial] [--project CODE] [--url URL] PATH...`: imports
 * files or folders of source documents. `--project` says the web pages given belong to that
 * project (most print no code); `--url` gives the address they were saved from. Shows progress
 * on a terminal, then one summary line and every rejected file with its problems. Exits
 * non-zero when any document was rejected.
 */
import { parseArgs } from "node:util";
import cliProgress from "cli-progress";
import { z } from "zod";
import { openDatabase, waitForDatabase } from "../database/connection";
import { migrate } from "../database/migrate";
import { getEnv } from "../env";
import { describeExportRun } from "../exports/generate-exports";
import { importPaths } from "../import/import-documents";
import { formatImportDetails, formatImportSummary, importExitCode } from "../import/import-report";
import { fail, runMain } from "./run-main";

const importFlags = z.object({
  projectCode: z
    .string()
    .regex(/^[SA]\d{5}$/, "--project needs a project code such as S21744")
    .optional(),
  pageUrl: z.url({ message: "--url needs a web address such as https://www.example.fi/hanke" }).optional(),
});

runMain(async () => {
  const { values, positionals } = parseArgs({
    options: {
      "dry-run": { type: "boolean", default: false },
      "allow-partial": { type: "boolean", default: false },
      project: { type: "string" },
      url: { type: "string" },
    },
    allowPositionals: true,
  });
  if (positionals.length === 0)
    fail("Usage: npm run import -- [--dry-run] [--allow-partial] [--project CODE] [--url URL] PATH...");
  const flags = importFlags.safeParse({ projectCode: values.project, pageUrl: values.url });
  if (!flags.success) fail(flags.error.issues.map((issue) => issue.message).join("; "));

  const env = getEnv();
  const database = await openDatabase(env, { shareRunning: true });
  const bar = process.stderr.isTTY
    ? new cliProgress.SingleBar(
        { format: "Importing [{bar}] {value}/{total} documents", stream: process.stderr },
        cliProgress.Presets.shades_classic,
      )
    : undefined;
  try {
    await waitForDatabase(database.url);
    await migrate(database.url);
    let started = false;
    const report = await importPaths(database.url, positionals, {
      dryRun: values["dry-run"],
      allowPartial: values["allow-partial"],
      ...flags.data,
      maxDocumentBytes: env.REGISTRY_MAX_DOCUMENT_BYTES,
      onWait: (message) => console.error(message),
      onProgress: (done, total) => {
        if (!started) bar?.start(total, 0);
        started = true;
        bar?.update(done);
      },
    });
    bar?.stop();
    console.log(`${values["dry-run"] ? "Dry run (nothing written): " : ""}${formatImportSummary(report)}`);
    for (const line of formatImportDetails(report)) console.log(line);
    if (!values["dry-run"] && !report.interrupted) {
      console.log(await describeExportRun(database.url, getEnv().exportsDir));
    }
    return importExitCode(report);
  } finally {
    await database.stop();
  }
});
