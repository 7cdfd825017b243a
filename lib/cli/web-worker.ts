/**
 * One web worker of lib/cli/web-server.ts (a cluster worker, or the whole server when
 * WEB_WORKERS=1): Next's request handler behind a Node HTTP server that answers what Next would
 * turn into a 500 or a dropped connection. Addresses up to 128 KiB are read and anything over 8 KiB is a clean 414;
 * larger request heads get a 431 and a graceful close instead of a reset; paths that are not
 * valid percent-encoding are 400 (API) or the 404 page (see lib/http/request-target.ts).
 * Requests then pass the render gate (lib/http/render-gate.ts): a few at a time, in arrival order.
 */
import cluster from "node:cluster";
import http, { type IncomingMessage, type ServerResponse } from "node:http";
import type { Socket } from "node:net";
import path from "node:path";
import next from "next";
import { getEnv } from "../env";
import { clientKey, createRateLimitCheck } from "../http/rate-limit";
import { createRenderGate, routedPath } from "../http/render-gate";
import { acceptBalancedConnections } from "./least-connections";
import { MAX_TARGET_LENGTH, checkRequestTarget, isApiPath } from "../http/request-target";
import { API_CONTENT_SECURITY_POLICY, STATIC_SECURITY_HEADERS } from "../http/security-headers";

const ROOT = path.resolve(import.meta.dirname, "../..");
const MAX_HEAD_BYTES = 128 * 1024;
const port = Number(process.env.PORT ?? 3000);
// Requests waiting for the render gate before new ones are turned away (503): at the ≈ 25 pages
// a second a worker renders at 100,000 projects, ten seconds of queue.
const MAX_WAITING = 256;

/** The API's error body under /api, one plain sentence elsewhere; with the usual headers. */
function answer(
  response: ServerResponse,
  status: number,
  api: boolean,
  error: string,
  detail: string,
  headers: Record<string, string> = {},
) {
  response.writeHead(status, {
    ...headers,
    ...SECURITY_HEADERS,
    "Content-Security-Policy": "default-src 'none'; frame-ancestors 'none'",
    "Content-Type": api ? "application/json; charset=utf-8" : "text/plain; charset=utf-8",
  });
  response.end(api ? JSON.stringify({ error, details: [detail] }) : `${error}: ${detail}.\n`);
}

/** Node's own answer to an oversized head destroys the socket mid-upload (a reset): close politely. */
function onClientError(error: NodeJS.ErrnoException, socket: Socket) {
  if (!socket.writable) {
    socket.destroy();
    return;
  }
  const status =
    error.code === "HPE_HEADER_OVERFLOW" ? "431 Request Header Fields Too Large" : "400 Bad Request";
  socket.end(`HTTP/1.1 ${status}\r\nConnection: close\r\nContent-Length: 0\r\n\r\n`);
  // Read and drop what the client is still sending, so closing does not reset the connection.
  socket.on("data", () => {});
  socket.setTimeout(5_000, () => socket.destroy());
}

const SECURITY_HEADERS = Object.fromEntries(STATIC_SECURITY_HEADERS.map(({ key, value }) => [key, value]));
const checkRateLimit = createRateLimitCheck({
  apiPerMinute: getEnv().RATE_LIMIT_API_PER_MINUTE,
  exportsPerMinute: getEnv().RATE_LIMIT_EXPORTS_PER_MINUTE,
});

/**
 * Answers 429 to an API request over its client's budget (lib/http/rate-limit.ts) and says so.
 * Checked here, before the render gate, so a client over its budget is turned away at once
 * instead of taking places in the queue.
 */
async function answeredOverLimit(path: string, request: IncomingMessage, response: ServerResponse) {
  // The nearest proxy's header, or the socket's address as Next would put there.
  const forwarded = [request.headers["x-forwarded-for"] ?? request.socket.remoteAddress ?? ""].flat();
  const limited = await checkRateLimit(
    path,
    clientKey(new Headers({ "x-forwarded-for": forwarded.join(",") })),
  )
    // The limiter's answer did not come (the primary is restarting): serve rather than refuse.
    .catch(() => null);
  if (!limited) return false;
  response.writeHead(limited.status, {
    ...Object.fromEntries(limited.headers),
    ...SECURITY_HEADERS,
    "Content-Security-Policy": API_CONTENT_SECURITY_POLICY,
  });
  response.end(await limited.text());
  return true;
}

export async function runWebWorker(): Promise<void> {
  const app = next({ dev: false, dir: ROOT, port, hostname: "localhost" });
  const handle = app.getRequestHandler();
  await app.prepare();
  const gate = createRenderGate({
    concurrency: getEnv().WEB_RENDER_CONCURRENCY,
    maxWaiting: MAX_WAITING,
    refuse: (request, response) =>
      answer(
        response,
        503,
        isApiPath(routedPath(request.url ?? "/")),
        "Service busy",
        "too many requests are waiting for this server; try again in a few seconds",
        { "Retry-After": "5" },
      ),
  });

  const server = http.createServer({ maxHeaderSize: MAX_HEAD_BYTES }, (request, response) => {
    const verdict = checkRequestTarget(request.url ?? "/");
    switch (verdict.kind) {
      case "tooLong":
        answer(
          response,
          414,
          verdict.api,
          "URI too long",
          `the address is longer than ${MAX_TARGET_LENGTH} characters`,
        );
        return;
      case "badApiPath":
        answer(
          response,
          400,
          true,
          "Bad path",
          `path segment '${verdict.segment}' is not valid percent-encoded UTF-8`,
        );
        return;
      case "badPagePath":
        request.url = verdict.rewriteTo;
        break;
      case "ok":
        break;
    }
    const path = routedPath(request.url ?? "/");
    const render = () => gate.admit(request, response, () => void handle(request, response), path);
    if (!isApiPath(path)) render();
    else void answeredOverLimit(path, request, response).then((answered) => answered || render());
  });
  server.on("clientError", onClientError);
  // A cluster worker is handed its connections by the primary (./least-connections.ts).
  if (cluster.isWorker) acceptBalancedConnections(server);
  else server.listen(port);

  const stop = () => {
    server.close();
    server.closeAllConnections();
    void app.close().finally(() => process.exit(0));
  };
  process.on("SIGTERM", stop);
  // A cluster worker is stopped by its primary (SIGTERM), which must know the exit was asked for;
  // Ctrl-C reaches the whole process group, so a worker leaves SIGINT to the primary.
  process.on("SIGINT", cluster.isWorker ? () => {} : stop);
}
