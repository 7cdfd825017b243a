import type { NextConfig } from "next";
import createNextIntlPlugin from "next-intl/plugin";
import { STATIC_SECURITY_HEADERS } from "./lib/http/security-headers";

const withNextIntl = createNextIntlPlugin({
  requestConfig: "./lib/i18n/request.ts",
  experimental: {
    // Messages compiled at build time (icu-minify): at run time a message with arguments is
    // formatted from its compiled form, where intl-messageformat built and JSON-serialised its
    // formats for every call (4 % of a web worker's CPU under bench:web's load, ARCHITECTURE.md).
    messages: { path: "./lib/i18n/messages", format: "json", locales: "infer", precompile: true },
  },
});

const nextConfig: NextConfig = {
  // The registry is served by `npm start` (lib/cli/start.ts); no telemetry, no image CDN.
  poweredByHeader: false,
  serverExternalPackages: ["pg", "@prisma/adapter-pg"],
  typedRoutes: false,
  // Pages and API alike; the Content-Security-Policy and HSTS come from proxy.ts.
  headers: async () => [{ source: "/:path*", headers: STATIC_SECURITY_HEADERS }],
};

export default withNextIntl(nextConfig);
