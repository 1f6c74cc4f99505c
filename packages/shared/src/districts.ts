import type { LocalizedText } from './localized.js';

/**
 * The seven districts (מחוזות). `cbsCode` is `district_id` in the CBS localities file
 * (cbs-localities-2019.csv), which numbers them differently from this display order.
 */
export const DISTRICT_CODES = [
  'NORTH',
  'HAIFA',
  'CENTER',
  'TEL_AVIV',
  'JERUSALEM',
  'SOUTH',
  'JUDEA_AND_SAMARIA',
] as const;
export type DistrictCode = (typeof DISTRICT_CODES)[number];

export interface District {
  code: DistrictCode;
  cbsCode: number;
  name: LocalizedText;
}

export const DISTRICTS: readonly District[] = [
  { code: 'NORTH', cbsCode: 2, name: { he: 'צפון', ar: 'الشمال', en: 'North' } },
  { code: 'HAIFA', cbsCode: 3, name: { he: 'חיפה', ar: 'حيفا', en: 'Haifa' } },
  { code: 'CENTER', cbsCode: 4, name: { he: 'מרכז', ar: 'المركز', en: 'Center' } },
  { code: 'TEL_AVIV', cbsCode: 5, name: { he: 'תל אביב', ar: 'تل أبيب', en: 'Tel Aviv' } },
  { code: 'JERUSALEM', cbsCode: 1, name: { he: 'ירושלים', ar: 'القدس', en: 'Jerusalem' } },
  { code: 'SOUTH', cbsCode: 6, name: { he: 'דרום', ar: 'الجنوب', en: 'South' } },
  // The CBS file calls it אזור יהודה ושומרון.
  {
    code: 'JUDEA_AND_SAMARIA',
    cbsCode: 7,
    name: { he: 'יהודה ושומרון', ar: 'يهودا والسامرة', en: 'Judea and Samaria' },
  },
];

export function districtByCbsCode(cbsCode: number): District | undefined {
  return DISTRICTS.find((district) => district.cbsCode === cbsCode);
}
