/**
 * `npm run parse -- [--allow-partial] FILE...`: prints a JSON array of canonical records to
 * stdout and every problem to stderr. Exits 0 only when every file gave a record.
 */
import { parseArgs } from "node:util";
import { getEnv } from "../env";
import { parseSourceDocument } from "../ingest/parse-document";
import { describeProblem } from "../ingest/problems";
import { collectFiles, describeLink, displayName, readSourceFile } from "../ingest/source-files";
import { fail, runMain } from "./run-main";

runMain(async () => {
  const { values, positionals } = parseArgs({
    options: { "allow-partial": { type: "boolean", default: false } },
    allowPositionals: true,
  });
  if (positionals.length === 0) fail("Usage: npm run parse -- [--allow-partial] FILE...");
  const allowPartial = values["allow-partial"];
  const maxBytes = getEnv().REGISTRY_MAX_DOCUMENT_BYTES;
  const records: unknown[] = [];
  const { files, problems } = await collectFiles(positionals, { folders: false });
  let failed = problems.length > 0;
  for (const { file, problems: found } of problems)
    for (const problem of found) console.error(`${problem.severity}: ${describeProblem(problem, file)}`);
  for (const file of files) {
    const read = readSourceFile(file, maxBytes);
    if ("problem" in read) {
      for (const problem of read.problem.problems)
        console.error(`${problem.severity}: ${describeProblem(problem, read.problem.file)}`);
      failed = true;
      continue;
    }
    const link = describeLink(file);
    if (link) console.error(`note: ${link}`);
    const parsed = parseSourceDocument(read.bytes, { allowPartial });
    for (const problem of parsed.problems)
      console.error(`${problem.severity}: ${describeProblem(problem, displayName(file.path))}`);
    if (parsed.record) records.push(parsed.record);
    else failed = true;
  }
  process.stdout.write(JSON.stringify(records, null, 2) + "\n");
  return failed ? 1 : 0;
});
