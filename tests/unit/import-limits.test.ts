import { describe, expect, it } from "vitest";
import { capWarnings, MAX_STORED_WARNINGS } from "@/lib/import/import-documents";
import { DEFAULT_MAX_DOCUMENT_BYTES, parseEnv } from "@/lib/env";
import type { Problem } from "@/lib/ingest/problems";

const warnings = (count: number): Problem[] =>
  Array.from({ length: count }, (_, index) => ({
    severity: "warning",
    message: `w${index}`,
    line: index + 1,
  }));

describe("bounded inputs", () => {
  it("keeps every warning up to the cap", () => {
    expect(capWarnings(warnings(MAX_STORED_WARNINGS))).toHaveLength(MAX_STORED_WARNINGS);
  });

  it("stores the first warnings and says how many more there were", () => {
    const capped = capWarnings(warnings(874_000));
    expect(capped).toHaveLength(MAX_STORED_WARNINGS + 1);
    expect(capped[0]?.message).toBe("w0");
    expect(capped.at(-1)).toEqual({ severity: "warning", message: "and 873,900 more warnings (not stored)" });
  });

  it("the document size limit is 2 MB unless REGISTRY_MAX_DOCUMENT_BYTES says otherwise", () => {
    expect(parseEnv({}).REGISTRY_MAX_DOCUMENT_BYTES).toBe(DEFAULT_MAX_DOCUMENT_BYTES);
    expect(DEFAULT_MAX_DOCUMENT_BYTES).toBe(2 * 1024 * 1024);
    expect(parseEnv({ REGISTRY_MAX_DOCUMENT_BYTES: "5000000" }).REGISTRY_MAX_DOCUMENT_BYTES).toBe(5_000_000);
    expect(() => parseEnv({ REGISTRY_MAX_DOCUMENT_BYTES: "lots" })).toThrow(/REGISTRY_MAX_DOCUMENT_BYTES/);
  });
});
