// Kazakh noun morphology: sound classes and harmony, the closed suffix chains, stem records for
// the term index, and a dictionary-free analyser of one word.
export { lemmatizeKk, type KkReading } from "@/lib/morphology/kk/analyze";
export { generateChains, type Chain, type ChainSuffix } from "@/lib/morphology/kk/chains";
export { KkLexicon, type LexiconMatch } from "@/lib/morphology/kk/lexicon";
export { harmonies, soundClass, type Harmony, type SoundClass } from "@/lib/morphology/kk/phonology";
export { isAbbreviation, possessiveBareStems, wordRecords, type StemRecord } from "@/lib/morphology/kk/stems";
