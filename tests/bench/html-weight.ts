/**
 * How much of a page's HTML is React's hydration data: the RSC flight payload the App Router
 * inlines as `self.__next_f.push(…)` scripts (the server components' tree and every client
 * component's props, sent again beside the HTML they produced).
 */
export function flightBytes(html: string): number {
  let total = 0;
  for (const match of html.matchAll(/<script[^>]*>self\.__next_f\.push\(([\s\S]*?)\)<\/script>/g))
    total += Buffer.byteLength(match[1]!);
  return total;
}
