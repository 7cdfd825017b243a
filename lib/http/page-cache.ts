/**
 * Cache headers for pages. A page is a function of its URL (the language is in the path, nothing
 * is read from cookies), the build and the data, so its ETag is the build id and the data version:
 * a browser, reverse proxy or CDN keeps the page and asks again with If-None-Match, and gets a
 * 304 without a render until an import (or a deployment) changes something.
 */
import fs from "node:fs";
import path from "node:path";
import { readDataVersion } from "../database/data-version";

/** Stored, but checked with the server on every use: a new import shows at once. */
export const PAGE_CACHE_CONTROL = "public, max-age=0, must-revalidate";

const BUILD_ID = (() => {
  try {
    return fs.readFileSync(path.join(process.cwd(), ".next", "BUILD_ID"), "utf8").trim();
  } catch {
    return "dev";
  }
})();

/** The pages' ETag now, or null when it cannot be told (then nothing is cached). */
export async function pageEtag(): Promise<string | null> {
  if (!process.env.DATABASE_URL) return null;
  try {
    const version = await readDataVersion();
    return version ? `W/"${BUILD_ID}.${version}"` : null;
  } catch {
    return null;
  }
}

/** Whether an If-None-Match header names this ETag (weak comparison, lists and `*` allowed). */
export function matchesEtag(ifNoneMatch: string | null, etag: string): boolean {
  if (!ifNoneMatch) return false;
  const bare = (tag: string) => tag.trim().replace(/^W\//, "");
  return ifNoneMatch.split(",").some((tag) => tag.trim() === "*" || bare(tag) === bare(etag));
}
