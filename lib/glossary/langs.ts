// The content languages' codes, where most of the code has always imported them from.
export { LANGS, isLang, type Lang } from "@/lib/languages/codes";
