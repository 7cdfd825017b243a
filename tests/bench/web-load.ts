/**
 * bench:web's servers and load runs: the production server users get (lib/cli/web-server.ts with
 * its workers), autocannon runs with latency percentiles, and each worker's memory.
 */
import { spawn, type ChildProcess } from "node:child_process";
import fs from "node:fs/promises";
import path from "node:path";
import autocannon from "autocannon";
import { findFreePort } from "../../lib/database/free-port";

const root = path.resolve(import.meta.dirname, "../..");

export interface Server {
  port: number;
  child: ChildProcess;
  workers: number;
}

/** `npm start`'s web server on `databaseUrl`; `remember`: keep search results per data version. */
export async function serve(databaseUrl: string, remember: boolean, workers: number): Promise<Server> {
  const port = await findFreePort();
  const child = spawn(process.execPath, ["--import", "tsx", path.join(root, "lib/cli/web-server.ts")], {
    cwd: root,
    env: {
      ...process.env,
      DATABASE_URL: databaseUrl,
      NODE_ENV: "production",
      PORT: String(port),
      WEB_WORKERS: String(workers),
      REGISTRY_RESULT_CACHE: remember ? "on" : "off",
      // The load run is many requests from one address: no per-client budget here.
      RATE_LIMIT_API_PER_MINUTE: "0",
      RATE_LIMIT_EXPORTS_PER_MINUTE: "0",
    },
    stdio: "ignore",
  });
  for (;;) {
    if (child.exitCode !== null) throw new Error(`the web server exited (code ${child.exitCode})`);
    try {
      await fetch(`http://127.0.0.1:${port}/about`);
      return { port, child, workers };
    } catch {
      await new Promise((resolve) => setTimeout(resolve, 200));
    }
  }
}

/** The ids of a process's direct children (Linux's /proc). */
export async function childPids(pid: number): Promise<number[]> {
  const children: number[] = [];
  for (const entry of await fs.readdir("/proc").catch(() => [])) {
    if (!/^\d+$/.test(entry)) continue;
    const stat = await fs.readFile(`/proc/${entry}/stat`, "utf8").catch(() => "");
    // Fields after the command's closing parenthesis: state, ppid, …
    if (Number(stat.slice(stat.lastIndexOf(")") + 2).split(" ")[1]) === pid) children.push(Number(entry));
  }
  return children;
}

/** Stops a server and waits for it (and so its workers) to exit. */
export async function stop(server: Server): Promise<void> {
  if (server.child.exitCode !== null) return;
  const exited = new Promise((resolve) => server.child.once("exit", resolve));
  server.child.kill("SIGTERM");
  await exited;
}

const kB = (status: string, field: string) => Number(/\d+/.exec(status.split(`${field}:`)[1] ?? "")?.[0]);

/** Resident and peak memory (MB) of the server's processes that run Next: its workers, or itself. */
export async function workerMemory(server: Server): Promise<{ pid: number; rss: number; peak: number }[]> {
  const pid = server.child.pid!;
  const children: number[] = [];
  for (const child of await childPids(pid)) {
    // Not tsx's esbuild service, which each Node process has beside it.
    const command = await fs.readFile(`/proc/${child}/cmdline`, "utf8").catch(() => "");
    if (command.split("\0")[0] === process.execPath) children.push(child);
  }
  const pids = server.workers > 1 ? children : [pid];
  return Promise.all(
    pids.map(async (worker) => {
      const status = await fs.readFile(`/proc/${worker}/status`, "utf8");
      return { pid: worker, rss: kB(status, "VmRSS") / 1024, peak: kB(status, "VmHWM") / 1024 };
    }),
  );
}

export interface LoadResult {
  rate: number;
  p50: number;
  p90: number;
  p95: number;
  p97_5: number;
  p99: number;
  errors: number;
  non2xx: number;
}

/** `connections` clients for `duration` s, each request the next URL of `nextUrl`. */
export async function load(
  server: Server,
  connections: number,
  duration: number,
  nextUrl: () => string,
): Promise<LoadResult> {
  const times: number[] = [];
  const result = await new Promise<autocannon.Result>((resolve, reject) => {
    const instance = autocannon(
      {
        url: `http://127.0.0.1:${server.port}`,
        connections,
        duration,
        requests: [{ setupRequest: (request) => ({ ...request, path: nextUrl() }) }],
      },
      (error, result) => (error ? reject(error) : resolve(result)),
    );
    instance.on("response", (_client, _status, _bytes, responseTime) => times.push(responseTime));
  });
  times.sort((a, b) => a - b);
  // autocannon has no p95 (the target): taken from every response's time.
  const p95 = times[Math.min(times.length - 1, Math.floor(0.95 * times.length))] ?? NaN;
  const { latency } = result;
  return {
    rate: result.requests.total / result.duration,
    p50: latency.p50,
    p90: latency.p90,
    p95: Math.round(p95),
    p97_5: latency.p97_5,
    p99: latency.p99,
    errors: result.errors,
    non2xx: result.non2xx,
  };
}

export const formatLoad = (label: string, r: LoadResult) =>
  `  ${label.padEnd(28)} ${r.rate.toFixed(1).padStart(6)} requests/s, p50 ${r.p50} ms, p90 ${r.p90} ms, ` +
  `p95 ${r.p95} ms, p97.5 ${r.p97_5} ms, p99 ${r.p99} ms, ${r.errors} errors, ${r.non2xx} non-2xx`;
