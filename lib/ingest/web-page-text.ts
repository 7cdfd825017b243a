/**
 * Reading a saved web page's text: its heading (the title), its own address when the copy
 * shows it, and which paragraphs are prose rather than headings, lists or link labels.
 */
import type { SourceLine } from "./source-text";

/** A markdown-style heading ("# Otsikko"), as some HTML-to-text conversions write them. */
const MARKDOWN_HEADING = /^#{1,6}\s+(.+)$/;
const SENTENCE_END = /[.!?…]["”»)]?$/;

/** Site chrome a saved page starts with: skip links and menu words, never the page's title. */
const NAVIGATION =
  /^(siirry (suoraan )?sisältöön|hyppää sisältöön|skip to (main )?content|valikko|menu|etusivu|home|haku|search|kieli|language|suomeksi|på svenska|in english)$/i;

const words = (text: string) => text.split(/\s+/).filter(Boolean).length;

/** A line that reads as a heading: short, not a sentence. */
export function isHeadingLine(text: string): boolean {
  return MARKDOWN_HEADING.test(text) || (text.length <= 150 && !SENTENCE_END.test(text) && !/:$/.test(text));
}

export const headingText = (text: string) => MARKDOWN_HEADING.exec(text)?.[1]?.trim() ?? text;

/**
 * The page's title: its first heading, not its first paragraph. A markdown heading anywhere
 * wins; else the first one-line paragraph that reads as a heading among the opening ones; else
 * (a copy with no heading at all) the first sentence, cut short.
 */
export function pageTitle(blocks: readonly SourceLine[][]): string {
  const markdown = blocks.flat().find((line) => MARKDOWN_HEADING.test(line.text));
  if (markdown) return headingText(markdown.text);
  const heading = blocks
    .filter((block) => !block.every((line) => NAVIGATION.test(line.text)))
    .slice(0, 3)
    .find(
      (block) => block.length === 1 && isHeadingLine(block[0]!.text) && !/^https?:\/\//.test(block[0]!.text),
    );
  if (heading) return heading[0]!.text;
  const first = blocks.flat().find((line) => !/^https?:\/\//.test(line.text))?.text ?? "";
  const sentence = /^(.+?[.!?])(\s|$)/.exec(first)?.[1] ?? first;
  return sentence.length <= 120 ? sentence : `${sentence.slice(0, 117).replace(/\s+\S*$/, "")}…`;
}

const URL_LINE = /^(?:(?:URL|Osoite|Sivun osoite|Lähde|Source|Address|Källa)\s*:\s*)?(https?:\/\/\S+)$/i;

/**
 * The page's own address, when the copy shows it: a line that is only an address (or
 * "URL: …", "Lähde: …") at the very top or bottom of the page. Addresses inside the text are
 * links to elsewhere.
 */
export function pageAddress(lines: readonly SourceLine[]): string | null {
  const nonEmpty = lines.filter((line) => line.text !== "");
  for (const line of [nonEmpty[0], nonEmpty[1], nonEmpty.at(-1)]) {
    const address = line && URL_LINE.exec(line.text)?.[1];
    if (address && URL.canParse(address)) return address;
  }
  return null;
}

/** A paragraph of prose: sentences, or a long text, not a heading, list entry or link label. */
export function isProse(text: string): boolean {
  return (words(text) >= 3 && SENTENCE_END.test(text)) || words(text) >= 12;
}
