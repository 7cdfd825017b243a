/**
 * Every query parameter of every search-driven API route with hostile values: the API answers
 * 200 or a 400 naming the parameter, never 500; the pages' tolerant parser never throws and
 * drops what it cannot use.
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { GET as getCsv } from "@/app/api/projects.csv/route";
import { GET as getJson } from "@/app/api/projects.json/route";
import { GET as getTable } from "@/app/api/tables/[file]/route";
import { FILTER_KEYS } from "@/lib/search/filters";
import { parseListState } from "@/lib/search/list-state";
import { createSeededTestDatabase, type TestDatabase } from "../support/test-database";

const HOSTILE = [
  "\u0000",
  "a\u0000b",
  "x".repeat(10_000),
  "'; DROP TABLE project; --",
  "!!(&|:*",
  "-1",
  "1e309",
  "99999999999999999999",
  "2025-02-30",
  "../../etc/passwd",
  "%",
  "\ud800",
];
const PARAMETERS = [...FILTER_KEYS, "sort", "page", "bogus"];

const call = (route: string, query: string) => {
  const request = new Request(`http://registry.test${route}?${query}`);
  if (route === "/api/projects.csv") return getCsv(request);
  if (route === "/api/projects.json") return getJson(request);
  return getTable(request, { params: Promise.resolve({ file: "funding-axis.csv" }) });
};

describe("hostile query parameters", () => {
  let db: TestDatabase;
  beforeAll(async () => {
    db = await createSeededTestDatabase();
  });
  afterAll(() => db.drop());

  it("the API answers 200 or a 400 naming the parameter, never 500", async () => {
    let tried = 0;
    for (const route of ["/api/projects.csv", "/api/projects.json", "/api/tables/funding-axis.csv"])
      for (const name of PARAMETERS)
        for (const value of HOSTILE) {
          const query = new URLSearchParams([[name, value]]).toString();
          const response = await call(route, query);
          tried++;
          expect([200, 400], `${route}?${query.slice(0, 80)}`).toContain(response.status);
          // A NUL byte is never a usable value anywhere.
          if (value.includes("\u0000")) expect(response.status, `${route} ${name}`).toBe(400);
          if (response.status === 400) expect(JSON.stringify(await response.json())).toContain(name);
          else await response.body?.cancel();
        }
    expect(tried).toBe(3 * PARAMETERS.length * HOSTILE.length);
  });

  it("pages fall back: the tolerant parser keeps nothing hostile", () => {
    for (const name of PARAMETERS)
      for (const value of HOSTILE) {
        const state = parseListState({ [name]: value });
        expect(JSON.stringify(state)).not.toContain("\u0000");
      }
  });
});
