import { describe, expect, it } from 'vitest';
import { hebrewSkeleton, normalizeSearchText, searchDocument, searchQueryTerms, wordVariants } from './search-text.js';

describe('normalizeSearchText', () => {
  it('writes Hebrew final letters as their ordinary forms', () => {
    expect(normalizeSearchText('חינוך ושלום')).toBe('חינוכ ושלומ');
  });

  it('removes niqqud and cantillation', () => {
    expect(normalizeSearchText('חִנּוּךְ')).toBe(normalizeSearchText('חנוך'));
    expect(normalizeSearchText('שָׁלוֹם')).toBe('שלומ');
  });

  it('writes doubled ו and י once, so full and defective spelling meet', () => {
    expect(normalizeSearchText('קריית שמונה')).toBe(normalizeSearchText('קרית שמונה'));
    expect(normalizeSearchText('שוויון')).toBe(normalizeSearchText('שויון'));
  });

  it('keeps geresh and gershayim words whole', () => {
    expect(normalizeSearchText('מנכ"ל')).toBe('מנכל');
    expect(normalizeSearchText('מנכ״ל')).toBe('מנכל');
    expect(normalizeSearchText("ג'ודי")).toBe('גודי');
  });

  it('unifies Arabic hamza forms, alef wasla, taa marbuta and alef maqsura, and drops harakat', () => {
    expect(normalizeSearchText('أحمد')).toBe('احمد');
    expect(normalizeSearchText('إسرائيل')).toBe(normalizeSearchText('اسراييل'));
    expect(normalizeSearchText('مؤسسة')).toBe('موسسه');
    expect(normalizeSearchText('مُسْتَشْفَى')).toBe('مستشفي');
    expect(normalizeSearchText('آمال')).toBe('امال');
  });

  it('lower-cases and strips accents from Latin text, and splits on punctuation', () => {
    expect(normalizeSearchText('Café-Society, EDUCATION!')).toBe('cafe society education');
  });

  it('ignores invisible direction marks', () => {
    expect(normalizeSearchText('\u200Fחינוך\u200E')).toBe('חינוכ');
  });
});

describe('wordVariants', () => {
  it('takes up to three Hebrew one-letter prefixes off, one by one', () => {
    expect(wordVariants(normalizeSearchText('והחינוך'))).toEqual(['והחינוכ', 'החינוכ', 'חינוכ']);
    expect(wordVariants(normalizeSearchText('ובסביבה'))).toEqual(['ובסביבה', 'בסביבה', 'סביבה']);
    expect(wordVariants(normalizeSearchText('כשהמשרד'))).toEqual(['כשהמשרד', 'שהמשרד', 'המשרד', 'משרד']);
  });

  it('stops before a stem too short to mean anything', () => {
    expect(wordVariants('בים')).toEqual(['בים']);
    expect(wordVariants(normalizeSearchText('מים'))).toEqual(['מימ']);
  });

  it('leaves a word that starts with no prefix letter as it is', () => {
    expect(wordVariants(normalizeSearchText('תיירות'))).toEqual(['תירות']);
  });

  it('takes off the Arabic article and the letters before it', () => {
    expect(wordVariants(normalizeSearchText('والتعليم'))).toEqual(['والتعليم', 'التعليم', 'تعليم']);
    expect(wordVariants(normalizeSearchText('بالتعليم'))).toEqual(['بالتعليم', 'تعليم']);
    expect(wordVariants(normalizeSearchText('للشباب'))).toEqual(['للشباب', 'شباب']);
    expect(wordVariants(normalizeSearchText('البيئة'))).toEqual(['البييه', 'بييه']);
  });

  it('leaves Latin words whole', () => {
    expect(wordVariants('education')).toEqual(['education']);
  });
});

describe('hebrewSkeleton', () => {
  it('gives full and defective spellings of a word the same skeleton', () => {
    expect(hebrewSkeleton(normalizeSearchText('חינוך'))).toBe(hebrewSkeleton(normalizeSearchText('חנוך')));
    expect(hebrewSkeleton(normalizeSearchText('מיחזור'))).toBe(hebrewSkeleton(normalizeSearchText('מחזור')));
    expect(hebrewSkeleton('חינוכ')).toBe('חנכ');
  });

  it('keeps a first ו or י, and gives none for a word without vowel letters, a short one, or one not in Hebrew', () => {
    expect(hebrewSkeleton(normalizeSearchText('ילדים'))).toBe('ילדמ');
    expect(hebrewSkeleton('כלכלה')).toBeNull();
    expect(hebrewSkeleton('ביו')).toBeNull();
    expect(hebrewSkeleton('education')).toBeNull();
  });
});

describe('searchDocument and searchQueryTerms', () => {
  it('puts each word, stem and skeleton in the document once', () => {
    expect(searchDocument(['החינוך בחינוך', null, 'Education'])).toBe('החינוכ חינוכ החנכ חנכ בחינוכ בחנכ education');
  });

  it('lets a defectively spelled query word meet the fully spelled word', () => {
    const document = searchDocument(['מומחה למיחזור']).split(' ');
    expect(searchQueryTerms('מחזור')[0]!.some((variant) => document.includes(variant))).toBe(true);
  });

  it('makes a prefixed query word find the bare word, and a bare one find a prefixed document', () => {
    const document = searchDocument(['רכזת החינוך בעירייה']).split(' ');
    const [variants] = searchQueryTerms('והחינוך');
    expect(variants!.some((variant) => document.includes(variant))).toBe(true);
    const prefixed = searchDocument(['מומחה לחינוך']).split(' ');
    expect(searchQueryTerms('חינוך')[0]!.some((variant) => prefixed.includes(variant))).toBe(true);
  });

  it('takes each query word once and at most eight of them', () => {
    expect(searchQueryTerms('חינוך חינוך')).toHaveLength(1);
    expect(searchQueryTerms('a b c d e f g h i j')).toHaveLength(8);
    expect(searchQueryTerms('  ,.  ')).toEqual([]);
  });
});
