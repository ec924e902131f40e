import { decodeUtf8, stripBom } from "@/lib/text/utf8";

describe("UTF-8 decoding", () => {
  it("decodes UTF-8 and keeps a byte-order mark for the caller to strip", () => {
    const decoded = decodeUtf8(new Uint8Array([0xef, 0xbb, 0xbf, ...new TextEncoder().encode("сот")]));
    expect(decoded).toEqual({ ok: true, text: "\ufeffсот" });
    expect(stripBom(decoded.ok ? decoded.text : "")).toBe("сот");
  });

  it("names the line and byte where the bytes stop being UTF-8, instead of writing U+FFFD", () => {
    const bytes = new Uint8Array([...new TextEncoder().encode("бір\nекі\n"), 0xd1, 0x0a]);
    expect(decodeUtf8(bytes)).toEqual({ ok: false, byte: 14, line: 3 });
    // A UTF-16 surrogate encoded as UTF-8 (CESU) is not UTF-8 either.
    expect(decodeUtf8(new Uint8Array([0x61, 0xed, 0xa0, 0x80]))).toEqual({ ok: false, byte: 1, line: 1 });
  });
});
