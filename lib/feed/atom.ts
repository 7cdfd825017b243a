/**
 * Atom 1.0 (RFC 4287) written by hand, carefully: every text and attribute goes through
 * `escapeXml`, which also drops the characters XML 1.0 cannot carry at all. Pure.
 */

// Control characters other than tab, newline and carriage return, lone surrogates and U+FFFE/F.
const NOT_XML =
  /[\u0000-\u0008\u000b\u000c\u000e-\u001f\ufffe\uffff]|[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/g;

export function escapeXml(text: string): string {
  return text
    .replace(NOT_XML, "")
    .replace(/&/g, "&amp;")
    .replace(/</g, "&lt;")
    .replace(/>/g, "&gt;")
    .replace(/"/g, "&quot;")
    .replace(/'/g, "&apos;");
}

export interface AtomEntry {
  id: string;
  title: string;
  link: string;
  published: Date;
  updated: Date;
  summary: string | null;
}

export interface AtomFeed {
  id: string;
  title: string;
  language: string;
  /** This feed's own address. */
  self: string;
  /** The page the feed follows. */
  alternate: string;
  author: string;
  updated: Date;
  entries: AtomEntry[];
}

const element = (name: string, text: string) => `<${name}>${escapeXml(text)}</${name}>`;
const link = (rel: string, href: string, type?: string) =>
  `<link rel="${rel}" href="${escapeXml(href)}"${type ? ` type="${type}"` : ""}/>`;

export function renderAtom(feed: AtomFeed): string {
  const entries = feed.entries.map((entry) =>
    [
      "  <entry>",
      `    ${element("id", entry.id)}`,
      `    ${element("title", entry.title)}`,
      `    ${link("alternate", entry.link, "text/html")}`,
      `    ${element("published", entry.published.toISOString())}`,
      `    ${element("updated", entry.updated.toISOString())}`,
      ...(entry.summary ? [`    <summary type="text">${escapeXml(entry.summary)}</summary>`] : []),
      "  </entry>",
    ].join("\n"),
  );
  return [
    '<?xml version="1.0" encoding="utf-8"?>',
    `<feed xmlns="http://www.w3.org/2005/Atom" xml:lang="${escapeXml(feed.language)}">`,
    `  ${element("id", feed.id)}`,
    `  ${element("title", feed.title)}`,
    `  ${link("self", feed.self, "application/atom+xml")}`,
    `  ${link("alternate", feed.alternate, "text/html")}`,
    `  ${element("updated", feed.updated.toISOString())}`,
    `  <author>${element("name", feed.author)}</author>`,
    ...entries,
    "</feed>",
    "",
  ].join("\n");
}
