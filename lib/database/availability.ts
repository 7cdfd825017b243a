/**
 * Whether the database can take queries right now, asked by the proxy before every request so
 * that, while PostgreSQL is away (crashed, restarting), pages and the API answer 503 with a
 * readable message instead of 500. The answer is remembered briefly; the probe is a bare
 * PostgreSQL startup handshake (no query, no pool, no password sent), which tells "accepting"
 * from "starting up / shutting down / in recovery" and from a refused connection.
 */
import net from "node:net";

const REMEMBER_MS = 250;
const PROBE_TIMEOUT_MS = 1000;

function probe(databaseUrl: string): Promise<boolean> {
  const url = new URL(databaseUrl);
  const params = `user\0${decodeURIComponent(url.username || "postgres")}\0database\0${decodeURIComponent(url.pathname.slice(1) || "postgres")}\0\0`;
  const body = Buffer.from(params, "utf8");
  const startup = Buffer.alloc(8 + body.length);
  startup.writeInt32BE(startup.length, 0);
  startup.writeInt32BE(196608, 4); // protocol 3.0
  body.copy(startup, 8);
  return new Promise((resolve) => {
    const socket = net.connect({ host: url.hostname, port: Number(url.port || 5432) });
    const finish = (up: boolean) => {
      socket.destroy();
      resolve(up);
    };
    socket.setTimeout(PROBE_TIMEOUT_MS, () => finish(false));
    socket.once("error", () => finish(false));
    socket.once("connect", () => socket.write(startup));
    // 'R': asked to authenticate, so accepting. 'E' with SQLSTATE 57P03 (cannot_connect_now):
    // starting up, shutting down or recovering. Any other refusal (TLS required, pg_hba) is
    // not an outage and is left to the app's own connection to report.
    socket.once("data", (reply) => finish(!(reply[0] === 0x45 && reply.includes("C57P03\0"))));
  });
}

let known: { up: boolean; at: number } = { up: true, at: 0 };
let pending: Promise<boolean> | undefined;

export async function isDatabaseAvailable(): Promise<boolean> {
  const url = process.env.DATABASE_URL;
  if (!url) return true;
  if (Date.now() - known.at < REMEMBER_MS) return known.up;
  pending ??= probe(url).then((up) => {
    known = { up, at: Date.now() };
    pending = undefined;
    return up;
  });
  return pending;
}
