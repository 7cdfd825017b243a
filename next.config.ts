import type { NextConfig } from "next";
import createNextIntlPlugin from "next-intl/plugin";
import { STATIC_SECURITY_HEADERS } from "./lib/http/security-headers";

const withNextIntl = createNextIntlPlugin("./lib/i18n/request.ts");

const nextConfig: NextConfig = {
  // The registry is served by `npm start` (lib/cli/start.ts); no telemetry, no image CDN.
  poweredByHeader: false,
  serverExternalPackages: ["pg", "@prisma/adapter-pg"],
  typedRoutes: false,
  // Pages and API alike; the Content-Security-Policy and HSTS come from proxy.ts.
  headers: async () => [{ source: "/:path*", headers: STATIC_SECURITY_HEADERS }],
};

export default withNextIntl(nextConfig);
