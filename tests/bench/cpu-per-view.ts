/**
 * `DATABASE_URL=… npx tsx tests/bench/cpu-per-view.ts [--requests N] [--only word,word]`: the web
 * worker's CPU per request for each of bench:web's views (a new URL per request, uncached
 * server), on the production build with one worker and one client, beside the wall time. CPU time
 * moves far less than latency on a shared machine, so it compares two builds (run it on each)
 * where a latency run would drown the difference. Linux only (/proc).
 */
import fs from "node:fs/promises";
import { parseArgs } from "node:util";
import pg from "pg";
import { buildSiteIfStale } from "./build-site";
import { serve, stop } from "./web-load";
import { viewsOf } from "./web-views";

const { values } = parseArgs({
  options: { requests: { type: "string", default: "40" }, only: { type: "string", default: "" } },
});
const requests = Number(values.requests);
const only = values.only!.split(",");

/** User and system CPU of a process so far, in ms (the kernel's clock ticks are 10 ms). */
async function cpuMs(pid: number): Promise<number> {
  const stat = await fs.readFile(`/proc/${pid}/stat`, "utf8");
  const fields = stat.slice(stat.lastIndexOf(")") + 2).split(" ");
  return (Number(fields[11]) + Number(fields[12])) * 10;
}

await buildSiteIfStale();
const client = new pg.Client({ connectionString: process.env.DATABASE_URL });
await client.connect();
const views = (await viewsOf(client)).filter((view) => only.some((word) => view.label.includes(word)));
// One worker: the server process itself renders, so its CPU is the worker's.
const server = await serve(process.env.DATABASE_URL!, false, 1);
const get = async (url: string) => {
  const response = await fetch(`http://127.0.0.1:${server.port}${url}`);
  await response.arrayBuffer();
  if (!response.ok) throw new Error(`${url}: HTTP ${response.status}`);
};
console.log(`${"view".padEnd(30)} CPU ms/request   wall ms/request`);
let sum = 0;
for (const view of views) {
  // Warm-up with URLs the run does not use: indexes built, code loaded.
  for (let i = 1; i <= 5; i++) await get(view.url(1000 + i));
  const before = await cpuMs(server.child.pid!);
  const started = performance.now();
  for (let i = 1; i <= requests; i++) await get(view.url(i));
  const cpu = ((await cpuMs(server.child.pid!)) - before) / requests;
  sum += cpu;
  const wall = (performance.now() - started) / requests;
  console.log(`${view.label.padEnd(30)} ${cpu.toFixed(1).padStart(14)} ${wall.toFixed(1).padStart(17)}`);
}
console.log(`${"mean".padEnd(30)} ${(sum / views.length).toFixed(1).padStart(14)}`);
await stop(server);
await client.end();
