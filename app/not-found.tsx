import Link from "next/link";
import "./globals.css";

// Reached only outside the localised pages (for example an unknown /api path).
export default function GlobalNotFound() {
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
