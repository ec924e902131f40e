// Plain-ASCII spelling of Kazakh Latin text, so a search typed without the diacritics
// (Jogargy sot) finds Joğarğy sot: ä→a, ğ→g, ñ→n, ö→o, ū→u, ü→u, ı→i, ş→s, ç→c, İ→I.

/** Strips the diacritics of Latin letters (and maps dotless ı to i); other characters pass. */
export function toAsciiLatin(text: string): string {
  return text
    .normalize("NFD")
    .replace(/[\u0300-\u036f]/g, "")
    .replace(/ı/g, "i")
    .normalize("NFC");
}
