import createMiddleware from "next-intl/middleware";
import type { NextRequest } from "next/server";
import { NextResponse } from "next/server";
import { databaseUnavailableResponse } from "./lib/api/unavailable";
import { isDatabaseAvailable } from "./lib/database/availability";
import { routing } from "./lib/i18n/routing";

const intl = createMiddleware(routing);

const API = /^\/api(\/|$)/;
const STATIC_FILE = /\.[^/]*$/;

export default async function proxy(request: NextRequest) {
  const { pathname } = request.nextUrl;
  const api = API.test(pathname);
  if (!api && STATIC_FILE.test(pathname)) return NextResponse.next();
  // While PostgreSQL is away (restarting), answer 503 with a readable message, not 500.
  if (!(await isDatabaseAvailable())) return databaseUnavailableResponse(pathname);
  return api ? NextResponse.next() : intl(request);
}

export const config = {
  // Every page and API path; not Next's own files.
  matcher: "/((?!_next|_vercel|favicon\\.ico).*)",
};
