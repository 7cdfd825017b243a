import "server-only";
import { cache } from "react";
import { getDb } from "../db";
import { readDataVersion } from "../database/data-version";
import type { ResolvedSearch } from "../search/resolve-search";

/**
 * Aggregates (facet counts, totals, breakdowns, score averages) cost tens of milliseconds over
 * every project, yet the data only changes when an import commits. So their results are kept in
 * memory, each under the data version it was computed at, and recomputed once the version moves.
 *
 * The version is the registry's own (prisma/migrations/0009_data_version): one row the import
 * bumps in the transaction that changes data, so it moves exactly when the data does, the same
 * for every server process on the database, and not when anything else on the server writes. It
 * is read before the aggregate's queries run, so a result is never older than the version it is
 * stored under; at worst a commit in between makes it newer, and the next request recomputes.
 * The read is shared with the proxy's and with concurrent requests' reads, but always begins
 * after the request asked (lib/database/data-version.ts, sharedFreshReads).
 */
const currentDataVersion = cache((): Promise<string> => readDataVersion());

/**
 * The registry's data version as an opaque string (equal strings: equal data). Read once per
 * request; for cache keys, ETags and conditional requests.
 */
export function getDataVersionId(): Promise<string> {
  return currentDataVersion();
}

const RESULTS_NOT_REMEMBERED = process.env.REGISTRY_RESULT_CACHE === "off";
// Distinct filtered views kept; the least recently used go first.
const MAX_ENTRIES = 500;
const entries = new Map<string, { version: string; value: Promise<unknown> }>();

/**
 * `compute`, remembered per data version and `key` (which must say everything the result depends
 * on). Concurrent requests for the same view share one computation; a failed one is forgotten.
 */
export async function cachedPerDataVersion<T>(
  key: string,
  compute: () => Promise<T>,
  options: { perSearch?: boolean } = {},
): Promise<T> {
  // `npm run bench:web` measures the cost of a new search with search results not remembered
  // (what does not depend on the search, such as the place hierarchy, still is).
  if (RESULTS_NOT_REMEMBERED && options.perSearch) return compute();
  const version = await currentDataVersion();
  const hit = entries.get(key);
  entries.delete(key);
  if (hit && hit.version === version) {
    entries.set(key, hit);
    return hit.value as Promise<T>;
  }
  const value = compute();
  entries.set(key, { version, value });
  value.catch(() => {
    if (entries.get(key)?.value === value) entries.delete(key);
  });
  if (entries.size > MAX_ENTRIES) entries.delete(entries.keys().next().value as string);
  return value;
}

/**
 * An aggregate over a resolved search's projects, remembered per data version, the search (its
 * canonical key, text mode included) and any further arguments.
 */
export function cachedBySearch<Rest extends unknown[], T>(
  name: string,
  aggregate: (search: ResolvedSearch, ...rest: Rest) => Promise<T>,
): (search: ResolvedSearch, ...rest: Rest) => Promise<T> {
  return (search, ...rest) =>
    cachedPerDataVersion(`${name}?${search.key}#${JSON.stringify(rest)}`, () => aggregate(search, ...rest), {
      perSearch: true,
    });
}

export interface DataVersion {
  /** Changes whenever the data may have changed. */
  version: string;
  /** When the data last changed: the newest project or web page write (the epoch when empty). */
  changedAt: Date;
}

/**
 * The registry's data version and when the data last changed, for HTTP validators (ETag,
 * Last-Modified) and export file names. The one place that says what "the data version" is.
 */
export async function getDataVersion(): Promise<DataVersion> {
  const version = await currentDataVersion();
  const changedAt = await cachedPerDataVersion("data-changed-at", async () => {
    const [row] = await getDb().$queryRaw<{ changed_at: Date | null }[]>`
      SELECT greatest((SELECT max(updated_at) FROM project), (SELECT max(imported_at) FROM project_web_page)) AS changed_at`;
    return row?.changed_at ?? new Date(0);
  });
  return { version, changedAt };
}
