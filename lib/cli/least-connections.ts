/**
 * Connections to the web workers, each handed to the worker holding the fewest open ones.
 *
 * Node's cluster hands a new connection to whichever worker is free at that instant, so fifty
 * connections opened at once split very unevenly (8 and 42, counted under bench:web) and stay so
 * while they are kept alive; each worker renders its own queue in arrival order (the render gate),
 * so the clients of the busier worker waited twice as long. Here the primary accepts, counts what
 * each worker holds (a worker reports each connection that closes) and hands the socket over.
 */
import cluster, { type Worker } from "node:cluster";
import net from "node:net";
import type http from "node:http";

const HANDOFF = "registry:connection";
const CLOSED = "registry:connection-closed";
const READY = "registry:ready";

/**
 * In the primary: once a worker is ready, accepts on `port` and hands each connection to the
 * ready worker holding the fewest. `onReady` hears of each worker that became ready.
 */
export function balanceConnections(port: number, onReady: (worker: Worker) => void): net.Server {
  const open = new Map<Worker, number>();
  cluster.on("exit", (worker) => open.delete(worker));
  cluster.on("message", (worker, message) => {
    if (message === CLOSED) open.set(worker, Math.max(0, (open.get(worker) ?? 1) - 1));
    if (message !== READY) return;
    open.set(worker, 0);
    // The port opens with the first ready worker, as it did when the workers listened.
    if (!server.listening) server.listen(port);
    onReady(worker);
  });
  // Paused: nothing is read here, the worker's HTTP parser reads the request.
  const server = net.createServer({ pauseOnConnect: true }, (socket) => {
    let target: Worker | undefined;
    for (const [worker, count] of open) {
      if (worker.isConnected() && (target === undefined || count < open.get(target)!)) target = worker;
    }
    if (!target) {
      socket.destroy();
      return;
    }
    open.set(target, open.get(target)! + 1);
    target.send(HANDOFF, socket, (error) => {
      if (error) socket.destroy();
    });
  });
  return server;
}

/** In a worker: serves the connections the primary hands over, and reports each that closes. */
export function acceptBalancedConnections(server: http.Server): void {
  process.on("message", (message, socket) => {
    if (message !== HANDOFF || !(socket instanceof net.Socket)) return;
    socket.once("close", () => process.send?.(CLOSED));
    // What http.Server's own accept does (its noDelay default), skipped for a socket handed over:
    // with Nagle's algorithm on, a page written in several chunks waited ≈ 40 ms for the
    // client's delayed acknowledgement (bench:web's one client: p50 18 → 51 ms).
    socket.setNoDelay(true);
    server.emit("connection", socket);
    socket.resume();
  });
  process.send?.(READY);
}
