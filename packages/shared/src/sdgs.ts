import type { LocalizedText } from './localized.js';

/**
 * The 17 UN Sustainable Development Goals: the UN's official short titles in English and Arabic,
 * the Hebrew titles used in Israel, and the UN's colour for each goal. Direction 6 (seed 004)
 * maps national goals to them.
 */
export interface Sdg {
  number: number;
  title: LocalizedText;
  color: string;
}

export const SDGS: readonly Sdg[] = [
  {
    number: 1,
    title: { he: 'מיגור העוני', ar: 'القضاء على الفقر', en: 'No Poverty' },
    color: '#E5243B',
  },
  {
    number: 2,
    title: { he: 'מיגור הרעב', ar: 'القضاء التام على الجوع', en: 'Zero Hunger' },
    color: '#DDA63A',
  },
  {
    number: 3,
    title: { he: 'בריאות ורווחה', ar: 'الصحة الجيدة والرفاه', en: 'Good Health and Well-being' },
    color: '#4C9F38',
  },
  {
    number: 4,
    title: { he: 'חינוך איכותי', ar: 'التعليم الجيد', en: 'Quality Education' },
    color: '#C5192D',
  },
  {
    number: 5,
    title: { he: 'שוויון מגדרי', ar: 'المساواة بين الجنسين', en: 'Gender Equality' },
    color: '#FF3A21',
  },
  {
    number: 6,
    title: {
      he: 'מים נקיים ותברואה',
      ar: 'المياه النظيفة والنظافة الصحية',
      en: 'Clean Water and Sanitation',
    },
    color: '#26BDE2',
  },
  {
    number: 7,
    title: {
      he: 'אנרגיה נקייה ובת השגה',
      ar: 'طاقة نظيفة وبأسعار معقولة',
      en: 'Affordable and Clean Energy',
    },
    color: '#FCC30B',
  },
  {
    number: 8,
    title: {
      he: 'תעסוקה הוגנת וצמיחה כלכלית',
      ar: 'العمل اللائق ونمو الاقتصاد',
      en: 'Decent Work and Economic Growth',
    },
    color: '#A21942',
  },
  {
    number: 9,
    title: {
      he: 'תעשייה, חדשנות ותשתיות',
      ar: 'الصناعة والابتكار والهياكل الأساسية',
      en: 'Industry, Innovation and Infrastructure',
    },
    color: '#FD6925',
  },
  {
    number: 10,
    title: { he: 'צמצום אי-שוויון', ar: 'الحد من أوجه عدم المساواة', en: 'Reduced Inequalities' },
    color: '#DD1367',
  },
  {
    number: 11,
    title: {
      he: 'ערים וקהילות מקיימות',
      ar: 'مدن ومجتمعات محلية مستدامة',
      en: 'Sustainable Cities and Communities',
    },
    color: '#FD9D24',
  },
  {
    number: 12,
    title: {
      he: 'צריכה וייצור אחראיים',
      ar: 'الاستهلاك والإنتاج المسؤولان',
      en: 'Responsible Consumption and Production',
    },
    color: '#BF8B2E',
  },
  {
    number: 13,
    title: { he: 'פעולה למען האקלים', ar: 'العمل المناخي', en: 'Climate Action' },
    color: '#3F7E44',
  },
  {
    number: 14,
    title: { he: 'החיים מתחת למים', ar: 'الحياة تحت الماء', en: 'Life Below Water' },
    color: '#0A97D9',
  },
  {
    number: 15,
    title: { he: 'החיים על היבשה', ar: 'الحياة في البر', en: 'Life on Land' },
    color: '#56C02B',
  },
  {
    number: 16,
    title: {
      he: 'שלום, צדק ומוסדות חזקים',
      ar: 'السلام والعدل والمؤسسات القوية',
      en: 'Peace, Justice and Strong Institutions',
    },
    color: '#00689D',
  },
  {
    number: 17,
    title: {
      he: 'שותפויות להשגת היעדים',
      ar: 'عقد الشراكات لتحقيق الأهداف',
      en: 'Partnerships for the Goals',
    },
    color: '#19486A',
  },
];
