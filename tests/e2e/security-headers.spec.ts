import { expect, test, type APIResponse } from "@playwright/test";

function expectCommonHeaders(response: APIResponse) {
  const headers = response.headers();
  expect(headers["x-content-type-options"]).toBe("nosniff");
  expect(headers["referrer-policy"]).toBe("strict-origin-when-cross-origin");
  expect(headers["permissions-policy"]).toContain("camera=()");
  expect(headers["content-security-policy"]).toContain("frame-ancestors 'none'");
  expect(headers["strict-transport-security"]).toBeUndefined();
}

test("pages carry a strict policy with a fresh nonce on Next's scripts", async ({ request }) => {
  const nonces: string[] = [];
  for (const path of ["/", "/en/projects/S21894", "/funding", "/no-such-page", "/no-such-file.txt"]) {
    const response = await request.get(path);
    expectCommonHeaders(response);
    const policy = response.headers()["content-security-policy"]!;
    expect(policy).toMatch(/script-src 'self' 'nonce-[A-Za-z0-9+/=]+' 'strict-dynamic'/);
    expect(policy).not.toMatch(/script-src[^;]*'unsafe-inline'/);
    const nonce = /'nonce-([^']+)'/.exec(policy)![1]!;
    const html = await response.text();
    expect(html).toContain(`nonce="${nonce}"`);
    // Every script element of the page carries it.
    expect(html.match(/<script\b/g)?.length).toBe(html.match(/<script\b[^>]*\bnonce="/g)?.length);
    nonces.push(nonce);
  }
  expect(new Set(nonces).size).toBe(nonces.length);
});

test("the API carries the same headers and a policy that loads nothing", async ({ request }) => {
  for (const path of [
    "/api/projects/S21894",
    "/api/projects.csv?fund=ESF",
    "/api/projects/NOPE",
    "/api/nope",
  ]) {
    const response = await request.get(path);
    expectCommonHeaders(response);
    expect(response.headers()["content-security-policy"]).toContain("default-src 'none'");
  }
  // An unknown API address is the API's JSON 404, not a page.
  const unknown = await request.get("/api/nope");
  expect(unknown.status()).toBe(404);
  expect(await unknown.json()).toMatchObject({ error: "No such API address" });
});

test("HSTS is sent when the proxy in front says the request came over HTTPS", async ({ request }) => {
  for (const path of ["/", "/api/projects/S21894"]) {
    const response = await request.get(path, { headers: { "X-Forwarded-Proto": "https" } });
    expect(response.headers()["strict-transport-security"]).toBe("max-age=31536000; includeSubDomains");
  }
});
