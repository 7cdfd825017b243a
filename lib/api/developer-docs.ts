/**
 * The developers' page as data: every endpoint of lib/api/endpoints.ts with its parameters
 * (value rules read from their JSON Schema), responses and clickable example requests.
 */
import { z } from "zod";
import { API_ENDPOINTS, type ExampleRequest } from "./endpoints";
import { API_ERROR_CODES, API_ERROR_STATUS, type ApiErrorCode } from "./errors";

export interface ParameterDoc {
  name: string;
  in: "path" | "query";
  repeated: boolean;
  values: string;
  /** An example request using this parameter alone (with the path's example). */
  exampleHref?: string;
}

export interface EndpointDoc {
  id: string;
  path: string;
  conditional: boolean;
  parameters: ParameterDoc[];
  responses: { status: number; contentType: string; codes: ApiErrorCode[] }[];
  examples: ExampleRequest[];
}

type JsonSchema = {
  type?: string;
  enum?: unknown[];
  minimum?: number;
  maximum?: number;
  minLength?: number;
  maxLength?: number;
  pattern?: string;
  items?: JsonSchema;
};

/** "integer 1990–2100", "yes | no", "text (1–200 characters)": a parameter's values, briefly. */
export function describeValues(schema: z.ZodType): string {
  let json = z.toJSONSchema(schema, { io: "input", unrepresentable: "any" }) as JsonSchema;
  if (json.type === "array" && json.items) json = json.items;
  if (json.enum) return json.enum.join(" | ");
  if (json.type === "integer" || json.type === "number") {
    const range = [json.minimum ?? "", json.maximum ?? ""].join("–");
    return `${json.type} ${range}`.trim();
  }
  if (json.pattern) return `text /${json.pattern}/`;
  if (json.maxLength !== undefined) return `text ${json.minLength ?? 0}–${json.maxLength}`;
  return json.type ?? "text";
}

export function developerDocs(): EndpointDoc[] {
  return API_ENDPOINTS.map((endpoint) => {
    const base = (endpoint.examples[0]?.href ?? endpoint.path).split("?")[0]!;
    return {
      id: endpoint.id,
      path: endpoint.path,
      conditional: endpoint.conditional,
      parameters: [
        ...endpoint.pathParameters.map((parameter): ParameterDoc => ({
          name: parameter.name,
          in: "path",
          repeated: false,
          values: describeValues(parameter.schema),
          exampleHref: base,
        })),
        ...endpoint.query.map((parameter): ParameterDoc => ({
          name: parameter.name,
          in: "query",
          repeated: parameter.repeated,
          values: describeValues(parameter.schema),
          exampleHref:
            parameter.example === undefined
              ? undefined
              : `${base}?${new URLSearchParams({ [parameter.name]: parameter.example })}`,
        })),
      ],
      responses: endpoint.responses.map((response) => ({
        status: response.status,
        contentType: response.contentType,
        codes: response.codes ?? [],
      })),
      examples: endpoint.examples,
    };
  });
}

/** Each error code with an example request that answers with it (from the endpoints' examples). */
export function errorDocs(): { code: ApiErrorCode; status: number; exampleHref?: string }[] {
  const examples = API_ENDPOINTS.flatMap((endpoint) => endpoint.examples);
  return API_ERROR_CODES.map((code) => ({
    code,
    status: API_ERROR_STATUS[code],
    exampleHref: examples.find((example) => example.status === API_ERROR_STATUS[code])?.href,
  }));
}
