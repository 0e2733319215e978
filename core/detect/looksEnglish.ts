/**
 * Whether a text reads as English: the share of its words that are common English function words. The
 * corpus and the lexicon are English, so a page in another language is not analysed as the story even when
 * it names Westminster or WhatsApp.
 */
const FUNCTION_WORDS = new Set('the of and to a in is was that for on with as by at from he she it his her has have had been were are be this which who not but they said an or after'.split(' '));

export function looksEnglish(text: string): boolean {
  const words = text.slice(0, 5000).toLowerCase().match(/\p{L}+/gu) ?? [];
  if (words.length < 20) return true; // too little to tell; the cues decide
  const common = words.filter((w) => FUNCTION_WORDS.has(w)).length;
  return common / words.length >= 0.12;
}
