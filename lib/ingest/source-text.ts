/** One line of a source document: its 1-based number and its text, trimmed. */
export interface SourceLine {
  number: number;
  text: string;
}

/** Splits a decoded document into trimmed lines; tolerates a BOM and any line-ending style. */
export function toSourceLines(raw: string): SourceLine[] {
  return raw
    .replace(/^\uFEFF/, "")
    .split(/\r\n|\r|\n/)
    .map((text, index) => ({
      number: index + 1,
      // Non-breaking spaces are layout, not content: matching and searching want plain spaces.
      text: text.replace(/[\u00a0\u202f]/g, " ").trim(),
    }));
}

const PLACEHOLDERS = new Set(["", "-", "–", "—", "n/a", "N/A", "NA", "ei ole", "Ei ole", "ei", "-.-"]);

/** A single value as published, or null when it is empty or a placeholder such as "-" or "N/A". */
export function cleanValue(value: string | undefined): string | null {
  if (value === undefined) return null;
  const trimmed = value.trim();
  return PLACEHOLDERS.has(trimmed) ? null : trimmed;
}

/**
 * A multi-line text with its paragraphs kept: lines joined with "\n", runs of blank lines
 * folded into one, trimmed. "-" alone or nothing gives null.
 */
export function joinText(lines: readonly SourceLine[]): string | null {
  const joined = lines
    .map((line) => line.text)
    .join("\n")
    .replace(/\n{3,}/g, "\n\n")
    .trim();
  return joined === "" || joined === "-" || joined === "–" ? null : joined;
}

/** Lowercase, single-spaced: for comparing headings that real documents spell loosely. */
export function normaliseHeading(text: string): string {
  // Finnish has no special case mappings, so the (much faster) locale-independent lowercase serves.
  return text.toLowerCase().replace(/\s+/g, " ").trim();
}
