/**
 * `npm run generate -- --count N --out DIR [--seed S]`: writes N realistic synthetic project
 * descriptions in the source text format, the same for the same seed.
 */
import fs from "node:fs/promises";
import path from "node:path";
import { parseArgs } from "node:util";
import { z } from "zod";
import { renderProjectDocument } from "../ingest/render-document";
import { seededRandom, syntheticRecord } from "../ingest/synthetic";
import { fail, runMain } from "./run-main";

const argsSchema = z.object({
  count: z.coerce.number().int().min(1).max(1_000_000),
  out: z.string().min(1),
  seed: z.coerce.number().int().default(2014),
});

runMain(async () => {
  const { values } = parseArgs({
    options: { count: { type: "string" }, out: { type: "string" }, seed: { type: "string" } },
  });
  const parsed = argsSchema.safeParse(values);
  if (!parsed.success) {
    fail(
      `Usage: npm run generate -- --count N --out DIR [--seed S]\n` +
        parsed.error.issues.map((issue) => `  --${issue.path.join(".")}: ${issue.message}`).join("\n"),
    );
  }
  const { count, out, seed } = parsed.data;
  await fs.mkdir(out, { recursive: true });
  const random = seededRandom(seed);
  for (let index = 0; index < count; index++) {
    const record = syntheticRecord(random, index);
    await fs.writeFile(
      path.join(out, `synthetic_${String(index).padStart(6, "0")}_${record.code}.txt`),
      renderProjectDocument(record),
    );
  }
  console.log(`Wrote ${count} synthetic documents to ${out} (seed ${seed}).`);
});
