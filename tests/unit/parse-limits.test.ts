/**
 * What parse accepts the database stores, and a record never contradicts its document: values
 * beyond the database's limits, "-0" scores, NUL characters and bad bytes are refused or read
 * line by line, each with its place named.
 */
import { describe, expect, it } from "vitest";
import { parseSourceDocument } from "@/lib/ingest/parse-document";
import { describeProblem } from "@/lib/ingest/problems";
import { editSeed } from "../support/documents";
import { readSeed } from "../support/seeds";

const errors = (input: string | Uint8Array) => {
  const parsed = parseSourceDocument(input);
  expect(parsed.record).toBeNull();
  return parsed.problems.filter((p) => p.severity === "error").map((p) => describeProblem(p));
};
const lineOf = (text: string, fragment: string) =>
  text.split("\n").findIndex((l) => l.includes(fragment)) + 1;

describe("database limits and exact values", () => {
  it("an amount above 2^53 is refused at its line, never rounded", () => {
    const text = editSeed("S21894", (t) =>
      t.replace(
        "Myönnetty EU- ja valtion rahoitus: 1 226 328",
        "Myönnetty EU- ja valtion rahoitus: 9 007 199 254 740 993",
      ),
    );
    expect(errors(text)).toEqual([
      `line ${lineOf(text, "9 007 199")}, section 5, 'Myönnetty EU- ja valtion rahoitus': '9 007 199 254 740 993' is too large: amounts must be below 1 000 000 000 000 euros`,
    ]);
  });

  it("an amount of 10^12 euros is beyond numeric(14,2)", () => {
    const text = editSeed("S21894", (t) =>
      t.replace(
        "Suunniteltu julkinen rahoitus yhteensä: 1 532 910",
        "Suunniteltu julkinen rahoitus yhteensä: 1 000 000 000 000",
      ),
    );
    expect(errors(text)[0]).toMatch(/section 5, 'Suunniteltu julkinen rahoitus yhteensä': .* is too large/);
  });

  it("a count over 2^31 − 1 is refused at its line", () => {
    const text = editSeed("S21894", (t) => t.replace("Suunniteltu: 350", "Suunniteltu: 2147483648"));
    expect(errors(text)).toEqual([
      `line ${lineOf(text, "2147483648")}, section 7.2, 'Suunniteltu': '2147483648' is too large: counts go up to 2147483647`,
    ]);
  });

  it("a score of -0 is not read as 0", () => {
    const text = editSeed("S21894", (t) =>
      t.replace("Hyvinvoinnin edistäminen 10 10", "Hyvinvoinnin edistäminen -0 10"),
    );
    expect(errors(text)).toEqual([
      `line ${lineOf(text, "Hyvinvoinnin edistäminen -0")}, section 8.2, 'Hyvinvoinnin edistäminen': score -0 is not a whole number from 0 to 10`,
    ]);
  });

  it("a NUL character past the binary check is refused naming its line", () => {
    const text = readSeed("S21894");
    const at = text.indexOf("9 Loppuraportin tiivistelmä");
    const bytes = new TextEncoder().encode(`${text.slice(0, at)}\u0000${text.slice(at)}`);
    // Beyond the first 8 KB, where the binary check looks.
    expect(new TextEncoder().encode(text.slice(0, at)).length).toBeGreaterThan(8192);
    expect(errors(bytes)).toEqual([
      `line ${lineOf(text, "9 Loppuraportin tiivistelmä")}: the line holds a NUL character: not a text document`,
    ]);
  });

  it("a text too long for the search index is refused naming the field", () => {
    const long = "sana ".repeat(50_000);
    const text = editSeed("S21894", (t) =>
      t.replace("Suomen ja maailman talouteen", `${long}Suomen ja maailman talouteen`),
    );
    expect(errors(text)).toContain("summary: a text longer than 200000 characters");
  });
});

describe("decoding", () => {
  it("one invalid byte spoils only its own line, which is named", () => {
    const text = readSeed("S21894");
    const bytes = new TextEncoder().encode(text);
    const target = lineOf(text, "Hankkeen nimi:");
    // A lone 0xE4 ("ä" in Windows-1252) in the name line of an otherwise UTF-8 file.
    const lines = text.split("\n");
    lines[target - 1] = lines[target - 1]!.replace("digitaalinen", "digit\u00e4alinen");
    const encoded = lines.map((line, i) =>
      i === target - 1
        ? Uint8Array.from([...line].map((c) => c.charCodeAt(0) & 0xff))
        : new TextEncoder().encode(line),
    );
    const joined = new Uint8Array(encoded.reduce((n, l) => n + l.length + 1, 0) - 1);
    let offset = 0;
    encoded.forEach((line, i) => {
      joined.set(line, offset);
      offset += line.length;
      if (i < encoded.length - 1) joined[offset++] = 0x0a;
    });
    expect(joined.length).toBeGreaterThan(bytes.length - 5);
    const parsed = parseSourceDocument(joined);
    if (parsed.kind !== "project" || !parsed.record) throw new Error("not parsed");
    expect(parsed.record.name).toBe("Ihmiskeskeinen digitäalinen kunta (IDK)");
    // Every other line keeps its UTF-8: no "tiivistelmÃ¤" anywhere.
    const reference = parseSourceDocument(text);
    expect(reference.kind === "project" && reference.record?.summary).toBe(parsed.record.summary);
    expect(parsed.record.summary).toContain("ä");
    expect(parsed.problems.map((p) => describeProblem(p))).toContain(
      `line ${target}: line ${target} is not UTF-8; read as Windows-1252`,
    );
  });
});

describe("a value that is in the document is never dropped with only a warning", () => {
  it("a field in the wrong section is an error naming its line", () => {
    const text = editSeed("S22821", (t) =>
      t.replace(
        "Toiminnan tila: Toiminta päättynyt",
        "Toiminnan tila: Toiminta päättynyt\nMaakunnat: Kainuu",
      ),
    );
    expect(errors(text)).toEqual([
      `line ${lineOf(text, "Maakunnat: Kainuu")}, section 1, 'Maakunnat': the label belongs to another section: its value 'Maakunnat: Kainuu' would be lost`,
    ]);
  });

  it("a funding line among the co-implementers is not a co-implementer", () => {
    const text = editSeed("S21894", (t) =>
      t.replace(
        "Savonia-ammattikorkeakoulu Oy, 2629463-3",
        "Savonia-ammattikorkeakoulu Oy, 2629463-3\nMyönnetty EU- ja valtion rahoitus: 1 226 328",
      ),
    );
    expect(errors(text)).toContain(
      `line ${lineOf(text, "Oy, 2629463-3") + 1}, section 2, 'Myönnetty EU- ja valtion rahoitus': the label belongs to another section: its value would be lost among the co-implementers`,
    );
  });

  it("a label given twice with different values is an error; the same value twice a warning", () => {
    const twice = editSeed("S22821", (t) =>
      t.replace("Y-tunnus: 2553600-4", "Y-tunnus: 2553600-4\nY-tunnus: 0171450-7"),
    );
    expect(errors(twice)).toEqual([
      `line ${lineOf(twice, "0171450-7")}, section 2, 'Y-tunnus': label appears twice with different values ('2553600-4' on line ${lineOf(twice, "2553600-4")})`,
    ]);
    const same = editSeed("S22821", (t) =>
      t.replace("Y-tunnus: 2553600-4", "Y-tunnus: 2553600-4\nY-tunnus: 2553600-4"),
    );
    expect(parseSourceDocument(same).record).not.toBeNull();
  });
});
