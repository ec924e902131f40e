// Builds the term index once per glossary and language: a trie over each term's words read from
// the last one backwards. The last word is found through the inflection the language's descriptor
// declares (lib/languages: Kazakh stem records + suffix chains, or form lists); the words before
// it are looked up exactly (or in their admitted forms), so finding terms costs time per word of
// text, whatever the number of entries.
import type { LangBlock } from "@/lib/glossary/schema";
import type { SuffixTag } from "@/lib/annotate/types";
import { CONTENT_LANGUAGES, languageOf, type ContentLanguage, type Lang, type WordForm } from "@/lib/languages";
import { harmonies, soundClass } from "@/lib/morphology/kk/phonology";
import { KkLexicon } from "@/lib/morphology/kk/lexicon";
import { realise, suffixDef } from "@/lib/morphology/kk/suffixes";
import { lemmatizeKk } from "@/lib/morphology/kk/analyze";
import { isAbbreviation, objectForms, possessiveBareStems, wordRecords } from "@/lib/morphology/kk/stems";
import { tokenize } from "@/lib/morphology/tokenize";
import { namesOf } from "@/lib/glossary/names";
import { startsWithCapital } from "@/lib/text/case";

export interface TermRef {
  termId: string;
  /** The glossary term or variant this path spells. */
  term: string;
  /**
   * Set for a case-sensitive name: whether each of its words begins with a capital. Such a name
   * is found only where the text's words begin the same way (Мәжіліс, not мәжіліс).
   */
  capitals?: boolean[];
}

export interface TrieNode {
  terms?: TermRef[];
  /** The next word (the one before) by its spec: "~word" any admitted form, "g:word" its genitive. */
  children?: Map<string, TrieNode>;
  /**
   * The spec "=word" (the word exactly), keyed by the bare folded word: annotate looks up the
   * token's own string, without building "=" + word for each word before a possible term.
   */
  exact?: Map<string, TrieNode>;
  /**
   * The words before that follow punctuation inside a name (the comma of «лицо, уполномоченное …»,
   * the brackets of «оңайлатылған (жазбаша) іс жүргізу»): keyed by gapKey(gap) + "\u0001" + the
   * spec ("=word" or another). Text words are separated by spaces far more often, and those
   * lookups never come here.
   */
  gaps?: Map<string, TrieNode>;
}

/** A form of a text word that fills a spec other than "=word". */
export interface WordVariant {
  spec: string;
  lemma: string;
  /** Length of the stem in the folded form; the rest are the suffixes. */
  stemLength: number;
  tags: SuffixTag[];
  /** Split of the ending between the tags (English plural + possessive); default one suffix. */
  splits?: number[];
}

export interface KkPayload {
  spec: string;
  preferPossessive: boolean;
  /** index.roots' node for spec, kept here so that annotate needs no lookup per match. */
  root: TrieNode;
}

export interface TermIndex {
  /** The content language's code. */
  lang: string;
  /** Roots keyed by the spec of a term's last word. */
  roots: Map<string, TrieNode>;
  variants: Map<string, WordVariant[]>;
  kk?: KkLexicon<KkPayload>;
  /** How many terms (preferred terms and variants) the index holds. */
  termCount: number;
}

/** What the index reads of an entry: its id and the block of the language indexed. */
export type IndexedEntry<Code extends string> = { id: string } & Record<Code, LangBlock>;

/**
 * `languages` are the content languages described (the built-in ones by default); a `lang`
 * without a descriptor among them is an error.
 */
export function buildTermIndex<Code extends string = Lang>(
  entries: readonly IndexedEntry<Code>[],
  lang: Code,
  languages: readonly ContentLanguage<string>[] = CONTENT_LANGUAGES,
): TermIndex {
  const { inflection, foldForm } = languageOf(lang, languages);
  const kazakh = inflection.kind === "kazakhLexicon";
  const index: TermIndex = {
    lang,
    roots: new Map(),
    variants: new Map(),
    kk: kazakh ? new KkLexicon<KkPayload>() : undefined,
    termCount: 0,
  };
  const terms: { termId: string; term: string; caseSensitive: boolean }[] = [];
  // Preferred terms first, so a string that is one entry's term and another's variant names the first.
  const names = entries.map((entry) => namesOf(entry[lang]));
  entries.forEach((entry, i) => terms.push({ termId: entry.id, term: entry[lang].term, caseSensitive: names[i]![0]!.caseSensitive }));
  entries.forEach((entry, i) => {
    for (const name of names[i]!.slice(1)) terms.push({ termId: entry.id, term: name.text, caseSensitive: name.caseSensitive });
  });

  const knownWords = new Set<string>();
  if (kazakh) for (const { term } of terms) for (const t of tokenize(term)) knownWords.add(t.norm);
  const registeredLast = new Set<string>();
  const registeredVariants = new Set<string>();

  const addVariant = (form: string, variant: WordVariant) => {
    const key = `${form}\u0000${variant.spec}`;
    if (registeredVariants.has(key)) return;
    registeredVariants.add(key);
    const list = index.variants.get(form);
    if (list) list.push(variant);
    else index.variants.set(form, [variant]);
  };

  for (const { termId, term, caseSensitive } of terms) {
    const tokens = tokenize(term);
    if (tokens.length === 0) continue;
    const words = tokens.map((t) => t.norm);
    const originals = tokens.map((t) => term.slice(t.start, t.end));
    const n = words.length;
    const specs: string[][] = words.map((w) => [`=${w}`]);

    if (inflection.kind === "kazakhLexicon") {
      const last = words[n - 1]!;
      const compound = n > 1;
      const lastSpec = `k:${last}${compound ? "+" : ""}`;
      specs[n - 1] = [lastSpec];
      if (!registeredLast.has(lastSpec)) {
        registeredLast.add(lastSpec);
        const { records, preferPossessive } = wordRecords(last, originals[n - 1]!, compound, (w) => knownWords.has(w), words[n - 2]);
        const payload: KkPayload = { spec: lastSpec, preferPossessive, root: rootFor(index, lastSpec) };
        for (const record of records) index.kk!.add(record, payload);
      }
      // Noun + possessive head: the first noun may stand in the genitive (заңның үстемдігі).
      if (compound && !isAbbreviation(originals[n - 1]!) && possessiveBareStems(last).length > 0) {
        const before = words[n - 2]!;
        if (!isAbbreviation(originals[n - 2]!)) {
          specs[n - 2]!.push(`g:${before}`);
          for (const form of genitiveForms(before)) {
            addVariant(form, { spec: `g:${before}`, lemma: before, stemLength: before.length, tags: ["genitive"] });
          }
        }
      }
      // An object before a verbal noun (берешекті қайта құрылымдау рәсімі): the text may give
      // it the possessive or the plural instead of the bare accusative (берешегін қайта …).
      const verbalNounAfter = (i: number) => words.slice(i + 1).some((w) => VERBAL_NOUN.test(w));
      for (let i = 0; i < n - 1; i++) {
        if (isAbbreviation(originals[i]!) || !verbalNounAfter(i)) continue;
        for (const reading of lemmatizeKk(words[i]!)) {
          if (reading.suffixes.length !== 1 || reading.suffixes[0]!.tag !== "accusative") continue;
          const spec = `a:${words[i]}`;
          if (!specs[i]!.includes(spec)) specs[i]!.push(spec);
          for (const f of objectForms(reading.lemma)) {
            addVariant(f.form, { spec, lemma: reading.lemma, stemLength: f.stemLength, tags: f.suffixes.map((x) => x.tag), splits: [f.suffixes[0]!.form.length] });
          }
        }
      }
    } else {
      inflection.termForms(words, originals).forEach((forms: readonly WordForm[], i) => {
        if (forms.length <= 1) return;
        const word = words[i]!;
        const spec = `~${word}`;
        specs[i] = [spec];
        for (const f of forms) {
          const variant: WordVariant = { spec, lemma: word, stemLength: f.stemLength, tags: f.tags };
          if (f.splits) variant.splits = f.splits;
          addVariant(foldForm(f.form), variant);
        }
      });
    }

    let node = rootFor(index, specs[n - 1]![0]!);
    for (let i = n - 2; i >= 0; i--) {
      const gap = gapKey(term.slice(tokens[i]!.end, tokens[i + 1]!.start));
      const [main, ...aliases] = specs[i]!;
      let child = childOf(node, main!, gap);
      if (!child) {
        child = newNode();
        setChild(node, main!, child, gap);
      }
      for (const alias of aliases) if (!childOf(node, alias, gap)) setChild(node, alias, child, gap);
      node = child;
    }
    node.terms ??= [];
    const ref: TermRef = { termId, term };
    if (caseSensitive) ref.capitals = originals.map(startsWithCapital);
    // A case-sensitive name goes before the names that ignore case on the same path, so that
    // Мәжіліс is tried before мәжіліс falls back to the common word.
    if (!node.terms.some((t) => t.termId === termId && !t.capitals === !ref.capitals)) {
      if (ref.capitals) node.terms.unshift(ref);
      else node.terms.push(ref);
    }
    index.termCount++;
  }
  return index;
}

const childOf = (node: TrieNode, spec: string, gap: string): TrieNode | undefined =>
  gap !== "" ? node.gaps?.get(`${gap}\u0001${spec}`) : spec.startsWith("=") ? node.exact?.get(spec.slice(1)) : node.children?.get(spec);

function setChild(node: TrieNode, spec: string, child: TrieNode, gap: string): void {
  if (gap !== "") (node.gaps ??= new Map()).set(`${gap}\u0001${spec}`, child);
  else if (spec.startsWith("=")) (node.exact ??= new Map()).set(spec.slice(1), child);
  else (node.children ??= new Map()).set(spec, child);
}

/** Longest gap between two words of a name that can be punctuation inside it. */
export const MAX_NAME_GAP = 8;

/**
 * The punctuation between two words, as names are compared: spacing and quotation marks left out,
 * dashes as "-". "" when nothing but spacing and quotes stands there (the usual gap).
 */
export function gapKey(gap: string): string {
  let key = "";
  for (const c of gap) {
    if (/[\s\u00ad\u200b\u2060\ufeff"«»“”„‹›]/u.test(c)) continue;
    key += /[\u2010-\u2015\u2212]/u.test(c) ? "-" : c;
  }
  return key;
}

/**
 * Every node with all its fields from the start, so that all nodes share one hidden class and
 * annotate's reads of them stay monomorphic (fields added later in varying order made several).
 */
const newNode = (): TrieNode => ({ terms: undefined, children: undefined, exact: undefined, gaps: undefined });

function rootFor(index: TermIndex, spec: string): TrieNode {
  let node = index.roots.get(spec);
  if (!node) {
    node = newNode();
    index.roots.set(spec, node);
  }
  return node;
}

/** A Kazakh verbal noun in -у/-ю (құрылымдау, тергеу): a word before it in the accusative is its object. */
const VERBAL_NOUN = /[аеәоөұүыіи]у$|ю$/;

/** The genitive of a word that stands first in a compound: заң -> заңның, адам -> адамның. */
function genitiveForms(word: string): string[] {
  const genitive = suffixDef("genitive");
  return harmonies(word).flatMap((h) => realise(genitive, soundClass(word), h).map((suffix) => word + suffix));
}
