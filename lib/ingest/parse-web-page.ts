/**
 * A project's own web page, exported as text: recognised as a different kind of document and
 * linked to its project by the code it mentions, its address or its name (see write-web-page).
 * The reliably structured parts are extracted (teams/pilots, article title pairs, theses,
 * podcast episodes, events), and its prose paragraphs kept as its narrative; the full text is
 * always kept.
 */
import type { WebPageItem, WebPageRecord } from "../schemas/record";
import { type SourceLine } from "./source-text";
import { headingText, isProse, pageAddress, pageTitle } from "./web-page-text";

export const PROJECT_CODE_MENTION = /\b([SA]\d{5})\b/;

type Block = SourceLine[];

/** Paragraphs: runs of non-empty lines. */
function blocks(lines: readonly SourceLine[]): Block[] {
  const result: Block[] = [];
  let current: Block = [];
  for (const line of lines) {
    if (line.text === "") {
      if (current.length) result.push(current);
      current = [];
    } else current.push(line);
  }
  if (current.length) result.push(current);
  return result;
}

const item = (kind: WebPageItem["kind"], fields: Partial<WebPageItem> & { title: string }): WebPageItem => ({
  kind,
  number: null,
  titleEn: null,
  description: null,
  author: null,
  year: null,
  ...fields,
});

const NOISE = /^(Katso animaatio|Lue artikkeli|Katso video|Kuuntele)\b/i;
const TEAM = /^(Tiimi|Pilotti|Kokeilu)\s+(\d+[A-Z]?)\s+(.+)$/;
const THESIS = /^(.+?)\s*\(([^()]+?),\s*((?:19|20)\d{2})\)$/;
const NUMBERED = /^(\d+)\.\s+(.+)$/;

export function parseProjectWebPage(lines: readonly SourceLine[]): WebPageRecord {
  const title = pageTitle(blocks(lines));
  const pageUrl = pageAddress(lines);
  const fullText = lines
    .map((line) => line.text)
    .join("\n")
    .replace(/\n{3,}/g, "\n\n")
    .trim();
  const code = PROJECT_CODE_MENTION.exec(fullText)?.[1] ?? null;
  // "Ihmiskeskeinen Digitaalinen Kunta (IDK) -hanke (1.1.2020-31.12.2022)" → the project's name.
  const mentionedName =
    title
      .replace(/\s*\(\d{1,2}\.\d{1,2}\.\d{4}\s*[-–]\s*\d{1,2}\.\d{1,2}\.\d{4}\)\s*$/, "")
      .replace(/\s*[-–]\s*(hanke|projekti)$/i, "")
      .trim() || null;

  const items: WebPageItem[] = [];
  const narrative: string[] = [];
  // A one-line lead-in ("… seuraavien tavoitteiden kautta:") belongs to the prose that follows it.
  let leadIn: string | null = null;
  let mode: "none" | "articles" | "videos" | "theses" | "episodes" | "events" = "none";

  for (const block of blocks(lines)) {
    if (block.every((line) => NOISE.test(line.text))) continue;
    const first = block[0]?.text ?? "";
    const paragraph = block.map((line) => headingText(line.text)).join("\n");
    const lastLeadIn = leadIn;
    leadIn = null;
    const lower = first.toLocaleLowerCase("fi");
    // A heading line switches what the following paragraphs are.
    if (block.length === 1 || /:$/.test(first) || first === first.toLocaleUpperCase("fi")) {
      if (/^artikkel(it|ikirjasto)/.test(lower) && block.length === 1) {
        mode = "articles";
        continue;
      }
      if (/animaatio|video/.test(lower) && /:$/.test(first)) {
        mode = "videos";
        continue;
      }
      if (/opinnäyte/.test(lower)) {
        mode = "theses";
        continue;
      }
      if (/podcast/.test(lower) && /jakso/.test(lower)) {
        mode = "episodes";
        block.slice(1).forEach((line) => pushNumbered(items, "episode", line.text));
        continue;
      }
      if (/:$/.test(first) && /(mukana|tapahtum)/.test(lower)) {
        // The list follows in the same paragraph or in the next one.
        mode = block.length > 1 ? "none" : "events";
        block.slice(1).forEach((line) => items.push(eventItem(line.text)));
        continue;
      }
      if (/:$/.test(first) && block.length === 1) {
        mode = "none";
        leadIn = first;
        continue;
      }
    }

    if (mode === "events") {
      mode = "none";
      // A list of event names, not a sentence of prose.
      if (block.every((line) => line.text.length <= 100 && !/\.$/.test(line.text))) {
        block.forEach((line) => items.push(eventItem(line.text)));
        continue;
      }
    }
    const team = TEAM.exec(first);
    if (team) {
      const description = block
        .slice(1)
        .map((line) => line.text)
        .filter((text) => !NOISE.test(text))
        .join("\n");
      items.push(
        item("pilot", { number: team[2] ?? null, title: team[3] ?? first, description: description || null }),
      );
      continue;
    }
    if (mode === "articles" || mode === "videos") {
      const kind = mode === "articles" ? "article" : "video";
      if (block.length === 2) {
        const [fi, en] = block.map((line) => line.text.replace(NUMBERED, "$2"));
        const number = mode === "videos" ? (NUMBERED.exec(first)?.[1] ?? null) : null;
        items.push(item(kind, { number, title: fi ?? first, titleEn: en ?? null }));
      } else if (block.length === 1 && !/:$/.test(first)) {
        items.push(item(kind, { title: first }));
      } else {
        mode = "none";
      }
      continue;
    }
    if (mode === "theses") {
      const thesis = THESIS.exec(first);
      if (thesis && block.length === 1) {
        items.push(
          item("thesis", { title: thesis[1] ?? first, author: thesis[2] ?? null, year: Number(thesis[3]) }),
        );
      } else {
        mode = "none";
      }
      continue;
    }
    if (mode === "episodes") {
      block.forEach((line) => pushNumbered(items, "episode", line.text));
      continue;
    }
    if (paragraph !== title && isProse(paragraph)) {
      if (lastLeadIn) narrative.push(lastLeadIn);
      narrative.push(paragraph);
    }
  }

  return {
    kind: "projectWebPage",
    title,
    projectCode: code,
    mentionedName,
    pageUrl,
    narrative,
    items,
    fullText,
  };
}

/** An event, with its date when the title ends with one ("… 27.10.2022"). */
function eventItem(text: string): WebPageItem {
  const year = /\b\d{1,2}\.\d{1,2}\.((?:19|20)\d{2})\b/.exec(text)?.[1];
  return item("event", { title: text, year: year ? Number(year) : null });
}

function pushNumbered(items: WebPageItem[], kind: WebPageItem["kind"], text: string) {
  const numbered = NUMBERED.exec(text);
  if (!numbered) return;
  items.push(item(kind, { number: numbered[1] ?? null, title: numbered[2] ?? text }));
}
