import { describe, expect, it } from "vitest";
import { parseSourceDocument } from "@/lib/ingest/parse-document";
import { describeProblem } from "@/lib/ingest/problems";
import { cutBefore, editSeed } from "../support/documents";
import { readSeed } from "../support/seeds";

function errorsOf(input: string | Uint8Array, allowPartial = false) {
  const parsed = parseSourceDocument(input, { allowPartial });
  return {
    parsed,
    errors: parsed.problems.filter((p) => p.severity === "error").map((p) => describeProblem(p)),
    warnings: parsed.problems.filter((p) => p.severity === "warning").map((p) => describeProblem(p)),
  };
}

describe("malformed documents are rejected with located problems", () => {
  it("a bad amount names its line, section, label and value", () => {
    const text = editSeed("S21894", (t) =>
      t.replace("Myönnetty EU- ja valtion rahoitus: 1 226 328", "Myönnetty EU- ja valtion rahoitus: abc"),
    );
    const { parsed, errors } = errorsOf(text);
    expect(parsed.record).toBeNull();
    const line = text.split("\n").findIndex((l) => l.includes(": abc")) + 1;
    expect(errors).toEqual([
      `line ${line}, section 5, 'Myönnetty EU- ja valtion rahoitus': 'abc' is not an amount in euros`,
    ]);
  });

  it("a score of 11 is out of range", () => {
    const text = editSeed("S21894", (t) =>
      t.replace("Hyvinvoinnin edistäminen 10 10", "Hyvinvoinnin edistäminen 11 10"),
    );
    const { parsed, errors } = errorsOf(text);
    expect(parsed.record).toBeNull();
    expect(errors).toHaveLength(1);
    expect(errors[0]).toMatch(
      /section 8\.2, 'Hyvinvoinnin edistäminen': score 11 is not a whole number from 0 to 10$/,
    );
  });

  it("a missing section (heading and fields) is an error", () => {
    const text = editSeed("S22821", (t) =>
      t.replace(/5 Projektin julkinen rahoitus, euroa[\s\S]*?(?=6 Maantieteellinen)/, ""),
    );
    const { parsed, errors } = errorsOf(text);
    expect(parsed.record).toBeNull();
    expect(errors).toContain(
      "section 5: section 5 'Projektin julkinen rahoitus, euroa' is missing (section 9 comes later)",
    );
    // A section missing in the middle is not a document cut short.
    expect(errorsOf(text, true).parsed.record).toBeNull();
  });

  it("a truncated document is an error by default and incomplete with --allow-partial", () => {
    const text = cutBefore(readSeed("S21854"), "Uusiutuvien energialähteiden käyttö 0 0");
    const strict = errorsOf(text);
    expect(strict.parsed.record).toBeNull();
    expect(strict.errors.join("\n")).toMatch(
      /section 9 'Loppuraportin tiivistelmä' is missing \(the document ends in section 8\.2\)/,
    );

    const partial = errorsOf(text, true);
    expect(partial.parsed.kind).toBe("project");
    const record = partial.parsed.record as {
      incomplete?: boolean;
      missingSections?: string[];
      sustainability: unknown[];
    };
    expect(record.incomplete).toBe(true);
    expect(record.missingSections).toEqual(["8.2", "9"]);
    expect(record.sustainability).toHaveLength(6);
  });

  it("an empty file, a binary file and another kind of document are rejected", () => {
    expect(errorsOf("").errors).toEqual(["the file is empty"]);
    expect(errorsOf(new Uint8Array([0x50, 0x4b, 0x03, 0x04, 0x00, 0x00, 0xff])).errors).toEqual([
      "the file is binary, not a text document",
    ]);
    const csv = errorsOf("name;amount\nfoo;12\n");
    expect(csv.parsed.kind).toBe("rejected");
    expect(csv.errors[0]).toMatch(/^not a EURA project description/);
  });

  it("a wrong gender-equality answer and an impossible date are errors", () => {
    const text = editSeed("S21894", (t) =>
      t
        .replace("sukupuolinäkökulmasta: Kyllä", "sukupuolinäkökulmasta: Ehkä")
        .replace("päättyy 31.12.2022", "päättyy 31.13.2022"),
    );
    const { errors } = errorsOf(text);
    expect(errors.some((e) => e.endsWith("'Ehkä' is not 'Kyllä' or 'Ei'"))).toBe(true);
    expect(errors.some((e) => e.endsWith("'31.13.2022' is not a real date"))).toBe(true);
  });
});

describe("warnings are kept, never silently dropped", () => {
  it("an unknown label, a wrong check digit and an extra line are warnings", () => {
    const text = editSeed("S21894", (t) =>
      t
        .replace("Y-tunnus: 0171450-7", "Y-tunnus: 0171450-8")
        .replace(
          "Toiminnan tila: Toiminta päättynyt",
          "Toiminnan tila: Toiminta päättynyt\nLisätieto: jotain\nirrallinen rivi",
        ),
    );
    const { parsed, warnings } = errorsOf(text);
    expect(parsed.record && "applicant" in parsed.record ? parsed.record.applicant.businessId : null).toBe(
      "0171450-8",
    );
    expect(
      warnings.some((w) => /section 2, 'Y-tunnus': business ID '0171450-8' has a wrong check digit/.test(w)),
    ).toBe(true);
    expect(warnings.some((w) => /section 1: unknown label 'Lisätieto'/.test(w))).toBe(true);
    expect(warnings.some((w) => /section 1: unexpected extra line 'irrallinen rivi'/.test(w))).toBe(true);
  });
});

describe("a document cut inside its last value", () => {
  it("is an error by default and, with --allow-partial, incomplete with that value null", () => {
    const full = readSeed("S21894");
    const cut = "Suunniteltu julkinen rahoitus yhteensä: 1 532 9";
    const text = full.slice(0, full.indexOf("Suunniteltu julkinen rahoitus yhteensä")) + cut;
    const strict = errorsOf(text);
    expect(strict.parsed.record).toBeNull();
    expect(strict.errors).toContain(
      `line ${text.split("\n").length}, section 5, 'Suunniteltu julkinen rahoitus yhteensä': '1 532 9' is not an amount in euros (the document ends on this line: it may have been cut short)`,
    );
    const partial = errorsOf(text, true).parsed;
    if (partial.kind !== "project" || !partial.record) throw new Error("not parsed");
    expect(partial.record.funding).toEqual({
      grantedEuState: 1226328,
      realisedEuState: 810063,
      plannedPublicTotal: null,
      realisedPublicTotal: null,
    });
    expect(partial.record.missingSections?.[0]).toBe("5");
  });
});
