import { sql, type RawBuilder } from "kysely";
import { textQuerySql } from "../search/filters";
import type { ResolvedSearch } from "../search/resolve-search";

// ts_headline marks matches with these; the page turns them into <mark> without raw HTML.
const MATCH_START = "\u0002";
const MATCH_END = "\u0003";
const MATCHES = new RegExp(`${MATCH_START}([^${MATCH_END}]*)${MATCH_END}`);
const MARKS = `StartSel=${MATCH_START}, StopSel=${MATCH_END}`;
// The text a snippet is cut from: the plan's summary, then the final report's.
const SNIPPET_SOURCE = sql<string>`ltrim(left(coalesce(p.summary, '') || ' ' || coalesce(p.final_report_summary, ''), 3000))`;

/** A highlighted text split at its matches: even places plain text, odd places the matched words. */
export const matchParts = (highlighted: string): string[] => highlighted.split(MATCHES);

/** The highlighted text if a match was marked in it, else null. */
export const markedOrNull = (highlighted: string | null): string | null =>
  highlighted && highlighted.includes(MATCH_START) ? highlighted.trim() : null;

const fullText = (search: ResolvedSearch): string | null =>
  search.filters.q && search.textMode === "fulltext" ? search.filters.q : null;

/**
 * The project's name with every match marked (a word of the search in its title), or NULL
 * without a full-text search.
 */
export function nameHighlightSql(search: ResolvedSearch): RawBuilder<string | null> {
  const q = fullText(search);
  if (!q) return sql<null>`NULL::text`;
  return sql<string>`ts_headline('finnish', p.name, ${textQuerySql(q)}, ${`${MARKS}, HighlightAll=true`})`;
}

/**
 * Up to two passages of the summaries around the matches, with "…" where a passage leaves text
 * out (before it, between the two, after it), or NULL without a full-text search.
 */
export function snippetSql(search: ResolvedSearch): RawBuilder<string | null> {
  const q = fullText(search);
  if (!q) return sql<null>`NULL::text`;
  const plain = sql`translate(h.t, ${MATCH_START + MATCH_END}, '')`;
  const options = `${MARKS}, MaxWords=35, MinWords=15, MaxFragments=2, FragmentDelimiter=" … "`;
  return sql<string | null>`(SELECT
      CASE WHEN starts_with(h.src, left(${plain}, 40)) THEN '' ELSE '… ' END || h.t
      || CASE WHEN right(rtrim(h.src), 40) = right(${plain}, 40) THEN '' ELSE ' …' END
    FROM (SELECT s.src, ts_headline('finnish', s.src, ${textQuerySql(q)}, ${options}) AS t
      FROM (SELECT ${SNIPPET_SOURCE} AS src) s) h)`;
}
