/**
 * One HTTP/1.1 GET sent byte for byte (no client normalising `..`, percent-encoding or invalid
 * UTF-8 on the way), with its status — or "reset" when the server dropped the connection.
 */
import net from "node:net";

export type RawStatus = number | "reset" | "no answer";

export function rawGet(port: number, target: Buffer | string, extraHeaders = ""): Promise<RawStatus> {
  return new Promise((resolve) => {
    const socket = net.connect(port, "127.0.0.1");
    let head = "";
    let settled = false;
    const settle = (status: RawStatus) => {
      if (settled) return;
      settled = true;
      socket.destroy();
      resolve(status);
    };
    socket.setTimeout(30_000, () => settle("no answer"));
    socket.on("connect", () => {
      socket.write(
        Buffer.concat([
          Buffer.from("GET "),
          Buffer.isBuffer(target) ? target : Buffer.from(target, "latin1"),
          Buffer.from(` HTTP/1.1\r\nHost: 127.0.0.1:${port}\r\n${extraHeaders}Connection: close\r\n\r\n`),
        ]),
      );
    });
    socket.on("data", (chunk) => {
      head += chunk.toString("latin1");
      const match = /^HTTP\/1\.[01] (\d{3})/.exec(head);
      if (match) settle(Number(match[1]));
    });
    socket.on("error", () => settle("reset"));
    socket.on("close", () => settle("reset"));
  });
}
