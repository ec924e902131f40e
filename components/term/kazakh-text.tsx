"use client";
// A piece of Kazakh text (an article's title, a term) in the reader's script: Cyrillic from the
// server, Latin in the browser once the reader's choice is known (kazakh-script.tsx).
import type { HTMLAttributes } from "react";
import { kazakhLangTag, showKazakhIn, useKazakhScript } from "./kazakh-script";

type Props = { text: string; as?: "span" | "h1" | "p" | "strong" } & Omit<HTMLAttributes<HTMLElement>, "lang" | "children">;

export function KazakhText({ text, as: Tag = "span", ...rest }: Props) {
  const script = useKazakhScript();
  return (
    <Tag {...rest} lang={kazakhLangTag(script)}>
      {showKazakhIn(script)(text)}
    </Tag>
  );
}
