import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { parseSourceDocument } from "@/lib/ingest/parse-document";
import { renderProjectDocument } from "@/lib/ingest/render-document";
import { seededRandom, syntheticRecord, type Random } from "@/lib/ingest/synthetic";
import { projectRecordSchema } from "@/lib/schemas/record";

// fast-check drives every random choice of the generator, so a failing record shrinks.
const recordArbitrary = fc
  .tuple(fc.gen(), fc.nat({ max: 80_000 }))
  .map(([gen, index]) =>
    syntheticRecord({ int: (min, max) => gen(fc.integer, { min, max }) } satisfies Random, index),
  );

describe("generated record → document text → parse → the same record", () => {
  it("holds for any generated record", () => {
    fc.assert(
      fc.property(recordArbitrary, (record) => {
        expect(projectRecordSchema.parse(record)).toEqual(record);
        const parsed = parseSourceDocument(renderProjectDocument(record));
        expect(parsed.problems).toEqual([]);
        expect(parsed.record).toEqual(record);
      }),
      { numRuns: 200 },
    );
  });

  it("the generator is deterministic for a seed", () => {
    const first = Array.from({ length: 5 }, (_, i) => syntheticRecord(seededRandom(42), i));
    const again = Array.from({ length: 5 }, (_, i) => syntheticRecord(seededRandom(42), i));
    expect(again).toEqual(first);
    expect(syntheticRecord(seededRandom(43), 0)).not.toEqual(first[0]);
  });
});
