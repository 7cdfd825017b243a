import createMiddleware from "next-intl/middleware";
import { NextRequest, NextResponse } from "next/server";
import { databaseUnavailableResponse } from "./lib/api/unavailable";
import { isDatabaseAvailable } from "./lib/database/availability";
import {
  isApiPath,
  localeOfPath,
  survivesLocaleDecoding,
  UNDECODABLE_PAGE_PATH,
} from "./lib/http/request-target";
import {
  API_CONTENT_SECURITY_POLICY,
  isHttps,
  pageContentSecurityPolicy,
  STRICT_TRANSPORT_SECURITY,
} from "./lib/http/security-headers";
import { matchesEtag, PAGE_CACHE_CONTROL, pageEtag } from "./lib/http/page-cache";
import { routing } from "./lib/i18n/routing";

const localise = createMiddleware(routing);

// Page paths go through next-intl; files with an extension and Next's own paths do not.
const PAGE_PATH = /^\/(?!api\/|api$|_next\/|_vercel\/)[^.]*$/;

/**
 * Every request but Next's static files (the API's rate limit is checked before, in
 * lib/cli/web-worker.ts, so an over-budget client never waits for a render): pages get a
 * Content-Security-Policy with a fresh nonce, which Next reads from the request's policy header
 * and puts on its own scripts; then next-intl picks the locale.
 */
export default async function proxy(request: NextRequest) {
  const { pathname } = request.nextUrl;
  const https = isHttps(request.nextUrl, request.headers);
  let response: Response;
  let policy: string;
  const file = !pathname.startsWith("/api") && /\.[^/]*$/.test(pathname);
  if (!file && !(await isDatabaseAvailable())) {
    // While PostgreSQL is away (restarting), answer 503 with a readable message, not 500.
    response = databaseUnavailableResponse(pathname);
    // The small page has its own inline style and nothing else.
    policy = "default-src 'none'; style-src 'unsafe-inline'; frame-ancestors 'none'";
  } else if (isApiPath(pathname)) {
    policy = API_CONTENT_SECURITY_POLICY;
    // Over-budget clients were answered 429 before this (lib/cli/web-worker.ts).
    response = NextResponse.next();
  } else {
    const nonce = Buffer.from(crypto.getRandomValues(new Uint8Array(16))).toString("base64");
    policy = pageContentSecurityPolicy(nonce, { dev: process.env.NODE_ENV !== "production", https });
    const headers = new Headers(request.headers);
    headers.set("Content-Security-Policy", policy);
    if (!PAGE_PATH.test(pathname)) response = NextResponse.next({ request: { headers } });
    else if (survivesLocaleDecoding(pathname)) {
      response = localise(new NextRequest(request, { headers }));
      const cached = await pageCacheHeaders(request, response);
      // A 304 carries no new policy: the browser keeps the stored page with the nonce it was sent with.
      if (cached?.notModified) return new NextResponse(null, { status: 304, headers: cached.headers });
      for (const [name, value] of Object.entries(cached?.headers ?? {})) response.headers.set(name, value);
    } else {
      const notFound = new URL(`/${localeOfPath(pathname)}${UNDECODABLE_PAGE_PATH}`, request.url);
      response = NextResponse.rewrite(notFound, { request: { headers } });
    }
  }
  response.headers.set("Content-Security-Policy", policy);
  if (https) response.headers.set("Strict-Transport-Security", STRICT_TRANSPORT_SECURITY);
  return response;
}

/**
 * A page's ETag (the data version and the build) and Cache-Control, so a repeat view of unchanged
 * data is a 304; client navigations (RSC payloads) are left to Next.
 */
async function pageCacheHeaders(request: NextRequest, response: Response) {
  if ((request.method !== "GET" && request.method !== "HEAD") || response.status !== 200) return null;
  if (request.headers.has("rsc") || request.headers.has("next-router-prefetch")) return null;
  const etag = await pageEtag();
  if (!etag) return null;
  const headers = { ETag: etag, "Cache-Control": PAGE_CACHE_CONTROL };
  return { headers, notModified: matchesEtag(request.headers.get("if-none-match"), etag) };
}

export const config = {
  // Everything but Next's built files and image optimiser.
  matcher: "/((?!_next/static|_next/image).*)",
};
