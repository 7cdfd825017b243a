/**
 * The compare page's URL state: `codes=S21894,S22821` (the selection) and `add=S21744` (the
 * add-by-code form), parsed by the same project-code parser as the search's `compare=`.
 */
import { createLoader, createSerializer, parseAsArrayOf } from "nuqs/server";
import { MAX_COMPARED, type RawSearchParams } from "./list-state";
import { parseAsProjectCode } from "./url-parsers";

const codeList = parseAsArrayOf(parseAsProjectCode, ",").withDefault([]);
const COMPARE_PARSERS = { codes: codeList, add: codeList };

const load = createLoader(COMPARE_PARSERS);
const serialize = createSerializer({ codes: codeList }, { clearOnDefault: true });

/** The selection: up to four distinct codes, in the order chosen, the added ones last. */
export function parseCompareCodes(raw: RawSearchParams): string[] {
  const { codes, add } = load(raw);
  return [...new Set([...codes, ...add])].slice(0, MAX_COMPARED);
}

/** `/compare?codes=…` for a selection. */
export function compareHref(codes: string[]): string {
  return `/compare${serialize({ codes })}`;
}
