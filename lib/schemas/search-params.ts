/**
 * The URL state of the project list (and of every view filtered like it). Pages parse it
 * tolerantly: a bad or unknown value falls back to its default, never to an error page.
 * `projectFiltersToQuery` writes the same state back, so any view can be linked and reloaded.
 */
import { z } from "zod";
import { QUALITY_NOTE_KINDS } from "../domain/data-quality";

export const SORTS = ["relevance", "name", "start", "planned", "realised", "absorption"] as const;
export type Sort = (typeof SORTS)[number];

/** Facets whose counts honour every other active filter. */
export const LIST_FACETS = [
  "fund",
  "axis",
  "objective",
  "authority",
  "region",
  "subRegion",
  "municipality",
  "orgType",
  "status",
] as const;
export type ListFacet = (typeof LIST_FACETS)[number];

const text = z.string().trim().min(1).max(200);
/** One or many values (repeated parameters); anything unusable is dropped. */
const list = <T extends string>(accept: (value: string) => value is T) =>
  z
    .array(z.unknown())
    .catch([])
    .transform((values) => [
      ...new Set(values.filter((v): v is string => typeof v === "string").map((v) => v.trim())),
    ])
    .transform((values) =>
      values
        .filter((v) => v.length > 0 && v.length <= 200)
        .filter(accept)
        .slice(0, 50),
    )
    .optional()
    .transform((values) => values ?? []);
const anyText = (value: string): value is string => value.length > 0;
/** The first of repeated values; an empty field (a GET form sends every field) is "not set". */
const first = (value: unknown) => {
  const single = Array.isArray(value) ? value[0] : value;
  return typeof single === "string" && single.trim() === "" ? undefined : single;
};
const year = z.preprocess(first, z.coerce.number().int().min(1990).max(2100).optional()).catch(undefined);
const euros = z.preprocess(first, z.coerce.number().min(0).max(1e12).optional()).catch(undefined);

export const projectFiltersSchema = z.object({
  q: z.preprocess(first, text.optional()).catch(undefined),
  fund: list((v): v is "ESF" | "ERDF" => v === "ESF" || v === "ERDF"),
  axis: list(anyText),
  objective: list(anyText),
  authority: list(anyText),
  region: list(anyText),
  subRegion: list(anyText),
  municipality: list(anyText),
  orgType: list(anyText),
  status: list(anyText),
  startFrom: year,
  startTo: year,
  plannedMin: euros,
  plannedMax: euros,
  finalReport: z.preprocess(first, z.enum(["yes", "no"]).optional()).catch(undefined),
  quality: list(
    (v): v is "incomplete" | (typeof QUALITY_NOTE_KINDS)[number] =>
      (QUALITY_NOTE_KINDS as readonly string[]).includes(v) || v === "incomplete",
  ),
});
export type ProjectFilters = z.infer<typeof projectFiltersSchema>;

const PROJECT_CODE = /^[A-Z]{1,2}\d{4,6}$/;
export const MAX_COMPARED = 4;

/** "S21894,S22821" → up to four distinct project codes; anything else is dropped. */
export const compareCodesSchema = z
  .unknown()
  .transform((value) => (Array.isArray(value) ? value.join(",") : typeof value === "string" ? value : ""))
  .transform((value) => [...new Set(value.split(",").map((code) => code.trim().toUpperCase()))])
  .transform((codes) => codes.filter((code) => PROJECT_CODE.test(code)).slice(0, MAX_COMPARED));

export const projectListSchema = projectFiltersSchema.extend({
  /** The comparison being built while browsing, carried along in the search URL. */
  compare: compareCodesSchema.optional().transform((codes) => codes ?? []),
  sort: z.preprocess(first, z.enum(SORTS).optional()).catch(undefined),
  page: z.preprocess(first, z.coerce.number().int().min(1).max(100_000).default(1)).catch(1),
});
export type ProjectListParams = z.infer<typeof projectListSchema>;

export type RawSearchParams = Record<string, string | string[] | undefined>;

const LIST_KEYS = new Set([...LIST_FACETS, "quality"]);

export function parseProjectList(raw: RawSearchParams | URLSearchParams): ProjectListParams {
  const source = raw instanceof URLSearchParams ? fromURLSearchParams(raw) : raw;
  // A list parameter given once arrives as a string; make every list an array.
  const normalised = Object.fromEntries(
    Object.entries(source).map(([key, value]) => [
      key,
      LIST_KEYS.has(key) && typeof value === "string" ? [value] : value,
    ]),
  );
  return projectListSchema.parse(normalised);
}

export function fromURLSearchParams(params: URLSearchParams): RawSearchParams {
  const result: RawSearchParams = {};
  for (const key of new Set(params.keys())) {
    const values = params.getAll(key);
    result[key] = values.length === 1 ? values[0] : values;
  }
  return result;
}

/** Page search parameters back to URLSearchParams, every value kept. */
export function toURLSearchParams(raw: RawSearchParams): URLSearchParams {
  const params = new URLSearchParams();
  for (const [key, value] of Object.entries(raw)) {
    for (const item of Array.isArray(value) ? value : value === undefined ? [] : [value])
      params.append(key, item);
  }
  return params;
}

/** The effective sort: relevance only means something with a text query. */
export function effectiveSort(params: ProjectListParams): Sort {
  if (params.sort && !(params.sort === "relevance" && !params.q)) return params.sort;
  return params.q ? "relevance" : "name";
}

/** Writes filters (and optionally sort and page) back as URL parameters, defaults left out. */
export function projectFiltersToQuery(params: Partial<ProjectListParams>): URLSearchParams {
  const query = new URLSearchParams();
  for (const [key, value] of Object.entries(params)) {
    if (value === undefined || value === null) continue;
    if (key === "page" && value === 1) continue;
    if (key === "compare" && Array.isArray(value)) {
      if (value.length > 0) query.set(key, value.join(","));
    } else if (Array.isArray(value)) value.forEach((item) => query.append(key, String(item)));
    else query.set(key, String(value));
  }
  return query;
}

/** Only the filters: no sort, page or comparison (for downloads and the dashboards). */
export function filterQuery(params: Partial<ProjectListParams>): string {
  return projectFiltersToQuery({ ...params, sort: undefined, page: 1, compare: [] }).toString();
}

export function hasActiveFilters(filters: ProjectFilters): boolean {
  return filterQuery(filters) !== "";
}
