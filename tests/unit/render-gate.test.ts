import http, { type ServerResponse } from "node:http";
import type { AddressInfo } from "node:net";
import { afterEach, describe, expect, it } from "vitest";
import { createRenderGate, type RenderGate } from "@/lib/http/render-gate";

// A real HTTP server whose handler answers a path when the test says so ("/hold/…"), or at once.
type Held = Map<string, ServerResponse>;
const servers: http.Server[] = [];
afterEach(async () => {
  for (const server of servers.splice(0)) {
    server.closeAllConnections();
    await new Promise((resolve) => server.close(resolve));
  }
});

async function gatedServer(options: { concurrency: number; maxWaiting: number; holdMs?: number }) {
  const held: Held = new Map();
  const started: string[] = [];
  const closed: string[] = [];
  const gate: RenderGate = createRenderGate({
    ...options,
    refuse: (_request, response) => {
      response.writeHead(503, { "Retry-After": "5" });
      response.end("busy");
    },
  });
  const server = http.createServer((request, response) => {
    response.once("close", () => closed.push(request.url ?? "/"));
    gate.admit(request, response, () => {
      const url = request.url ?? "/";
      started.push(url);
      if (url.startsWith("/hold/")) held.set(url, response);
      else if (!url.startsWith("/never/")) response.end(`ok ${url}`);
    });
  });
  servers.push(server);
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  const get = (path: string, signal?: AbortSignal) =>
    fetch(base + path, { signal }).then(async (r) => ({ status: r.status, body: await r.text() }));
  const until = async (condition: () => boolean) => {
    while (!condition()) await new Promise((resolve) => setTimeout(resolve, 5));
  };
  const rawStatus = (path: string) =>
    new Promise<number>((resolve, reject) =>
      http
        .get({ host: "127.0.0.1", port: new URL(base).port, path }, (response) => {
          resolve(response.resume().statusCode!);
        })
        .on("error", reject),
    );
  return { gate, held, started, closed, get, rawStatus, until };
}

describe("the render gate", () => {
  it("runs requests in arrival order once a place is free", async () => {
    const { gate, held, started, get, until } = await gatedServer({ concurrency: 1, maxWaiting: 10 });
    const first = get("/hold/1");
    await until(() => held.has("/hold/1"));
    const second = get("/2");
    await until(() => gate.waiting === 1);
    const third = get("/3");
    await until(() => gate.waiting === 2);
    expect(started).toEqual(["/hold/1"]);
    held.get("/hold/1")!.end("done");
    expect(await first).toEqual({ status: 200, body: "done" });
    expect(await second).toEqual({ status: 200, body: "ok /2" });
    expect(await third).toEqual({ status: 200, body: "ok /3" });
    expect(started).toEqual(["/hold/1", "/2", "/3"]);
  });

  it("frees the place of a client that hung up while waiting", async () => {
    const { gate, held, started, closed, get, until } = await gatedServer({ concurrency: 1, maxWaiting: 10 });
    const first = get("/hold/1");
    await until(() => held.has("/hold/1"));
    const leaving = new AbortController();
    const gone = get("/hold/gone", leaving.signal).catch((error: Error) => error.name);
    await until(() => gate.waiting === 1);
    leaving.abort();
    expect(await gone).toBe("AbortError");
    await until(() => closed.includes("/hold/gone"));
    // It no longer counts as waiting, though the first request still holds the only place.
    expect(gate.waiting).toBe(0);
    held.get("/hold/1")!.end("done");
    await first;
    // The request of the client that left never ran, and it holds no place.
    expect(await get("/after")).toEqual({ status: 200, body: "ok /after" });
    expect(started).toEqual(["/hold/1", "/after"]);
    expect(gate.running).toBe(0);
  });

  it("turns requests away with 503 when the queue is full, and lets static files and downloads past", async () => {
    const { held, get, rawStatus, until, gate } = await gatedServer({ concurrency: 1, maxWaiting: 1 });
    void get("/hold/1");
    await until(() => held.has("/hold/1"));
    const waiting = get("/waits");
    await until(() => gate.waiting === 1);
    expect(await get("/refused")).toEqual({ status: 503, body: "busy" });
    // Dot segments do not reach a page past the gate: Next routes the resolved path (sent as
    // is: fetch would resolve them itself).
    expect(await rawStatus("/_next/static/../../projects")).toBe(503);
    expect(await get("/_next/static/chunks/app.js")).toEqual({
      status: 200,
      body: "ok /_next/static/chunks/app.js",
    });
    expect((await get("/api/projects.csv?q=x")).status).toBe(200);
    held.get("/hold/1")!.end("done");
    expect(await waiting).toEqual({ status: 200, body: "ok /waits" });
  });

  it("gives up the place of a response still unfinished after the longest hold", async () => {
    const { get, gate, until } = await gatedServer({ concurrency: 1, maxWaiting: 10, holdMs: 50 });
    const stuck = new AbortController();
    void get("/never/ends", stuck.signal).catch(() => {});
    await until(() => gate.running === 1);
    expect(await get("/next")).toEqual({ status: 200, body: "ok /next" });
    stuck.abort();
  });
});
