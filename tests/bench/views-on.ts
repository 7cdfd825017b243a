/**
 * `DATABASE_URL=… tsx tests/bench/views-on.ts --port P [--requests N] [--only word,word]`: the uncached
 * columns of bench:web (a new URL per request) against a server already running on that database,
 * each view beside its SQL floor replayed in the same run. For measuring one read path at scale
 * (e.g. the shared 100,000-project database) without importing anything.
 */
import { parseArgs } from "node:util";
import pg from "pg";
import { floorQueries, viewsOf } from "./web-views";

const { values } = parseArgs({
  options: {
    port: { type: "string" },
    requests: { type: "string", default: "50" },
    only: { type: "string", default: "" },
  },
});
const percentile = (samples: number[], p: number) => {
  const sorted = [...samples].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))] ?? NaN;
};
const client = new pg.Client({ connectionString: process.env.DATABASE_URL });
await client.connect();
const only = values.only!.split(",");
const views = (await viewsOf(client)).filter((view) => only.some((word) => view.label.includes(word)));
const floors = floorQueries(client);
console.log(`${"view".padEnd(28)} uncached p50    p95 | floor p50    p95 | p95 ≤ 2×floor+10 |  HTML kB`);
for (const view of views) {
  const fresh: number[] = [];
  const floor: number[] = [];
  let bytes = 0;
  await fetch(`http://127.0.0.1:${values.port}${view.url(0)}`).then((r) => r.arrayBuffer());
  for (let i = 1; i <= Number(values.requests); i++) {
    let started = performance.now();
    const response = await fetch(`http://127.0.0.1:${values.port}${view.url(i)}`);
    bytes = (await response.arrayBuffer()).byteLength;
    if (!response.ok) throw new Error(`${view.url(i)}: HTTP ${response.status}`);
    fresh.push(performance.now() - started);
    started = performance.now();
    await floors[view.floor](view.url(i));
    floor.push(performance.now() - started);
  }
  const [p50, p95, f50, f95] = [
    percentile(fresh, 50),
    percentile(fresh, 95),
    percentile(floor, 50),
    percentile(floor, 95),
  ];
  console.log(
    `${view.label.padEnd(28)} ${p50.toFixed(0).padStart(12)} ${p95.toFixed(0).padStart(6)} | ${f50.toFixed(0).padStart(9)} ${f95.toFixed(0).padStart(6)} | ${(p95 <= 2 * f95 + 10 ? "yes" : "no").padStart(16)} | ${(bytes / 1000).toFixed(0).padStart(7)}`,
  );
}
await client.end();
