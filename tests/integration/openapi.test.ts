import fs from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import { Validator } from "@seriousme/openapi-schema-validator";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { z } from "zod";
import { API_ENDPOINTS } from "@/lib/api/endpoints";
import { buildOpenApiDocument } from "@/lib/api/openapi";
import { generateExports } from "@/lib/exports/generate-exports";
import { ORIGIN, request } from "../support/api-routes";
import { createSeededTestDatabase, type TestDatabase } from "../support/test-database";

interface Documented {
  content: Record<string, { schema: object }>;
}

describe("the OpenAPI document", () => {
  let db: TestDatabase;
  beforeAll(async () => {
    db = await createSeededTestDatabase();
    process.env.REGISTRY_EXPORTS_DIR = await fs.mkdtemp(path.join(os.tmpdir(), "openapi-exports-"));
    await generateExports(db.url, process.env.REGISTRY_EXPORTS_DIR);
  });
  afterAll(() => db.drop());

  it("is a valid OpenAPI 3.1 document", async () => {
    const document = await (await request("/api/openapi.json")).json();
    const result = await new Validator().validate(document);
    expect(result.errors).toBeUndefined();
    expect(result.valid).toBe(true);
    expect(document.openapi).toBe("3.1.0");
  });

  it("every documented example request answers as documented", async () => {
    const validator = new Validator();
    await validator.validate(buildOpenApiDocument(ORIGIN));
    const resolved = validator.resolveRefs() as ReturnType<typeof buildOpenApiDocument>;
    let checked = 0;
    for (const endpoint of API_ENDPOINTS) {
      for (const example of endpoint.examples) {
        const response = await request(example.href);
        expect(response.status, example.href).toBe(example.status);
        const documented = (
          resolved.paths as Record<string, { get: { responses: Record<string, Documented> } }>
        )[endpoint.path]!.get.responses[String(example.status)];
        expect(documented, `${example.href} → ${example.status} is documented`).toBeDefined();
        const [contentType, { schema }] = Object.entries(
          documented!.content as Record<string, { schema: object }>,
        )[0]!;
        expect(response.headers.get("content-type"), example.href).toContain(contentType);
        const body = contentType === "application/json" ? await response.json() : await response.text();
        const check = z.fromJSONSchema(schema as z.core.JSONSchema.JSONSchema).safeParse(body);
        expect(check.success, `${example.href}: ${check.error?.message}`).toBe(true);
        if (example.status === 200 && Array.isArray(body))
          expect(body.length, example.href).toBeGreaterThan(0);
        if (contentType === "text/csv" && example.status === 200)
          expect(body.split("\n").length).toBeGreaterThan(1);
        checked++;
      }
    }
    expect(checked).toBeGreaterThanOrEqual(10);
    // The check can fail: the document's record schema refuses a record without its fields.
    const paths = resolved.paths as Record<string, { get: { responses: Record<string, Documented> } }>;
    const records = paths["/api/projects.json"]!.get.responses["200"]!.content["application/json"]!.schema;
    expect(
      z.fromJSONSchema(records as z.core.JSONSchema.JSONSchema).safeParse([{ code: "S1" }]).success,
    ).toBe(false);
  });

  it("errors carry a machine-readable code beside the message", async () => {
    const response = await request("/api/projects.json?regio=Kainuu&startFrom=1800");
    expect(response.status).toBe(400);
    expect(await response.json()).toEqual({
      error: "Bad query parameters",
      code: "invalid_parameters",
      details: ["unknown parameter 'regio'", "parameter 'startFrom': '1800' is not a valid value"],
    });
  });
});
