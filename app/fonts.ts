// The one text face, Noto Sans 400, self-hosted from @fontsource through next/font/local, which
// serves each file under a hashed, immutable address and puts a <link rel="preload"> for it in
// every page's head: the first page a reader opens gets the face in time, not a fallback (with
// font-display: optional a font that has not arrived at first paint is never swapped in, which
// spares the reader a text that jumps; preloading is what makes it arrive). Four subsets, each
// only for its characters (unicode-range): cyrillic-ext holds ә ғ қ ң ө ұ ү һ і, latin-ext the
// 2021 Latin letters ğ ş ū İ. latin-ext (56 KB, the largest) is not preloaded: the first paint is
// always the server's Cyrillic text, and preloading it cost every page's largest paint about
// 0.4 s on Lighthouse's phone. The Latin view comes only after the page has started, so
// latin-ext is swapped in when it arrives (display: swap) rather than left out for the page as
// optional would: ğ ş ū never come from another font in the middle of a word. Every stylesheet
// names the face as var(--font-text) (globals.css).
import localFont from "next/font/local";

export const notoLatin = localFont({
  src: "../node_modules/@fontsource/noto-sans/files/noto-sans-latin-400-normal.woff2",
  weight: "400",
  style: "normal",
  display: "optional",
  preload: true,
  adjustFontFallback: false,
  variable: "--font-noto-latin",
  declarations: [
    {
      prop: "unicode-range",
      value:
        "U+0000-00FF,U+0131,U+0152-0153,U+02BB-02BC,U+02C6,U+02DA,U+02DC,U+0304,U+0308,U+0329,U+2000-206F,U+20AC,U+2122,U+2191,U+2193,U+2212,U+2215,U+FEFF,U+FFFD",
    },
  ],
});

export const notoCyrillic = localFont({
  src: "../node_modules/@fontsource/noto-sans/files/noto-sans-cyrillic-400-normal.woff2",
  weight: "400",
  style: "normal",
  display: "optional",
  preload: true,
  adjustFontFallback: false,
  variable: "--font-noto-cyrillic",
  declarations: [{ prop: "unicode-range", value: "U+0301,U+0400-045F,U+0490-0491,U+04B0-04B1,U+2116" }],
});

export const notoCyrillicExt = localFont({
  src: "../node_modules/@fontsource/noto-sans/files/noto-sans-cyrillic-ext-400-normal.woff2",
  weight: "400",
  style: "normal",
  display: "optional",
  preload: true,
  adjustFontFallback: false,
  variable: "--font-noto-cyrillic-ext",
  declarations: [{ prop: "unicode-range", value: "U+0460-052F,U+1C80-1C8A,U+20B4,U+2DE0-2DFF,U+A640-A69F,U+FE2E-FE2F" }],
});

export const notoLatinExt = localFont({
  src: "../node_modules/@fontsource/noto-sans/files/noto-sans-latin-ext-400-normal.woff2",
  weight: "400",
  style: "normal",
  display: "swap",
  preload: false,
  adjustFontFallback: false,
  variable: "--font-noto-latin-ext",
  declarations: [
    {
      prop: "unicode-range",
      value:
        "U+0100-02BA,U+02BD-02C5,U+02C7-02CC,U+02CE-02D7,U+02DD-02FF,U+0304,U+0308,U+0329,U+1D00-1DBF,U+1E00-1E9F,U+1EF2-1EFF,U+2020,U+20A0-20AB,U+20AD-20C0,U+2113,U+2C60-2C7F,U+A720-A7FF",
    },
  ],
});

/** The class names that define the four faces' variables; set on <html>. */
export const fontVariables = [notoLatin, notoLatinExt, notoCyrillic, notoCyrillicExt].map((font) => font.variable).join(" ");
