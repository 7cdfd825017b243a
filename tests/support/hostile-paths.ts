/**
 * Hostile path segments and the routes they are tried on (tests/e2e/hostile-paths.spec.ts).
 * Each segment is sent as written (raw bytes for the invalid UTF-8 ones).
 */
export const HOSTILE_SEGMENTS: (string | Buffer)[] = [
  "%25",
  "%ZZ",
  "%",
  "%%",
  "%2",
  "%C3%28",
  "%C3",
  "%E0%80%80",
  "%C0%AF",
  "%ED%A0%80",
  "%FF",
  "%EF%BF%BF",
  "%F0%9F%98%80",
  "%00",
  "S21894%00",
  "%0A",
  "%0D%0ASet-Cookie:%20x=1",
  "%252525",
  "%2525ZZ",
  "S21894%25",
  "%u0041",
  "%2F",
  "%5C",
  "%2e%2e",
  "..%2F..%2Fetc%2Fpasswd",
  "..",
  ".",
  "%3Cscript%3Ealert(1)%3C%2Fscript%3E",
  "%22%3E%3Csvg%20onload%3Dalert(1)%3E",
  "javascript:alert(1)",
  "'%20OR%201=1--",
  "S21894'--",
  "*",
  "%3F",
  "%23",
  ";",
  "~",
  "A".repeat(65),
  "A".repeat(10_000),
  Buffer.from([0xff, 0xfe]),
  Buffer.from([0xc3, 0x28]),
  Buffer.from("S2189\xe4", "latin1"),
];

/** `{}` is where a segment goes; pages in both languages, then the API. */
export const PAGE_ROUTES = [
  "/{}",
  "/projects/{}",
  "/organisations/{}",
  "/funding/{}",
  "/principles/{}",
  "/compare/{}",
  "/projects/S21894/{}",
  "/en/{}",
  "/en/projects/{}",
  "/en/organisations/{}",
  "/en/funding/benchmark/{}",
];

export const API_ROUTES = [
  "/api/{}",
  "/api/projects/{}",
  "/api/projects/{}.json",
  "/api/tables/{}",
  "/api/tables/{}.csv",
  "/api/projects.csv/{}",
];

export function withSegment(route: string, segment: string | Buffer): Buffer {
  const [before, after] = route.split("{}") as [string, string];
  return Buffer.concat([
    Buffer.from(before),
    Buffer.isBuffer(segment) ? segment : Buffer.from(segment),
    Buffer.from(after),
  ]);
}

const PIECES = [
  "%",
  "%2",
  "%25",
  "%ZZ",
  "%C3",
  "%A4",
  "%ED%A0%80",
  "%00",
  "%0A",
  "..",
  "/",
  "'",
  "<",
  "\\",
  "a",
  "S21894",
  "ä",
  "%F0%9F",
];

/** `count` random segments glued from hostile pieces, the same ones for the same seed. */
export function randomHostileSegments(count: number, seed = 11): string[] {
  let state = seed;
  const next = () => (state = (state * 1_103_515_245 + 12_345) % 2 ** 31);
  return Array.from({ length: count }, () =>
    Array.from({ length: 1 + (next() % 6) }, () => PIECES[next() % PIECES.length]!)
      .join("")
      // Raw non-ASCII is refused by the HTTP parser already; send it percent-encoded.
      .replace(/[^\x20-\x7e]/g, (c) => encodeURIComponent(c)),
  );
}
