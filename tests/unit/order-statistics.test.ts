import { describe, expect, it } from "vitest";
import { quantile, quantileAt } from "@/lib/domain/benchmark";
import { ascendingRanks, selectInPlace } from "@/lib/domain/order-statistics";
import { seededRandom } from "@/lib/ingest/synthetic";

const samples = () => {
  const random = seededRandom(3);
  const sizes = [1, 2, 3, 4, 5, 7, 10, 101, 1000];
  return sizes.flatMap((size) => [
    Array.from({ length: size }, () => random.int(0, 1_000_000) / 7),
    // Many equal values, as realised totals of generated projects have.
    Array.from({ length: size }, () => random.int(0, 3)),
    Array.from({ length: size }, (_, i) => i),
    Array.from({ length: size }, (_, i) => size - i),
  ]);
};

describe("order statistics", () => {
  it("select the value a sort puts at each rank", () => {
    for (const sample of samples()) {
      const sorted = [...sample].sort((a, b) => a - b);
      for (const rank of new Set([0, sample.length >> 1, sample.length - 1, sample.length >> 2])) {
        const values = Float64Array.from(sample);
        expect(selectInPlace(values, rank)).toBe(sorted[rank]);
        expect(values.slice(0, rank).every((v) => v <= sorted[rank]!)).toBe(true);
        expect(values.slice(rank + 1).every((v) => v >= sorted[rank]!)).toBe(true);
      }
    }
  });

  it("give exactly the quartiles a sort gives", () => {
    for (const sample of samples()) {
      const rank = ascendingRanks(Float64Array.from(sample));
      const selected = [0.25, 0.5, 0.75].map((q) => quantileAt(sample.length, q, rank));
      expect(selected).toEqual([0.25, 0.5, 0.75].map((q) => quantile(sample, q)));
    }
  });

  it("refuse ranks asked out of order", () => {
    const rank = ascendingRanks(Float64Array.from([3, 1, 2]));
    rank(2);
    expect(() => rank(1)).toThrow(/ascending/);
  });
});
