/**
 * The production web server `npm start` runs (a child process of lib/cli/start.ts): WEB_WORKERS
 * Node processes (default: one per core, at most 8, Node's cluster), each Next's request handler
 * behind lib/cli/web-worker.ts. Rendering is CPU-bound and one Node process uses one core, so one
 * process made fifty clients queue behind each other (ARCHITECTURE.md, "Speed"). This primary
 * accepts the connections and hands each to the worker holding the fewest (./least-connections.ts).
 * The workers share nothing but the database and the rate limit (kept here, in the primary); a
 * worker that dies is replaced, one that dies before it was ever ready stops the whole server.
 *
 *   PORT=3000 WEB_WORKERS=2 node --import tsx lib/cli/web-server.ts
 */
import cluster, { type Worker } from "node:cluster";
import os from "node:os";
import { RateLimiterClusterMaster } from "rate-limiter-flexible";
import { getEnv } from "../env";
import { balanceConnections } from "./least-connections";

const log = (message: string) => console.log(`[web] ${message}`);
// Each worker opens up to 12 database connections (Prisma's pool of 10, the version reader's 2);
// PostgreSQL allows 100 by default, so the default stops at 8 workers.
const DEFAULT_MAX_WORKERS = 8;
const workerCount = getEnv().WEB_WORKERS ?? Math.min(os.availableParallelism(), DEFAULT_MAX_WORKERS);

if (cluster.isWorker || workerCount === 1) {
  // The primary never loads Next: it only forks, supervises and keeps the rate limit.
  await (await import("./web-worker")).runWebWorker();
} else {
  // Workers' rate limiters ask this one (lib/http/rate-limit.ts), so a client's budget is one.
  new RateLimiterClusterMaster();
  let stopping = false;
  let exitCode = 0;
  const listened = new WeakSet<Worker>();
  const fork = () => void cluster.fork();
  const balancer = balanceConnections(getEnv().PORT, (worker) => listened.add(worker));
  balancer.server.on("error", (error) => {
    // Not listening yet: the port is taken or refused, so nothing can be served. Once
    // listening, an error is one failed accept (too many open files, say): the rest go on.
    if (balancer.server.listening)
      return void console.error(`[web] Accepting a connection failed: ${error.message}`);
    console.error(`[web] Cannot serve on port ${getEnv().PORT}: ${error.message}`);
    stop(1);
  });
  cluster.on("exit", (worker, code, signal) => {
    if (stopping) {
      if (Object.keys(cluster.workers ?? {}).length === 0) process.exit(exitCode);
      return;
    }
    const how = signal ? `signal ${signal}` : `code ${code}`;
    if (!listened.has(worker)) {
      console.error(`[web] A web worker exited (${how}) before it served; stopping.`);
      stop(1);
      return;
    }
    console.error(`[web] Web worker ${worker.process.pid} exited (${how}); starting another.`);
    fork();
  });
  const stop = (code: number) => {
    if (stopping) return;
    stopping = true;
    exitCode = code;
    balancer.close();
    const workers = Object.values(cluster.workers ?? {});
    if (workers.length === 0) process.exit(code);
    for (const worker of workers) worker?.process.kill("SIGTERM");
  };
  process.on("SIGTERM", () => stop(0));
  process.on("SIGINT", () => stop(0));
  // A render allocates megabytes, and with fifty requests in flight much of it is still alive at
  // each young-generation collection, which then copies it: 16 MB semi-spaces spent a sixth of a
  // worker's time in those collections. 64 MB ones (bench:web): ~10 % more requests per second.
  const semiSpace = process.execArgv.some((arg) => arg.startsWith("--max-semi-space-size"));
  if (!semiSpace) cluster.setupPrimary({ execArgv: [...process.execArgv, "--max-semi-space-size=64"] });
  for (let i = 0; i < workerCount; i++) fork();
  log(`${workerCount} web workers on port ${getEnv().PORT}`);
}
