/**
 * Text normalisation for the partner pool's free-text search (docs/pool.md). PostgreSQL has no
 * Hebrew or Arabic stemmer, so the API stores a search document built here and matches it with
 * pg_trgm; the same functions turn a query into the terms it looks for. What is removed are
 * differences of writing (points, letter forms, case, quotes) and the one-letter prefixes that
 * Hebrew and Arabic glue to a word (ו ה ב ל מ ש כ; ال and the letters before it), so "והחינוך"
 * finds "חינוך" and "والتعليم" finds "تعليم". Misspellings are pg_trgm's to forgive.
 */

// Invisible format characters (RLM/LRM, bidi isolates, ZWJ, BOM, soft hyphen).
const FORMAT_CHARS = /\p{Cf}/gu;
// Combining marks after NFKD: Hebrew niqqud and cantillation, Arabic harakat and the hamza and
// madda that NFKD splits off أ إ آ ؤ ئ, Latin accents.
const MARKS = /\p{M}/gu;
// Geresh, gershayim and the quotes typed for them are part of a word (ג'ודי, מנכ"ל): removed, not spaced.
const QUOTES = /[\u05F3\u05F4'\u2019\u2018\u02BC\u2032`"\u201D\u201C]/g;
const NOT_WORD = /[^\p{L}\p{N}]+/u;

const LETTER_FORMS: Record<string, string> = {
  // Hebrew final letters
  ך: 'כ',
  ם: 'מ',
  ן: 'נ',
  ף: 'פ',
  ץ: 'צ',
  // Arabic: alef wasla, a lone hamza, taa marbuta, alef maqsura, Persian yeh and kaf
  ٱ: 'ا',
  ء: '',
  ة: 'ه',
  ى: 'ي',
  ی: 'ي',
  ک: 'ك',
  // Arabic tatweel (a stretching stroke, not a letter)
  ـ: '',
};
const LETTER_FORM = new RegExp(`[${Object.keys(LETTER_FORMS).join('')}]`, 'g');

/** A stem shorter than this is not kept: "ים" from "בים" would match too much. */
export const MIN_STEM_LENGTH = 3;
/** At most this many one-letter prefixes are stripped from a Hebrew word (וכשה… is rare; ושב is not). */
const MAX_HEBREW_PREFIXES = 3;
const HEBREW_PREFIX_LETTERS = new Set(['ו', 'ה', 'ב', 'ל', 'מ', 'ש', 'כ']);
const HEBREW_WORD = /^[\u05D0-\u05EA]+$/;
const ARABIC_WORD = /^[\u0621-\u064A\u0660-\u0669]+$/;
// و or ف (and), then ب ك ل (in, as, to), then the article ال (لل: to the); longest first.
const ARABIC_PREFIXES = [
  ...['وبال', 'وكال', 'فبال', 'فكال', 'ولل', 'فلل', 'وال', 'فال', 'بال', 'كال', 'لل', 'ال'],
  ...['و', 'ف'],
];

/**
 * The text as search compares it: NFKD without marks, lower case, one letter form (final letters,
 * hamza forms, taa marbuta), Hebrew doubled ו and י written once (full and defective spelling:
 * קריית, קרית), words separated by single spaces.
 */
export function normalizeSearchText(value: string): string {
  return searchWords(value).join(' ');
}

export function searchWords(value: string): string[] {
  return value
    .normalize('NFKD')
    .replace(FORMAT_CHARS, '')
    .replace(MARKS, '')
    .replace(QUOTES, '')
    .toLowerCase()
    .replace(LETTER_FORM, (letter) => LETTER_FORMS[letter] ?? letter)
    .replace(/וו+/g, 'ו')
    .replace(/יי+/g, 'י')
    .split(NOT_WORD)
    .filter((word) => word !== '');
}

/** A normalised word and the stems left when its prefixes are taken off, the word itself first. */
export function wordVariants(word: string): string[] {
  const variants = [word];
  if (HEBREW_WORD.test(word)) {
    for (let i = 0; i < MAX_HEBREW_PREFIXES && HEBREW_PREFIX_LETTERS.has(word[i]!); i += 1) {
      const stem = word.slice(i + 1);
      if (stem.length < MIN_STEM_LENGTH) break;
      variants.push(stem);
    }
  } else if (ARABIC_WORD.test(word)) {
    // The article and what may come before it, longest first; a lone و or ف (and) as well.
    const prefix = ARABIC_PREFIXES.find((candidate) => word.startsWith(candidate));
    if (prefix) {
      if (/^[وف]/.test(prefix) && word.length - 1 >= MIN_STEM_LENGTH) variants.push(word.slice(1));
      if (word.length - prefix.length >= MIN_STEM_LENGTH) variants.push(word.slice(prefix.length));
    }
  }
  return [...new Set(variants)];
}

/**
 * A Hebrew word without the vowel letters ו and י after its first letter: full and defective
 * spelling (כתיב מלא וחסר) write the same word with and without them (חינוך, חנוך; מיחזור, מחזור),
 * and the skeleton is the same for both. Null for a word that is not Hebrew, has none, or would
 * be left too short.
 */
export function hebrewSkeleton(word: string): string | null {
  if (!HEBREW_WORD.test(word)) return null;
  const skeleton = word[0] + word.slice(1).replace(/[וי]/g, '');
  return skeleton !== word && skeleton.length >= MIN_STEM_LENGTH ? skeleton : null;
}

/** Everything a word may be found by: the word, its stems (wordVariants), and their skeletons. */
export function searchTermsOf(word: string): string[] {
  const variants = wordVariants(word);
  const skeletons = variants.map(hebrewSkeleton).filter((skeleton): skeleton is string => skeleton !== null);
  return [...new Set([...variants, ...skeletons])];
}

/**
 * The document stored for a profile: every normalised word of every part and its stems, each
 * once, in first-seen order. pg_trgm then finds a query word in it by word similarity.
 */
export function searchDocument(parts: readonly (string | null | undefined)[]): string {
  const terms = new Set<string>();
  for (const part of parts) {
    if (!part) continue;
    for (const word of searchWords(part)) for (const variant of searchTermsOf(word)) terms.add(variant);
  }
  return [...terms].join(' ');
}

/** Longest query the search takes, in words: a query is a few words, not a paragraph. */
export const MAX_QUERY_WORDS = 8;

/**
 * The terms of a query: for each word (at most MAX_QUERY_WORDS), the alternatives any one of which
 * may match, the word itself first (then its stems, then their skeletons). Every word must match for a profile to be found.
 */
export function searchQueryTerms(query: string): string[][] {
  return [...new Set(searchWords(query))].slice(0, MAX_QUERY_WORDS).map(searchTermsOf);
}
