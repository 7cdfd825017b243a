import { stringify } from "csv-stringify/sync";
import { describe, expect, it } from "vitest";
import { seededRandom } from "@/lib/ingest/synthetic";
import {
  columnId,
  csvCell,
  csvDialect,
  csvDownloadHref,
  csvLine,
  csvRow,
  type CsvValue,
  projectCsvHeaders,
  projectsCsvHref,
} from "@/lib/tables/csv-format";
import { tableCsvHref } from "@/lib/tables/table-links";
import { filtersOf } from "@/lib/search/list-state";

describe("the CSV variants", () => {
  it("write figures with a decimal point for programs and a decimal comma for Excel", () => {
    const machine = csvDialect("csv");
    const excel = csvDialect("excel", "sv");
    expect([machine.delimiter, excel.delimiter]).toEqual([",", ";"]);
    expect(csvCell(0.6606, machine)).toBe(0.6606);
    expect(csvCell(0.6606, excel)).toBe("0,6606");
    expect(csvCell(1532910, excel)).toBe("1532910"); // no thousands separators
    expect(csvCell(true, machine)).toBe("yes");
    expect(csvCell(false, excel)).toBe("nej");
    expect(csvCell(null, excel)).toBe("");
  });

  it("name columns by stable ids for programs and in the language for Excel", () => {
    expect(projectCsvHeaders(["code", "planned_public_total_eur"], csvDialect("csv", "fi"))).toEqual([
      "code",
      "planned_public_total_eur",
    ]);
    expect(projectCsvHeaders(["code", "planned_public_total_eur"], csvDialect("excel", "fi"))).toEqual([
      "Hankekoodi",
      "Suunniteltu julkinen rahoitus (€)",
    ]);
    expect(columnId("plannedPerParticipant")).toBe("planned_per_participant");
  });

  it("links say the variant through the serializer, defaults left out", () => {
    expect(csvDownloadHref("/api/projects.csv?region=Kainuu", "excel", "sv")).toBe(
      "/api/projects.csv?region=Kainuu&format=excel&lang=sv",
    );
    expect(csvDownloadHref("/api/projects.csv", "csv", null)).toBe("/api/projects.csv");
    expect(projectsCsvHref("/api/projects.csv?fund=ESF", "csv", "en")).toBe("/api/projects.csv?fund=ESF");
    // Finnish is the default language: left out like every default.
    expect(projectsCsvHref("/api/projects.csv", "excel", "fi")).toBe("/api/projects.csv?format=excel");
    const table = {
      id: "funding-axis",
      title: "",
      columns: [{ key: "planned", header: "", kind: "euro" as const }],
      rows: [],
    };
    const filters = filtersOf({ region: ["Kainuu"] });
    expect(tableCsvHref(table, filters, "en", { column: "planned", direction: "asc" }, "excel")).toBe(
      "/api/tables/funding-axis.csv?region=Kainuu&format=excel&lang=en&order=funding-axis.planned.asc",
    );
    expect(tableCsvHref(table, filters, "fi", undefined)).toBe("/api/tables/funding-axis.csv?region=Kainuu");
  });

  it("write a row byte for byte as csv-stringify does, whatever the cells hold", () => {
    const pieces = [
      "=",
      "+",
      "-",
      "@",
      "\t",
      "\r",
      "\n",
      "\r\n",
      '"',
      ",",
      ";",
      "'",
      "a",
      "ä",
      " ",
      "1",
      ".",
    ];
    const random = seededRandom(7);
    const cell = (): CsvValue => {
      const kind = random.int(0, 9);
      if (kind === 0) return null;
      if (kind === 1) return random.int(0, 1) === 1;
      if (kind === 2) return random.int(-5000, 5000) / 100;
      return Array.from({ length: random.int(0, 5) }, () => pieces[random.int(0, pieces.length - 1)]).join(
        "",
      );
    };
    for (const dialect of [csvDialect("csv"), csvDialect("excel", "fi"), csvDialect("excel", "sv")]) {
      const options = { delimiter: dialect.delimiter, record_delimiter: dialect.recordDelimiter };
      for (let i = 0; i < 3000; i++) {
        const row = Array.from({ length: random.int(1, 6) }, cell);
        expect(csvLine(row, dialect)).toBe(stringify([csvRow(row, dialect)], options));
      }
    }
  });
});
