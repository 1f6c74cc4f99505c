/**
 * The key that matches and searches names of authorities and clusters across sources that spell
 * them differently: CBS, the Ministry of Interior, the seeds, a person typing. It removes only
 * differences of writing (points, punctuation, letter forms, spacing). It keeps every letter,
 * prefix and doubled letter, so "תמרה" and "טמרה" stay different: such names are matched through
 * a kept alias list, and prefixes are a search concern.
 */

// Invisible format characters (RLM/LRM, bidi embeddings and isolates, ZWJ, BOM, soft hyphen),
// common in text copied from right-to-left pages.
const FORMAT_CHARS = /\p{Cf}/gu;
// Geresh, gershayim and the apostrophes and quotes typed in their place: removed, not spaced,
// so "חג'אג'רה" matches "חגאגרה" and "Shefa-'Amr" matches "Shefa-Amr".
const QUOTES = /[\u05F3\u05F4'\u2019\u2018\u02BC\u2032`"\u201D\u201C]/g;
// Word separators: hyphens and dashes (incl. the Hebrew maqaf and paseq), dots, commas (Latin and
// Arabic), slashes, parentheses and any whitespace.
const SEPARATORS = /[-\u05BE\u05C0\u05C3\u2010-\u2015\u2212.,\u060C/()\s]+/g;
// Hebrew niqqud and cantillation, then Arabic harakat, superscript alef and tatweel.
const POINTS = /[\u0591-\u05C7\u064B-\u065F\u0670\u0640]/g;

const LETTER_FORMS: Record<string, string> = {
  // Hebrew final letters
  ך: 'כ',
  ם: 'מ',
  ן: 'נ',
  ף: 'פ',
  ץ: 'צ',
  // Arabic alef forms, taa marbuta, alef maqsura
  أ: 'ا',
  إ: 'ا',
  آ: 'ا',
  ٱ: 'ا',
  ة: 'ه',
  ى: 'ي',
};
const LETTER_FORM = new RegExp(`[${Object.keys(LETTER_FORMS).join('')}]`, 'g');

// Whole-word spelling variants (full and defective spelling) that sources use interchangeably.
// A Map, not an object: a word like "constructor" must not find Object.prototype.
const WORD_VARIANTS: ReadonlyMap<string, string> = new Map([['קריית', 'קרית']]);

export function normalizeName(value: string): string {
  return value
    .normalize('NFKC')
    .toLowerCase()
    .replace(FORMAT_CHARS, '')
    .replace(QUOTES, '')
    .replace(SEPARATORS, ' ') // before POINTS: the maqaf and paseq sit inside the Hebrew points range
    .replace(POINTS, '')
    .replace(LETTER_FORM, (letter) => LETTER_FORMS[letter] ?? letter)
    .split(' ')
    .filter((word) => word !== '')
    .map((word) => WORD_VARIANTS.get(word) ?? word)
    .join(' ');
}
