/**
 * The 503 answer while the database is away (see lib/database/availability.ts): JSON for the
 * API, a small self-contained page in the request's language for everything else. No script,
 * no external styles: it must render whatever state the app is in.
 */
import { isApiPath } from "../http/request-target";
import en from "../i18n/messages/en.json";
import fi from "../i18n/messages/fi.json";
import sv from "../i18n/messages/sv.json";

/** Seconds a client should wait before trying again; the supervisor restarts within a few. */
const RETRY_AFTER_SECONDS = 5;

const escapeHtml = (text: string) => text.replace(/[&<>"']/g, (char) => `&#${char.charCodeAt(0)};`);

export function databaseUnavailableResponse(pathname: string): Response {
  const headers = { "Retry-After": String(RETRY_AFTER_SECONDS), "Cache-Control": "no-store" };
  if (isApiPath(pathname)) {
    return Response.json(
      { error: "Service unavailable: the database is restarting; try again in a few seconds", details: [] },
      { status: 503, headers },
    );
  }
  const language =
    (["en", "sv"] as const).find((code) => pathname === `/${code}` || pathname.startsWith(`/${code}/`)) ??
    "fi";
  const messages = { fi, sv, en }[language];
  const { title, body } = messages.unavailable;
  const html = `<!doctype html>
<html lang="${language}"><head><meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${escapeHtml(title)} – ${escapeHtml(messages.meta.siteName)}</title>
<style>body{font:1.125rem/1.6 system-ui,sans-serif;max-width:40rem;margin:4rem auto;padding:0 1rem;color:#1a1a1a;background:#fff}</style>
</head><body><main><h1>${escapeHtml(title)}</h1><p>${escapeHtml(body)}</p></main></body></html>
`;
  return new Response(html, {
    status: 503,
    headers: { ...headers, "Content-Type": "text/html; charset=utf-8" },
  });
}
