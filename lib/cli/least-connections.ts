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
import { z } from "zod";

const READY = "registry:ready";
const Message = z.discriminatedUnion("type", [
  z.object({ type: z.literal("registry:connection"), id: z.number() }),
  z.object({ type: z.literal("registry:received"), id: z.number() }),
  z.object({ type: z.literal("registry:closed") }),
]);
type Message = z.infer<typeof Message>;
// A worker whose event loop has not taken this many sockets is stalled: others get new ones.
const MOST_UNRECEIVED = 16;

interface WorkerState {
  open: number;
  /** Sockets sent and not yet confirmed: the primary keeps its copy until the worker has its own. */
  unreceived: Map<number, net.Socket>;
}

export interface Balancer {
  server: net.Server;
  /** Stops accepting (and opening the port for a worker that becomes ready later). */
  close(): void;
}

/**
 * In the primary: once a worker is ready, accepts on `port` and hands each connection to the
 * ready worker holding the fewest. `onReady` hears of each worker that became ready.
 */
export function balanceConnections(port: number, onReady: (worker: Worker) => void): Balancer {
  const workers = new Map<Worker, WorkerState>();
  let closed = false;
  let nextId = 0;
  cluster.on("exit", (worker) => {
    // Sockets it never took: closing the primary's copy ends them, rather than leaving them hanging.
    for (const socket of workers.get(worker)?.unreceived.values() ?? []) socket.destroy();
    workers.delete(worker);
  });
  cluster.on("message", (worker, raw) => {
    if (raw === READY) {
      if (worker.isDead() || workers.has(worker)) return;
      workers.set(worker, { open: 0, unreceived: new Map() });
      // The port opens with the first ready worker, as it did when the workers listened.
      if (!closed && !server.listening) server.listen(port);
      onReady(worker);
      return;
    }
    const state = workers.get(worker);
    const message = Message.safeParse(raw);
    if (!state || !message.success) return;
    if (message.data.type === "registry:closed") state.open = Math.max(0, state.open - 1);
    if (message.data.type === "registry:received") {
      state.unreceived.get(message.data.id)?.destroy();
      state.unreceived.delete(message.data.id);
    }
  });
  // Paused: nothing is read here, the worker's HTTP parser reads the request.
  const server = net.createServer({ pauseOnConnect: true }, (socket) => {
    const [target, state] = leastLoaded(workers) ?? [];
    if (!target || !state) {
      socket.destroy();
      return;
    }
    const id = ++nextId;
    state.open++;
    state.unreceived.set(id, socket);
    const handoff: Message = { type: "registry:connection", id };
    target.send(handoff, socket, { keepOpen: true }, (error) => {
      if (!error) return;
      state.unreceived.delete(id);
      state.open = Math.max(0, state.open - 1);
      socket.destroy();
    });
  });
  return {
    server,
    close() {
      closed = true;
      if (server.listening) server.close();
    },
  };
}

/** The connected worker holding the fewest connections, a stalled one only when all are. */
function leastLoaded(workers: Map<Worker, WorkerState>): [Worker, WorkerState] | undefined {
  const load = ({ open, unreceived }: WorkerState) => (unreceived.size >= MOST_UNRECEIVED ? 1e9 : 0) + open;
  let best: [Worker, WorkerState] | undefined;
  for (const entry of workers) {
    if (entry[0].isConnected() && (!best || load(entry[1]) < load(best[1]))) best = entry;
  }
  return best;
}

/** In a worker: serves the connections the primary hands over, and reports each that closes. */
export function acceptBalancedConnections(server: http.Server): void {
  // http.Server starts tracking its connections on "listening" (the header and request
  // timeouts, closeAllConnections); this server never listens itself, so it is told.
  server.emit("listening");
  process.on("message", (raw, socket) => {
    const message = Message.safeParse(raw);
    if (!message.success || message.data.type !== "registry:connection") return;
    if (!(socket instanceof net.Socket)) return;
    const received: Message = { type: "registry:received", id: message.data.id };
    process.send?.(received);
    const closedMessage: Message = { type: "registry:closed" };
    socket.once("close", () => process.send?.(closedMessage));
    // What http.Server's own accept does (its noDelay default), skipped for a socket handed over:
    // with Nagle's algorithm on, a page written in several chunks waited ≈ 40 ms for the
    // client's delayed acknowledgement (bench:web's one client: p50 18 → 51 ms).
    socket.setNoDelay(true);
    server.emit("connection", socket);
    socket.resume();
  });
  process.send?.(READY);
}
