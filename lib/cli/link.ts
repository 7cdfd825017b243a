/**
 * `npm run link -- --list`: the stored web pages without a project, each with the projects it
 * may belong to (evidence and confidence). `npm run link -- PAGE CODE`: a person confirms that
 * the page (its number or file as listed) belongs to the project; the link then survives
 * re-imports of the page.
 */
import { existsSync } from "node:fs";
import path from "node:path";
import { parseArgs } from "node:util";
import pg from "pg";
import { openDatabase } from "../database/connection";
import { migrate } from "../database/migrate";
import { getEnv } from "../env";
import { confirmLink, LinkError, listWaitingPages } from "../import/web-page-links";
import { fail, runMain } from "./run-main";

const USAGE = "Usage: npm run link -- --list | npm run link -- PAGE CODE";

runMain(async () => {
  const { values, positionals } = parseArgs({
    options: { list: { type: "boolean", default: false } },
    allowPositionals: true,
  });
  if (values.list ? positionals.length > 0 : positionals.length !== 2) fail(USAGE);
  const [page, code] = positionals;
  if (code !== undefined && !/^[SA]\d{5}$/.test(code)) fail(`'${code}' is not a project code such as S21744`);

  const database = await openDatabase(getEnv(), { shareRunning: true });
  const client = new pg.Client({ connectionString: database.url });
  try {
    await migrate(database.url);
    await client.connect();
    if (values.list) {
      const pages = await listWaitingPages(client);
      if (pages.length === 0) console.log("Every stored web page is linked to its project.");
      for (const waiting of pages) {
        console.log(
          `${waiting.id}  ${waiting.sourceFile}  "${waiting.title}"${waiting.pageUrl ? `  ${waiting.pageUrl}` : ""}`,
        );
        if (waiting.candidates.length === 0) console.log("    no candidate project");
        for (const candidate of waiting.candidates)
          console.log(
            `    ${candidate.code}  ${Math.round(candidate.confidence * 100)} %  ${candidate.evidence.join("; ")}`,
          );
      }
      return 0;
    }
    try {
      // Pages are stored under their file as imported (relative to the working folder).
      const stored = existsSync(page!) ? path.relative(process.cwd(), path.resolve(page!)) : page!;
      const linked = await confirmLink(client, stored, code!);
      const before = linked.previous && linked.previous !== code ? ` (was ${linked.previous})` : "";
      console.log(`Linked ${linked.sourceFile} to ${code}${before}.`);
      return 0;
    } catch (error) {
      if (error instanceof LinkError) fail(error.message);
      throw error;
    }
  } finally {
    await client.end().catch(() => {});
    await database.stop();
  }
});
