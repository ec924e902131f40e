// The POST /api/annotate contract, called through the route handler itself: every status the
// API answers, each with a JSON body.
import { GET, POST, PUT } from "@/app/api/annotate/route";
import { MAX_BODY_BYTES } from "@/lib/annotate-request/limits";

const URL_ = "http://127.0.0.1/api/annotate";

function post(body: BodyInit | null, headers: Record<string, string> = { "content-type": "application/json" }) {
  return POST(new Request(URL_, { method: "POST", headers, body, duplex: "half" } as RequestInit));
}

async function expectError(response: Response, status: number, mentions: RegExp) {
  expect(response.status).toBe(status);
  expect(response.headers.get("content-type")).toMatch(/^application\/json/);
  const body = (await response.json()) as { error?: unknown };
  expect(typeof body.error).toBe("string");
  expect(body.error).toMatch(mentions);
}

describe("POST /api/annotate", () => {
  it("answers the spans of a Kazakh text in the command line's format", async () => {
    const text = "Бүгін алқабилер сотының отырысы өтті.";
    const response = await post(JSON.stringify({ text, lang: "kk" }));
    expect(response.status).toBe(200);
    const { spans } = (await response.json()) as { spans: { start: number; end: number; termId: string; text: string }[] };
    expect(spans).toContainEqual(expect.objectContaining({ start: 6, end: 23, termId: "jury-trial", text: "алқабилер сотының" }));
    for (const span of spans) expect(text.slice(span.start, span.end)).toBe(span.text);
  });

  it("annotates Russian and English text too", async () => {
    const ru = await (await post(JSON.stringify({ text: "Работа суда присяжных.", lang: "ru" }))).json();
    expect(ru.spans).toContainEqual(expect.objectContaining({ termId: "jury-trial", text: "суда присяжных" }));
    const en = await (await post(JSON.stringify({ text: "A jury trial was held.", lang: "en" }))).json();
    expect(en.spans).toContainEqual(expect.objectContaining({ termId: "jury-trial", text: "jury trial" }));
  });

  it("accepts an empty text and a charset in the content type", async () => {
    const response = await post(JSON.stringify({ text: "", lang: "kk" }), { "content-type": "application/json; charset=utf-8" });
    expect(response.status).toBe(200);
    expect(await response.json()).toEqual({ spans: [] });
  });

  it("refuses a body whose declared length is over 1 MB with 413, without reading it", async () => {
    const response = await post("{}", { "content-type": "application/json", "content-length": String(MAX_BODY_BYTES + 1) });
    await expectError(response, 413, /1 MB/);
  });

  it("refuses with 413 a streamed body that turns out larger than 1 MB", async () => {
    let sent = 0;
    const chunk = new TextEncoder().encode(`"${"а".repeat(32 * 1024)}`);
    const stream = new ReadableStream<Uint8Array>({
      pull(controller) {
        // Would go on for 8 MB; the reader must stop soon after 1 MB.
        if (sent > 8 * MAX_BODY_BYTES) return controller.close();
        sent += chunk.byteLength;
        controller.enqueue(chunk);
      },
    });
    const response = await post(stream);
    await expectError(response, 413, /limit/);
    expect(sent).toBeLessThan(MAX_BODY_BYTES + 4 * chunk.byteLength);
  });

  it("accepts a body just under the limit", async () => {
    const padding = "а".repeat(Math.floor((MAX_BODY_BYTES - 100) / 2));
    const response = await post(JSON.stringify({ text: padding, lang: "kk" }));
    expect(response.status).toBe(200);
  });

  it.each([
    ["malformed JSON", '{"text": "сот"', /not valid JSON/],
    ["a JSON array", '["сот"]', /JSON object/],
    ["a missing text", '{"lang": "kk"}', /"text" is missing/],
    ["a text that is not a string", '{"text": 5, "lang": "kk"}', /"text" must be a string/],
    ["an unknown lang", '{"text": "сот", "lang": "de"}', /"lang" must be one of "kk", "ru", "en"/],
    ["a missing lang", '{"text": "сот"}', /"lang"/],
  ])("refuses %s with 400", async (_what, body, mentions) => {
    await expectError(await post(body), 400, mentions);
  });

  it("refuses a body that is not UTF-8 with 400", async () => {
    await expectError(await post(new Uint8Array([0x7b, 0xff, 0xfe, 0x7d])), 400, /UTF-8/);
  });

  it.each([["text/plain"], ["application/x-www-form-urlencoded"], ["multipart/form-data; boundary=x"]])(
    "refuses content type %s with 415",
    async (type) => {
      await expectError(await post('{"text": "сот", "lang": "kk"}', { "content-type": type }), 415, /application\/json/);
    },
  );

  it("refuses a request without a content type with 415", async () => {
    await expectError(await post('{"text": "сот", "lang": "kk"}', {}), 415, /Content-Type/);
  });
});

describe("other methods on /api/annotate", () => {
  it.each([
    ["GET", GET],
    ["PUT", PUT],
  ])("answers %s with 405 and says POST is allowed", async (_method, handler) => {
    const response = handler();
    await expectError(response, 405, /POST/);
    expect(response.headers.get("allow")).toBe("POST");
  });
});
