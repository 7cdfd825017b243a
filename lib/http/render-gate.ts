/**
 * A web worker's admission gate: at most `concurrency` requests inside Next's handler at once,
 * the rest waiting their turn in arrival order (lib/cli/web-worker.ts).
 *
 * Rendering is CPU-bound and one worker has one core. Without the gate fifty requests share it at
 * once, so every one of them takes fifty times its own work, and their half-built pages are all
 * alive at every garbage collection; a cheap API call waited behind forty renders. In arrival
 * order a request waits for the ones before it and then runs at nearly full speed, so latency
 * is the queue's length, the same for every view (bench:web, 100,000 projects, 50 clients: p95
 * 2.1 s → 1.6 s at the same throughput; ARCHITECTURE.md, "Speed").
 *
 * Downloads stream for seconds at the client's pace and have their own connection budget
 * (lib/database/cursor.ts); Next's static files cost nothing to serve. Neither waits here.
 */
import type { IncomingMessage, ServerResponse } from "node:http";
import pLimit from "p-limit";

/** Paths that skip the gate: Next's static files and the streamed downloads. */
const UNGATED = /^\/(?:_next\/static\/|api\/(?:projects\.(?:csv|json)|exports\/|tables\/))/;

/**
 * A request whose response is still being written after this long (a client reading slowly)
 * gives its place up: its render is done or waiting on the network, not on this core, and
 * slow readers must not be able to hold every place.
 */
export const LONGEST_HOLD_MS = 5_000;

export interface RenderGate {
  /** Runs `handle` now or when a place frees up; answers 503 when too many are already waiting. */
  admit(request: IncomingMessage, response: ServerResponse, handle: () => void): void;
  readonly running: number;
  readonly waiting: number;
}

export function createRenderGate(options: {
  concurrency: number;
  maxWaiting: number;
  /** Answers a request turned away because the queue is full. */
  refuse: (request: IncomingMessage, response: ServerResponse) => void;
  holdMs?: number;
}): RenderGate {
  const limit = pLimit(options.concurrency);
  const holdMs = options.holdMs ?? LONGEST_HOLD_MS;
  return {
    admit(request, response, handle) {
      if (UNGATED.test(request.url ?? "/")) {
        handle();
        return;
      }
      if (limit.pendingCount >= options.maxWaiting) {
        options.refuse(request, response);
        return;
      }
      // Listened for from arrival: a client that hangs up while waiting must free its place.
      const closed = new Promise<void>((resolve) => response.once("close", () => resolve()));
      void limit(async () => {
        if (response.closed || request.socket.destroyed) return;
        handle();
        let timer: NodeJS.Timeout | undefined;
        const heldTooLong = new Promise<void>((resolve) => {
          timer = setTimeout(resolve, holdMs);
          timer.unref();
        });
        await Promise.race([closed, heldTooLong]);
        clearTimeout(timer);
      });
    },
    get running() {
      return limit.activeCount;
    },
    get waiting() {
      return limit.pendingCount;
    },
  };
}
