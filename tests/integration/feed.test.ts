import fs from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import { XMLParser, XMLValidator } from "fast-xml-parser";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { importPaths } from "@/lib/import/import-documents";
import { request } from "../support/api-routes";
import { editSeed } from "../support/documents";
import { createSeededTestDatabase, type TestDatabase } from "../support/test-database";

interface AtomEntry {
  id: string;
  title: string;
  updated: string;
  link: { "@_href": string; "@_rel": string };
}

const parser = new XMLParser({ ignoreAttributes: false, isArray: (name) => name === "entry" });

/** The feed parsed, after checking it is well-formed XML with every element Atom requires. */
async function readFeed(href: string) {
  const response = await request(href);
  expect(response.status, href).toBe(200);
  expect(response.headers.get("content-type")).toBe("application/atom+xml; charset=utf-8");
  const xml = await response.text();
  expect(XMLValidator.validate(xml)).toBe(true);
  const feed = parser.parse(xml).feed;
  expect(feed["@_xmlns"]).toBe("http://www.w3.org/2005/Atom");
  for (const required of ["id", "title", "updated", "author"]) expect(feed[required], required).toBeDefined();
  expect(feed.author.name).toBeTruthy();
  expect(Number.isNaN(Date.parse(feed.updated))).toBe(false);
  const entries: AtomEntry[] = feed.entry ?? [];
  for (const entry of entries) {
    for (const required of ["id", "title", "updated", "link"])
      expect(entry[required as keyof AtomEntry]).toBeDefined();
    expect(Number.isNaN(Date.parse(entry.updated))).toBe(false);
  }
  return { feed, entries };
}

describe("a search's Atom feed", () => {
  let db: TestDatabase;
  beforeAll(async () => {
    db = await createSeededTestDatabase();
  });
  afterAll(() => db.drop());

  it("lists the search's projects, linking to their pages", async () => {
    const { feed, entries } = await readFeed("/projects/feed.xml?region=Pohjois-Savo");
    expect(entries.map((entry) => entry.link["@_href"]).sort()).toEqual([
      "http://registry.test/projects/S21854",
      "http://registry.test/projects/S21894",
    ]);
    expect(feed.link.find((link: { "@_rel": string }) => link["@_rel"] === "alternate")["@_href"]).toBe(
      "http://registry.test/projects?region=Pohjois-Savo",
    );
    const english = await readFeed("/en/projects/feed.xml?region=Kainuu");
    expect(english.entries.map((entry) => entry.link["@_href"])).toEqual([
      "http://registry.test/en/projects/S22821",
    ]);
    expect(english.feed["@_xml:lang"]).toBe("en");
  });

  it("shows a newly imported project first", async () => {
    const dir = await fs.mkdtemp(path.join(os.tmpdir(), "feed-"));
    await fs.writeFile(
      path.join(dir, "new.txt"),
      editSeed("S22821", (t) => t.replace("Hankekoodi: S22821", "Hankekoodi: S99992")),
    );
    expect((await importPaths(db.url, [dir])).created).toHaveLength(1);
    const { entries } = await readFeed("/projects/feed.xml?region=Kainuu");
    expect(entries.map((entry) => entry.link["@_href"])).toEqual([
      "http://registry.test/projects/S99992",
      "http://registry.test/projects/S22821",
    ]);
    expect(entries[0]!.title).toContain("S99992");
    // Another region's feed does not get it.
    const other = await readFeed("/projects/feed.xml?region=Pohjois-Savo");
    expect(other.entries.map((entry) => entry.title).join()).not.toContain("S99992");
  });

  it("takes the search page's parameters strictly", async () => {
    const response = await request("/projects/feed.xml?page=2");
    expect(response.status).toBe(400);
    expect((await response.json()).code).toBe("invalid_parameters");
  });
});
