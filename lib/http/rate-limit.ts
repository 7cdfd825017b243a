/**
 * Per-client limits for the open API: every `/api` request counts against one budget, the
 * exports (all results as CSV or JSON, table CSVs) against a smaller one as well. In memory
 * (rate-limiter-flexible): in a web worker of lib/cli/web-server.ts the counts are kept by the
 * cluster's primary, so a client has one budget however the workers share its requests; over
 * the limit the answer is 429 with Retry-After.
 */
import cluster from "node:cluster";
import { RateLimiterCluster, RateLimiterMemory, RateLimiterRes } from "rate-limiter-flexible";

export interface RateLimits {
  apiPerMinute: number;
  exportsPerMinute: number;
}

const EXPORT_PATH = /^\/api\/(projects\.(csv|json)$|tables\/)/;

/**
 * The client as the nearest proxy saw it: the last X-Forwarded-For entry (Next's server sets the
 * header to the socket address when no proxy did). Served directly, a client could still choose
 * its own key by sending the header, so a public deployment belongs behind a reverse proxy.
 */
export function clientKey(headers: Headers): string {
  const forwarded = headers.get("x-forwarded-for")?.split(",").at(-1)?.trim();
  return forwarded || "unknown";
}

export type RateLimitCheck = (pathname: string, client: string) => Promise<Response | null>;

/** A checker answering 429 (JSON, Retry-After in seconds) when a client is over a limit, else null. */
export function createRateLimitCheck(limits: RateLimits): RateLimitCheck {
  const limiter = (points: number, keyPrefix: string) =>
    points <= 0
      ? null
      : cluster.isWorker
        ? new RateLimiterCluster({ points, duration: 60, keyPrefix })
        : new RateLimiterMemory({ points, duration: 60 });
  const api = limiter(limits.apiPerMinute, "api");
  const exports = limiter(limits.exportsPerMinute, "exports");
  return async (pathname, client) => {
    const budgets = [
      { limiter: api, what: `${limits.apiPerMinute} API requests` },
      ...(EXPORT_PATH.test(pathname)
        ? [{ limiter: exports, what: `${limits.exportsPerMinute} exports` }]
        : []),
    ];
    for (const { limiter, what } of budgets) {
      if (!limiter) continue;
      try {
        await limiter.consume(client);
      } catch (rejection) {
        if (!(rejection instanceof RateLimiterRes)) throw rejection;
        const retryAfter = Math.max(1, Math.ceil(rejection.msBeforeNext / 1000));
        return Response.json(
          {
            error: "Too many requests",
            details: [`at most ${what} a minute per client; try again in ${retryAfter} s`],
          },
          { status: 429, headers: { "Retry-After": String(retryAfter) } },
        );
      }
    }
    return null;
  };
}
