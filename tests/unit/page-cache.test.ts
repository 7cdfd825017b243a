import { describe, expect, it } from "vitest";
import { matchesEtag } from "@/lib/http/page-cache";

describe("conditional page requests", () => {
  it("match the current ETag, weak or strong, alone or in a list", () => {
    const etag = 'W/"build.abc.7"';
    expect(matchesEtag('W/"build.abc.7"', etag)).toBe(true);
    expect(matchesEtag('"build.abc.7"', etag)).toBe(true);
    expect(matchesEtag('"x", W/"build.abc.7"', etag)).toBe(true);
    expect(matchesEtag("*", etag)).toBe(true);
  });

  it("do not match an older data version or no header", () => {
    expect(matchesEtag('W/"build.abc.6"', 'W/"build.abc.7"')).toBe(false);
    expect(matchesEtag(null, 'W/"build.abc.7"')).toBe(false);
  });
});
