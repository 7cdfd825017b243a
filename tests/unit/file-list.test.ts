import { describe, expect, it } from "vitest";
import { FileList } from "@/lib/ingest/file-list";

describe("the compact list of files", () => {
  it("gives back every path as added, across folders, given files, links and growth", () => {
    const files = new FileList();
    const a = files.folder("/data/a");
    const b = files.folder("/data/ä b");
    const expected: string[] = [];
    for (let i = 0; i < 5000; i++) {
      const name = `hanke_${i}_${"ö".repeat(i % 7)}.txt`;
      files.addInFolder(i % 3 === 0 ? b : a, name);
      expected.push(`${i % 3 === 0 ? "/data/ä b" : "/data/a"}/${name}`);
    }
    files.addGiven("./given.txt", "/elsewhere/real.txt");
    expected.push("./given.txt");
    expect(files.length).toBe(5001);
    expect([...files].map((file) => file.path)).toEqual(expected);
    expect(files.at(5000)).toEqual({ path: "./given.txt", linkTarget: "/elsewhere/real.txt" });
    expect(files.at(1).linkTarget).toBeUndefined();
    expect(() => files.at(5001)).toThrow(RangeError);
  });
});
