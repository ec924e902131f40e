// Reads a request body as UTF-8 without ever holding more than a byte limit: the declared
// Content-Length is checked first, then the bytes are counted as they arrive, because a client
// may send more than it declares (or declare nothing). Takes any async iterable of bytes (a
// Node request, a web ReadableStream), so it stays free of the HTTP framework.

export type BodyResult = { ok: true; text: string } | { ok: false; reason: "tooLarge" | "notUtf8" };

export interface BodySource {
  /** The Content-Length header as sent, if any. */
  contentLength: string | null | undefined;
  chunks: AsyncIterable<Uint8Array>;
}

export async function readLimitedBody({ contentLength, chunks }: BodySource, maxBytes: number): Promise<BodyResult> {
  if (contentLength != null && Number(contentLength) > maxBytes) return { ok: false, reason: "tooLarge" };
  // Pulled by hand: past the limit we just stop asking for more. Ending the iteration instead
  // would destroy a Node request together with its socket, and the 413 could not be answered.
  const iterator = chunks[Symbol.asyncIterator]();
  const parts: Uint8Array[] = [];
  let received = 0;
  for (;;) {
    const { done, value } = await iterator.next();
    if (done) break;
    received += value.byteLength;
    if (received > maxBytes) return { ok: false, reason: "tooLarge" };
    parts.push(value);
  }
  const bytes = new Uint8Array(received);
  let offset = 0;
  for (const part of parts) {
    bytes.set(part, offset);
    offset += part.byteLength;
  }
  try {
    return { ok: true, text: new TextDecoder("utf-8", { fatal: true }).decode(bytes) };
  } catch {
    return { ok: false, reason: "notUtf8" };
  }
}
