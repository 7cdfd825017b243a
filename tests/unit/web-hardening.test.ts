import { describe, expect, it } from "vitest";
import { neutraliseCsvCell, toCsvLines } from "@/lib/csv";
import { externalHref } from "@/lib/http/external-link";
import { clientKey, createRateLimitCheck } from "@/lib/http/rate-limit";
import { checkRequestTarget, survivesLocaleDecoding } from "@/lib/http/request-target";
import { routeSegment } from "@/lib/http/route-segment";
import { pullStream } from "@/lib/http/stream";

describe("CSV cells", () => {
  it("quotes every text a spreadsheet would read as a formula", () => {
    for (const text of ["=1+2", "+cmd", "-2+3", "@SUM(A1)", "\tx", "\rx"]) {
      expect(neutraliseCsvCell(text)).toBe(`'${text}`);
    }
    expect(neutraliseCsvCell("Kuopion kaupunki")).toBe("Kuopion kaupunki");
    expect(neutraliseCsvCell("a=b")).toBe("a=b");
  });

  it("keeps numbers numbers, negative ones too, and blanks missing values", () => {
    expect(toCsvLines([[-1500, 0.25, null, undefined, "-1500"]])).toBe("-1500,0.25,,,'-1500\n");
  });
});

describe("external links", () => {
  it.each([
    ["http://www.kuopio.fi", "http://www.kuopio.fi/"],
    ["https://esimerkki.fi/hanke?x=1", "https://esimerkki.fi/hanke?x=1"],
    ["www.kuopio.fi", "https://www.kuopio.fi/"],
    ["www.kuopio.fi:8080/x", "https://www.kuopio.fi:8080/x"],
  ])("%s links to %s", (value, href) => expect(externalHref(value)).toBe(href));

  it.each([
    "javascript:alert(1)",
    "JavaScript:alert(document.domain)",
    " javascript:alert(1)",
    "java\tscript:alert(1)",
    "data:text/html,<script>alert(1)</script>",
    "vbscript:msgbox",
    "mailto:a@b.fi",
    "ftp://files.example.fi",
    "not an address",
    "localhost",
    "https://",
  ])("%s is not a link", (value) => expect(externalHref(value)).toBeNull());
});

describe("path segments", () => {
  it("passes a code and refuses what no record has", () => {
    expect(routeSegment("S21894")).toBe("S21894");
    expect(routeSegment("0171450-7")).toBe("0171450-7");
    for (const bad of ["", "%", "S21894\u0000", "\ufffd", "\ud800", "a".repeat(65), "a\nb"]) {
      expect(routeSegment(bad)).toBeNull();
    }
  });

  it("sends undecodable page paths to the 404 page in their language and API ones to a 400", () => {
    expect(checkRequestTarget("/projects/S21894?q=%ZZ")).toEqual({ kind: "ok" });
    expect(checkRequestTarget("/projects/%ZZ")).toEqual({
      kind: "badPagePath",
      rewriteTo: "/-invalid-address",
    });
    expect(checkRequestTarget("/en/projects/%C3%28")).toEqual({
      kind: "badPagePath",
      rewriteTo: "/en/-invalid-address",
    });
    expect(checkRequestTarget("/api/projects/%ED%A0%80")).toEqual({
      kind: "badApiPath",
      segment: "%ED%A0%80",
    });
    expect(checkRequestTarget(`/projects?q=${"a".repeat(9000)}`)).toEqual({ kind: "tooLong", api: false });
  });

  it("knows which paths next-intl's second decoding would break", () => {
    expect(survivesLocaleDecoding("/projects/S21894")).toBe(true);
    expect(survivesLocaleDecoding("/projects/%C3%A4")).toBe(true);
    expect(survivesLocaleDecoding("/projects/%25")).toBe(false);
    expect(survivesLocaleDecoding("/projects/%2525ZZ")).toBe(true);
    expect(survivesLocaleDecoding("/projects/%00")).toBe(false);
  });
});

describe("rate limit", () => {
  it("answers 429 with Retry-After after the budget, per client, exports apart", async () => {
    const check = createRateLimitCheck({ apiPerMinute: 3, exportsPerMinute: 1 });
    expect(await check("/api/projects.csv", "a")).toBeNull();
    const exportLimited = await check("/api/tables/funding-axis.csv", "a");
    expect(exportLimited?.status).toBe(429);
    expect(await exportLimited?.json()).toMatchObject({ details: [expect.stringContaining("1 exports")] });
    expect(await check("/api/projects/S21894", "a")).toBeNull();
    const limited = await check("/api/projects/S21894", "a");
    expect(limited?.status).toBe(429);
    expect(Number(limited?.headers.get("Retry-After"))).toBeGreaterThan(0);
    expect(await check("/api/projects/S21894", "b")).toBeNull();
  });

  it("is off at 0 and keys clients on the address the nearest proxy added", async () => {
    const check = createRateLimitCheck({ apiPerMinute: 0, exportsPerMinute: 0 });
    for (let i = 0; i < 50; i++) expect(await check("/api/projects.csv", "a")).toBeNull();
    expect(clientKey(new Headers({ "x-forwarded-for": "10.0.0.1, 192.0.2.7" }))).toBe("192.0.2.7");
    expect(clientKey(new Headers())).toBe("unknown");
  });
});

describe("export streams", () => {
  it("produce a piece only when the client reads, and stop when it goes away", async () => {
    let produced = 0;
    let stopped = false;
    async function* pieces() {
      try {
        for (let i = 0; i < 1_000; i++) {
          produced++;
          yield `row ${i}\n`;
        }
      } finally {
        stopped = true;
      }
    }
    const reader = pullStream(pieces()).getReader();
    await reader.read();
    await reader.read();
    // Let every pending pull run: a push stream would have produced all 1,000 rows by now.
    for (let i = 0; i < 20; i++) await new Promise((resolve) => setImmediate(resolve));
    expect(produced).toBeLessThanOrEqual(3);
    await reader.cancel();
    expect(stopped).toBe(true);
  });
});
