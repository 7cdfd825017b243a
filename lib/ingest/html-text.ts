/**
 * Saved HTML pages (a browser's "Save page as") → the plain text the parsers read: headings
 * and paragraphs on their own lines, blank lines between blocks, no wrapping, links and images
 * reduced to their text. html-to-text does the HTML parsing (entities, nesting, tables).
 */
import { convert } from "html-to-text";

// After an XML prolog or comments such as the browser's "<!-- saved from url=(0042)… -->".
const LOOKS_LIKE_HTML =
  /^\s*(?:<\?xml[^>]*>\s*)?(?:<!--[\s\S]*?-->\s*)*(?:<!doctype\s+html|<html[\s>]|<head[\s>]|<body[\s>]|<meta[\s>])/i;

/** True when the text is an HTML document rather than a plain-text export. */
export function isHtml(text: string): boolean {
  return LOOKS_LIKE_HTML.test(text.replace(/^\uFEFF/, "").slice(0, 2048));
}

const HEADING = { options: { uppercase: false, leadingLineBreaks: 2, trailingLineBreaks: 2 } };

export function htmlToPlainText(html: string): string {
  return convert(html, {
    wordwrap: false,
    formatters: {
      cell: (element, walk, builder) => {
        walk(element.children, builder);
        builder.addInline(" ");
      },
    },
    preserveNewlines: false,
    selectors: [
      { selector: "h1", ...HEADING },
      { selector: "h2", ...HEADING },
      { selector: "h3", ...HEADING },
      { selector: "h4", ...HEADING },
      { selector: "h5", ...HEADING },
      { selector: "h6", ...HEADING },
      { selector: "a", options: { ignoreHref: true } },
      { selector: "img", format: "skip" },
      { selector: "script", format: "skip" },
      { selector: "style", format: "skip" },
      { selector: "nav", format: "skip" },
      { selector: "table", format: "block" },
      { selector: "tr", format: "block" },
      // A label cell and its value cell stay on one line, "Label: value".
      { selector: "th", format: "cell" },
      { selector: "td", format: "cell" },
      { selector: "ul", options: { itemPrefix: "•" } },
    ],
  });
}
