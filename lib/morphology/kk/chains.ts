// The closed set of inflectional suffix chains a Kazakh noun stem can take:
// STEM + plural? + possessive? + case? (+ the attributive after the locative), each suffix in
// the allomorph that the stem's harmony and final sound class select, spelt from the inventory
// in suffixes.ts; and the fast structures the engine reads them through (a reversed trie as flat
// tables), compiled from those chains. Derivational suffixes (-лық, -шы, -сыз, -лы …) are
// deliberately absent: they make another word.
import type { SuffixTag } from "@/lib/annotate/types";
import { isVowelLetter, soundClass, type Harmony, type SoundClass } from "@/lib/morphology/kk/phonology";
import { POSSESSIVE_TAGS, realise, suffixesOf, type State, type SuffixDef } from "@/lib/morphology/kk/suffixes";

export interface ChainSuffix {
  form: string;
  tag: SuffixTag;
}

export interface Chain {
  /** The suffixes joined, as folded text. */
  text: string;
  suffixes: ChainSuffix[];
  /** The chain begins with a vowel-initial possessive (-ы, -ым …): the stem's final к/қ/п voices before it. */
  vowelPossFirst: boolean;
  hasPossessive: boolean;
  /**
   * A bare accusative -ды/-ді/-ты/-ті on a consonant stem: the same letters as the derivational
   * "having" suffix (заңды "lawful"), so on its own it says nothing for sure.
   */
  ambiguousAccusative: boolean;
}

const AMBIGUOUS_ACCUSATIVE_CLASSES: readonly SoundClass[] = ["L", "N", "Z", "T"];

/** A chain built so far: its suffixes and the state the last one leaves. */
interface Partial {
  suffixes: ChainSuffix[];
  state: State;
}

/** Each spelling of a suffix after a partial chain, with the state it leaves. */
function extend(base: Partial, suffix: SuffixDef, harmony: Harmony): Partial[] {
  return realise(suffix, base.state, harmony).map((form) => ({
    suffixes: [...base.suffixes, { form, tag: suffix.tag }],
    state: suffix.next ?? soundClass(form),
  }));
}

/**
 * Every chain for a stem of this class and harmony, the empty chain first: the stem bare, with
 * the plural, with a possessive, or both; each of those bare or with a case, and the locative
 * also with the attributive. Spelt from the inventory in suffixes.ts.
 */
export function generateChains(cls: SoundClass, harmony: Harmony): Chain[] {
  const stem: Partial = { suffixes: [], state: cls };
  const plurals = suffixesOf("plural").flatMap((p) => extend(stem, p, harmony));
  const possessives = suffixesOf("possessive");
  const bases: Partial[] = [
    stem,
    ...plurals,
    ...possessives.flatMap((p) => extend(stem, p, harmony)),
    ...plurals.flatMap((plural) => possessives.flatMap((p) => extend(plural, p, harmony))),
  ];
  const attributives = suffixesOf("attributive");
  const chains: Chain[] = [];
  for (const base of bases) {
    chains.push(makeChain(base.suffixes, cls));
    for (const caseSuffix of suffixesOf("case")) {
      for (const withCase of extend(base, caseSuffix, harmony)) {
        chains.push(makeChain(withCase.suffixes, cls));
        for (const attributive of attributives) {
          if (!attributive.follows?.includes(caseSuffix.tag)) continue;
          for (const full of extend(withCase, attributive, harmony)) chains.push(makeChain(full.suffixes, cls));
        }
      }
    }
  }
  return chains;
}

function makeChain(suffixes: ChainSuffix[], cls: SoundClass): Chain {
  const first = suffixes[0];
  return {
    text: suffixes.map((s) => s.form).join(""),
    suffixes,
    vowelPossFirst: first !== undefined && POSSESSIVE_TAGS.has(first.tag) && isVowelLetter(first.form[0]),
    hasPossessive: suffixes.some((s) => POSSESSIVE_TAGS.has(s.tag)),
    ambiguousAccusative:
      suffixes.length === 1 && first!.tag === "accusative" && AMBIGUOUS_ACCUSATIVE_CLASSES.includes(cls),
  };
}

/** Which chains a stem record admits beyond its class and harmony. */
export interface ChainFilter {
  /** Only chains with a possessive: the head of a noun + noun compound (сот жүйе-сі). */
  requirePossessive: boolean;
  /** "vowel": only chains opening with a vowel-initial possessive (the voiced or vowel-dropped stem); "consonant": none of those. */
  opening: "any" | "vowel" | "consonant";
}

export type ChainMap = ReadonlyMap<string, readonly Chain[]>;

const CLASSES: readonly SoundClass[] = ["V", "R", "L", "N", "Z", "T"];
const HARMONIES: readonly Harmony[] = ["back", "front"];
const baseChains = new Map<string, Chain[]>();
function chainsOf(cls: SoundClass, harmony: Harmony): Chain[] {
  const key = cls + harmony;
  let chains = baseChains.get(key);
  if (!chains) {
    chains = generateChains(cls, harmony);
    baseChains.set(key, chains);
  }
  return chains;
}

const chainMaps = new Map<string, ChainMap>();

/** The chains admitted by any of these classes and harmonies under the filter, keyed by their text (shared, cached). */
export function chainMap(classes: readonly SoundClass[], harmonyList: readonly Harmony[], filter: ChainFilter): ChainMap {
  const key = `${[...classes].sort().join("")}|${[...harmonyList].sort().join(",")}|${filter.requirePossessive}|${filter.opening}`;
  const cached = chainMaps.get(key);
  if (cached) return cached;
  const map = new Map<string, Chain[]>();
  for (const cls of classes) {
    for (const harmony of harmonyList) {
      for (const chain of chainsOf(cls, harmony)) {
        if (filter.requirePossessive && !chain.hasPossessive) continue;
        if (filter.opening === "vowel" && !chain.vowelPossFirst) continue;
        if (filter.opening === "consonant" && chain.vowelPossFirst) continue;
        const list = map.get(chain.text);
        if (!list) map.set(chain.text, [chain]);
        else if (!list.some((c) => sameSuffixes(c, chain))) list.push(chain);
      }
    }
  }
  chainMaps.set(key, map);
  return map;
}

const sameSuffixes = (a: Chain, b: Chain) =>
  a.suffixes.length === b.suffixes.length && a.suffixes.every((s, i) => s.form === b.suffixes[i]!.form && s.tag === b.suffixes[i]!.tag);

interface TrieNode {
  /** Keyed by UTF-16 code unit: reading word[i] as a one-letter string would allocate one per letter. */
  next: Map<number, TrieNode>;
  /** A whole chain ends here (reading the word from its end). */
  terminal: boolean;
}

let reversedTrie: TrieNode | undefined;

/** All chain texts of all classes, reversed into a trie, to find where a word's suffixes may begin. */
function chainTrie(): TrieNode {
  if (reversedTrie) return reversedTrie;
  const root: TrieNode = { next: new Map(), terminal: false };
  for (const cls of CLASSES) {
    for (const harmony of HARMONIES) {
      for (const chain of chainsOf(cls, harmony)) {
        let node = root;
        for (let i = chain.text.length - 1; i >= 0; i--) {
          const code = chain.text.charCodeAt(i);
          let child = node.next.get(code);
          if (!child) {
            child = { next: new Map(), terminal: false };
            node.next.set(code, child);
          }
          node = child;
        }
        node.terminal = true;
      }
    }
  }
  reversedTrie = root;
  return root;
}

/**
 * The chain trie as flat tables for chainCuts, which runs on many words of every text: a
 * typed-array load per letter instead of a Map lookup. All chain letters are Cyrillic
 * (U+0400–U+04FF), so a node's row has 256 cells: the child's node number + 1, or 0.
 */
interface FlatTrie {
  next: Int32Array;
  terminal: Uint8Array;
}
const CYRILLIC = 0x400;

let flatTrie: FlatTrie | undefined;

function chainTable(): FlatTrie {
  if (flatTrie) return flatTrie;
  const nodes: TrieNode[] = [chainTrie()];
  for (let k = 0; k < nodes.length; k++) for (const child of nodes[k]!.next.values()) nodes.push(child);
  const number = new Map(nodes.map((node, k) => [node, k]));
  const next = new Int32Array(nodes.length * 256);
  const terminal = new Uint8Array(nodes.length);
  nodes.forEach((node, k) => {
    terminal[k] = node.terminal ? 1 : 0;
    for (const [code, child] of node.next) {
      if (code < CYRILLIC || code >= CYRILLIC + 256) throw new Error(`chain letter U+${code.toString(16)} outside Cyrillic`);
      next[k * 256 + code - CYRILLIC] = number.get(child)! + 1;
    }
  });
  flatTrie = { next, terminal };
  return flatTrie;
}

/**
 * Bit p set (1 <= p < word.length): word.slice(p) is some chain's text, as chainStarts lists;
 * nodes[p] is then the number of that text's trie node (see chainsByNode). For words of up to
 * 31 units (the caller checks). Numbers and a caller's buffer, so that the lexicon, which runs
 * it on many words of every text, allocates nothing and cuts no substrings for it.
 */
export function chainCuts(word: string, nodes: Int32Array): number {
  const { next, terminal } = chainTable();
  let bits = 0;
  let node = 0;
  for (let i = word.length - 1; i >= 1; i--) {
    const cell = word.charCodeAt(i) - CYRILLIC;
    if (cell < 0 || cell > 255) break;
    node = next[node * 256 + cell]! - 1;
    if (node < 0) break;
    if (terminal[node]) {
      bits |= 1 << i;
      nodes[i] = node;
    }
  }
  return bits;
}

const byNodeCache = new Map<ChainMap, (readonly Chain[] | undefined)[]>();

/**
 * A chain map re-keyed by trie node number (the empty chain is node 0), so that a word's tail,
 * once read through the trie by chainCuts, is looked up without cutting it out. Cached per map
 * (chain maps are shared and few).
 */
export function chainsByNode(map: ChainMap): readonly (readonly Chain[] | undefined)[] {
  const cached = byNodeCache.get(map);
  if (cached) return cached;
  const { next } = chainTable();
  const table: (readonly Chain[] | undefined)[] = [];
  for (const [text, chains] of map) {
    let node = 0;
    for (let i = text.length - 1; i >= 0; i--) node = next[node * 256 + text.charCodeAt(i) - CYRILLIC]! - 1;
    table[node] = chains;
  }
  byNodeCache.set(map, table);
  return table;
}

/**
 * Positions p (from the end backwards, p < word.length) where word.slice(p) is some chain's
 * text; the empty chain (p = word.length) is not listed.
 */
export function chainStarts(word: string, minStem = 1): number[] {
  const out: number[] = [];
  let node: TrieNode | undefined = chainTrie();
  for (let i = word.length - 1; i >= minStem; i--) {
    node = node.next.get(word.charCodeAt(i));
    if (!node) break;
    if (node.terminal) out.push(i);
  }
  return out;
}
