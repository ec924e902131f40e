// Decoding files and input as UTF-8 without guessing: a byte sequence that is not UTF-8 is
// reported (with the line it stands on), never replaced by U+FFFD in silence.

export type Decoded = { ok: true; text: string } | { ok: false; byte: number; line: number };

const fatal = new TextDecoder("utf-8", { fatal: true, ignoreBOM: true });

/** The bytes as text (a leading byte-order mark is kept: callers decide), or where they stop being UTF-8. */
export function decodeUtf8(bytes: Uint8Array): Decoded {
  try {
    return { ok: true, text: fatal.decode(bytes) };
  } catch {
    const byte = firstInvalidByte(bytes);
    let line = 1;
    for (let i = 0; i < byte; i++) if (bytes[i] === 0x0a) line++;
    return { ok: false, byte, line };
  }
}

/** Index of the first byte that does not begin or continue a valid UTF-8 sequence. */
function firstInvalidByte(bytes: Uint8Array): number {
  let i = 0;
  while (i < bytes.length) {
    const b = bytes[i]!;
    const length = b < 0x80 ? 1 : b >= 0xc2 && b <= 0xdf ? 2 : b >= 0xe0 && b <= 0xef ? 3 : b >= 0xf0 && b <= 0xf4 ? 4 : 0;
    if (length === 0 || i + length > bytes.length) return i;
    if (length > 1) {
      try {
        fatal.decode(bytes.subarray(i, i + length));
      } catch {
        return i;
      }
    }
    i += length;
  }
  return bytes.length;
}

/** Text without its leading byte-order mark: offsets then count from the first real character. */
export const stripBom = (text: string): string => (text.charCodeAt(0) === 0xfeff ? text.slice(1) : text);
