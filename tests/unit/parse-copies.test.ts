/**
 * Copies of the seeds as users hold them: text that lost its layout (no section headings, single
 * newlines, stray markers) and pages saved from the browser as HTML. Each gives the seed's record.
 */
import fs from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { parseSourceDocument } from "@/lib/ingest/parse-document";
import { describeProblem } from "@/lib/ingest/problems";
import { readSeed } from "../support/seeds";

const SEEDS = ["S21894", "S22821", "S21854", "S22837"] as const;
const golden = (code: string) =>
  JSON.parse(fs.readFileSync(path.resolve(import.meta.dirname, `../fixtures/${code}.json`), "utf8"));
const record = (text: string) => {
  const parsed = parseSourceDocument(text);
  const errors = parsed.problems.filter((p) => p.severity === "error").map((p) => describeProblem(p));
  expect(errors).toEqual([]);
  return parsed.record;
};

const HEADING = /^(\d(?:\.\d)?) (\p{Lu}.*)$/u;
/** Free-text sections: their heading is the only label their text has. */
const FREE_TEXT = new Set(["3", "4.1", "4.2", "9"]);

/**
 * The seed as a browser copy: the headings of labelled sections gone (a stray image marker in
 * their place), no blank lines between fields, free texts keeping their paragraphs.
 */
function withoutLayout(text: string, keepFreeTextHeadings = true): string {
  const out: string[] = [];
  let section = "";
  for (const line of text.split("\n")) {
    const heading = HEADING.exec(line.trim());
    if (
      heading &&
      /^(Hanke|Hakijan|Suunnitelman|Hankkeen|Varsinaiset|Välilliset|Projektin|Maantieteellinen|Hakemusvaiheessa|Osallistuvien|Horisontaaliset|Sukupuolten|Kestävä|Loppuraportin)/.test(
        heading[2] ?? "",
      )
    ) {
      section = heading[1] ?? "";
      if (keepFreeTextHeadings && FREE_TEXT.has(section)) out.push(line);
      else out.push("![]() |");
      continue;
    }
    if (line.trim() === "" && !FREE_TEXT.has(section)) continue;
    out.push(line);
  }
  return out.join("\n");
}

describe("a copy that lost its layout", () => {
  for (const code of SEEDS) {
    it(`${code} without headings, blank lines between fields, with stray markers gives the golden record`, () => {
      const copy = withoutLayout(readSeed(code));
      expect(copy).not.toMatch(/^5 Projektin julkinen rahoitus/m);
      expect(copy).not.toMatch(/^1 Hanke$/m);
      expect(copy).toContain("![]() |");
      const parsed = record(copy);
      const expected = code === "S21894" || code === "S22821" ? golden(code) : record(readSeed(code));
      expect(parsed).toEqual(expected);
    });
  }

  it("says which sections it located by their labels", () => {
    const parsed = parseSourceDocument(withoutLayout(readSeed("S21894")));
    expect(parsed.problems.map((p) => p.message)).toContain(
      "no heading for sections 1, 2, 5, 6, 7.1, 7.2, 8.1, 8.2: located by their labels",
    );
  });

  it("without the free-text headings too, reports exactly the texts that cannot be placed", () => {
    const parsed = parseSourceDocument(withoutLayout(readSeed("S22821"), false));
    expect(parsed.record).toBeNull();
    const errors = parsed.problems.filter((p) => p.severity === "error").map((p) => p.message);
    expect(errors).toEqual([
      "section 3 'Suunnitelman mukainen tiivistelmä toteutuksesta' is missing (section 8.2 comes later)",
      "section 4 'Hankkeen kohderyhmät' is missing (section 8.2 comes later)",
      "section 4.1 'Varsinaiset kohderyhmät' is missing (section 8.2 comes later)",
      "section 4.2 'Välilliset kohderyhmät' is missing (section 8.2 comes later)",
      "section 9 'Loppuraportin tiivistelmä' is missing (the document ends in section 8.2)",
    ]);
    // Missing in the middle is not a document cut short: --allow-partial rejects it too.
    expect(
      parseSourceDocument(withoutLayout(readSeed("S22821"), false), { allowPartial: true }).record,
    ).toBeNull();
  });
});

const escape = (text: string) => text.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;");

/** A text document as a browser would save it: headings as h2/h3, blocks as paragraphs. */
function asHtml(text: string): string {
  const blocks = text
    .split(/\n\s*\n/)
    .map((block) => block.trim())
    .filter(Boolean);
  const body = blocks
    .map((block) => {
      const lines = block.split("\n").map(escape);
      if (lines.length === 1 && HEADING.test(block)) return `<h2>${lines[0]}</h2>`;
      return `<p>${lines.join("<br>\n")}</p>`;
    })
    .join("\n");
  return `<!DOCTYPE html>\n<html lang="fi"><head><meta charset="utf-8"><title>EURA 2014</title>
<style>p { margin: 0 }</style><script>var x = 1;</script></head>
<body><nav><a href="/">Etusivu</a></nav><main>\n${body}\n<img src="logo.png" alt=""></main></body></html>`;
}

describe("saved HTML", () => {
  for (const code of SEEDS) {
    it(`${code} saved as HTML gives the same record as its text`, () => {
      const html = asHtml(readSeed(code));
      expect(html).toContain("<h2>1 Hanke</h2>");
      expect(record(html)).toEqual(record(readSeed(code)));
    });
  }

  it("S21894 saved as HTML with the fields in a table (label cell, value cell)", () => {
    const rows = readSeed("S21894").replace(
      /^(Hankekoodi|Hankkeen nimi|Toimintalinja): (.*)$/gm,
      "<table><tr><th>$1:</th><td>$2</td></tr></table>",
    );
    // As Chrome saves it: a comment naming the address before the doctype.
    const html =
      "<!-- saved from url=(0049)https://www.eura2014.fi/rrtiepa/projekti.php?id=1 -->\n" +
      asHtml(rows).replace(/&lt;(\/?(?:table|tr|th|td))&gt;/g, "<$1>");
    expect(html).toContain("<th>Hankekoodi:</th><td>S21894</td>");
    expect(record(html)).toEqual(golden("S21894"));
  });

  it("the English sample and a 2007 description saved as HTML give their records", () => {
    for (const file of ["eura2014-english/S22615.txt", "eura2007/S10398.txt"]) {
      const text = fs.readFileSync(path.resolve(import.meta.dirname, "../fixtures/samples", file), "utf8");
      const fromHtml = parseSourceDocument(asHtml(text), { allowPartial: true });
      expect(fromHtml.kind).toBe("project");
      expect(fromHtml.record).toEqual(parseSourceDocument(text, { allowPartial: true }).record);
    }
  });

  it("the project web page saved as HTML is still the web page of S21894 with its items", () => {
    const fromText = parseSourceDocument(readSeed("webPage"));
    const fromHtml = parseSourceDocument(asHtml(readSeed("webPage")));
    expect(fromHtml.kind).toBe("webPage");
    if (fromHtml.kind !== "webPage" || fromText.kind !== "webPage") return;
    expect(fromHtml.record.projectCode).toBe("S21894");
    expect(fromHtml.record.title).toBe(fromText.record.title);
    expect(fromHtml.record.items).toEqual(fromText.record.items);
  });
});
