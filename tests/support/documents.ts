import { readSeed } from "./seeds";

/** Edits a seed document's text line by line: a quick way to build malformed documents. */
export function editSeed(key: Parameters<typeof readSeed>[0], edit: (text: string) => string): string {
  return edit(readSeed(key));
}

/** The seed cut off just before the given line (exclusive). */
export function cutBefore(text: string, marker: string): string {
  const index = text.indexOf(marker);
  if (index < 0) throw new Error(`marker not found: ${marker}`);
  return text.slice(0, index);
}
