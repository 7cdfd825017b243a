/**
 * tests/unit/least-connections.test.ts's server: the web server's primary and workers
 * (lib/cli/least-connections.ts) around a tiny HTTP handler that answers with its worker's id.
 * Prints the port once the first worker is ready.
 */
import cluster from "node:cluster";
import http from "node:http";
import { acceptBalancedConnections, balanceConnections } from "../../lib/cli/least-connections";
import { findFreePort } from "../../lib/database/free-port";

if (cluster.isWorker) {
  // Short timeouts, so the test can see them enforced on a connection handed over.
  const timeouts = { headersTimeout: 300, requestTimeout: 600, connectionsCheckingInterval: 50 };
  const server = http.createServer(timeouts, (_request, response) =>
    response.end(String(cluster.worker!.id)),
  );
  acceptBalancedConnections(server);
} else {
  const port = await findFreePort();
  let ready = 0;
  const server = balanceConnections(port, () => {
    if (++ready === 2) console.log(port);
  });
  cluster.fork();
  cluster.fork();
  process.on("SIGTERM", () => {
    server.close();
    for (const worker of Object.values(cluster.workers ?? {})) worker?.kill();
    process.exit(0);
  });
}
