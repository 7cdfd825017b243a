/**
 * A dynamic path segment (`/projects/[code]`, `/organisations/[businessId]`) as Next hands it
 * over: already percent-decoded once. Decoding it again is what made `/projects/%25` a 500
 * (`decodeURIComponent("%")` throws). A segment no record can have — control characters (a NUL
 * reaches PostgreSQL as an error), a replacement character left by invalid UTF-8, a leftover
 * `%`, or more than 64 characters — is `null`: the page answers 404, the API 404 as well.
 */
const MAX_LENGTH = 64;
const IMPOSSIBLE = /[\u0000-\u001f\u007f-\u009f\ufffd%]|\p{Cs}/u;

export function routeSegment(raw: string): string | null {
  // \p{Cs}: a lone surrogate, which no valid UTF-8 decodes to.
  return raw.length === 0 || raw.length > MAX_LENGTH || IMPOSSIBLE.test(raw) ? null : raw;
}
