import {
  fromURLSearchParams,
  parseProjectList,
  projectFiltersToQuery,
  type ProjectListParams,
} from "../schemas/search-params";
import { ApiError } from "./errors";

/**
 * The API reads the same parameters as the pages, but strictly: whatever the tolerant page
 * parser would silently drop (an unknown parameter, a value it cannot use) is a 400 naming it.
 */
export function parseProjectListStrict(search: URLSearchParams): ProjectListParams {
  const params = parseProjectList(fromURLSearchParams(search));
  const kept = new Set([...projectFiltersToQuery(params).entries()].map(([key, value]) => `${key}=${value}`));
  const problems: string[] = [];
  for (const [key, value] of search.entries()) {
    if (value.trim() === "" || (key === "page" && value === "1")) continue;
    const normalised = key === "q" ? value.trim() : value;
    if (kept.has(`${key}=${normalised}`) || kept.has(`${key}=${Number(normalised)}`)) continue;
    problems.push(
      key in params ? `parameter '${key}': '${value}' is not a valid value` : `unknown parameter '${key}'`,
    );
  }
  if (problems.length > 0) throw new ApiError(400, "Bad query parameters", problems);
  return params;
}
