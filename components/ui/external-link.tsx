import { externalHref } from "@/lib/http/external-link";

/** An address from a document: a link when it is an http(s) address, otherwise plain text. */
export function ExternalLink({ address }: { address: string }) {
  const href = externalHref(address);
  return href ? <a href={href}>{address}</a> : <span>{address}</span>;
}
