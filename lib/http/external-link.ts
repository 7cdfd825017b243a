/**
 * An address from a document (`WWW-osoite`) as a link target, or `null` when it must be shown as
 * text: only http(s) addresses become links. A bare host (`www.esimerkki.fi`) gets `https://`;
 * `javascript:`, `data:`, `mailto:` or anything unparseable is not a link.
 */
const SCHEME = /^([a-z][a-z0-9+.-]*):/i;
const WHITESPACE_OR_CONTROL = /[\s\u0000-\u001f\u007f]/;

export function externalHref(value: string): string | null {
  const address = value.trim();
  if (address === "" || WHITESPACE_OR_CONTROL.test(address)) return null;
  const scheme = SCHEME.exec(address)?.[1]?.toLowerCase();
  // "www.esimerkki.fi:8080/x" reads as a scheme but is a host with a port: a scheme has no dot.
  const bareHost = scheme === undefined || scheme.includes(".");
  if (!bareHost && scheme !== "http" && scheme !== "https") return null;
  const candidate = bareHost ? `https://${address}` : address;
  try {
    const url = new URL(candidate);
    if (url.protocol !== "http:" && url.protocol !== "https:") return null;
    if (!url.hostname.includes(".")) return null;
    return url.href;
  } catch {
    return null;
  }
}
