import { XMLParser, XMLValidator } from "fast-xml-parser";
import { describe, expect, it } from "vitest";
import { renderAtom } from "@/lib/feed/atom";

describe("Atom feeds", () => {
  it("carry any text safely: markup, quotes, ampersands and characters XML cannot hold", () => {
    const nasty = `<b>"Tom & Jerry's"</b>\u0000\u0007 ]]> \ud800 ok`;
    const xml = renderAtom({
      id: "http://x/feed?a=1&b=2",
      title: nasty,
      language: "fi",
      self: "http://x/feed?a=1&b=2",
      alternate: "http://x/projects?a=1&b=2",
      author: "Registry",
      updated: new Date("2024-01-02T03:04:05Z"),
      entries: [
        {
          id: "http://x/p/1",
          title: nasty,
          link: "http://x/p/1",
          published: new Date(0),
          updated: new Date(0),
          summary: nasty,
        },
      ],
    });
    expect(XMLValidator.validate(xml)).toBe(true);
    const feed = new XMLParser({ ignoreAttributes: false }).parse(xml).feed;
    expect(feed.title).toBe(`<b>"Tom & Jerry's"</b> ]]>  ok`);
    expect(feed.entry.summary["#text"]).toBe(`<b>"Tom & Jerry's"</b> ]]>  ok`);
    expect(feed.link[0]["@_href"]).toBe("http://x/feed?a=1&b=2");
  });
});
