import { buildOpenApiDocument } from "@/lib/api/openapi";

export const dynamic = "force-dynamic";

/** The OpenAPI 3.1 document of this API, generated from the schemas that validate it. */
export async function GET(request: Request) {
  const document = buildOpenApiDocument(new URL(request.url).origin);
  return Response.json(document, { headers: { "Access-Control-Allow-Origin": "*" } });
}
