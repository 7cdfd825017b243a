import createMiddleware from "next-intl/middleware";
import { NextResponse, type NextRequest } from "next/server";
import { routing } from "./lib/i18n/routing";
import { matchesEtag, PAGE_CACHE_CONTROL, pageEtag } from "./lib/http/page-cache";

const localise = createMiddleware(routing);

/** Language routing, then the pages' cache headers: a repeat view of unchanged data is a 304. */
export default async function proxy(request: NextRequest) {
  const response = localise(request);
  if ((request.method !== "GET" && request.method !== "HEAD") || response.status !== 200) return response;
  // Client navigations fetch the same URL as an RSC payload, not HTML: left to Next.
  if (request.headers.has("rsc") || request.headers.has("next-router-prefetch")) return response;
  const etag = await pageEtag();
  if (!etag) return response;
  const headers = { ETag: etag, "Cache-Control": PAGE_CACHE_CONTROL };
  if (matchesEtag(request.headers.get("if-none-match"), etag))
    return new NextResponse(null, { status: 304, headers });
  for (const [name, value] of Object.entries(headers)) response.headers.set(name, value);
  return response;
}

export const config = {
  // Every page path; not the JSON/CSV API, Next's own files or anything with a file extension.
  matcher: "/((?!api|_next|_vercel|.*\\..*).*)",
};
