/**
 * HTTP validators from the data version: API responses carry an ETag and Last-Modified, and a
 * request naming the current ones (If-None-Match, or else If-Modified-Since) gets a bodiless 304,
 * so clients and caches never download unchanged data again.
 */
import "server-only";
import { createHash } from "node:crypto";
import { getDataVersion } from "../queries/data-version-cache";

export interface Validators {
  etag: string;
  lastModified: string;
  changedAt: Date;
}

export async function currentValidators(): Promise<Validators> {
  const { version, changedAt } = await getDataVersion();
  const hash = createHash("sha256").update(version).digest("base64url").slice(0, 22);
  // Weak: the same data, though a representation's bytes are not promised to be identical.
  return { etag: `W/"${hash}"`, lastModified: changedAt.toUTCString(), changedAt };
}

const opaque = (tag: string) => tag.trim().replace(/^W\//, "");

/** Whether the request's conditions say the client already has this data (RFC 9110 §13.1). */
export function isNotModified(request: Request, validators: Validators): boolean {
  const noneMatch = request.headers.get("if-none-match");
  if (noneMatch !== null) {
    const wanted = opaque(validators.etag);
    return noneMatch.split(",").some((tag) => tag.trim() === "*" || opaque(tag) === wanted);
  }
  const since = Date.parse(request.headers.get("if-modified-since") ?? "");
  // HTTP dates have whole seconds.
  return !Number.isNaN(since) && Math.floor(validators.changedAt.getTime() / 1000) * 1000 <= since;
}

function validatorHeaders(validators: Validators): Record<string, string> {
  return {
    ETag: validators.etag,
    "Last-Modified": validators.lastModified,
    // Caches may keep the response but must ask (cheaply, with the validators) before reusing it.
    "Cache-Control": "public, no-cache",
  };
}

export function notModifiedResponse(validators: Validators): Response {
  return new Response(null, { status: 304, headers: validatorHeaders(validators) });
}

/** `response` with the validators set. */
export function withValidators(response: Response, validators: Validators): Response {
  for (const [name, value] of Object.entries(validatorHeaders(validators))) response.headers.set(name, value);
  return response;
}

/**
 * Runs `respond` unless the client already has the current data: the one call every
 * conditional route makes once its parameters are checked.
 */
export async function respondConditionally(
  request: Request,
  respond: () => Promise<Response>,
): Promise<Response> {
  const validators = await currentValidators();
  if (isNotModified(request, validators)) return notModifiedResponse(validators);
  return withValidators(await respond(), validators);
}
