/**
 * Paths Next or next-intl cannot decode, answered before they turn into a 500.
 *
 * - Next decodes every path segment and, when one is not valid percent-encoded UTF-8 (`%ZZ`,
 *   `%C3%28`, an encoded surrogate), renders a `/400` page the App Router does not have: a 500.
 *   The web server (lib/cli/web-server.ts) checks this first: 400 under /api, the 404 page
 *   elsewhere; a target longer than MAX_TARGET_LENGTH is 414.
 * - next-intl decodes a page path once more and rewrites to the result, so `/projects/%25`
 *   becomes `/fi/projects/%`, which Next cannot decode. proxy.ts sends such paths to the 404 page.
 */
import { isLocale, routing, type Locale } from "../i18n/routing";

export const MAX_TARGET_LENGTH = 8192;

/** No page has this address, so showing it is the localised 404 page. */
export const UNDECODABLE_PAGE_PATH = "/-invalid-address";

export type TargetVerdict =
  | { kind: "ok" }
  | { kind: "tooLong"; api: boolean }
  | { kind: "badApiPath"; segment: string }
  | { kind: "badPagePath"; rewriteTo: string };

/** The language of a page path: its prefix, else the default (Finnish, unprefixed). */
export function localeOfPath(pathname: string): Locale {
  const first = pathname.split("/")[1] ?? "";
  return isLocale(first) ? first : routing.defaultLocale;
}

/** Whether a path is the API's (JSON answers, the rate limit) rather than a page's. */
export const isApiPath = (pathname: string): boolean => pathname === "/api" || pathname.startsWith("/api/");

export function checkRequestTarget(target: string): TargetVerdict {
  const pathname = target.split(/[?#]/, 1)[0] ?? "";
  const api = isApiPath(pathname);
  if (target.length > MAX_TARGET_LENGTH) return { kind: "tooLong", api };
  const bad = pathname.split("/").find((segment) => !decodes(segment));
  if (bad === undefined) return { kind: "ok" };
  if (api) return { kind: "badApiPath", segment: bad };
  const locale = localeOfPath(pathname);
  const prefix = locale === routing.defaultLocale ? "" : `/${locale}`;
  return { kind: "badPagePath", rewriteTo: `${prefix}${UNDECODABLE_PAGE_PATH}` };
}

const CONTROL = /[\u0000-\u001f\u007f]/;

/** Whether next-intl's extra decoding (decodeURI, then a rewrite to the result) leaves a path Next can read. */
export function survivesLocaleDecoding(pathname: string): boolean {
  try {
    const decoded = decodeURI(pathname);
    if (CONTROL.test(decoded)) return false;
    return new URL(decoded, "http://localhost").pathname.split("/").every(decodes);
  } catch {
    return false;
  }
}

function decodes(segment: string): boolean {
  try {
    decodeURIComponent(segment);
    return true;
  } catch {
    return false;
  }
}
