/**
 * The results CSV as served (one cursor, the lean line writer) is byte for byte what the previous
 * path wrote (whole records through Prisma, csv-stringify per row), in every variant, with cells
 * that could start a formula, break a line or hold the delimiter, and figures whose rounding
 * differs between binary and decimal arithmetic.
 */
import { stringify } from "csv-stringify/sync";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { GET as getCsv } from "@/app/api/projects.csv/route";
import { findProjectCodes } from "@/lib/queries/find-projects";
import { streamProjectsWithWebPages } from "@/lib/queries/project-records";
import { parseListState } from "@/lib/search/list-state";
import { resolveSearch } from "@/lib/search/resolve-search";
import { csvDialect, csvHeaderLine, csvRow, projectCsvHeaders } from "@/lib/tables/csv-format";
import { PROJECT_CSV_COLUMNS, projectCsvRow } from "@/lib/tables/project-csv";
import { collect, exportRowOf } from "../support/export-row";
import { createSeededTestDatabase, type TestDatabase } from "../support/test-database";

const HOSTILE = [
  "=cmd|' /C calc'!A0",
  "+1",
  "-1",
  "@x",
  "\tsarkain",
  "\rrivinvaihto",
  'Sanoi "hei"',
  "a;b",
  "a,b",
  "rivi\nrivi",
  "rivi\r\nrivi",
  "loppu\r",
  "'jo lainattu",
  "=",
  'ä;ö"',
];

/** [planned, realised]: ties at the fifth decimal (0.00015 is below it in binary), none, null. */
const FUNDING = [
  [20000, 3],
  [100000, 12345],
  [200, 0.03],
  [3, 1],
  [0, 5],
  [123456789012.34, 0.01],
  [7, null],
] as const;

const VARIANTS = [
  ["csv", "fi"],
  ["excel", "fi"],
  ["excel", "sv"],
  ["excel", "en"],
] as const;

/** The file as the previous path wrote it: whole records, csv-stringify row by row. */
async function previousFile(query: string, format: "csv" | "excel", lang: "fi" | "sv" | "en") {
  const dialect = csvDialect(format, lang);
  const search = await resolveSearch(parseListState(query));
  const records = await collect(streamProjectsWithWebPages(await findProjectCodes(search)));
  const options = { delimiter: dialect.delimiter, record_delimiter: dialect.recordDelimiter };
  return (
    csvHeaderLine(projectCsvHeaders(PROJECT_CSV_COLUMNS, dialect), dialect) +
    records.map((r) => stringify([csvRow(projectCsvRow(exportRowOf(r)), dialect)], options)).join("")
  );
}

async function servedFile(query: string, format: string, lang: string) {
  const response = await getCsv(
    new Request(`http://registry.test/api/projects.csv?${query}&format=${format}&lang=${lang}`),
  );
  expect(response.status).toBe(200);
  // Keep the byte-order mark: it is part of what is compared.
  return new TextDecoder("utf-8", { ignoreBOM: true }).decode(await response.arrayBuffer());
}

describe("the results CSV's bytes", () => {
  let db: TestDatabase;
  beforeAll(async () => {
    db = await createSeededTestDatabase({ count: 80, seed: 12 });
    const ids = (await db.query<{ id: number }>("SELECT id FROM project ORDER BY id")).map((row) => row.id);
    for (const [k, id] of ids.entries()) {
      const hostile = (offset: number) => HOSTILE[(k + offset) % HOSTILE.length];
      await db.query(
        `UPDATE project SET name = name || $2, applicant_name = $3, status = $4, applicant_type = $5 WHERE id = $1`,
        [id, k % 3 === 0 ? ` ${hostile(0)}` : "", hostile(1), hostile(2), hostile(3)],
      );
      await db.query("UPDATE project_co_implementer SET name = $2 WHERE project_id = $1", [id, hostile(4)]);
      const [planned, realised] = FUNDING[k % FUNDING.length]!;
      await db.query(
        "UPDATE project SET planned_public_total = $2, realised_public_total = $3, granted_eu_state = $4 WHERE id = $1",
        [id, planned, realised, k % 2 ? 1234.5 : 0.1],
      );
    }
    await db.query("UPDATE region SET name = $1 WHERE id = (SELECT min(region_id) FROM project_region)", [
      '=HYPERLINK("http://x";"y")',
    ]);
  });
  afterAll(() => db.drop());

  it.each(["", "sort=absorption", "sort=planned&fund=ESF", "q=kehittäminen"])(
    "are the previous path's in every variant (%s)",
    async (query) => {
      for (const [format, lang] of VARIANTS) {
        const served = await servedFile(query, format, lang);
        // The header and at least two projects.
        expect(served.split(csvDialect(format, lang).recordDelimiter).length).toBeGreaterThan(3);
        expect(served).toBe(await previousFile(query, format, lang));
      }
    },
  );

  it("neutralises and quotes what a spreadsheet would run or split", async () => {
    const machine = await servedFile("", "csv", "fi");
    for (const cell of ["'=cmd|' /C calc'!A0", "'+1", "'-1", "'@x", "'\tsarkain", '"Sanoi ""hei"""', '"a,b"'])
      expect(machine).toContain(cell);
    expect(machine).toContain('"rivi\nrivi"');
    const excel = await servedFile("", "excel", "fi");
    expect(excel).toContain('"a;b"');
    expect(excel).toContain('"\'=HYPERLINK(""http://x"";""y"")"');
  });
});
