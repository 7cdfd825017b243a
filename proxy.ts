import createMiddleware from "next-intl/middleware";
import { routing } from "./lib/i18n/routing";

export default createMiddleware(routing);

export const config = {
  // Every page path; not the JSON/CSV API, Next's own files or anything with a file extension.
  matcher: "/((?!api|_next|_vercel|.*\\..*).*)",
};
