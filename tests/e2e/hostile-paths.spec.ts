import { expect, test } from "@playwright/test";
import {
  API_ROUTES,
  HOSTILE_SEGMENTS,
  PAGE_ROUTES,
  randomHostileSegments,
  withSegment,
} from "../support/hostile-paths";
import { rawGet, type RawStatus } from "../support/raw-http";

/** Every route × every hostile segment, a few at a time; the statuses by address. */
async function tryAll(
  port: number,
  routes: string[],
  segments: (string | Buffer)[] = HOSTILE_SEGMENTS,
): Promise<{ target: string; status: RawStatus }[]> {
  const targets = routes.flatMap((route) => segments.map((segment) => withSegment(route, segment)));
  const results: { target: string; status: RawStatus }[] = [];
  for (let i = 0; i < targets.length; i += 4) {
    const batch = targets.slice(i, i + 4);
    const statuses = await Promise.all(batch.map((target) => rawGet(port, target)));
    batch.forEach((target, j) =>
      results.push({ target: target.toString("latin1").slice(0, 80), status: statuses[j]! }),
    );
  }
  return results;
}

test.describe("hostile path segments", () => {
  test.describe.configure({ timeout: 180_000 });

  test("no page answers 500 or drops the connection; unknown things are 404", async ({ baseURL }) => {
    const port = Number(new URL(baseURL!).port);
    const results = await tryAll(port, PAGE_ROUTES);
    const broken = results.filter(({ status }) => typeof status !== "number" || status >= 500);
    expect(broken).toEqual([]);
    // The same routes with a real code still work, so the check above is not vacuous.
    expect(await rawGet(port, "/projects/S21894")).toBe(200);
    expect(results.find(({ target }) => target === "/projects/%25")?.status).toBe(404);
    expect(results.find(({ target }) => target === "/en/organisations/%ZZ")?.status).toBe(404);
  });

  test("the API answers 400 or 404 to every one", async ({ baseURL }) => {
    const port = Number(new URL(baseURL!).port);
    const results = await tryAll(port, API_ROUTES);
    // `..` and `.` segments are resolved first: a redirect, or a page when they leave /api.
    const leavesApi = (target: string) => !new URL(target, "http://x").pathname.startsWith("/api/");
    const unexpected = results.filter(
      ({ target, status }) =>
        ![400, 404, 414, 308].includes(status as number) && !(status === 200 && leavesApi(target)),
    );
    expect(unexpected).toEqual([]);
    expect(results.filter(({ status }) => status === 400 || status === 404).length).toBeGreaterThan(200);
    expect(await rawGet(port, "/api/projects/S21894")).toBe(200);
  });

  test("a 100 kB address is a clean 414, a 200 kB one a clean 431", async ({ baseURL }) => {
    const port = Number(new URL(baseURL!).port);
    const long = "/projects?q=" + "a".repeat(100_000);
    expect(await rawGet(port, long)).toBe(414);
    expect(await rawGet(port, "/api/projects.json?q=" + "a".repeat(100_000))).toBe(414);
    expect(await rawGet(port, "/projects?q=" + "a".repeat(200_000))).toBe(431);
  });
});

// `npm run test:stress:web`: many random segments on every route (URL_FUZZ_RANDOM of them).
const RANDOM = Number(process.env.URL_FUZZ_RANDOM ?? 0);
test("random hostile segments: nothing answers 500 or drops the connection", async ({ baseURL }) => {
  test.skip(RANDOM === 0, "set URL_FUZZ_RANDOM (npm run test:stress:web)");
  test.setTimeout(600_000);
  const port = Number(new URL(baseURL!).port);
  const results = await tryAll(port, [...PAGE_ROUTES, ...API_ROUTES], randomHostileSegments(RANDOM));
  console.log(`URL fuzzing: ${results.length} addresses tried`);
  expect(results.filter(({ status }) => typeof status !== "number" || status >= 500)).toEqual([]);
});
