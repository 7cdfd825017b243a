import { describe, expect, it } from "vitest";
import {
  inherentOrder,
  sortTable,
  tableOrdersSchema,
  tableToCsvRecords,
  type StatTable,
} from "@/lib/tables/stat-table";

const table: StatTable = {
  id: "funding-axis",
  title: "By priority axis",
  columns: [
    { key: "group", header: "Axis", kind: "text" },
    { key: "planned", header: "Planned (€)", kind: "euro" },
    { key: "absorption", header: "Absorption", kind: "rate" },
  ],
  rows: [
    { key: "3", values: { group: "3. Työllisyys", planned: 2016434, absorption: 0.690912 } },
    { key: "10", values: { group: "10. Tekninen tuki", planned: null } },
    { key: "9", values: { group: "9. Koulutus", planned: 366258, absorption: 0.76537 } },
  ],
};
const keys = (sorted: StatTable) => sorted.rows.map((row) => row.key);

describe("statistics tables", () => {
  it("sort by any column either way, missing values last, names in natural order", () => {
    expect(keys(sortTable(table, { column: "planned", direction: "desc" }))).toEqual(["3", "9", "10"]);
    expect(keys(sortTable(table, { column: "planned", direction: "asc" }))).toEqual(["9", "3", "10"]);
    expect(keys(sortTable(table, { column: "absorption", direction: "desc" }))).toEqual(["9", "3", "10"]);
    expect(keys(sortTable(table, { column: "group", direction: "asc" }))).toEqual(["3", "9", "10"]);
    expect(sortTable(table, { column: "nonsense", direction: "asc" })).toBe(table);
  });

  it("say they are in their first column's order when their rows already stand so", () => {
    expect(inherentOrder(table)).toBeUndefined();
    const byAxis = sortTable(table, { column: "group", direction: "asc" });
    expect(inherentOrder(byAxis)).toEqual({ column: "group", direction: "asc" });
  });

  it("read their order from the URL, ignoring malformed values", () => {
    expect(tableOrdersSchema.parse(["funding-axis.planned.desc", "x", "principles-criteria.avg.up"])).toEqual(
      {
        "funding-axis": { column: "planned", direction: "desc" },
      },
    );
    expect(tableOrdersSchema.parse("funding-region.group.asc")).toEqual({
      "funding-region": { column: "group", direction: "asc" },
    });
    expect(tableOrdersSchema.parse(undefined)).toEqual({});
  });

  it("become CSV records with raw figures, rates as fractions and blanks for missing values", () => {
    expect(tableToCsvRecords(table)).toEqual([
      ["Axis", "Planned (€)", "Absorption"],
      ["3. Työllisyys", 2016434, 0.6909],
      ["10. Tekninen tuki", "", ""],
      ["9. Koulutus", 366258, 0.7654],
    ]);
  });
});
