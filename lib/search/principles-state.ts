/**
 * The principles page's own URL state, on top of the search's filters: the heatmap's view and
 * page, the open drill-down and its search words, and the tables' orders. Parsed tolerantly;
 * links are written by one serializer that keeps the filters and leaves defaults out.
 */
import {
  createLoader,
  createSerializer,
  parseAsInteger,
  parseAsNativeArrayOf,
  parseAsString,
  parseAsStringLiteral,
  type inferParserType,
} from "nuqs/server";
import { CRITERION_KEYS, GENDER_QUESTIONS } from "../domain/criteria";
import { FILTER_PARSERS, type RawSearchParams, type SearchFilters } from "./list-state";
import { parseAsIntegerIn, parseAsText } from "./url-parsers";

const VIEW_PARSERS = {
  view: parseAsStringLiteral(["direct", "indirect"] as const).withDefault("direct"),
  hpage: parseAsInteger.withDefault(1),
  criterion: parseAsStringLiteral(CRITERION_KEYS),
  score: parseAsIntegerIn(0, 10),
  question: parseAsStringLiteral(GENDER_QUESTIONS),
  answer: parseAsStringLiteral(["yes", "no"] as const),
  /** Words to look for in the drill-down's justifications or explanations (and project names). */
  dq: parseAsText,
  /** Each table's order (`order=principles-criteria.averageDirect.desc`), repeated. */
  order: parseAsNativeArrayOf(parseAsString),
};
export type PrinciplesView = inferParserType<typeof VIEW_PARSERS>;

const load = createLoader(VIEW_PARSERS);
const serialize = createSerializer({ ...FILTER_PARSERS, ...VIEW_PARSERS }, { clearOnDefault: true });

export function parsePrinciplesView(raw: RawSearchParams): PrinciplesView {
  const view = load(raw);
  return { ...view, hpage: Math.max(1, view.hpage) };
}

/** `/principles?…` with the filters and the view, some view parameters changed. */
export function principlesHref(
  filters: SearchFilters,
  view: PrinciplesView,
  changes: Partial<{ [K in keyof PrinciplesView]: PrinciplesView[K] | null }>,
): string {
  return `/principles${serialize({ ...filters, ...view, ...changes })}`;
}
