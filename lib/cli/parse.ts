/**
 * `npm run parse -- [--allow-partial] PATH...`: prints a JSON array of canonical records to
 * stdout and every problem to stderr. Folders are read for .txt and .html documents. Exits 0
 * only when no document had errors.
 */
import fs from "node:fs/promises";
import { parseArgs } from "node:util";
import { parseSourceDocument } from "../ingest/parse-document";
import { describeProblem, type Problem } from "../ingest/problems";
import { collectFiles } from "../ingest/source-files";
import { fail, runMain } from "./run-main";

runMain(async () => {
  const { values, positionals } = parseArgs({
    options: { "allow-partial": { type: "boolean", default: false } },
    allowPositionals: true,
  });
  if (positionals.length === 0) fail("Usage: npm run parse -- [--allow-partial] PATH...");
  const allowPartial = values["allow-partial"];
  const records: unknown[] = [];
  let failed = false;
  const { files, missing } = await collectFiles(positionals);
  for (const { file, problems } of missing) {
    for (const problem of problems) console.error(`${problem.severity}: ${describeProblem(problem, file)}`);
    failed = true;
  }
  for (const file of files) {
    const bytes = await fs.readFile(file).catch(() => undefined);
    const parsed = bytes
      ? parseSourceDocument(bytes, { allowPartial })
      : {
          kind: "rejected" as const,
          record: null,
          problems: [{ severity: "error", message: "the file could not be read" } as Problem],
        };
    for (const problem of parsed.problems)
      console.error(`${problem.severity}: ${describeProblem(problem, file)}`);
    if (parsed.record) records.push(parsed.record);
    else failed = true;
  }
  process.stdout.write(JSON.stringify(records, null, 2) + "\n");
  return failed ? 1 : 0;
});
