/**
 * A response body pulled from an async source: the next piece is produced only when the client
 * has read the previous one, so a slow client holds the export back instead of making the server
 * buffer all of it. Cancelling (the client went away) stops the source.
 */
export function pullStream(source: AsyncIterable<string>): ReadableStream<Uint8Array> {
  const encoder = new TextEncoder();
  const iterator = source[Symbol.asyncIterator]();
  return new ReadableStream<Uint8Array>(
    {
      async pull(controller) {
        const next = await iterator.next();
        if (next.done) controller.close();
        else controller.enqueue(encoder.encode(next.value));
      },
      async cancel() {
        await iterator.return?.();
      },
    },
    // One piece queued ahead at most: the export waits for the client.
    { highWaterMark: 1 },
  );
}
