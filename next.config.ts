import type { NextConfig } from "next";
import createNextIntlPlugin from "next-intl/plugin";

const withNextIntl = createNextIntlPlugin("./lib/i18n/request.ts");

const nextConfig: NextConfig = {
  // The registry is served by `npm start` (lib/cli/start.ts); no telemetry, no image CDN.
  poweredByHeader: false,
  serverExternalPackages: ["pg", "@prisma/adapter-pg"],
  typedRoutes: false,
};

export default withNextIntl(nextConfig);
