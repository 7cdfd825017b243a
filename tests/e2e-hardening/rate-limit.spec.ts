import { expect, test } from "@playwright/test";
import { HARDENING_LIMITS } from "../../playwright.hardening.config";

// Each test is its own client (the limit keys on the address the nearest proxy forwards).
const as = (client: string) => ({ headers: { "X-Forwarded-For": client } });

test("the exports answer 429 with Retry-After once a client used its budget", async ({ request }) => {
  for (let i = 0; i < HARDENING_LIMITS.exports; i++) {
    expect((await request.get("/api/projects.json?fund=ESF", as("203.0.113.1"))).status()).toBe(200);
  }
  const limited = await request.get("/api/tables/funding-axis.csv", as("203.0.113.1"));
  expect(limited.status()).toBe(429);
  const retryAfter = Number(limited.headers()["retry-after"]);
  expect(retryAfter).toBeGreaterThanOrEqual(1);
  expect(retryAfter).toBeLessThanOrEqual(60);
  expect(await limited.json()).toMatchObject({
    error: "Too many requests",
    details: [expect.stringContaining(`at most ${HARDENING_LIMITS.exports} exports a minute`)],
  });
  // Another client is not affected, nor are pages.
  expect((await request.get("/api/projects.csv", as("203.0.113.2"))).status()).toBe(200);
  expect((await request.get("/projects", as("203.0.113.1"))).status()).toBe(200);
});

test("every API request counts against the client's API budget", async ({ request }) => {
  for (let i = 0; i < HARDENING_LIMITS.api; i++) {
    expect((await request.get("/api/projects/S21894", as("203.0.113.3"))).status()).toBe(200);
  }
  const limited = await request.get("/api/projects/S21894", as("203.0.113.3"));
  expect(limited.status()).toBe(429);
  expect(limited.headers()["retry-after"]).toMatch(/^\d+$/);
});
