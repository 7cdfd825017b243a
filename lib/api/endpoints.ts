/**
 * The public API described as data: each endpoint's path, parameters, responses and example
 * requests. The OpenAPI document (lib/api/openapi.ts), the developers' page and the test that
 * runs every example all read this list, so none of them can drift from the others.
 */
import { z } from "zod";
import { PROJECT_CODE } from "../domain/project-code";
import { EXPORT_FILE, EXPORT_VERSION } from "../exports/manifest";
import { STAT_TABLE_IDS } from "../tables";
import type { ApiErrorCode } from "./errors";
import {
  FILTER_PARAMETERS,
  LANG_PARAMETER,
  ORDER_PARAMETER,
  SORT_PARAMETER,
  type QueryParameter,
} from "./parameters";

/** A schema in the document's components (see COMPONENT_SCHEMAS in openapi.ts). */
export type ComponentName = "ProjectRecord" | "ProjectWithWebPages" | "Error";

export type ResponseBody =
  { kind: "component"; name: ComponentName; array?: boolean } | { kind: "text" } | { kind: "object" };

export interface ApiResponse {
  status: number;
  contentType: string;
  body: ResponseBody;
  description: string;
  /** The error codes this response carries (error responses only). */
  codes?: ApiErrorCode[];
}

export interface PathParameter {
  name: string;
  schema: z.ZodType;
  description: string;
}

export interface ExampleRequest {
  /** Path and query, as a client sends it. */
  href: string;
  status: number;
}

export interface ApiEndpoint {
  /** Names the endpoint's messages (`developers.endpoint.<id>`) and its OpenAPI operationId. */
  id: string;
  path: string;
  summary: string;
  pathParameters: PathParameter[];
  query: QueryParameter[];
  /** Answers with ETag and Last-Modified and honours If-None-Match / If-Modified-Since (304). */
  conditional: boolean;
  responses: ApiResponse[];
  examples: ExampleRequest[];
}

const badParameters: ApiResponse = {
  status: 400,
  contentType: "application/json",
  body: { kind: "component", name: "Error" },
  description: "An unknown parameter or a value that cannot be used; `details` names each.",
  codes: ["invalid_parameters"],
};
const notFound = (what: string): ApiResponse => ({
  status: 404,
  contentType: "application/json",
  body: { kind: "component", name: "Error" },
  description: `No such ${what}.`,
  codes: ["not_found"],
});

export const API_ENDPOINTS: ApiEndpoint[] = [
  {
    id: "projectsJson",
    path: "/api/projects.json",
    summary:
      "The canonical records of every project matching the filters (the search page's parameters), in the order of `sort`, as one JSON array, streamed, no row cap.",
    pathParameters: [],
    query: [...FILTER_PARAMETERS, SORT_PARAMETER],
    conditional: true,
    responses: [
      {
        status: 200,
        contentType: "application/json",
        body: { kind: "component", name: "ProjectWithWebPages", array: true },
        description: "The matching projects' records.",
      },
      badParameters,
    ],
    examples: [
      { href: "/api/projects.json?region=Pohjois-Savo&sort=planned", status: 200 },
      { href: "/api/projects.json?q=digitalisaatio&axis=3", status: 200 },
      { href: "/api/projects.json?regio=Kainuu", status: 400 },
    ],
  },
  {
    id: "projectsCsv",
    path: "/api/projects.csv",
    summary:
      "One row per matching project (the search page's parameters) as CSV, UTF-8 with a byte-order mark, streamed, no row cap.",
    pathParameters: [],
    query: [...FILTER_PARAMETERS, SORT_PARAMETER],
    conditional: true,
    responses: [
      { status: 200, contentType: "text/csv", body: { kind: "text" }, description: "The rows." },
      badParameters,
    ],
    examples: [
      { href: "/api/projects.csv?fund=ESF&startFrom=2015", status: 200 },
      { href: "/api/projects.csv?plannedMin=many", status: 400 },
    ],
  },
  {
    id: "project",
    path: "/api/projects/{code}",
    summary: "One project's canonical record, with what its own web pages tell and list (`webPages`).",
    pathParameters: [
      {
        name: "code",
        schema: z.string().regex(PROJECT_CODE),
        description: "The project code, such as S21894.",
      },
    ],
    query: [],
    conditional: true,
    responses: [
      {
        status: 200,
        contentType: "application/json",
        body: { kind: "component", name: "ProjectWithWebPages" },
        description: "The record and its web pages.",
      },
      notFound("project"),
    ],
    examples: [
      { href: "/api/projects/S21894", status: 200 },
      { href: "/api/projects/S99999", status: 404 },
    ],
  },
  {
    id: "table",
    path: "/api/tables/{file}",
    summary:
      "One statistics table of the funding or principles page as CSV (UTF-8 with a byte-order mark) for the filtered projects: raw figures, shares as fractions, headers in `lang`, rows in `order`.",
    pathParameters: [
      {
        name: "file",
        schema: z.enum(STAT_TABLE_IDS.map((id) => `${id}.csv`) as [string, ...string[]]),
        description: "The table's id followed by .csv.",
      },
    ],
    query: [...FILTER_PARAMETERS, LANG_PARAMETER, ORDER_PARAMETER],
    conditional: true,
    responses: [
      { status: 200, contentType: "text/csv", body: { kind: "text" }, description: "The table." },
      badParameters,
      notFound("table"),
    ],
    examples: [
      { href: "/api/tables/funding-axis.csv?region=Pohjois-Savo&lang=en", status: 200 },
      { href: "/api/tables/funding-axis.csv?order=funding-axis.nothing.asc", status: 400 },
      { href: "/api/tables/nothing.csv", status: 404 },
    ],
  },
  {
    id: "feed",
    path: "/projects/feed.xml",
    summary:
      "The search's Atom feed (the search page's parameters): the 50 most recently created or changed matching projects, newest first, each linking to its page. English pages: /en/projects/feed.xml.",
    pathParameters: [],
    query: FILTER_PARAMETERS,
    conditional: true,
    responses: [
      { status: 200, contentType: "application/atom+xml", body: { kind: "text" }, description: "The feed." },
      badParameters,
    ],
    examples: [
      { href: "/projects/feed.xml?region=Kainuu", status: 200 },
      { href: "/projects/feed.xml?startTo=later", status: 400 },
    ],
  },
  {
    id: "exportFile",
    path: "/api/exports/{version}/{file}",
    summary:
      "One open-data file of the whole registry (listed on /data with its size, row count and SHA-256): a CSV per table, data_dictionary.csv or projects.jsonl. Written after each import that changed the data; `latest` names the newest version.",
    pathParameters: [
      {
        name: "version",
        schema: z.union([z.literal("latest"), z.string().regex(EXPORT_VERSION)]),
        description: "The data version (such as 20261123T201212123Z), or latest.",
      },
      {
        name: "file",
        schema: z.string().regex(EXPORT_FILE),
        description: "The file's name, such as project.csv.",
      },
    ],
    query: [],
    conditional: false,
    responses: [
      { status: 200, contentType: "application/jsonl", body: { kind: "text" }, description: "The file." },
      notFound("file"),
    ],
    examples: [
      { href: "/api/exports/latest/projects.jsonl", status: 200 },
      { href: "/api/exports/latest/nothing.csv", status: 404 },
    ],
  },
  {
    id: "openapi",
    path: "/api/openapi.json",
    summary: "This description of the API as an OpenAPI 3.1 document.",
    pathParameters: [],
    query: [],
    conditional: false,
    responses: [
      {
        status: 200,
        contentType: "application/json",
        body: { kind: "object" },
        description: "The document.",
      },
    ],
    examples: [{ href: "/api/openapi.json", status: 200 }],
  },
];
