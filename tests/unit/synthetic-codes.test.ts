import { describe, expect, it } from "vitest";
import { isProjectCode } from "@/lib/domain/project-code";
import { syntheticCode } from "@/lib/ingest/synthetic";

describe("synthetic project codes", () => {
  it("are distinct valid codes for as many documents as the generator makes", () => {
    const seen = new Set<string>();
    for (let index = 0; index < 1_000_000; index++) {
      const code = syntheticCode(index % 7 === 0 ? "A" : "S", index);
      seen.add(code.slice(1));
      if (index % 9973 === 0) expect(isProjectCode(code), code).toBe(true);
    }
    expect(seen.size).toBe(1_000_000);
  });

  it("keep the codes the first 89,999 documents always had", () => {
    expect(syntheticCode("S", 0)).toBe("S10000");
    expect(syntheticCode("S", 1)).toBe("S17919");
    expect(syntheticCode("A", 89_999)).toBe("A000000");
  });
});
