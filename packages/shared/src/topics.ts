import type { LocalizedText } from './localized.js';

/**
 * Topics (תחומים) of clusters, forums, partnerships and people (domain.md). Hebrew names follow
 * the seeds' wording: Beit HaKerem's core topics and conference tracks (seed 001), Western Negev's
 * forums and their goals (seed 003), the round table's work (seed 004) and the COVID-19 crisis
 * (seed 000).
 *
 * To add a topic: append its code to TOPIC_CODES (never rename or reorder one: codes are stored)
 * and its entry, with all three names, to TOPICS; the tests check that the two lists agree.
 */
export const TOPIC_CODES = [
  'ENVIRONMENT',
  'TOURISM',
  'EDUCATION',
  'CULTURE_AND_SPORT',
  'WELFARE_AND_HEALTH',
  'INFRASTRUCTURE_AND_PLANNING',
  'INDUSTRY_AND_EMPLOYMENT',
  'VETERINARY_SERVICES',
  'ENERGY',
  'SPECIAL_NEEDS',
  'ELDERLY',
  'YOUTH_AT_RISK',
  'VOLUNTEERING',
  'EMERGENCY_AND_CRISIS',
  'WELFARE_AND_SOCIAL_SERVICES',
  'SPECIAL_EDUCATION',
  'TECHNOLOGICAL_EDUCATION',
  'WASTE_MANAGEMENT',
  'ECONOMY',
  'ENVIRONMENTAL_EDUCATION',
  'EMPLOYMENT_OF_PEOPLE_WITH_DISABILITIES',
] as const;
export type TopicCode = (typeof TOPIC_CODES)[number];

export interface Topic {
  code: TopicCode;
  name: LocalizedText;
}

export const TOPICS: readonly Topic[] = [
  { code: 'ENVIRONMENT', name: { he: 'איכות הסביבה', ar: 'جودة البيئة', en: 'Environment' } },
  { code: 'TOURISM', name: { he: 'תיירות', ar: 'السياحة', en: 'Tourism' } },
  { code: 'EDUCATION', name: { he: 'חינוך', ar: 'التربية والتعليم', en: 'Education' } },
  {
    code: 'CULTURE_AND_SPORT',
    name: { he: 'תרבות וספורט', ar: 'الثقافة والرياضة', en: 'Culture and sport' },
  },
  {
    code: 'WELFARE_AND_HEALTH',
    name: { he: 'רווחה ובריאות', ar: 'الرفاه والصحة', en: 'Welfare and health' },
  },
  {
    code: 'INFRASTRUCTURE_AND_PLANNING',
    name: { he: 'תשתיות ותכנון', ar: 'البنى التحتية والتخطيط', en: 'Infrastructure and planning' },
  },
  {
    code: 'INDUSTRY_AND_EMPLOYMENT',
    name: { he: 'תעשייה ותעסוקה', ar: 'الصناعة والتشغيل', en: 'Industry and employment' },
  },
  {
    code: 'VETERINARY_SERVICES',
    name: { he: 'וטרינריה', ar: 'الخدمات البيطرية', en: 'Veterinary services' },
  },
  // Seed 003 names energy efficiency (התייעלות אנרגטית); the topic is energy as a whole.
  { code: 'ENERGY', name: { he: 'אנרגיה', ar: 'الطاقة', en: 'Energy' } },
  {
    code: 'SPECIAL_NEEDS',
    name: { he: 'בעלי צרכים מיוחדים', ar: 'ذوو الاحتياجات الخاصة', en: 'Special needs' },
  },
  { code: 'ELDERLY', name: { he: 'זקנים', ar: 'المسنون', en: 'Elderly' } },
  {
    code: 'YOUTH_AT_RISK',
    name: { he: 'צעירים בסיכון', ar: 'الشباب في خطر', en: 'Youth at risk' },
  },
  { code: 'VOLUNTEERING', name: { he: 'התנדבות', ar: 'التطوع', en: 'Volunteering' } },
  // Such as the COVID-19 crisis (seeds 000 and 004).
  {
    code: 'EMERGENCY_AND_CRISIS',
    name: { he: 'חירום ומשברים', ar: 'الطوارئ والأزمات', en: 'Emergency and crisis' },
  },
  {
    code: 'WELFARE_AND_SOCIAL_SERVICES',
    name: {
      he: 'רווחה ושירותים חברתיים',
      ar: 'الرفاه والخدمات الاجتماعية',
      en: 'Welfare and social services',
    },
  },
  {
    code: 'SPECIAL_EDUCATION',
    name: { he: 'חינוך מיוחד', ar: 'التربية الخاصة', en: 'Special education' },
  },
  {
    code: 'TECHNOLOGICAL_EDUCATION',
    name: { he: 'חינוך טכנולוגי', ar: 'التعليم التكنولوجي', en: 'Technological education' },
  },
  {
    code: 'WASTE_MANAGEMENT',
    name: { he: 'ניהול פסולת', ar: 'إدارة النفايات', en: 'Waste management' },
  },
  { code: 'ECONOMY', name: { he: 'כלכלה', ar: 'الاقتصاد', en: 'Economy' } },
  {
    code: 'ENVIRONMENTAL_EDUCATION',
    name: { he: 'חינוך סביבתי', ar: 'التربية البيئية', en: 'Environmental education' },
  },
  // Seed 003: "תעסוקה בקרב נכים ואוכלוסיות רווחה"; named here in today's wording.
  {
    code: 'EMPLOYMENT_OF_PEOPLE_WITH_DISABILITIES',
    name: {
      he: 'תעסוקת אנשים עם מוגבלות',
      ar: 'تشغيل الأشخاص ذوي الإعاقة',
      en: 'Employment of people with disabilities',
    },
  },
];
