/**
 * Every CSV download in its two variants, parsed back: the machine CSV (comma, decimal point,
 * stable ids) and the spreadsheet one (semicolon, decimal comma, BOM, headers in the language),
 * holding the same figures.
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { parse } from "csv-parse/sync";
import { GET as getCsv } from "@/app/api/projects.csv/route";
import { GET as getTable } from "@/app/api/tables/[file]/route";
import { createSeededTestDatabase, type TestDatabase } from "../support/test-database";

const api = (path: string) => new Request(`http://registry.test${path}`);
const table = (file: string, query: string) =>
  getTable(api(`/api/tables/${file}${query}`), { params: Promise.resolve({ file }) });

async function read(response: Response, delimiter: "," | ";") {
  expect(response.status).toBe(200);
  const bytes = new Uint8Array(await response.arrayBuffer());
  // The UTF-8 byte-order mark (Response.text() would drop it).
  expect([...bytes.slice(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
  const text = new TextDecoder().decode(bytes);
  const rows = parse(text, { delimiter }) as string[][];
  // Every row has as many cells as the header: the delimiter really is the one expected.
  for (const row of rows) expect(row).toHaveLength(rows[0]!.length);
  return { text, header: rows[0]!, rows: rows.slice(1) };
}

/** "0,6606" → 0.6606: a spreadsheet's decimal comma read back. */
const fromComma = (cell: string) => (cell === "" ? "" : cell.replace(",", "."));

describe("CSV downloads in two variants", () => {
  let db: TestDatabase;
  beforeAll(async () => {
    db = await createSeededTestDatabase();
  });
  afterAll(() => db.drop());

  it("the results: ids and dots for programs, Finnish headers, semicolons and commas for Excel", async () => {
    const machine = await read(await getCsv(api("/api/projects.csv?sort=planned")), ",");
    expect(machine.header.slice(0, 3)).toEqual(["code", "fund", "name"]);
    expect(machine.header).toContain("absorption_rate");
    expect(machine.rows).toHaveLength(4);
    const rate = machine.header.indexOf("absorption_rate");
    expect(machine.rows.map((row) => row[rate])).toContain("0.6606"); // S21894: 1 012 579 / 1 532 910
    const report = machine.header.indexOf("has_final_report");
    expect(machine.rows.every((row) => ["yes", "no"].includes(row[report]!))).toBe(true);

    const response = await getCsv(api("/api/projects.csv?sort=planned&format=excel&lang=fi"));
    expect(response.headers.get("content-disposition")).toContain("esf-projects-excel.csv");
    const excel = await read(response, ";");
    expect(excel.text).toContain("\r\n");
    expect(excel.header.slice(0, 3)).toEqual(["Hankekoodi", "Rahasto", "Hankkeen nimi"]);
    expect(excel.header[rate]).toBe("Toteutumisaste (osuus)");
    expect(excel.rows.map((row) => row[rate])).toContain("0,6606");
    // The same projects and figures, only the punctuation and words differ.
    excel.rows.forEach((row, r) =>
      row.forEach((cell, c) => {
        const plain = machine.rows[r]![c]!;
        if (plain === "yes" || plain === "no") expect(cell).toBe(plain === "yes" ? "kyllä" : "ei");
        else if (/^-?\d+(\.\d+)?$/.test(plain)) expect(fromComma(cell)).toBe(plain);
        else expect(cell).toBe(plain);
      }),
    );
  });

  it("headers follow lang in Swedish and English", async () => {
    const sv = await read(await getCsv(api("/api/projects.csv?format=excel&lang=sv")), ";");
    expect(sv.header.slice(0, 2)).toEqual(["Projektkod", "Fond"]);
    const en = await read(await getCsv(api("/api/projects.csv?format=excel&lang=en")), ";");
    expect(en.header.slice(0, 2)).toEqual(["Project code", "Fund"]);
  });

  it("a statistics table in both variants", async () => {
    const machine = await read(await table("funding-axis.csv", "?lang=sv"), ",");
    expect(machine.header).toEqual([
      "group",
      "projects",
      "planned",
      "realised",
      "absorption",
      "planned_per_participant",
      "realised_per_participant",
    ]);
    // Group names are in `lang` in both variants.
    expect(machine.rows[0]![0]).toBe("3. Sysselsättning och arbetskraftens rörlighet");
    expect(machine.rows[0]!.slice(1)).toEqual(["2", "2016434", "1393500", "0.6911", "4679", "3233"]);
    const excel = await read(await table("funding-axis.csv", "?lang=sv&format=excel"), ";");
    expect(excel.header.slice(0, 4)).toEqual(["Grupp", "Projekt", "Planerad", "Förverkligad"]);
    expect(excel.rows[0]!.slice(1)).toEqual(["2", "2016434", "1393500", "0,6911", "4679", "3233"]);
    const fi = await read(await table("principles-criteria.csv", "?format=excel"), ";");
    expect(fi.header[0]).toBe("Kriteeri");
    expect(fi.rows.some((row) => row.some((cell) => /^\d+,\d+$/.test(cell)))).toBe(true);
  });

  it("names a bad format or language", async () => {
    for (const [path, name] of [
      ["/api/projects.csv?format=xlsx", "format"],
      ["/api/projects.csv?lang=de", "lang"],
    ] as const) {
      const response = await getCsv(api(path));
      expect(response.status).toBe(400);
      expect(JSON.stringify(await response.json())).toContain(`parameter '${name}'`);
    }
    const bad = await table("funding-axis.csv", "?format=ods");
    expect(bad.status).toBe(400);
    expect(JSON.stringify(await bad.json())).toContain("parameter 'format'");
  });
});
