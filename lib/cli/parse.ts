/**
 * `npm run parse -- [--allow-partial] FILE...`: prints a JSON array of canonical records to
 * stdout and every problem to stderr. Exits 0 only when no document had errors.
 */
import fs from "node:fs/promises";
import { parseArgs } from "node:util";
import { parseSourceDocument } from "../ingest/parse-document";
import { describeProblem, type Problem } from "../ingest/problems";
import { fail, runMain } from "./run-main";

runMain(async () => {
  const { values, positionals } = parseArgs({
    options: { "allow-partial": { type: "boolean", default: false } },
    allowPositionals: true,
  });
  if (positionals.length === 0) fail("Usage: npm run parse -- [--allow-partial] FILE...");
  const allowPartial = values["allow-partial"];
  const records: unknown[] = [];
  let failed = false;
  for (const file of positionals) {
    const bytes = await fs.readFile(file).catch(() => undefined);
    const parsed = bytes
      ? parseSourceDocument(bytes, { allowPartial })
      : {
          kind: "rejected" as const,
          record: null,
          problems: [{ severity: "error", message: "no such file" } as Problem],
        };
    for (const problem of parsed.problems)
      console.error(`${problem.severity}: ${describeProblem(problem, file)}`);
    if (parsed.record) records.push(parsed.record);
    else failed = true;
  }
  process.stdout.write(JSON.stringify(records, null, 2) + "\n");
  return failed ? 1 : 0;
});
