import { checkPageText } from "@/lib/annotate-request/check-text";
import { parseAnnotateRequest } from "@/lib/annotate-request/parse-request";
import { findLongMarkRun } from "@/lib/annotate-request/stream-safe";
import { refusalMessage } from "@/lib/problem-messages";
import { cliTranslate } from "@/lib/cli-i18n";

const body = (value: unknown) => ({
  contentType: "application/json",
  contentLength: undefined,
  chunks: (async function* () {
    yield new TextEncoder().encode(JSON.stringify(value));
  })(),
});

describe("the stream-safe rule for submitted text", () => {
  it("accepts 30 marks after a letter and finds the 31st, with the run's length", () => {
    expect(findLongMarkRun(`а${"\u0301".repeat(30)} б`)).toBeUndefined();
    expect(findLongMarkRun(`сот а${"\u0301".repeat(31)}`)).toEqual({ offset: 5 + 30, marks: 31 });
    expect(findLongMarkRun(`а${"\u0301\u0334".repeat(1000)}`)).toEqual({ offset: 31, marks: 2000 });
  });

  it("makes the API answer 422 naming the offset and the limit", async () => {
    const result = await parseAnnotateRequest(body({ text: `а${"\u0301".repeat(40)}`, lang: "kk" }));
    expect(result).toEqual({ ok: false, refusal: { status: 422, code: "tooManyMarks", params: { marks: 40, offset: 31, max: 30 } } });
    expect(result.ok || refusalMessage(result.refusal, cliTranslate("en"))).toMatch(/40 combining marks in a row at offset 31; at most 30/);
  });

  it("makes the /annotate form say what is wrong", () => {
    expect(checkPageText(`сот${"\u0334".repeat(31)}`, "kk")).toEqual({ ok: false, problem: { code: "tooManyMarks", offset: 33, marks: 31, max: 30 } });
  });
});
