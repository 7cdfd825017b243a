import { spawn, type ChildProcess } from "node:child_process";
import { once } from "node:events";
import http from "node:http";
import net from "node:net";
import path from "node:path";
import { createInterface } from "node:readline";
import { afterAll, beforeAll, expect, it } from "vitest";

const ROOT = path.resolve(import.meta.dirname, "../..");
let server: ChildProcess;
let port: number;

beforeAll(async () => {
  server = spawn(process.execPath, ["--import", "tsx", "tests/support/least-connections-server.ts"], {
    cwd: ROOT,
    stdio: ["ignore", "pipe", "inherit"],
  });
  const [line] = (await once(createInterface({ input: server.stdout! }), "line")) as [string];
  port = Number(line);
});
afterAll(() => void server?.kill("SIGTERM"));

/** Opens `count` connections at once, each kept alive by its own agent; who served each. */
async function connect(count: number): Promise<{ worker: string; agent: http.Agent }[]> {
  return Promise.all(
    Array.from({ length: count }, () => {
      const agent = new http.Agent({ keepAlive: true });
      return new Promise<{ worker: string; agent: http.Agent }>((resolve, reject) => {
        http
          .get({ host: "127.0.0.1", port, path: "/", agent }, (response) => {
            let body = "";
            response.on("data", (chunk: Buffer) => (body += chunk));
            response.on("end", () => resolve({ worker: body, agent }));
          })
          .on("error", reject);
      });
    }),
  );
}
const perWorker = (connections: { worker: string }[]) => {
  const counts = new Map<string, number>();
  for (const { worker } of connections) counts.set(worker, (counts.get(worker) ?? 0) + 1);
  return counts;
};

it("hands connections opened at once to the workers evenly, and counts those that close", async () => {
  const first = await connect(20);
  expect([...perWorker(first).values()]).toEqual([10, 10]);
  // One worker's ten connections close: the next ten all go to it, the other still holds ten.
  const [emptied] = perWorker(first).keys();
  for (const { worker, agent } of first) if (worker === emptied) agent.destroy();
  await new Promise((resolve) => setTimeout(resolve, 300));
  const second = await connect(10);
  expect(perWorker(second)).toEqual(new Map([[emptied, 10]]));
  for (const { agent } of [...first, ...second]) agent.destroy();
});

it("enforces the HTTP server's header timeout on a connection handed over", async () => {
  // A client that sends half a request head and stops: the worker's server must answer 408 and
  // close, as it would on a connection it had accepted itself.
  const socket = net.connect(port, "127.0.0.1");
  socket.write("GET / HTTP/1.1\r\nHost: x\r\n");
  let answer = "";
  socket.on("data", (chunk: Buffer) => (answer += chunk));
  await once(socket, "close");
  expect(answer).toMatch(/^HTTP\/1\.1 408/);
});
