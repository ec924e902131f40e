import { Readable } from "node:stream";
import { readLimitedBody } from "@/lib/annotate-request/read-body";

async function* chunksOf(...parts: (string | Uint8Array)[]): AsyncGenerator<Uint8Array> {
  for (const part of parts) yield typeof part === "string" ? new TextEncoder().encode(part) : part;
}

describe("readLimitedBody", () => {
  it("reads a body within the limit as UTF-8 text, across chunk boundaries inside a letter", async () => {
    const bytes = new TextEncoder().encode("сот");
    const source = { contentLength: null, chunks: chunksOf(bytes.slice(0, 1), bytes.slice(1)) };
    expect(await readLimitedBody(source, 6)).toEqual({ ok: true, text: "сот" });
  });

  it("counts bytes, not characters: a Kazakh letter is two", async () => {
    expect(await readLimitedBody({ contentLength: undefined, chunks: chunksOf("сот") }, 5)).toEqual({ ok: false, reason: "tooLarge" });
  });

  it("trusts a Content-Length over the limit without reading", async () => {
    let read = false;
    async function* spy(): AsyncGenerator<Uint8Array> {
      read = true;
      yield new Uint8Array(1);
    }
    expect(await readLimitedBody({ contentLength: "100", chunks: spy() }, 10)).toEqual({ ok: false, reason: "tooLarge" });
    expect(read).toBe(false);
  });

  it("does not trust a Content-Length under the limit: the bytes are counted", async () => {
    expect(await readLimitedBody({ contentLength: "2", chunks: chunksOf("{}", "x".repeat(20)) }, 10)).toEqual({ ok: false, reason: "tooLarge" });
  });

  it("stops pulling an endless body as soon as it passes the limit", async () => {
    let pulls = 0;
    async function* endless(): AsyncGenerator<Uint8Array> {
      for (;;) {
        pulls++;
        yield new Uint8Array(100);
      }
    }
    expect(await readLimitedBody({ contentLength: null, chunks: endless() }, 250)).toEqual({ ok: false, reason: "tooLarge" });
    expect(pulls).toBe(3);
  });

  it("reads a Node stream (what the API route passes)", async () => {
    const stream = Readable.from([Buffer.from('{"text":'), Buffer.from('"сот"}')]);
    expect(await readLimitedBody({ contentLength: "17", chunks: stream }, 100)).toEqual({ ok: true, text: '{"text":"сот"}' });
  });

  it("refuses bytes that are not UTF-8", async () => {
    expect(await readLimitedBody({ contentLength: null, chunks: chunksOf(new Uint8Array([0x7b, 0xff, 0x7d])) }, 10)).toEqual({ ok: false, reason: "notUtf8" });
  });
});
