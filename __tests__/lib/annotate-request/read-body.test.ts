import { readLimitedBody } from "@/lib/annotate-request/read-body";

const request = (body: BodyInit, headers: Record<string, string> = {}) =>
  new Request("http://127.0.0.1/", { method: "POST", body, headers, duplex: "half" } as RequestInit);

describe("readLimitedBody", () => {
  it("reads a body within the limit as UTF-8 text", async () => {
    expect(await readLimitedBody(request("сот"), 6)).toEqual({ ok: true, text: "сот" });
  });

  it("counts bytes, not characters: a Kazakh letter is two", async () => {
    expect(await readLimitedBody(request("сот"), 5)).toEqual({ ok: false, reason: "tooLarge" });
  });

  it("trusts a Content-Length over the limit without reading", async () => {
    expect(await readLimitedBody(request("{}", { "content-length": "100" }), 10)).toEqual({ ok: false, reason: "tooLarge" });
  });

  it("stops reading a stream as soon as it passes the limit", async () => {
    let pulls = 0;
    const stream = new ReadableStream<Uint8Array>({
      pull(controller) {
        pulls++;
        controller.enqueue(new Uint8Array(100));
      },
    });
    expect(await readLimitedBody(request(stream), 250)).toEqual({ ok: false, reason: "tooLarge" });
    expect(pulls).toBeLessThan(6);
  });
});
