import { describe, expect, it } from "vitest";
import { checkBusinessId, withCheckDigit } from "@/lib/domain/business-id";
import { findQualityNotes } from "@/lib/domain/data-quality";
import { parseEnv } from "@/lib/env";
import { formatDate, formatEuro, formatPercent } from "@/lib/format";
import { parseSourceDocument } from "@/lib/ingest/parse-document";
import { parseEuros, parsePeriod } from "@/lib/ingest/values";
import type { ProjectRecord } from "@/lib/schemas/record";
import { readSeed } from "../support/seeds";

const plain = (text: string) => text.replace(/[\u00a0\u202f]/g, " ");

describe("business IDs (Y-tunnus)", () => {
  it("checks the mod-11 check digit", () => {
    for (const id of ["0171450-7", "2629463-3", "2553600-4", "2265875-1", "1068473-3"])
      expect(checkBusinessId(id)).toBe("valid");
    expect(checkBusinessId("0171450-8")).toBe("badCheckDigit");
    expect(checkBusinessId("171450-7")).toBe("badFormat");
    expect(withCheckDigit("0171450")).toBe("0171450-7");
  });
});

describe("typed values", () => {
  it("reads euros with space grouping and optional cents", () => {
    expect(parseEuros("1 226 328")).toEqual({ ok: true, value: 1226328 });
    expect(parseEuros("1\u00a0226\u00a0328,50 €")).toEqual({ ok: true, value: 1226328.5 });
    expect(parseEuros("12 34")).toMatchObject({ ok: false });
  });
  it("reads a period with either end missing", () => {
    expect(parsePeriod("Alkaa 1.1.2020 ja päättyy 31.12.2022")).toEqual({
      ok: true,
      value: { start: "2020-01-01", end: "2022-12-31" },
    });
    expect(parsePeriod("Alkaa 1.5.2022")).toEqual({ ok: true, value: { start: "2022-05-01", end: null } });
  });
});

describe("formatting per locale", () => {
  it("Finnish groups thousands with a space; English with a comma", () => {
    expect(plain(formatEuro(1226328, "fi"))).toBe("1 226 328 €");
    expect(formatEuro(1226328, "en")).toBe("€1,226,328");
    expect(plain(formatPercent(1012579 / 1532910, "fi"))).toBe("66,1 %");
    expect(formatPercent(1012579 / 1532910, "en")).toBe("66.1%");
    expect(formatDate("2022-12-31", "fi")).toBe("31.12.2022");
    expect(formatDate("2022-12-31", "en")).toBe("31 Dec 2022");
  });
});

describe("the environment", () => {
  it("has defaults and names what is wrong", () => {
    const env = parseEnv({});
    expect(env.PORT).toBe(3000);
    expect(env.DATABASE_URL).toBeUndefined();
    expect(env.dataDir).toMatch(/\.data$/);
    expect(() => parseEnv({ PORT: "eighty" })).toThrow(/PORT/);
    expect(() => parseEnv({ DATABASE_URL: "mysql://x" })).toThrow(/DATABASE_URL: must be a postgres/);
  });
});

describe("data-quality observations", () => {
  const seed = parseSourceDocument(readSeed("S21894")).record as ProjectRecord;
  it("an ended project without a final report is noted", () => {
    expect(findQualityNotes(seed).map((note) => note.kind)).toEqual(["endedWithoutFinalReport"]);
  });
  it("realised above granted, an unusual EU+state share and missing planned persons are noted", () => {
    const odd: ProjectRecord = {
      ...seed,
      finalReportSummary: "Valmis.",
      funding: {
        grantedEuState: 500_000,
        realisedEuState: 600_000,
        plannedPublicTotal: 1_532_910,
        realisedPublicTotal: 900_000,
      },
      indicators: { ...seed.indicators, personsPlanned: null },
    };
    expect(findQualityNotes(odd).map((note) => note.kind)).toEqual([
      "realisedAboveGranted",
      "euStateShareUnusual",
      "plannedPersonsMissing",
    ]);
  });
  it("a 2007–2013 record is not held to the 2014–2020 share nor to its final report", () => {
    const earlier: ProjectRecord = {
      ...seed,
      programmePeriod: "2007-2013",
      funding: { ...seed.funding, grantedEuState: 1_532_910 },
    };
    expect(findQualityNotes(earlier)).toEqual([]);
  });
});
