import type { SectorCode } from '@roundtable/shared/sectors';

/**
 * Words the synthetic pool (synthetic-pool.ts) is made of, each in Hebrew, Arabic and English, and
 * the letter mappings that write a name in the other scripts, as Israeli forms write an Arabic name
 * in Hebrew letters. Made up for tests and the benchmark; nothing here describes a real person.
 */
type Words = { he: string; ar: string; en: string };

/** Role titles people hold, by the sector they hold them in. */
export const TITLES: Record<SectorCode, readonly Words[]> = {
  GOVERNMENT: [
    { he: 'מנהלת אגף', ar: 'مديرة قسم', en: 'Division director' },
    { he: 'רכז תוכניות', ar: 'منسق برامج', en: 'Programme coordinator' },
    { he: 'סמנכ"ל תכנון', ar: 'نائب المدير العام للتخطيط', en: 'Deputy director general for planning' },
    { he: 'יועצת מדיניות', ar: 'مستشارة سياسات', en: 'Policy adviser' },
  ],
  LOCAL_GOVERNMENT: [
    { he: 'מנהל מחלקת חינוך', ar: 'مدير قسم التعليم', en: 'Head of the education department' },
    { he: 'ראש המועצה', ar: 'رئيس المجلس', en: 'Council head' },
    { he: 'מהנדסת העיר', ar: 'مهندسة المدينة', en: 'City engineer' },
    { he: 'רכזת קהילה', ar: 'منسقة مجتمعية', en: 'Community coordinator' },
  ],
  BUSINESS: [
    { he: 'מנכ"לית', ar: 'مديرة عامة', en: 'Chief executive' },
    { he: 'מנהל קיימות', ar: 'مدير الاستدامة', en: 'Sustainability manager' },
    { he: 'סמנכ"לית משאבי אנוש', ar: 'نائبة المدير لشؤون الموارد البشرية', en: 'VP human resources' },
    { he: 'יזם חברתי', ar: 'رائد أعمال اجتماعي', en: 'Social entrepreneur' },
  ],
  CIVIL_SOCIETY: [
    { he: 'מנכ"ל עמותה', ar: 'مدير عام جمعية', en: 'Association director' },
    { he: 'רכזת מתנדבים', ar: 'منسقة متطوعين', en: 'Volunteer coordinator' },
    { he: 'מנהל פרויקטים', ar: 'مدير مشاريع', en: 'Project manager' },
    { he: 'פעילה חברתית', ar: 'ناشطة اجتماعية', en: 'Community organiser' },
  ],
  PHILANTHROPY: [
    { he: 'מנהלת קרן', ar: 'مديرة صندوق', en: 'Foundation director' },
    { he: 'מנהל תוכניות מענקים', ar: 'مدير برامج المنح', en: 'Grants programme manager' },
    { he: 'יועצת השקעות חברתיות', ar: 'مستشارة استثمار اجتماعي', en: 'Social investment adviser' },
  ],
  ACADEMIA: [
    { he: 'חוקרת', ar: 'باحثة', en: 'Researcher' },
    { he: 'פרופסור למדיניות ציבורית', ar: 'أستاذ السياسات العامة', en: 'Professor of public policy' },
    { he: 'ראש מרכז מחקר', ar: 'رئيس مركز أبحاث', en: 'Head of a research centre' },
    { he: 'מרצה לחינוך', ar: 'محاضرة في التربية', en: 'Lecturer in education' },
  ],
};

/** What people say they know. */
export const EXPERTISE: readonly Words[] = [
  { he: 'ניהול פרויקטים', ar: 'إدارة المشاريع', en: 'project management' },
  { he: 'גיוס משאבים', ar: 'تجنيد الموارد', en: 'fundraising' },
  { he: 'מדיניות ציבורית', ar: 'السياسات العامة', en: 'public policy' },
  { he: 'הערכת תוכניות', ar: 'تقييم البرامج', en: 'programme evaluation' },
  { he: 'פיתוח קהילתי', ar: 'التنمية المجتمعية', en: 'community development' },
  { he: 'קיימות', ar: 'الاستدامة', en: 'sustainability' },
  { he: 'מחזור פסולת', ar: 'إعادة تدوير النفايات', en: 'waste recycling' },
  { he: 'אנרגיה מתחדשת', ar: 'الطاقة المتجددة', en: 'renewable energy' },
  { he: 'חינוך סביבתי', ar: 'التربية البيئية', en: 'environmental education' },
  { he: 'תכנון עירוני', ar: 'التخطيط الحضري', en: 'urban planning' },
  { he: 'יזמות חברתית', ar: 'الريادة الاجتماعية', en: 'social entrepreneurship' },
  { he: 'ניתוח נתונים', ar: 'تحليل البيانات', en: 'data analysis' },
  { he: 'שיתופי פעולה בין מגזריים', ar: 'الشراكات بين القطاعات', en: 'cross-sector partnerships' },
  { he: 'תעסוקת אנשים עם מוגבלות', ar: 'تشغيل الأشخاص ذوي الإعاقة', en: 'disability employment' },
  { he: 'היערכות לחירום', ar: 'الجاهزية للطوارئ', en: 'emergency preparedness' },
  { he: 'תיירות כפרית', ar: 'السياحة الريفية', en: 'rural tourism' },
  { he: 'בריאות הציבור', ar: 'الصحة العامة', en: 'public health' },
  { he: 'טכנולוגיה חינוכית', ar: 'التكنولوجيا التعليمية', en: 'educational technology' },
];

/** What people would like to work on. */
export const INTERESTS: readonly Words[] = [
  { he: 'צמצום פערים', ar: 'تقليص الفجوات', en: 'closing gaps' },
  { he: 'נוער בסיכון', ar: 'الشباب في خطر', en: 'youth at risk' },
  { he: 'זקנה מיטבית', ar: 'الشيخوخة الفضلى', en: 'healthy ageing' },
  { he: 'חוסן קהילתי', ar: 'المناعة المجتمعية', en: 'community resilience' },
  { he: 'כלכלה מקומית', ar: 'الاقتصاد المحلي', en: 'local economy' },
  { he: 'שטחים פתוחים', ar: 'المساحات المفتوحة', en: 'open spaces' },
  { he: 'התנדבות', ar: 'التطوع', en: 'volunteering' },
  { he: 'חדשנות', ar: 'الابتكار', en: 'innovation' },
  { he: 'תחבורה ציבורית', ar: 'المواصلات العامة', en: 'public transport' },
  { he: 'שוויון מגדרי', ar: 'المساواة الجندرية', en: 'gender equality' },
  { he: 'חקלאות בת קיימא', ar: 'الزراعة المستدامة', en: 'sustainable agriculture' },
  { he: 'הכשרה מקצועית', ar: 'التأهيل المهني', en: 'vocational training' },
];

/** The themes organisations are named after. */
export const ORGANISATION_THEMES: readonly Words[] = [
  { he: 'עתיד ירוק', ar: 'مستقبل أخضر', en: 'Green Future' },
  { he: 'גשרים', ar: 'جسور', en: 'Bridges' },
  { he: 'אופקים', ar: 'آفاق', en: 'Horizons' },
  { he: 'שותפות', ar: 'شراكة', en: 'Partnership' },
  { he: 'רוח חדשה', ar: 'روح جديدة', en: 'New Spirit' },
  { he: 'יחד', ar: 'معًا', en: 'Together' },
  { he: 'צמיחה', ar: 'نمو', en: 'Growth' },
  { he: 'נתיבים', ar: 'مسارات', en: 'Pathways' },
  { he: 'מעגלים', ar: 'دوائر', en: 'Circles' },
  { he: 'שורשים', ar: 'جذور', en: 'Roots' },
  { he: 'אור', ar: 'نور', en: 'Light' },
  { he: 'נגב וגליל', ar: 'النقب والجليل', en: 'Negev and Galilee' },
];

/**
 * How an organisation of a sector is named: a kind of body, then its theme and topic. `{theme}`
 * and `{topic}` are filled in each language.
 */
export const ORGANISATION_PATTERNS: Record<SectorCode, readonly Words[]> = {
  GOVERNMENT: [
    { he: 'מינהלת {theme} ל{topic}', ar: 'إدارة {theme} لـ{topic}', en: '{theme} Directorate for {topic}' },
    { he: 'הרשות הלאומית ל{topic}', ar: 'السلطة الوطنية لـ{topic}', en: 'National Authority for {topic}' },
  ],
  LOCAL_GOVERNMENT: [
    { he: 'אשכול {theme}', ar: 'عنقود {theme}', en: '{theme} Cluster' },
    { he: 'המועצה האזורית {theme}', ar: 'المجلس الإقليمي {theme}', en: '{theme} Regional Council' },
    { he: 'החברה הכלכלית {theme}', ar: 'الشركة الاقتصادية {theme}', en: '{theme} Economic Company' },
  ],
  BUSINESS: [
    { he: '{theme} טכנולוגיות בע"מ', ar: '{theme} للتكنولوجيا م.ض.', en: '{theme} Technologies Ltd' },
    { he: '{theme} ל{topic} בע"מ', ar: '{theme} لـ{topic} م.ض.', en: '{theme} {topic} Ltd' },
  ],
  CIVIL_SOCIETY: [
    { he: 'עמותת {theme} ל{topic}', ar: 'جمعية {theme} لـ{topic}', en: '{theme} Association for {topic}' },
    { he: 'פורום {theme}', ar: 'منتدى {theme}', en: '{theme} Forum' },
    { he: 'מרכז {theme} ל{topic}', ar: 'مركز {theme} لـ{topic}', en: '{theme} Centre for {topic}' },
  ],
  PHILANTHROPY: [
    { he: 'קרן {theme} ל{topic}', ar: 'صندوق {theme} لـ{topic}', en: '{theme} Foundation for {topic}' },
    { he: 'קרן {theme}', ar: 'صندوق {theme}', en: '{theme} Fund' },
  ],
  ACADEMIA: [
    { he: 'המכון ל{topic} {theme}', ar: 'معهد {theme} لـ{topic}', en: '{theme} Institute for {topic}' },
    { he: 'המכללה האקדמית {theme}', ar: 'الكلية الأكاديمية {theme}', en: '{theme} Academic College' },
  ],
};

/** A person's bio, in the language they write: `{title}`, `{organisation}`, `{topics}`, `{years}`, `{expertise}`. */
export const BIO_PATTERNS: Words = {
  he: '{title}, {organisation}. {years} שנות עשייה בתחומי {topics}, עם ניסיון ב{expertise}.',
  ar: '{title}، {organisation}. {years} سنوات من العمل في مجالات {topics}، مع خبرة في {expertise}.',
  en: '{title} at {organisation}. {years} years of work on {topics}, with experience in {expertise}.',
};

const FINAL_FORMS: Record<string, string> = { כ: 'ך', מ: 'ם', נ: 'ן', פ: 'ף', צ: 'ץ' };

/** Hebrew's final letter forms at the end of each word (not before a geresh: צ' stays). */
function withFinalForms(text: string): string {
  return text.replace(/[כמנפצ](?=$|[\s-])/gu, (letter) => FINAL_FORMS[letter]!);
}

const ARABIC_TO_HEBREW: Record<string, string> = {
  ا: 'א', أ: 'א', إ: 'א', آ: 'א', ء: 'א', ئ: 'א', ؤ: 'או', ى: 'א',
  ب: 'ב', ت: 'ת', ث: "ת'", ج: "ג'", ح: 'ח', خ: "ח'", د: 'ד', ذ: "ד'", ر: 'ר', ز: 'ז', س: 'ס', ش: 'ש',
  ص: 'צ', ض: "צ'", ط: 'ט', ظ: "ט'", ع: 'ע', غ: "ע'", ف: 'פ', ق: 'ק', ك: 'כ', ل: 'ל', م: 'מ', ن: 'נ',
  ه: 'ה', ة: 'ה', و: 'ו', ي: 'י',
}; // prettier-ignore

/** An Arabic name in Hebrew letters, letter by letter, as Israeli forms write it (فاطمة → פאטמה). */
export function hebrewFromArabic(text: string): string {
  const letters = [...text.normalize('NFC')]
    .map((char) => ARABIC_TO_HEBREW[char] ?? (/[\s-]/u.test(char) ? char : ''))
    .join('');
  return withFinalForms(letters.replace(/\s+/gu, ' ').trim());
}

const HEBREW_TO_ARABIC: Record<string, string> = {
  א: 'ا', ב: 'ب', ג: 'ج', ד: 'د', ה: 'ه', ו: 'و', ז: 'ز', ח: 'ح', ט: 'ط', י: 'ي', כ: 'ك', ך: 'ك', ל: 'ل',
  מ: 'م', ם: 'م', נ: 'ن', ן: 'ن', ס: 'س', ע: 'ع', פ: 'ف', ף: 'ف', צ: 'ص', ץ: 'ص', ק: 'ق', ר: 'ر', ש: 'ش',
  ת: 'ت',
}; // prettier-ignore

/** A Hebrew name in Arabic letters, letter by letter (שרה → شره); signs without a letter are left out. */
export function arabicFromHebrew(text: string): string {
  return [...text]
    .map((char) => HEBREW_TO_ARABIC[char] ?? (/[\s-]/u.test(char) ? char : ''))
    .join('')
    .replace(/\s+/gu, ' ')
    .trim();
}

const LATIN_PAIRS: [string, string][] = [
  ['sh', 'ש'], ['ch', "צ'"], ['tz', 'צ'], ['th', "ת'"], ['ph', 'פ'], ['ck', 'ק'], ['oo', 'ו'], ['ee', 'י'],
]; // prettier-ignore
const LATIN_LETTERS: Record<string, string> = {
  b: 'ב', c: 'ק', d: 'ד', f: 'פ', g: 'ג', h: 'ה', i: 'י', j: "ג'", k: 'ק', l: 'ל', m: 'מ', n: 'נ', o: 'ו',
  p: 'פ', q: 'ק', r: 'ר', s: 'ס', t: 'ט', u: 'ו', v: 'ו', w: 'ו', x: 'קס', y: 'י', z: 'ז',
}; // prettier-ignore

/**
 * An English name in Hebrew letters (Johnson → ג'ונסון): consonants and o/u/i as their letters,
 * a and e written only at the start of a word (א).
 */
export function hebrewFromLatin(text: string): string {
  const words = text
    .toLowerCase()
    .normalize('NFKD')
    .replace(/[^a-z\s-]/gu, '')
    .replace(/([a-z])\1/gu, '$1')
    .split(/\s+/u)
    .filter(Boolean);
  return withFinalForms(
    words
      .map((word) => {
        let out = '';
        for (let i = 0; i < word.length;) {
          const pair = LATIN_PAIRS.find(([latin]) => word.startsWith(latin, i));
          if (pair) {
            out += pair[1];
            i += 2;
            continue;
          }
          const char = word[i]!;
          if (char === 'a' || char === 'e') out += i === 0 ? 'א' : '';
          else out += LATIN_LETTERS[char] ?? char;
          i += 1;
        }
        return out;
      })
      .join(' '),
  );
}

/**
 * A registrar-style number that is clearly synthetic: `99` (no registrar series starts so) and the
 * index in six digits, then a check digit by the algorithm Israeli identity and registrar numbers
 * use (digits weighted 1, 2, 1, 2 …, the digits of each product summed, to a multiple of ten).
 */
export function syntheticRegistrationNumber(index: number): string {
  if (!Number.isInteger(index) || index < 0 || index > 999_999) {
    throw new RangeError(`A synthetic registration number needs an index from 0 to 999999, not ${index}.`);
  }
  const body = `99${String(index).padStart(6, '0')}`;
  return body + String(checkDigit(body));
}

/** The check digit that makes `body` (eight digits) a valid nine-digit number. */
export function checkDigit(body: string): number {
  let sum = 0;
  for (const [position, char] of [...body].entries()) {
    const product = Number(char) * (position % 2 === 0 ? 1 : 2);
    sum += product > 9 ? product - 9 : product;
  }
  return (10 - (sum % 10)) % 10;
}

/** Whether a nine-digit number passes the check-digit test. */
export function hasValidCheckDigit(number: string): boolean {
  return /^\d{9}$/.test(number) && checkDigit(number.slice(0, 8)) === Number(number[8]);
}

/** Fills `{name}` placeholders; Arabic لـ before the article ال is written لل (لـالبيئة → للبيئة). */
export function fill(pattern: string, values: Record<string, string>): string {
  return pattern.replace(/\{(\w+)\}/gu, (_, key: string) => values[key] ?? '').replace(/لـال/gu, 'لل');
}
