import { describe, expect, it } from "vitest";
import { parseSourceDocument } from "@/lib/ingest/parse-document";
import type { ProjectRecord } from "@/lib/schemas/record";
import { editSeed } from "../support/documents";
import { readSeed } from "../support/seeds";

function parsed(text: string | Uint8Array): ProjectRecord {
  const result = parseSourceDocument(text);
  const errors = result.problems.filter((p) => p.severity === "error");
  expect(errors).toEqual([]);
  if (result.kind !== "project" || !result.record) throw new Error("not a project");
  return result.record;
}

describe("real-world messiness", () => {
  const reference = parsed(readSeed("S21894"));

  it("Windows line endings and a byte-order mark change nothing", () => {
    const text = "\uFEFF" + readSeed("S21894").replace(/\n/g, "\r\n");
    expect(parsed(text)).toEqual(reference);
  });

  it("no blank lines between fields changes nothing but paragraph breaks", () => {
    const text = readSeed("S22837").replace(/\n\n/g, "\n");
    const record = parsed(text);
    const original = parsed(readSeed("S22837"));
    expect({ ...record, summary: null, targetGroups: null, finalReportSummary: null }).toEqual({
      ...original,
      summary: null,
      targetGroups: null,
      finalReportSummary: null,
    });
  });

  it("a Windows-1252 file is read with a warning", () => {
    const text = readSeed("S21894");
    const latin1 = Uint8Array.from(
      [...text].map((char) => (char.charCodeAt(0) < 256 ? char.charCodeAt(0) : 0x3f)),
    );
    const result = parseSourceDocument(latin1);
    expect(result.record && "code" in result.record ? result.record.name : null).toBe(reference.name);
    expect(result.problems.map((p) => p.message)).toContain(
      "the file is not UTF-8; it was read as Windows-1252",
    );
  });

  it("keeps values as published: uppercase, surname first, no scheme, text in phone fields, N/A as null", () => {
    const record = parsed(
      editSeed("S21894", (t) =>
        t
          .replace("Hakijan virallinen nimi: Kuopion kaupunki", "Hakijan virallinen nimi: KUOPION KAUPUNKI")
          .replace(
            "Hankkeen yhteyshenkilön nimi: Arto Holopainen",
            "Hankkeen yhteyshenkilön nimi: Holopainen Arto",
          )
          .replace("WWW-osoite: http://www.kuopio.fi", "WWW-osoite: www.kuopio.fi")
          .replace("Puhelinnumero: 017 182 111", "Puhelinnumero: vaihde 017 182 111")
          .replace("Yhteyshenkilön puhelinnumero: 0451393996", "Yhteyshenkilön puhelinnumero: N/A"),
      ),
    );
    expect(record.applicant).toMatchObject({
      name: "KUOPION KAUPUNKI",
      website: "www.kuopio.fi",
      phone: "vaihde 017 182 111",
    });
    expect(record.contact).toMatchObject({ name: "Holopainen Arto", phone: null });
  });

  it("co-implementer names may hold commas and parentheses; several co-implementers are kept in order", () => {
    const record = parsed(
      editSeed("S21894", (t) =>
        t.replace(
          "Savonia-ammattikorkeakoulu Oy, 2629463-3",
          "Savonia-ammattikorkeakoulu Oy, 2629463-3\nItä-Suomen yliopisto (UEF), Kuopion kampus, 0245894-7\nKuopion kaupunki, 0171450-7",
        ),
      ),
    );
    expect(record.coImplementers).toEqual([
      { name: "Savonia-ammattikorkeakoulu Oy", businessId: "2629463-3" },
      { name: "Itä-Suomen yliopisto (UEF), Kuopion kampus", businessId: "0245894-7" },
      { name: "Kuopion kaupunki", businessId: "0171450-7" },
    ]);
  });

  it("a co-implementers heading without content, followed directly by section 3, gives none", () => {
    const record = parsed(
      editSeed("S21894", (t) => t.replace("Savonia-ammattikorkeakoulu Oy, 2629463-3\n\n", "")),
    );
    expect(record.coImplementers).toEqual([]);
    expect(record.summary).toMatch(/^Suomen ja maailman talouteen/);
  });

  it("summary lines that look like headings stay in the summary", () => {
    const record = parsed(
      editSeed("S22821", (t) =>
        t.replace(
          "Digitalisaatio voi\n",
          "TAVOITTEET:\n1. Koota kunnat yhteen\n4 Kuntaa mukana\nDigitalisaatio voi\n",
        ),
      ),
    );
    expect(record.summary).toContain(
      "TAVOITTEET:\n1. Koota kunnat yhteen\n4 Kuntaa mukana\nDigitalisaatio voi",
    );
    expect(record.targetGroups.direct).toMatch(/^Hankkeen kohderyhmän muodostavat kuusi \(6\)/);
  });

  it("a value on the line below its label is read; an ERDF header gives fund ERDF", () => {
    const record = parsed(
      editSeed("S22821", (t) =>
        t
          .replace("Euroopan sosiaalirahaston (ESR)", "Euroopan aluekehitysrahaston (EAKR)")
          .replace("Toiminnan tila: Toiminta päättynyt", "Toiminnan tila:\nToiminta päättynyt"),
      ),
    );
    expect(record.fund).toBe("ERDF");
    expect(record.status).toBe("Toiminta päättynyt");
  });

  it("absent realised counts and amounts are null, never 0", () => {
    const record = parsed(
      editSeed("S22821", (t) =>
        t
          .replace("Toteutunut julkinen rahoitus yhteensä: 195 537", "Toteutunut julkinen rahoitus yhteensä:")
          .replace("Toteutunut seurantatietojen mukaan: 0\n", ""),
      ),
    );
    expect(record.funding.realisedPublicTotal).toBeNull();
    expect(record.indicators.companiesRealised).toBeNull();
  });
});
