import Link from "next/link";
import { connection } from "next/server";
import "./globals.css";

// Reached only outside the localised pages (for example an unknown /api path). Rendered per
// request, not prerendered, so Next's scripts carry the request's CSP nonce.
export default async function GlobalNotFound() {
  await connection();
  return (
    <html lang="fi">
      <body className="mx-auto max-w-2xl p-8">
        <main>
          <h1>Sivua ei löytynyt – Sidan hittades inte – Page not found</h1>
          <p className="mt-4">
            <Link href="/">ESR-hankerekisteri</Link> ·{" "}
            <Link href="/sv" lang="sv">
              ESF-projektregistret
            </Link>{" "}
            ·{" "}
            <Link href="/en" lang="en">
              ESF project registry
            </Link>
          </p>
        </main>
      </body>
    </html>
  );
}
