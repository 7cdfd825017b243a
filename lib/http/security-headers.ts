/**
 * The security headers of every response. The static ones are set for every path in
 * next.config.ts; the Content-Security-Policy (with a fresh nonce per page request) and HSTS
 * are set by proxy.ts, which knows the request.
 */
export const STATIC_SECURITY_HEADERS: { key: string; value: string }[] = [
  { key: "X-Content-Type-Options", value: "nosniff" },
  { key: "Referrer-Policy", value: "strict-origin-when-cross-origin" },
  { key: "X-Frame-Options", value: "DENY" },
  { key: "Cross-Origin-Opener-Policy", value: "same-origin" },
  {
    key: "Permissions-Policy",
    value: "camera=(), microphone=(), geolocation=(), payment=(), usb=(), browsing-topics=()",
  },
];

/**
 * A page's policy. Scripts: only Next's own, which carry the nonce ('strict-dynamic' lets them
 * load their chunks); no inline or injected script runs. Styles allow 'unsafe-inline' because
 * server-rendered style attributes (Recharts' sizes and positions, the funding bars) cannot carry
 * a nonce; a style cannot run script, and React escapes every text a document brings.
 */
export function pageContentSecurityPolicy(nonce: string, options: { dev: boolean; https: boolean }) {
  return [
    "default-src 'self'",
    // React's development build evaluates strings; never in production.
    `script-src 'self' 'nonce-${nonce}' 'strict-dynamic'${options.dev ? " 'unsafe-eval'" : ""}`,
    "style-src 'self' 'unsafe-inline'",
    "img-src 'self' data: blob:",
    "font-src 'self'",
    "connect-src 'self'",
    "object-src 'none'",
    "base-uri 'self'",
    "form-action 'self'",
    "frame-ancestors 'none'",
    ...(options.https ? ["upgrade-insecure-requests"] : []),
  ].join("; ");
}

/** The API serves data, never a document to render: nothing may load, nothing may frame it. */
export const API_CONTENT_SECURITY_POLICY = "default-src 'none'; frame-ancestors 'none'; sandbox";

export const STRICT_TRANSPORT_SECURITY = "max-age=31536000; includeSubDomains";

/** Served over HTTPS: directly, or behind a proxy that says so in X-Forwarded-Proto. */
export function isHttps(url: URL, headers: Headers): boolean {
  const forwarded = headers.get("x-forwarded-proto")?.split(",")[0]?.trim().toLowerCase();
  return (forwarded ?? url.protocol.replace(/:$/, "")) === "https";
}
