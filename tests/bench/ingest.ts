/**
 * `npm run bench:ingest [-- --count N]`: generates N synthetic documents (default 10,000) and
 * prints documents per second for parsing alone and for the full import into a throwaway
 * PostgreSQL, plus peak memory. Targets: parse ≥ 5,000 documents/s on one core; import ≥ 1,000/s.
 */
import fs from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import { parseArgs } from "node:util";
import { openThrowawayDatabase } from "../../lib/database/connection";
import { migrate } from "../../lib/database/migrate";
import { parseEnv } from "../../lib/env";
import { importPaths } from "../../lib/import/import-documents";
import { parseSourceDocument } from "../../lib/ingest/parse-document";
import { renderProjectDocument } from "../../lib/ingest/render-document";
import { seededRandom, syntheticRecord } from "../../lib/ingest/synthetic";

const { values } = parseArgs({ options: { count: { type: "string", default: "10000" } } });
const count = Number(values.count);
const rate = (n: number, ms: number) => `${Math.round((n / ms) * 1000).toLocaleString("en")} documents/s`;

const random = seededRandom(2014);
const documents = Array.from({ length: count }, (_, i) => renderProjectDocument(syntheticRecord(random, i)));
const bytes = documents.map((text) => new TextEncoder().encode(text));
console.log(
  `Generated ${count} documents (${(bytes.reduce((n, b) => n + b.length, 0) / 1e6).toFixed(1)} MB).`,
);

// Steady-state speed: let the JIT compile the parser before the clock starts.
for (const document of bytes.slice(0, 500)) parseSourceDocument(document);
let started = performance.now();
let failures = 0;
for (const document of bytes) if (!parseSourceDocument(document).record) failures++;
const parseMs = performance.now() - started;
console.log(
  `Parse:  ${rate(count, parseMs)} (${(parseMs / 1000).toFixed(2)} s, ${failures} failed)  target ≥ 5,000/s`,
);

const dir = await fs.mkdtemp(path.join(os.tmpdir(), "bench-ingest-"));
await Promise.all(
  documents.map((text, i) => fs.writeFile(path.join(dir, `doc_${String(i).padStart(6, "0")}.txt`), text)),
);
const database = await openThrowawayDatabase(parseEnv());
try {
  await migrate(database.url);
  started = performance.now();
  const report = await importPaths(database.url, [dir], {
    onProgress: (done, total) => {
      if (done % 1000 === 0 || done === total) process.stderr.write(`\r  imported ${done}/${total}`);
    },
  });
  const importMs = performance.now() - started;
  process.stderr.write("\n");
  console.log(
    `Import: ${rate(report.created.length, importMs)} (${(importMs / 1000).toFixed(1)} s; ` +
      `${report.created.length} created, ${report.rejected.length} rejected)  target ≥ 1,000/s`,
  );
} finally {
  await database.stop();
  await fs.rm(dir, { recursive: true, force: true });
}
console.log(`Peak memory (RSS): ${Math.round(process.resourceUsage().maxRSS / 1024)} MB`);
