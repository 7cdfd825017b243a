/**
 * What tests/bench/exports.ts measures with: a COPY … TO STDOUT whose bytes are counted (the
 * floor), a download at full speed, a slow client that reads a little at a time from a paused
 * socket and hangs up partway, and the server's resident memory.
 */
import fs from "node:fs/promises";
import http from "node:http";
import net from "node:net";
import type pg from "pg";
import { childPids } from "./web-load";

/**
 * A `COPY … TO STDOUT` on node-postgres, counting the bytes it sends (pg-copy-streams does the
 * same, streaming them): node-postgres runs any object with `submit` as a query.
 */
class CopyOut {
  bytes = 0;
  private settle!: (error?: Error) => void;
  readonly done = new Promise<void>((resolve, reject) => {
    this.settle = (error) => (error ? reject(error) : resolve());
  });
  constructor(private readonly text: string) {}
  submit(connection: { query(text: string): void }) {
    connection.query(this.text);
  }
  handleCopyData(message: { chunk: Buffer }) {
    this.bytes += message.chunk.length;
  }
  handleCommandComplete() {}
  handleEmptyQuery() {}
  handleReadyForQuery() {
    this.settle();
  }
  handleError(error: Error) {
    this.settle(error);
  }
}

export async function copyOut(client: pg.Client, text: string): Promise<{ ms: number; bytes: number }> {
  const started = performance.now();
  const copy = new CopyOut(text);
  void client.query(copy as unknown as pg.QueryConfig);
  await copy.done;
  return { ms: performance.now() - started, bytes: copy.bytes };
}

/** The resident memory of a process and its children, in MB (Linux's /proc). */
export async function residentMb(pid: number): Promise<number> {
  const pids = [pid, ...(await childPids(pid))];
  let kb = 0;
  for (const id of pids) {
    const status = await fs.readFile(`/proc/${id}/status`, "utf8").catch(() => "");
    kb += Number(/VmRSS:\s+(\d+)/.exec(status)?.[1] ?? 0);
  }
  return kb / 1024;
}

/** Samples a process's memory until stopped; the highest figure seen. */
export function watchMemory(pid: number, everyMs = 200) {
  let peak = 0;
  const sample = async () => (peak = Math.max(peak, await residentMb(pid)));
  const timer = setInterval(() => void sample(), everyMs);
  return {
    stop: async () => {
      clearInterval(timer);
      await sample();
      return peak;
    },
  };
}

/** A whole download as a program reads it (no compression asked for): time, bytes, status. */
export function download(port: number, path: string): Promise<{ ms: number; bytes: number }> {
  const started = performance.now();
  return new Promise((resolve, reject) => {
    http
      .get({ host: "127.0.0.1", port, path }, (response) => {
        if (response.statusCode !== 200) reject(new Error(`${path}: HTTP ${response.statusCode}`));
        let bytes = 0;
        response.on("data", (chunk: Buffer) => (bytes += chunk.length));
        response.on("end", () => resolve({ ms: performance.now() - started, bytes }));
        response.on("error", reject);
      })
      .on("error", reject);
  });
}

/**
 * A client reading `bytesPerSecond` from a paused socket (what it does not read stays in the
 * kernel's buffers, so the server's writes back up), then hanging up after `seconds`.
 */
export function slowRead(port: number, path: string, bytesPerSecond: number, seconds: number) {
  return new Promise<{ bytes: number }>((resolve, reject) => {
    const socket = net.connect({ host: "127.0.0.1", port }, () => {
      socket.write(`GET ${path} HTTP/1.1\r\nHost: 127.0.0.1:${port}\r\nConnection: close\r\n\r\n`);
    });
    socket.pause();
    socket.on("error", reject);
    let bytes = 0;
    const tick = setInterval(() => {
      let budget = bytesPerSecond / 10;
      while (budget > 0 && socket.readableLength > 0) {
        const chunk = socket.read(Math.min(budget, socket.readableLength)) as Buffer | null;
        if (!chunk) break;
        bytes += chunk.length;
        budget -= chunk.length;
      }
      // A zero-length read asks the socket to fill its buffer again from the kernel's.
      socket.read(0);
    }, 100);
    setTimeout(() => {
      clearInterval(tick);
      socket.destroy();
      resolve({ bytes });
    }, seconds * 1000);
  });
}
