import type { LocalizedText } from './localized.js';

/** The six sectors of cross-sector work (domain.md; seed 004 names them in the same order). */
export const SECTOR_CODES = [
  'GOVERNMENT',
  'LOCAL_GOVERNMENT',
  'BUSINESS',
  'CIVIL_SOCIETY',
  'PHILANTHROPY',
  'ACADEMIA',
] as const;
export type SectorCode = (typeof SECTOR_CODES)[number];

export interface Sector {
  code: SectorCode;
  name: LocalizedText;
}

export const SECTORS: readonly Sector[] = [
  { code: 'GOVERNMENT', name: { he: 'ממשלה', ar: 'الحكومة', en: 'Government' } },
  {
    code: 'LOCAL_GOVERNMENT',
    name: { he: 'שלטון מקומי', ar: 'الحكم المحلي', en: 'Local government' },
  },
  { code: 'BUSINESS', name: { he: 'מגזר עסקי', ar: 'قطاع الأعمال', en: 'Business sector' } },
  // Also called the third sector (מגזר שלישי, seed 000).
  { code: 'CIVIL_SOCIETY', name: { he: 'חברה אזרחית', ar: 'المجتمع المدني', en: 'Civil society' } },
  {
    code: 'PHILANTHROPY',
    name: { he: 'קרנות פילנתרופיות', ar: 'الصناديق الخيرية', en: 'Philanthropic foundations' },
  },
  {
    code: 'ACADEMIA',
    name: { he: 'מומחים ואקדמיה', ar: 'الخبراء والأوساط الأكاديمية', en: 'Experts and academia' },
  },
];
