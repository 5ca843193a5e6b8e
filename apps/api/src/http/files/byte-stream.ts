/** A stored file's bytes as a response body, opened on the first read only: a HEAD answer, whose
 * body is cancelled unread, never opens the file, and a cancelled download closes it at once. */
export function byteStream(bytes: AsyncIterable<Uint8Array>): ReadableStream<Uint8Array> {
  let iterator: AsyncIterator<Uint8Array> | undefined;
  return new ReadableStream<Uint8Array>(
    {
      async pull(controller) {
        iterator ??= bytes[Symbol.asyncIterator]();
        const next = await iterator.next();
        if (next.done) controller.close();
        else controller.enqueue(next.value);
      },
      async cancel() {
        await iterator?.return?.();
      },
    },
    // Nothing is pulled before a reader asks.
    { highWaterMark: 0 },
  );
}
