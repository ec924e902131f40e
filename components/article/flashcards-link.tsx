"use client";
// The link to an article's flashcards, in the script the reader reads Kazakh in: the Cyrillic
// file from the server's HTML, the Latin one (flashcards-latn.csv) once the reader's choice is
// known in the browser.
import { useKazakhScript } from "@/components/term/kazakh-script";

export interface FlashcardsFiles {
  href: string;
  latinHref: string;
  label: string;
  latinLabel: string;
  /** The Cyrillic file's name; the Latin one's ends in -latn.csv. */
  file: string;
}

export function FlashcardsLink({ files }: { files: FlashcardsFiles }) {
  const latin = useKazakhScript() === "latn";
  return (
    <a href={latin ? files.latinHref : files.href} download={latin ? files.file.replace(/\.csv$/, "-latn.csv") : files.file}>
      {latin ? files.latinLabel : files.label}
    </a>
  );
}
