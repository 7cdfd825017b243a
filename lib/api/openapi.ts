/**
 * The OpenAPI 3.1 document of the public API, generated from the zod schemas that validate the
 * records and describe the parameters (zod's own JSON Schema output, draft 2020-12, which is
 * OpenAPI 3.1's dialect) and from the endpoint list. Nothing here is written by hand twice.
 */
import { z } from "zod";
import { projectRecordSchema, projectWithWebPagesSchema } from "../schemas/record";
import { API_ENDPOINTS, type ApiEndpoint, type ApiResponse, type ComponentName } from "./endpoints";
import { apiErrorBodySchema } from "./errors";
import type { QueryParameter } from "./parameters";

const COMPONENT_SCHEMAS: Record<ComponentName, z.ZodType> = {
  ProjectRecord: projectRecordSchema,
  ProjectWithWebPages: projectWithWebPagesSchema,
  Error: apiErrorBodySchema,
};

type JsonSchema = Record<string, unknown>;

function jsonSchema(schema: z.ZodType, io: "input" | "output" = "output"): JsonSchema {
  const generated: JsonSchema = z.toJSONSchema(schema, {
    target: "draft-2020-12",
    io,
    unrepresentable: "any",
  });
  // Components and parameters take the document's dialect; a $schema of their own is noise.
  delete generated.$schema;
  return generated;
}

const ref = (name: ComponentName) => ({ $ref: `#/components/schemas/${name}` });

function bodySchema(response: ApiResponse): JsonSchema {
  const body = response.body;
  if (body.kind === "text") return { type: "string" };
  if (body.kind === "object") return { type: "object" };
  return body.array ? { type: "array", items: ref(body.name) } : ref(body.name);
}

function queryParameter(parameter: QueryParameter) {
  return {
    name: parameter.name,
    in: "query",
    required: false,
    ...(parameter.repeated ? { style: "form", explode: true } : {}),
    schema: jsonSchema(parameter.schema, "input"),
    ...(parameter.example === undefined
      ? {}
      : { example: parameter.repeated ? [parameter.example] : parameter.example }),
  };
}

const VALIDATORS = {
  ETag: { description: "The data version the response was made from.", schema: { type: "string" } },
  "Last-Modified": { description: "When the data last changed.", schema: { type: "string" } },
};

function operation(endpoint: ApiEndpoint) {
  const responses: Record<string, unknown> = {};
  for (const response of endpoint.responses) {
    responses[String(response.status)] = {
      description: response.description,
      ...(endpoint.conditional && response.status === 200 ? { headers: VALIDATORS } : {}),
      content: { [response.contentType]: { schema: bodySchema(response) } },
    };
  }
  if (endpoint.conditional) {
    responses["304"] = {
      description: "Not modified: the data has not changed since the ETag or date the request named.",
      headers: VALIDATORS,
    };
  }
  const conditionalHeaders = endpoint.conditional
    ? [
        { name: "If-None-Match", in: "header", required: false, schema: { type: "string" } },
        { name: "If-Modified-Since", in: "header", required: false, schema: { type: "string" } },
      ]
    : [];
  return {
    operationId: endpoint.id,
    summary: endpoint.summary,
    parameters: [
      ...endpoint.pathParameters.map((parameter) => ({
        name: parameter.name,
        in: "path",
        required: true,
        description: parameter.description,
        schema: jsonSchema(parameter.schema, "input"),
      })),
      ...endpoint.query.map(queryParameter),
      ...conditionalHeaders,
    ],
    responses,
  };
}

/** The whole document; `serverUrl` is where the registry answers (the request's origin). */
export function buildOpenApiDocument(serverUrl: string) {
  return {
    openapi: "3.1.0",
    info: {
      title: "ESF project registry API",
      version: "1.0.0",
      description:
        "Open data on projects of the European Social Fund in Finland. Lists take the search page's parameters; unknown parameters and unusable values are a 400 naming them. Every error body carries `error`, a machine-readable `code` and `details`.",
      license: { name: "CC BY 4.0", identifier: "CC-BY-4.0" },
    },
    servers: [{ url: serverUrl }],
    paths: Object.fromEntries(API_ENDPOINTS.map((endpoint) => [endpoint.path, { get: operation(endpoint) }])),
    components: {
      schemas: Object.fromEntries(
        Object.entries(COMPONENT_SCHEMAS).map(([name, schema]) => [name, jsonSchema(schema)]),
      ),
    },
  };
}
