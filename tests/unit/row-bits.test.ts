import { describe, expect, it } from "vitest";
import { allBits, bitsOfRows, intersect, popcount, rowsOfBits, unite } from "@/lib/queries/row-bits";

describe("row bitsets", () => {
  it("give back their rows in order, across word edges and bit 31", () => {
    const rows = [0, 5, 31, 32, 63, 64, 99];
    expect([...rowsOfBits(bitsOfRows([99, 31, 0, 64, 5, 63, 32], 100))]).toEqual(rows);
    expect([...rowsOfBits(bitsOfRows(rows, 100), 3)]).toEqual([0, 5, 31]);
  });

  it("hold every row and no more", () => {
    for (const count of [1, 31, 32, 33, 64, 100]) {
      expect([...rowsOfBits(allBits(count))]).toEqual(Array.from({ length: count }, (_, row) => row));
    }
  });

  it("intersect and unite", () => {
    const a = () => bitsOfRows([1, 2, 40, 70], 80);
    const b = bitsOfRows([2, 40, 41], 80);
    expect([...rowsOfBits(intersect(a(), b))]).toEqual([2, 40]);
    expect([...rowsOfBits(unite(a(), b))]).toEqual([1, 2, 40, 41, 70]);
  });

  it("count bits", () => {
    expect([0, 1, 0xff, 0x80000000, 0xffffffff].map(popcount)).toEqual([0, 1, 8, 1, 32]);
  });
});
