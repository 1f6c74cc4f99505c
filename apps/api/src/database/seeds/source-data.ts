/**
 * The real data of the source documents in shared/seeds (Hebrew), as domain.md lists it. Nothing
 * here is invented: a value a source leaves out is absent (null in the database). English is the
 * source's own or a faithful translation; Arabic appears only where it is known (the names Arab
 * towns call themselves). Each item names the seed it comes from.
 */
import type { AuthorityKind } from '@roundtable/shared/authority-kinds';
import type { CallStatus } from '@roundtable/shared/calls';
import type { ClusterLegalForm, ClusterStage } from '@roundtable/shared/clusters';
import type { EventKind } from '@roundtable/shared/events';
import type { ForumKind, ForumMemberRole } from '@roundtable/shared/forums';
import type { LocalizedText } from '@roundtable/shared/localized';
import type { FundingMechanism, PartnershipKind, PartnershipStatus } from '@roundtable/shared/partnerships';
import type { SectorCode } from '@roundtable/shared/sectors';
import type { TopicCode } from '@roundtable/shared/topics';

export type SourceCode =
  | 'HAIFA_BAY_CALL_2020'
  | 'BEIT_HAKEREM_CLUSTER_PAGE'
  | 'MOI_CLUSTERS_2017_VIAPLAN'
  | 'WESTERN_NEGEV_CLUSTER_PAGE'
  | 'PMO_ONLINE_EVENT_INVITATION';

export interface SourceSeed {
  code: SourceCode;
  seedFile: string;
  title: LocalizedText;
  publisher: LocalizedText | null;
  publishedOn: string | null;
}

export interface PersonSeed {
  key: string;
  name: LocalizedText;
  title: LocalizedText | null;
}

export interface AuthoritySeed {
  name: LocalizedText;
  kind: AuthorityKind | null;
  /** Other spellings the sources use; matched by normalised name (packages/shared/src/names.ts). */
  alternativeNames?: string[];
}

export interface ClusterSeed {
  slug: string;
  name: LocalizedText;
  /** Other names sources give the cluster, such as the CBS file's. */
  alternativeNames: string[];
  legalForm: ClusterLegalForm | null;
  stage: ClusterStage | null;
  foundedOn: string | null;
  summary: LocalizedText | null;
  ceo: { person: string; since: string | null } | null;
  programManager: string | null;
  coreTopics: TopicCode[];
  visionGoals: LocalizedText[];
  declaredMemberCount: { count: number; source: SourceCode } | null;
  members: { source: SourceCode; authorities: AuthoritySeed[] } | null;
}

export interface MilestoneSeed {
  key: string;
  cluster: string | null;
  occurredOn: string;
  title: LocalizedText;
  source: SourceCode;
}

export interface ForumMemberSeed {
  key: string;
  person: string;
  role: ForumMemberRole;
  /** Null where the source does not say (the secretary is staff and holds no seat). */
  sector: SectorCode | null;
  /** The local authority the member sits for, by its Hebrew name in the seed; null for none. */
  authority: string | null;
}

/**
 * A forum as its source describes it. The sources give no member's term dates, so seeded members
 * have none (forum_member_term_start_known lets a member whose source names them go without).
 */
export interface ForumSeed {
  key: string;
  /** The cluster's slug; null for the national round table. */
  cluster: string | null;
  kind: ForumKind;
  name: LocalizedText;
  description: LocalizedText | null;
  topic: TopicCode | null;
  goals: LocalizedText[];
  /** The representation map; empty where the source gives no seat counts (no seat limit). */
  seats: { sector: SectorCode; seats: number }[];
  termYears: number | null;
  minMeetingsPerYear: number | null;
  allowsIndividuals: boolean;
  launchedOn: string | null;
  source: SourceCode;
  members: ForumMemberSeed[];
}

export const SOURCES: SourceSeed[] = [
  {
    code: 'HAIFA_BAY_CALL_2020',
    seedFile: '000_59748970a0ae75e5.txt',
    title: {
      he: 'אשכול המפרץ – פורום בין מגזרי – קול קורא',
      ar: null,
      en: 'Haifa Bay Cluster – cross-sector forum – call for applications',
    },
    publisher: {
      he: 'איגוד ערים אשכול רשויות המפרץ',
      ar: null,
      en: 'Haifa Bay Cluster of Authorities (cities association)',
    },
    // The deadline it sets, extended, is 2020-06-02.
    publishedOn: '2020',
  },
  {
    code: 'BEIT_HAKEREM_CLUSTER_PAGE',
    seedFile: '001_116e8bfa242cc27f.txt',
    title: { he: 'אשכול בקעת בית הכרם', ar: null, en: 'Beit HaKerem Valley Cluster' },
    publisher: null,
    publishedOn: null,
  },
  {
    code: 'MOI_CLUSTERS_2017_VIAPLAN',
    seedFile: '002_40b20f85c42c48d3.txt',
    title: {
      he: 'הקמת אשכול רשויות (המזמין: משרד הפנים)',
      ar: null,
      en: 'Forming clusters of authorities (for the Ministry of Interior)',
    },
    publisher: { he: 'Viaplan', ar: null, en: 'Viaplan' },
    publishedOn: null,
  },
  {
    code: 'WESTERN_NEGEV_CLUSTER_PAGE',
    seedFile: '003_d1030ed9d318a63f.txt',
    title: { he: 'אשכול נגב מערבי', ar: null, en: 'Western Negev Cluster' },
    publisher: null,
    publishedOn: null,
  },
  {
    code: 'PMO_ONLINE_EVENT_INVITATION',
    seedFile: '004_23bd6d5a1b603e09.txt',
    title: {
      he: 'הזמנה לאירוע מקוון: כותבים את הפרק הבא ביחד!',
      ar: null,
      en: 'Invitation to an online event: writing the next chapter together',
    },
    publisher: { he: 'משרד ראש הממשלה', ar: null, en: "Prime Minister's Office" },
    publishedOn: null,
  },
];

export const PEOPLE: PersonSeed[] = [
  {
    key: 'aharon-azoulay',
    name: { he: 'אהרון אזולאי', ar: null, en: 'Aharon Azoulay' },
    title: {
      he: 'מנכ"ל אשכול המפרץ ומזכיר הפורום הבין-מגזרי',
      ar: null,
      en: 'CEO of the Haifa Bay Cluster and secretary of its cross-sector forum',
    },
  },
  {
    key: 'simon-alfasi',
    name: { he: 'סימון אלפסי', ar: null, en: 'Simon Alfasi' },
    title: {
      he: 'ראש עיריית יקנעם; יו"ר הפורום הבין-מגזרי של אשכול המפרץ מטעם הרשויות המקומיות',
      ar: null,
      en: "Mayor of Yokneam; chair of the Haifa Bay Cluster's cross-sector forum for local government",
    },
  },
  {
    key: 'ronit-ovadia',
    name: { he: 'רונית עובדיה', ar: null, en: 'Ronit Ovadia' },
    title: { he: 'מנכ"לית אשכול בקעת בית הכרם', ar: null, en: 'CEO of the Beit HaKerem Valley Cluster' },
  },
  {
    key: 'hadas-dikman',
    name: { he: 'הדס דיקמן', ar: null, en: 'Hadas Dikman' },
    title: { he: 'מנהלת התכנית, אשכול בקעת בית הכרם', ar: null, en: 'Program manager, Beit HaKerem Valley Cluster' },
  },
  {
    key: 'uri-pinto',
    name: { he: 'אורי פינטו', ar: null, en: 'Uri Pinto' },
    title: { he: 'מנכ"ל אשכול נגב מערבי', ar: null, en: 'CEO of the Western Negev Cluster' },
  },
  {
    key: 'neta-rosenfeld',
    name: { he: 'נטע רוזנפלד', ar: null, en: 'Neta Rosenfeld' },
    title: { he: 'מנהלת התכנית, אשכול נגב מערבי', ar: null, en: 'Program manager, Western Negev Cluster' },
  },
];

const municipality = (
  he: string,
  en: string,
  ar: string | null = null,
  alternativeNames: string[] = [],
): AuthoritySeed => ({
  name: { he, ar, en },
  kind: 'MUNICIPALITY',
  alternativeNames,
});
const localCouncil = (
  he: string,
  en: string,
  ar: string | null = null,
  alternativeNames: string[] = [],
): AuthoritySeed => ({
  name: { he, ar, en },
  kind: 'LOCAL_COUNCIL',
  alternativeNames,
});
const regionalCouncil = (he: string, en: string): AuthoritySeed => ({
  name: { he, ar: null, en },
  kind: 'REGIONAL_COUNCIL',
  // The CBS names a regional council in full: "מועצה אזורית זבולון".
  alternativeNames: [`מועצה אזורית ${he}`],
});
/** A member whose kind the source does not say (the CBS import fills it). */
const authority = (he: string, en: string, ar: string | null = null): AuthoritySeed => ({
  name: { he, ar, en },
  kind: null,
});

export const CLUSTERS: ClusterSeed[] = [
  {
    // Seed 000: the 2020 call for the cross-sector forum.
    slug: 'haifa-bay',
    name: { he: 'אשכול המפרץ', ar: null, en: 'Haifa Bay Cluster' },
    alternativeNames: ['אשכול רשויות המפרץ', 'איגוד ערים אשכול רשויות המפרץ'],
    legalForm: 'CITIES_ASSOCIATION',
    // "הוקם לאחרונה ובימים אלה מתניע את פעילותו": founded and starting its work.
    stage: 'ACTIVE',
    foundedOn: null,
    summary: {
      he: 'בשל המציאות שנוצרה לאור מגפת הקורונה החלטנו להניע בעת הזו עשייה לקידום התמודדות אזורית עם משבר הקורונה והשפעותיו.',
      ar: null,
      en: 'Given the reality created by the COVID-19 pandemic, the cluster decided to start now with work to advance a regional response to the COVID-19 crisis and its effects.',
    },
    ceo: { person: 'aharon-azoulay', since: null },
    programManager: null,
    coreTopics: ['EMERGENCY_AND_CRISIS'],
    visionGoals: [
      {
        he: 'חיזוק החוסן הכלכלי והחברתי של הרשויות החברות באשכול והתושבים החיים בהן.',
        ar: null,
        en: 'Strengthening the economic and social resilience of the member authorities and of the residents who live in them.',
      },
      {
        he: 'פעולה של האשכול בגישה עסקית-כלכלית שתקדם מנופים כלכליים, חברתיים ותרבותיים-חינוכיים לאזור כולו.',
        ar: null,
        en: 'Acting with a business-economic approach that advances economic, social and cultural-educational levers for the whole region.',
      },
      {
        he: 'ביסוס האשכול על ערכים של שותפות, שוויון ורב תרבותיות.',
        ar: null,
        en: 'Founding the cluster on values of partnership, equality and multiculturalism.',
      },
    ],
    declaredMemberCount: null,
    members: {
      source: 'HAIFA_BAY_CALL_2020',
      authorities: [
        municipality('טירת כרמל', 'Tirat Carmel'),
        municipality('יקנעם', 'Yokneam', null, ['יקנעם עילית']),
        municipality('קריית אתא', 'Kiryat Ata'),
        municipality('קריית ביאליק', 'Kiryat Bialik'),
        municipality('קריית ים', 'Kiryat Yam'),
        municipality('קריית מוצקין', 'Kiryat Motzkin'),
        municipality('נשר', 'Nesher'),
        municipality('שפרעם', 'Shefa-Amr', 'شفاعمرو'),
        municipality('תמרה', 'Tamra', 'طمرة', ['טמרה']),
        localCouncil('אעבלין', "I'billin", 'عبلين'),
        localCouncil('ביר אל מכסור', 'Bir al-Maksur', 'بير المكسور'),
        localCouncil('דלית אל כרמל', 'Daliyat al-Karmel', 'دالية الكرمل', ['דאלית אל-כרמל']),
        localCouncil('קריית טבעון', 'Kiryat Tivon'),
        localCouncil('עוספיא', 'Isfiya', 'عسفيا', ['עספיא']),
        localCouncil('רכסים', 'Rekhasim'),
        regionalCouncil('זבולון', 'Zevulun'),
      ],
    },
  },
  {
    // Seed 001: the cluster's page (2013–2014).
    slug: 'beit-hakerem',
    name: { he: 'אשכול בקעת בית הכרם', ar: null, en: 'Beit HaKerem Valley Cluster' },
    alternativeNames: ['אשכול בית הכרם', 'אשכול רשויות בית הכרם הגלילי'],
    legalForm: null,
    // "בשנה הקרובה, 2013, יתמקד האשכול בתהליכי התיאגוד".
    stage: 'INCORPORATING',
    foundedOn: null,
    summary: {
      he: 'שבע רשויות, יהודיות וערביות: חמש מועצות מקומיות, מועצה אזורית אחת ועירייה אחת. תחומי הליבה: איכות הסביבה ותיירות.',
      ar: null,
      en: 'Seven authorities, Jewish and Arab: five local councils, one regional council and one municipality. Core topics: the environment and tourism.',
    },
    ceo: { person: 'ronit-ovadia', since: '2013-10' },
    programManager: 'hadas-dikman',
    coreTopics: ['ENVIRONMENT', 'TOURISM'],
    visionGoals: [],
    declaredMemberCount: { count: 7, source: 'BEIT_HAKEREM_CLUSTER_PAGE' },
    members: {
      source: 'BEIT_HAKEREM_CLUSTER_PAGE',
      authorities: [
        // "סגניות ראש העיר כרמיאל", "המועצה המקומית נחף"; Misgav's kind is not said.
        municipality('כרמיאל', 'Karmiel'),
        authority('משגב', 'Misgav'),
        localCouncil('נחף', 'Nahf', 'نحف'),
      ],
    },
  },
  {
    // Seed 003: the cluster's page.
    slug: 'western-negev',
    name: { he: 'אשכול נגב מערבי', ar: null, en: 'Western Negev Cluster' },
    alternativeNames: ['אשכול רשויות נגב מערבי'],
    // "יירשם כתאגיד עירוני אזורי (חברה בע"מ)".
    legalForm: 'MUNICIPAL_CORPORATION',
    stage: 'INCORPORATING',
    // "ראשי הרשויות החלו לשתף פעולה ביניהם בשנת 2013".
    foundedOn: '2013',
    summary: {
      he: 'מטרת השותפות האזורית היא להביא לכדי ביטוי את יתרון הגודל והאזוריות בנגב המערבי; דרך התייעלות כלכלית, הרחבת הצע השירותים החברתיים, ביסוס קול אזורי ופיתוח ראייה אסטרטגית לקפיצת מדרגה אזורית.',
      ar: null,
      en: 'The regional partnership aims to realise the advantages of scale and regionality in the Western Negev: through economic efficiency, a wider range of social services, a regional voice and a strategic view for a regional leap forward.',
    },
    ceo: { person: 'uri-pinto', since: null },
    programManager: 'neta-rosenfeld',
    // Its professional forums: welfare and social services, education, environment and sustainability.
    coreTopics: ['WELFARE_AND_SOCIAL_SERVICES', 'EDUCATION', 'ENVIRONMENT'],
    visionGoals: [
      { he: 'התייעלות כלכלית', ar: null, en: 'Economic efficiency' },
      { he: 'הרחבת הצע השירותים החברתיים', ar: null, en: 'A wider range of social services' },
      { he: 'ביסוס קול אזורי', ar: null, en: 'Establishing a regional voice' },
      { he: 'פיתוח ראייה אסטרטגית לקפיצת מדרגה אזורית', ar: null, en: 'A strategic view for a regional leap forward' },
    ],
    declaredMemberCount: null,
    members: {
      source: 'WESTERN_NEGEV_CLUSTER_PAGE',
      authorities: [
        regionalCouncil('אשכול', 'Eshkol'),
        authority('אופקים', 'Ofakim'),
        regionalCouncil('בני שמעון', 'Bnei Shimon'),
        regionalCouncil('מרחבים', 'Merhavim'),
        authority('נתיבות', 'Netivot'),
        authority('רהט', 'Rahat', 'رهط'),
        regionalCouncil('שדות נגב', 'Sdot Negev'),
        authority('שדרות', 'Sderot'),
        regionalCouncil('שער הנגב', "Sha'ar HaNegev"),
      ],
    },
  },
  {
    // Seed 001: "אשכול הרשויות הראשון המהווה דגם ראשון וחלוצי למיזם האשכולות".
    slug: 'western-galilee',
    name: { he: 'אשכול גליל מערבי', ar: null, en: 'Western Galilee Cluster' },
    alternativeNames: ['אשכול רשויות גליל מערבי'],
    legalForm: null,
    stage: null,
    foundedOn: null,
    summary: {
      he: 'אשכול הרשויות הראשון, המהווה דגם ראשון וחלוצי למיזם האשכולות.',
      ar: null,
      en: 'The first cluster of authorities: the first, pioneering model of the clusters programme.',
    },
    ceo: null,
    programManager: null,
    coreTopics: [],
    visionGoals: [],
    declaredMemberCount: null,
    members: null,
  },
  {
    // Seed 003: "התאגדות של 15 רשויות, החל דרכו כעמותה להקמת הקריה לרפואה ומחקר בגליל".
    slug: 'eastern-galilee',
    name: { he: 'אשכול גליל מזרחי', ar: null, en: 'Eastern Galilee Cluster' },
    alternativeNames: ['אשכול רשויות גליל מזרחי'],
    legalForm: null,
    stage: null,
    foundedOn: null,
    summary: {
      he: 'התאגדות של 15 רשויות, שהחלה דרכה כעמותה להקמת הקריה לרפואה ומחקר בגליל.',
      ar: null,
      en: 'A union of 15 authorities that began as an association to establish a medical and research campus in the Galilee.',
    },
    ceo: null,
    programManager: null,
    coreTopics: [],
    visionGoals: [],
    declaredMemberCount: { count: 15, source: 'WESTERN_NEGEV_CLUSTER_PAGE' },
    members: null,
  },
];

export const MILESTONES: MilestoneSeed[] = [
  {
    key: 'pmo-government-decision-3190',
    cluster: null,
    occurredOn: '2008',
    title: {
      he: 'החלטת הממשלה 3190: הקמת היחידה לשיתופי פעולה רב-מגזריים במשרד ראש הממשלה והשולחן העגול הבין-מגזרי',
      ar: null,
      en: "Government decision 3190 founds the PMO's unit for cross-sector cooperation and the cross-sector round table",
    },
    source: 'PMO_ONLINE_EVENT_INVITATION',
  },
  {
    key: 'moi-clusters-call-2012',
    cluster: null,
    occurredOn: '2012',
    title: {
      he: 'קול קורא של משרד הפנים להקמת אשכולות אזוריים',
      ar: null,
      en: 'The Ministry of Interior calls for the forming of regional clusters',
    },
    source: 'BEIT_HAKEREM_CLUSTER_PAGE',
  },
  {
    key: 'moi-clusters-call-2017-submissions',
    cluster: null,
    occurredOn: '2017-07-31',
    title: {
      he: 'הוגשו הקולות הקוראים של משרד הפנים: 93 רשויות מקומיות ממחוזות צפון, חיפה ומרכז ומאזור יו"ש התארגנו ב-14 אשכולות חדשים; לאחר מיון המליץ המשרד בשלב הראשון על הקמת 9 אשכולות',
      ar: null,
      en: 'Submissions to the Ministry of Interior call close: 93 local authorities from the North, Haifa and Center districts and Judea and Samaria organise into 14 new clusters; after screening the ministry recommends 9 in a first stage',
    },
    source: 'MOI_CLUSTERS_2017_VIAPLAN',
  },
  {
    key: 'pmo-future-search-2022',
    cluster: null,
    occurredOn: '2022-07-06',
    title: {
      he: 'כנס "חקר עתיד" (6–7 ביולי 2022): כ-100 נציגים מכל המגזרים מגבשים שבעה כיווני פעולה',
      ar: null,
      en: 'The "Future Search" conference (6–7 July 2022): about 100 representatives of every sector set seven action directions',
    },
    source: 'PMO_ONLINE_EVENT_INVITATION',
  },
  {
    key: 'beit-hakerem-moi-call-won',
    cluster: 'beit-hakerem',
    occurredOn: '2012',
    title: {
      he: 'הרשויות זוכות בקול הקורא של משרד הפנים להקמת אשכולות אזוריים',
      ar: null,
      en: "The authorities win the Ministry of Interior's call for regional clusters",
    },
    source: 'BEIT_HAKEREM_CLUSTER_PAGE',
  },
  {
    key: 'beit-hakerem-heads-forum-launched',
    cluster: 'beit-hakerem',
    occurredOn: '2013-01-07',
    title: { he: 'הושק פורום ראשי הרשויות של האשכול', ar: null, en: "The cluster's heads' forum is launched" },
    source: 'BEIT_HAKEREM_CLUSTER_PAGE',
  },
  {
    key: 'beit-hakerem-exposure-conference',
    cluster: 'beit-hakerem',
    occurredOn: '2013-08-26',
    title: {
      he: 'כנס חשיפה בכרמיאל: 135 משתתפים, דיונים בחמישה נושאים',
      ar: null,
      en: 'Exposure conference in Karmiel: 135 participants, discussions in five tracks',
    },
    source: 'BEIT_HAKEREM_CLUSTER_PAGE',
  },
  {
    key: 'beit-hakerem-ceo-chosen',
    cluster: 'beit-hakerem',
    occurredOn: '2013-10',
    title: {
      he: 'רונית עובדיה נבחרת למנכ"לית האשכול מבין 40 מועמדים',
      ar: null,
      en: "Ronit Ovadia is chosen as the cluster's CEO from 40 candidates",
    },
    source: 'BEIT_HAKEREM_CLUSTER_PAGE',
  },
  {
    key: 'beit-hakerem-work-plan-2014',
    cluster: 'beit-hakerem',
    occurredOn: '2014-01-15',
    title: {
      he: 'פורום ראשי הרשויות מאשר את מתווה העבודה לשנת 2014',
      ar: null,
      en: "The heads' forum approves the 2014 work plan",
    },
    source: 'BEIT_HAKEREM_CLUSTER_PAGE',
  },
  {
    key: 'western-negev-cooperation-begins',
    cluster: 'western-negev',
    occurredOn: '2013',
    title: { he: 'ראשי הרשויות מתחילים לשתף פעולה', ar: null, en: 'The heads of the authorities begin to cooperate' },
    source: 'WESTERN_NEGEV_CLUSTER_PAGE',
  },
  {
    key: 'haifa-bay-call-deadline',
    cluster: 'haifa-bay',
    occurredOn: '2020-06-02',
    title: {
      he: 'המועד האחרון המעודכן להגשת בקשות להצטרפות לפורום הבין-מגזרי (הוארך לאור החגים והעניין הרב)',
      ar: null,
      en: 'The extended deadline for applications to join the cross-sector forum (extended for the holidays and the high interest)',
    },
    source: 'HAIFA_BAY_CALL_2020',
  },
];

export const FORUMS: ForumSeed[] = [
  {
    // Seed 000: the call for the cross-sector forum.
    key: 'haifa-bay-cross-sector-forum',
    cluster: 'haifa-bay',
    kind: 'CROSS_SECTOR',
    name: { he: 'הפורום הבין-מגזרי האזורי', ar: null, en: 'Regional cross-sector forum' },
    description: {
      he: 'פורום בין-מגזרי אזורי לקידום ההתמודדות עם משבר הקורונה וההתאוששות ממנו, במתכונת השולחן העגול של משרד ראש הממשלה: המגזר הציבורי, המגזר השלישי והמגזר העסקי הפועל להשגת מטרות ציבוריות, מיוצגים בו באופן שווה.',
      ar: null,
      en: "A regional cross-sector forum to advance the response to the COVID-19 crisis and the recovery from it, modelled on the PMO's round table: the public sector, the third sector and the business sector acting for public goals are represented in it equally.",
    },
    topic: 'EMERGENCY_AND_CRISIS',
    goals: [
      {
        he: 'קידום מטרות ציבוריות-חברתיות אזוריות בתחומים שונים, באמצעות שיתופי פעולה בין-מגזריים.',
        ar: null,
        en: 'Advancing regional public and social goals in various fields through cross-sector cooperation.',
      },
      {
        he: 'חיזוק שיתוף הפעולה האזורי וביסוס מערכת היחסים בין המגזר הציבורי, המגזר העסקי הפועל למטרות ציבוריות והמגזר השלישי.',
        ar: null,
        en: 'Strengthening regional cooperation and building the relationship between the public sector, the business sector acting for public goals and the third sector.',
      },
      {
        he: 'קידום מסגרת להידברות ושיח בין-מגזרי המבוססים על תרבות של הבנה, שותפות והסכמה.',
        ar: null,
        en: 'Advancing a framework for cross-sector dialogue based on a culture of understanding, partnership and agreement.',
      },
    ],
    // "9 נציגים לכל מגזר ובסה"כ 27 חברים קבועים"; the public sector's seats are the local authorities'.
    seats: [
      { sector: 'LOCAL_GOVERNMENT', seats: 9 },
      { sector: 'BUSINESS', seats: 9 },
      { sector: 'CIVIL_SOCIETY', seats: 9 },
    ],
    // "תקופת כהונה רציפה של שלוש שנים"; "השתתפות בלפחות ארבעה מפגשים בשנה".
    termYears: 3,
    minMeetingsPerYear: 4,
    // "החברות בפורום היא ארגונית (למעט ביחס לאנשי העסקים הפעילים בתחום הפילנתרופיה …)".
    allowsIndividuals: true,
    // "בימים אלה מוקם הפורום": being set up, no launch date given.
    launchedOn: null,
    source: 'HAIFA_BAY_CALL_2020',
    members: [
      // "מר סימון אלפסי, ראש עיריית יקנעם, מכהן כיו"ר מטעם הרשויות המקומיות".
      {
        key: 'haifa-bay-cross-sector-forum-chair',
        person: 'simon-alfasi',
        role: 'CHAIR',
        sector: 'LOCAL_GOVERNMENT',
        authority: 'יקנעם',
      },
      // "מנכ"ל האשכול, מר אהרון אזולאי, המשמש גם כמזכיר הפורום". The co-chairs are not named.
      {
        key: 'haifa-bay-cross-sector-forum-secretary',
        person: 'aharon-azoulay',
        role: 'SECRETARY',
        sector: null,
        authority: null,
      },
    ],
  },
  {
    // Seed 001: "ב-7 בינואר 2013, הושק פורום ראשי הרשויות של האשכול".
    key: 'beit-hakerem-heads-forum',
    cluster: 'beit-hakerem',
    kind: 'HEADS',
    name: { he: 'פורום ראשי הרשויות', ar: 'منتدى رؤساء السلطات المحلية', en: "Heads of authorities' forum" },
    description: null,
    topic: null,
    goals: [],
    seats: [],
    termYears: null,
    minMeetingsPerYear: null,
    allowsIndividuals: false,
    launchedOn: '2013-01-07',
    source: 'BEIT_HAKEREM_CLUSTER_PAGE',
    members: [],
  },
  {
    // Seed 001: its structure and goals were still being drawn up.
    key: 'beit-hakerem-environment-forum',
    cluster: 'beit-hakerem',
    kind: 'PROFESSIONAL',
    name: {
      he: 'פורום אזורי להגנת הסביבה',
      ar: 'المنتدى الإقليمي لحماية البيئة',
      en: 'Regional environmental protection forum',
    },
    description: {
      he: 'כחלק מהתנעת פעילות האשכול, הוחלט לקדם את נושא איכות הסביבה באמצעות הקמת פורום אזורי. במקביל למיפוי סוגיות המפתח מגובשת הצעה לעיצוב מבנה ויעדי הפורום האזורי.',
      ar: null,
      en: "As part of starting the cluster's work, it was decided to advance the environment by setting up a regional forum. While the key issues are mapped, a proposal for the forum's structure and goals is being drawn up.",
    },
    topic: 'ENVIRONMENT',
    goals: [],
    seats: [],
    termYears: null,
    minMeetingsPerYear: null,
    allowsIndividuals: false,
    launchedOn: null,
    source: 'BEIT_HAKEREM_CLUSTER_PAGE',
    members: [],
  },
  // Seed 003: "ארבעה פורומים מקצועיים אזוריים, ושני פורומים מובילים"; it names three professional ones.
  {
    key: 'western-negev-heads-forum',
    cluster: 'western-negev',
    kind: 'HEADS',
    name: { he: 'פורום ראשי רשויות', ar: 'منتدى رؤساء السلطات المحلية', en: "Heads of authorities' forum" },
    description: {
      he: 'הפורום המוביל של האשכול.',
      ar: null,
      en: "The cluster's leading forum.",
    },
    topic: null,
    // "ראשי הרשויות מובילים את הפורומים השונים ומתווים את הדרך האסטרטגית וקבלת ההחלטות באשכול".
    goals: [
      { he: 'הובלת הפורומים השונים של האשכול', ar: null, en: "Leading the cluster's various forums" },
      {
        he: 'התוויית הדרך האסטרטגית וקבלת ההחלטות באשכול',
        ar: null,
        en: "Setting the cluster's strategic course and taking its decisions",
      },
    ],
    seats: [],
    termYears: null,
    minMeetingsPerYear: null,
    allowsIndividuals: false,
    launchedOn: null,
    source: 'WESTERN_NEGEV_CLUSTER_PAGE',
    members: [],
  },
  {
    key: 'western-negev-coordinating-forum',
    cluster: 'western-negev',
    kind: 'COORDINATING',
    name: { he: 'הפורום המתאם', ar: 'المنتدى التنسيقي', en: 'Coordinating forum' },
    description: {
      he: 'מורכב ממנכ"לים, מזכירים ומנהלי יחידות אסטרטגיות מהרשויות.',
      ar: null,
      en: 'Made up of directors-general, secretaries and heads of strategy units of the authorities.',
    },
    topic: null,
    // "תפקידו … לתכלל את פעילות האשכול, ללוות ולייעץ למנכ"ל האשכול ולהטמיע את מהלכים בתוך הרשויות".
    goals: [
      { he: 'תכלול פעילות האשכול', ar: null, en: "Integrating the cluster's work" },
      { he: 'ליווי וייעוץ למנכ"ל האשכול', ar: null, en: "Accompanying and advising the cluster's CEO" },
      { he: 'הטמעת המהלכים בתוך הרשויות', ar: null, en: 'Embedding the initiatives within the authorities' },
    ],
    seats: [],
    termYears: null,
    minMeetingsPerYear: null,
    allowsIndividuals: false,
    launchedOn: null,
    source: 'WESTERN_NEGEV_CLUSTER_PAGE',
    members: [],
  },
  {
    key: 'western-negev-welfare-forum',
    cluster: 'western-negev',
    kind: 'PROFESSIONAL',
    name: {
      he: 'פורום הרווחה והשירותים החברתיים',
      ar: 'منتدى الرفاه والخدمات الاجتماعية',
      en: 'Welfare and social services forum',
    },
    description: {
      he: 'מורכב ממנהלי מחלקות הרווחה והשירותים החברתיים.',
      ar: null,
      en: 'Made up of the heads of the welfare and social services departments.',
    },
    topic: 'WELFARE_AND_SOCIAL_SERVICES',
    goals: [
      {
        he: 'קידום נושאי תעסוקה בקרב נכים ואוכלוסיות רווחה',
        ar: null,
        en: 'Advancing employment among people with disabilities and welfare populations',
      },
      {
        he: 'פיתוח מענים אזוריים לבעלי צרכים מיוחדים',
        ar: null,
        en: 'Developing regional services for people with special needs',
      },
      {
        he: 'פיתוח חשיבה ודרכי פעולה אזוריות בתחום הזקנים',
        ar: null,
        en: 'Developing regional thinking and ways of working for the elderly',
      },
    ],
    seats: [],
    termYears: null,
    minMeetingsPerYear: null,
    allowsIndividuals: false,
    launchedOn: null,
    source: 'WESTERN_NEGEV_CLUSTER_PAGE',
    members: [],
  },
  {
    key: 'western-negev-education-forum',
    cluster: 'western-negev',
    kind: 'PROFESSIONAL',
    name: { he: 'פורום החינוך', ar: 'منتدى التربية والتعليم', en: 'Education forum' },
    description: {
      he: 'מורכב ממנהלי אגפי החינוך ברשויות.',
      ar: null,
      en: 'Made up of the heads of the education divisions of the authorities.',
    },
    topic: 'EDUCATION',
    goals: [
      {
        he: 'קידום חשיבה משותפת ומציאת פתרונות אזוריים לתלמידי החינוך המיוחד',
        ar: null,
        en: 'Advancing joint thinking and regional solutions for special-education pupils',
      },
      {
        he: 'קידום פיתוח תחום החינוך הטכנולוגי באזור',
        ar: null,
        en: 'Advancing the development of technological education in the region',
      },
    ],
    seats: [],
    termYears: null,
    minMeetingsPerYear: null,
    allowsIndividuals: false,
    launchedOn: null,
    source: 'WESTERN_NEGEV_CLUSTER_PAGE',
    members: [],
  },
  {
    key: 'western-negev-environment-forum',
    cluster: 'western-negev',
    kind: 'PROFESSIONAL',
    name: {
      he: 'פורום איכות הסביבה וקיימות',
      ar: 'منتدى جودة البيئة والاستدامة',
      en: 'Environment and sustainability forum',
    },
    description: {
      he: 'מורכב ממנהלי מחלקות שפ"ע, רכזי איכות סביבה, נציגי המשרד להגנת הסביבה במחוז דרום ומנהלים מאיגודי ערים ויחידות סביבתיות.',
      ar: null,
      en: "Made up of the heads of the authorities' public-space departments, environment coordinators, representatives of the Ministry of Environmental Protection's Southern District, and managers from cities associations and environmental units.",
    },
    topic: 'ENVIRONMENT',
    goals: [
      { he: 'מענים לנושאי פתרונות פסולת אזוריים', ar: null, en: 'Regional waste solutions' },
      { he: 'וטרינריה אזורית', ar: null, en: 'Regional veterinary services' },
      { he: 'ההתייעלות האנרגטית באזור', ar: null, en: 'Energy efficiency in the region' },
    ],
    seats: [],
    termYears: null,
    minMeetingsPerYear: null,
    allowsIndividuals: false,
    launchedOn: null,
    source: 'WESTERN_NEGEV_CLUSTER_PAGE',
    members: [],
  },
  {
    // Seed 004: "בשנת 2008 התקבלה החלטת הממשלה 3190 … ונוסד השולחן העגול הבין-מגזרי".
    key: 'pmo-round-table',
    cluster: null,
    kind: 'ROUND_TABLE',
    name: { he: 'השולחן העגול הבין-מגזרי', ar: null, en: 'The cross-sector round table' },
    description: {
      he: 'נוסד בהחלטת הממשלה 3190 (2008), לצד היחידה לשיתופי פעולה רב-מגזריים במשרד ראש הממשלה. השולחנות קידמו בין היתר את טיוב הרכש הממשלתי לאספקת שירותים חברתיים, את פיתוח ההתנדבות בישראל והקמת רשת ההתנדבות הישראלית, את ההתמודדות עם משבר הקורונה בהיבטים של שירותים חברתיים ואת גיבוש המדיניות ויישומה בתחום צעירים בסיכון.',
      ar: null,
      en: "Founded by government decision 3190 (2008), with the PMO's unit for cross-sector cooperation. Among other things the tables advanced better government procurement of social services, the development of volunteering in Israel and the founding of the Israeli volunteering network, the response to the COVID-19 crisis in social services, and the shaping and implementation of policy on youth at risk.",
    },
    topic: null,
    goals: [
      {
        he: 'מסגרת לשיח קבוע ומתמשך בין הממשלה, החברה האזרחית והמגזר העסקי בנושאים לאומיים, חברתיים וכלכליים ובסוגיות הקשורות ביחסי המגזרים בישראל',
        ar: null,
        en: 'A framework for regular, ongoing dialogue between the government, civil society and the business sector on national, social and economic issues and on the relations between the sectors in Israel',
      },
    ],
    seats: [],
    termYears: null,
    minMeetingsPerYear: null,
    allowsIndividuals: false,
    launchedOn: '2008',
    source: 'PMO_ONLINE_EVENT_INVITATION',
    members: [],
  },
];

export interface CallSeed {
  key: string;
  forum: string;
  title: LocalizedText;
  /** The call's own paragraphs, in order. */
  text: LocalizedText[];
  status: CallStatus;
  opensOn: string | null;
  /** As extended. */
  deadline: string;
  extensions: { key: string; previousDeadline: string | null; newDeadline: string; reason: LocalizedText }[];
  eligibleSectors: SectorCode[];
  allowsIndividuals: boolean;
  rotation: number;
  criteria: { name: LocalizedText; description: LocalizedText | null }[];
  source: SourceCode;
}

export const CALLS: CallSeed[] = [
  {
    // Seed 000: the call itself, from "קול קורא לגופים" to its deadline; no applications are known.
    key: 'haifa-bay-cross-sector-call-2020',
    forum: 'haifa-bay-cross-sector-forum',
    title: {
      he: 'קול קורא לגופים, ארגונים ואנשי עסקים להצטרף לפורום הבין-מגזרי: קידום התמודדות אזורית עם משבר הקורונה והשפעותיו',
      ar: null,
      en: 'Call to bodies, organisations and business people to join the cross-sector forum: advancing a regional response to the COVID-19 crisis and its effects',
    },
    text: [
      {
        he: 'איגוד ערים אשכול רשויות המפרץ (להלן: "האשכול") מזמין בזאת גופים וארגונים הנמנים על החברה האזרחית (המגזר השלישי) ועל המגזר העסקי הפועל להשגת מטרות ציבוריות, להגיש בקשות להצטרפות לפורום הבין-מגזרי האזורי.',
        ar: null,
        en: 'The Haifa Bay Cluster of Authorities cities association (hereafter: "the cluster") hereby invites bodies and organisations belonging to civil society (the third sector) and to the business sector acting to achieve public goals to submit applications to join the regional cross-sector forum.',
      },
      {
        he: 'בדומה למנגנון השולחן העגול הפועל מטעם משרד ראש הממשלה ברמה הלאומית, בחרנו להקים פורום אזורי, במתוכנת דומה המתבססת על מסמכי המסגרת של השולחן העגול הבין מגזרי במשרד ראש הממשלה הפועל בשותפות של המגזר הציבורי, המגזר השלישי והמגזר העסקי הפועל להשגת מטרות ציבוריות.',
        ar: null,
        en: "Like the round-table mechanism that operates on behalf of the Prime Minister's Office at the national level, we chose to establish a regional forum in a similar format, based on the framework documents of the cross-sector round table at the Prime Minister's Office, which operates as a partnership of the public sector, the third sector and the business sector acting to achieve public goals.",
      },
      {
        he: 'בדומה לשולחן העגול, הפורום הבין-מגזרי של רשויות המפרץ יהווה את הפלטפורמה האזורית, לכינון ולניהול השיח בין שלושת המגזרים אשר ייוצגו בו באופן שווה – 9 נציגים לכל מגזר ובסה"כ 27 חברים קבועים.',
        ar: null,
        en: 'Like the round table, the cross-sector forum of the Haifa Bay authorities will be the regional platform for establishing and conducting the dialogue between the three sectors, which will be represented in it equally – 9 representatives for each sector, 27 permanent members in all.',
      },
      {
        he: 'את השולחן מוביל צוות בראשות מנכ"ל האשכול, מר אהרון אזולאי, המשמש גם כמזכיר הפורום. מר סימון אלפסי, ראש עיריית יקנעם, מכהן כיו"ר מטעם הרשויות המקומיות ולצידו יושבי ראש שותפים: יו"ר המגזר העסקי ויו"ר המגזר השלישי.',
        ar: null,
        en: "The table is led by a team headed by the cluster's CEO, Mr Aharon Azoulay, who also serves as the forum's secretary. Mr Simon Alfasi, mayor of Yokneam, serves as chair on behalf of the local authorities, alongside co-chairs: the chair of the business sector and the chair of the third sector.",
      },
      {
        he: 'מטרות השיח הבין מגזרי של האשכול, הן:\n• קידום מטרות ציבוריות-חברתיות אזוריות בתחומים שונים, באמצעות שיתופי פעולה בין-מגזריים.\n• חיזוק שיתוף הפעולה האזורי וביסוס מערכת היחסים בין המגזר הציבורי, המגזר העסקי הפועל למטרות ציבוריות והמגזר השלישי.\n• קידום מסגרת להידברות ושיח בין-מגזרי המבוססים על תרבות של הבנה, שותפות והסכמה.\n• מטרות נוספות יוגדרו על ידי הפורום הבין-מגזרי בהמשך.',
        ar: null,
        en: "The goals of the cluster's cross-sector dialogue are:\n• Advancing regional public and social goals in various fields through cross-sector cooperation.\n• Strengthening regional cooperation and building the relationship between the public sector, the business sector acting for public goals and the third sector.\n• Advancing a framework for cross-sector dialogue based on a culture of understanding, partnership and agreement.\n• Further goals will be set by the cross-sector forum later on.",
      },
      {
        he: 'בימים אלה מוקם הפורום והוא יהווה גם פלטפורמה ראשונה לפורום שכזה ברמה המוניציפלית/אזורית. לשם כך מוזמנים גופים וארגונים מהמגזר השלישי ומהמגזר העסקי הפועל להשגת מטרות ציבוריות ואנשי עסקים הפעילים בתחום הפילנתרופיה, המעוניינים לקחת חלק בשיח הבין מגזרי, להגיש את מועמדותם. דגש יינתן לייצוג הזיקה והממשקים לרמה האזורית בה פועל האשכול. יש לציין, כי החברות בפורום היא ארגונית (למעט ביחס לאנשי העסקים הפעילים בתחום הפילנתרופיה או בנסיבות מיוחדות), אך המינוי הינו אישי לעומדים בראש הארגונים.',
        ar: null,
        en: 'The forum is being set up these days, and it will also be a first platform for such a forum at the municipal/regional level. To that end, bodies and organisations from the third sector and from the business sector acting to achieve public goals, and business people active in philanthropy, who wish to take part in the cross-sector dialogue, are invited to submit their candidacy. Emphasis will be given to representing ties and interfaces to the regional level at which the cluster operates. Note that membership in the forum is organisational (except for business people active in philanthropy, or in special circumstances), but the appointment is personal, to those who head the organisations.',
      },
      {
        he: 'יודגש, כי החברות בפורום האזורי מחייבת השתתפות בלפחות ארבעה מפגשים בשנה, וככלל על המועמדים להיות בעלי נכונות לפעילות במשך תקופת כהונה רציפה של שלוש שנים, בכפוף להמשך פעילותם בארגון שאותו הם מייצגים. כמו כן, מצופה מן החברים להשתתף ולקדם דיונים בנושאים אשר על סדר היום של השולחן, גם במסגרת מעגלי שיח עם קבוצות המשתייכות למגזר שממנו מגיע המועמד. זאת על מנת להרחיב את מעגלי השותפים לדיוני השולחן ולהעשיר את דיוניו. ההשתתפות בפורום הינה על בסיס וולונטרי.',
        ar: null,
        en: "It should be stressed that membership in the regional forum requires taking part in at least four meetings a year, and as a rule candidates must be willing to be active for a continuous term of three years, subject to their continued work in the organisation they represent. Members are also expected to take part in and advance discussions on the topics on the table's agenda, including through discussion circles with groups belonging to the sector the candidate comes from, so as to widen the circles of partners in the table's discussions and enrich them. Participation in the forum is voluntary.",
      },
      {
        he: 'נציין עוד, כי בשל המציאות שנוצרה לאור מגפת הקורונה, יתמקד הפורום בעת הזו בעשייה לקידום התמודדות אזורית עם משבר הקורונה והשפעותיו.',
        ar: null,
        en: 'We note further that, because of the reality created by the COVID-19 pandemic, the forum will focus at this time on work to advance a regional response to the COVID-19 crisis and its effects.',
      },
      {
        he: 'תהליך המיון ייערך על-פי עקרונות ההליך ולפי מפת הייצוגים של הרכב הפורום וכן ישמש ליצירת עתודות לצוותי עבודה ומסגרות שיח נוספות. תהליך ההתאמה והשיבוץ יתבצע על ידי ועדה מייעצת לפורום האזורי.',
        ar: null,
        en: "The selection process will be conducted according to the principles of the procedure and the representation map of the forum's composition, and will also serve to create reserves for working teams and further dialogue frameworks. The matching and placement process will be carried out by an advisory committee to the regional forum.",
      },
      {
        he: 'בקשות להצטרפות יש למלא בטופס בהמשך העמוד.',
        ar: null,
        en: 'Applications to join are to be filled in on the form further down the page.',
      },
      {
        he: 'לאור החגים והעניין הרב הוחלט להאריך את מועד ההגשה. המועד האחרון המעודכן להגשת בקשות – 02/06/2020. יש לציין, כי בקשות שיוגשו לאחר מועד זה ייפסלו. כמו כן, הגשת הבקשה תקפה לתהליך חילוף אחד ובעתיד יתבקשו הארגונים המעוניינים לחזור ולהציע את מועמדותם להגיש בקשתם בשנית, בהתאם לכללי החילופים שיהיו רלבנטיים באותו מועד.',
        ar: null,
        en: 'In light of the holidays and the high interest, it was decided to extend the submission date. The updated deadline for submitting applications is 02/06/2020. Note that applications submitted after this date will be disqualified. In addition, an application is valid for one rotation process, and in future, organisations wishing to put forward their candidacy again will be asked to submit their application anew, in accordance with the rotation rules relevant at that time.',
      },
    ],
    // The deadline passed; the source gives no decisions.
    status: 'CLOSED',
    opensOn: null,
    deadline: '2020-06-02',
    extensions: [
      {
        key: 'haifa-bay-cross-sector-call-2020-extension',
        // The source does not give the deadline before the extension.
        previousDeadline: null,
        newDeadline: '2020-06-02',
        reason: { he: 'לאור החגים והעניין הרב', ar: null, en: 'For the holidays and the high interest' },
      },
    ],
    // "גופים וארגונים הנמנים על החברה האזרחית (המגזר השלישי) ועל המגזר העסקי".
    eligibleSectors: ['BUSINESS', 'CIVIL_SOCIETY'],
    // "ואנשי עסקים הפעילים בתחום הפילנתרופיה".
    allowsIndividuals: true,
    // "הגשת הבקשה תקפה לתהליך חילוף אחד": the forum's founding composition.
    rotation: 1,
    criteria: [
      {
        name: { he: 'זיקה וממשקים לרמה האזורית', ar: null, en: 'Ties and interfaces to the regional level' },
        description: {
          he: 'דגש יינתן לייצוג הזיקה והממשקים לרמה האזורית בה פועל האשכול.',
          ar: null,
          en: 'Emphasis will be given to representing ties and interfaces to the regional level at which the cluster operates.',
        },
      },
      {
        name: {
          he: 'מחויבות לכהונה רציפה של שלוש שנים ולארבעה מפגשים בשנה לפחות',
          ar: null,
          en: 'Commitment to a continuous three-year term and at least four meetings a year',
        },
        description: {
          he: 'החברות בפורום האזורי מחייבת השתתפות בלפחות ארבעה מפגשים בשנה, וככלל על המועמדים להיות בעלי נכונות לפעילות במשך תקופת כהונה רציפה של שלוש שנים, בכפוף להמשך פעילותם בארגון שאותו הם מייצגים.',
          ar: null,
          en: 'Membership in the regional forum requires taking part in at least four meetings a year, and as a rule candidates must be willing to be active for a continuous term of three years, subject to their continued work in the organisation they represent.',
        },
      },
      {
        name: {
          he: 'נכונות להוביל מעגלי שיח עם קבוצות מהמגזר',
          ar: null,
          en: 'Willingness to lead discussion circles with groups of their sector',
        },
        description: {
          he: 'מצופה מן החברים להשתתף ולקדם דיונים בנושאים אשר על סדר היום של השולחן, גם במסגרת מעגלי שיח עם קבוצות המשתייכות למגזר שממנו מגיע המועמד.',
          ar: null,
          en: "Members are expected to take part in and advance discussions on the topics on the table's agenda, including through discussion circles with groups belonging to the sector the candidate comes from.",
        },
      },
      {
        name: { he: 'קידום מטרות ציבוריות-חברתיות', ar: null, en: 'Advancing public and social goals' },
        description: {
          he: 'קידום מטרות ציבוריות-חברתיות אזוריות בתחומים שונים, באמצעות שיתופי פעולה בין-מגזריים.',
          ar: null,
          en: 'Advancing regional public and social goals in various fields through cross-sector cooperation.',
        },
      },
    ],
    source: 'HAIFA_BAY_CALL_2020',
  },
];

export interface PartnershipMilestoneSeed {
  key: string;
  title: LocalizedText;
  /** The source says it happened, not on which day (so done, with no done day). */
  isDone: boolean;
}

/**
 * A partnership as its source names it. Only what the source says: no partner organisation, date,
 * budget, direction or SDG is given by these sources, so none is set (the PMO and the clusters add
 * them); the status is the source's as of its writing, or null where it does not say.
 */
export interface PartnershipSeed {
  key: string;
  kind: PartnershipKind;
  /** The cluster's slug; null for a national partnership. */
  cluster: string | null;
  title: LocalizedText;
  summary: LocalizedText | null;
  status: PartnershipStatus | null;
  fundingMechanism: FundingMechanism | null;
  topics: TopicCode[];
  milestones: PartnershipMilestoneSeed[];
  source: SourceCode;
}

/** The round table's results (seed 004): "השולחנות קידמו בהצלחה מספר נושאים כגון: …". */
const ROUND_TABLE_RESULT: LocalizedText = {
  he: 'אחד הנושאים שהשולחן העגול הבין-מגזרי, שנוסד בהחלטת הממשלה 3190 (2008), קידם בהצלחה.',
  ar: null,
  en: 'One of the topics the cross-sector round table, founded by government decision 3190 (2008), advanced successfully.',
};

/**
 * Seed 001 names Beit HaKerem's three joint projects (2013–2014); seed 004 names four results of the
 * round table. Seed 003 lists Western Negev's forums' goals ("הפורום הגדיר לעצמו לקדם …") and says
 * the cluster will set up projects in the next two years without naming one: goals, not projects,
 * so none is a partnership here (they are the forums' goals, seeded with the forums).
 */
export const PARTNERSHIPS: PartnershipSeed[] = [
  {
    // "גובש מתווה עבודה הממליץ בראש ובראשונה לערוך רפורמה במערך ניהול הפסולת באזור. המתווה אושר על ידי
    // צוות אזורי … ופורסמה בקשה לקבלת הצעות למיפוי והצעת חלופות לניהול המערך": planned, not begun.
    key: 'beit-hakerem-waste-management-reform',
    kind: 'INTER_MUNICIPAL',
    cluster: 'beit-hakerem',
    title: {
      he: 'רפורמה במערך ניהול הפסולת באזור',
      ar: null,
      en: "Reform of the region's waste-management system",
    },
    summary: {
      he: 'בסיועה של חברת אורבניקס, המייעצת לאשכול מטעם משרד האוצר, נערך מיפוי ראשוני וגובש מתווה עבודה הממליץ בראש ובראשונה לערוך רפורמה במערך ניהול הפסולת באזור. המתווה אושר על ידי צוות אזורי בו חברים מנהלי מחלקות התברואה ברשויות האשכול, ופורסמה בקשה לקבלת הצעות למיפוי והצעת חלופות לניהול המערך.',
      ar: null,
      en: "With Urbanics, the firm advising the cluster for the Ministry of Finance, an initial mapping was made and a work outline drawn up that recommends first of all reforming the region's waste-management system. The outline was approved by a regional team of the heads of the authorities' sanitation departments, and a request for proposals was published for mapping the system and proposing alternatives for managing it.",
    },
    status: 'PLANNING',
    fundingMechanism: null,
    topics: ['WASTE_MANAGEMENT', 'ENVIRONMENT'],
    milestones: [
      {
        key: 'beit-hakerem-waste-outline-approved',
        title: {
          he: 'מתווה העבודה אושר על ידי הצוות האזורי של מנהלי מחלקות התברואה',
          ar: null,
          en: "Work outline approved by the regional team of the sanitation departments' heads",
        },
        isDone: true,
      },
      {
        key: 'beit-hakerem-waste-rfp-published',
        title: {
          he: 'פורסמה בקשה לקבלת הצעות למיפוי והצעת חלופות לניהול המערך',
          ar: null,
          en: 'Request for proposals published: mapping and alternatives for managing the system',
        },
        isDone: true,
      },
    ],
    source: 'BEIT_HAKEREM_CLUSTER_PAGE',
  },
  {
    // "במקביל אושרה יציאה למכרז משותף ליישום חוק האריזות": approved, not yet issued.
    key: 'beit-hakerem-packaging-law-joint-tender',
    kind: 'INTER_MUNICIPAL',
    cluster: 'beit-hakerem',
    title: { he: 'מכרז משותף ליישום חוק האריזות', ar: null, en: 'Joint tender to implement the Packaging Law' },
    summary: {
      he: 'במקביל לרפורמה במערך ניהול הפסולת אושרה יציאה למכרז משותף של רשויות האשכול ליישום חוק האריזות.',
      ar: null,
      en: "Alongside the waste-management reform, going out to a joint tender of the cluster's authorities to implement the Packaging Law was approved.",
    },
    status: 'PLANNING',
    fundingMechanism: 'JOINT_TENDER',
    topics: ['WASTE_MANAGEMENT', 'ENVIRONMENT'],
    milestones: [
      {
        key: 'beit-hakerem-packaging-tender-approved',
        title: { he: 'אושרה יציאה למכרז משותף', ar: null, en: 'Going out to a joint tender approved' },
        isDone: true,
      },
    ],
    source: 'BEIT_HAKEREM_CLUSTER_PAGE',
  },
  {
    // "עוד הוחלט בצוות על קידום משותף של חינוך סביבתי והכשרה מקצועית לצוותי הרשויות העוסקים בתחום":
    // decided on, with no step named yet.
    key: 'beit-hakerem-environmental-education-and-training',
    kind: 'INTER_MUNICIPAL',
    cluster: 'beit-hakerem',
    title: {
      he: 'חינוך סביבתי והכשרה מקצועית לצוותי הרשויות',
      ar: null,
      en: "Environmental education and professional training for the authorities' staff",
    },
    summary: {
      he: 'הצוות האזורי החליט על קידום משותף של חינוך סביבתי והכשרה מקצועית לצוותי הרשויות העוסקים בתחום.',
      ar: null,
      en: "The regional team decided to jointly advance environmental education and professional training for the authorities' staff who work in the field.",
    },
    status: 'IDEA',
    fundingMechanism: null,
    topics: ['ENVIRONMENTAL_EDUCATION', 'ENVIRONMENT'],
    milestones: [],
    source: 'BEIT_HAKEREM_CLUSTER_PAGE',
  },
  {
    key: 'round-table-government-procurement-of-social-services',
    kind: 'CROSS_SECTOR',
    cluster: null,
    title: {
      he: 'טיוב הרכש הממשלתי לאספקת שירותים חברתיים',
      ar: null,
      en: 'Improving government procurement of social services',
    },
    summary: ROUND_TABLE_RESULT,
    status: null,
    fundingMechanism: null,
    topics: ['WELFARE_AND_SOCIAL_SERVICES'],
    milestones: [],
    source: 'PMO_ONLINE_EVENT_INVITATION',
  },
  {
    key: 'round-table-israeli-volunteering-network',
    kind: 'CROSS_SECTOR',
    cluster: null,
    title: {
      he: 'פיתוח ההתנדבות בישראל והקמת רשת ההתנדבות הישראלית',
      ar: null,
      en: 'Developing volunteering in Israel and founding the Israeli Volunteering Network',
    },
    summary: ROUND_TABLE_RESULT,
    status: null,
    fundingMechanism: null,
    topics: ['VOLUNTEERING'],
    milestones: [],
    source: 'PMO_ONLINE_EVENT_INVITATION',
  },
  {
    key: 'round-table-covid-19-social-services',
    kind: 'CROSS_SECTOR',
    cluster: null,
    title: {
      he: 'התמודדות עם משבר הקורונה בהיבטים של שירותים חברתיים',
      ar: null,
      en: 'Coping with the COVID-19 crisis in social services',
    },
    summary: ROUND_TABLE_RESULT,
    status: null,
    fundingMechanism: null,
    topics: ['EMERGENCY_AND_CRISIS', 'WELFARE_AND_SOCIAL_SERVICES'],
    milestones: [],
    source: 'PMO_ONLINE_EVENT_INVITATION',
  },
  {
    key: 'round-table-youth-at-risk-policy',
    kind: 'CROSS_SECTOR',
    cluster: null,
    title: {
      he: 'גיבוש מדיניות ויישומה בתחום צעירים בסיכון',
      ar: null,
      en: 'Forming and implementing a youth-at-risk policy',
    },
    summary: ROUND_TABLE_RESULT,
    status: null,
    fundingMechanism: null,
    topics: ['YOUTH_AT_RISK'],
    milestones: [],
    source: 'PMO_ONLINE_EVENT_INVITATION',
  },
];

export interface EventTrackSeed {
  topic: LocalizedText;
  facilitator: LocalizedText | null;
}

/**
 * An event as its source describes it. Participant counts the sources give are reported figures
 * (never registrations); a date, venue, link or capacity the source leaves out is null.
 */
export interface EventSeed {
  key: string;
  kind: EventKind;
  /** The organising cluster's slug; null for the PMO unit. */
  cluster: string | null;
  title: LocalizedText;
  summary: LocalizedText | null;
  venue: LocalizedText | null;
  /** The locality by its Hebrew name in the seed. */
  locality: string | null;
  isOnline: boolean;
  startsOn: string | null;
  endsOn: string | null;
  capacity: number | null;
  /** The source says registration has closed ("ההרשמה הסתיימה"), not when. */
  registrationClosed: boolean;
  audienceSectors: SectorCode[];
  reportedParticipants: { count: number; approximate: boolean } | null;
  tracks: EventTrackSeed[];
  outcomeSummary: LocalizedText | null;
  outcomeDirections: number[];
  source: SourceCode;
}

/** "קבוצות הדיון הונחו על ידי צוות המכון" (seed 001): the Institute for Leadership and Governance's team. */
const INSTITUTE_TEAM: LocalizedText = {
  he: 'צוות המכון למנהיגות וממשל',
  ar: null,
  en: 'The team of the Institute for Leadership and Governance',
};

export const EVENTS: EventSeed[] = [
  {
    // Seed 001, "כנס חשיפה": "ביום שני, כ' אלול התשע"ג 26 אוגוסט 2013 … הכנס התקיים במרכז לאומנויות ע"ש
    // ברוך ונגר בכרמיאל, ונטלו בו חלק 135 משתתפים."
    key: 'beit-hakerem-exposure-conference-2013',
    kind: 'EXPOSURE_CONFERENCE',
    cluster: 'beit-hakerem',
    title: {
      he: 'כנס חשיפה של אשכול בית הכרם',
      ar: null,
      en: 'Beit HaKerem cluster exposure conference',
    },
    summary: {
      he: 'מטרתו המרכזית של הכנס היתה להציג את נושא האזוריות, לדון ברלוונטיות שלו למציאות החיים, וליצור בקרב ראשי המינהלים, מנהלי האגפים ומובילי התוכניות את הרצון והעניין להרתם למהלך. בכנס השתתפו ראשי רשויות האשכול, דרגי הביצוע הבכירים ברשויות, נציגי משרדי ממשלה, נציגי ארגוני החברה האזרחית וגורמים עסקיים.',
      ar: null,
      en: "The conference's main aim was to present regionalism, discuss its relevance to daily life, and make the heads of administrations, department heads and programme leaders want to join the move. Taking part were the cluster's heads of authorities, the authorities' senior executives, representatives of government ministries, of civil-society organisations and of business.",
    },
    venue: {
      he: 'המרכז לאומנויות ע"ש ברוך ונגר',
      ar: null,
      en: 'The Baruch Wenger Arts Centre',
    },
    locality: 'כרמיאל',
    isOnline: false,
    startsOn: '2013-08-26',
    endsOn: null,
    capacity: null,
    registrationClosed: false,
    audienceSectors: ['LOCAL_GOVERNMENT', 'GOVERNMENT', 'CIVIL_SOCIETY', 'BUSINESS'],
    reportedParticipants: { count: 135, approximate: false },
    tracks: [
      { topic: { he: 'איכות הסביבה', ar: null, en: 'Environment' }, facilitator: INSTITUTE_TEAM },
      {
        topic: { he: 'חינוך תרבות וספורט', ar: null, en: 'Education, culture and sport' },
        facilitator: INSTITUTE_TEAM,
      },
      { topic: { he: 'רווחה ובריאות', ar: null, en: 'Welfare and health' }, facilitator: INSTITUTE_TEAM },
      { topic: { he: 'תשתיות ותכנון', ar: null, en: 'Infrastructure and planning' }, facilitator: INSTITUTE_TEAM },
      {
        topic: { he: 'תעשייה תעסוקה ותיירות', ar: null, en: 'Industry, employment and tourism' },
        facilitator: INSTITUTE_TEAM,
      },
    ],
    // The tracks' summaries are not given: only that they go to the heads' forum.
    outcomeSummary: {
      he: 'סיכומי הדיונים מאוגדים בחוברת אשר תופץ למשתתפים ותובא לדיון בפני פורום ראשי הרשויות, להחלטה על המשך מתווה העבודה.',
      ar: null,
      en: "The discussions' summaries are being bound in a booklet for the participants, to be brought before the heads' forum to decide how the work plan continues.",
    },
    outcomeDirections: [],
    source: 'BEIT_HAKEREM_CLUSTER_PAGE',
  },
  {
    // Seed 004: "הכנס התקיים ב6-7/7/2022. במהלך הכנס, התכנסו כ-100 נציגים מהממשלה, השלטון המקומי, המגזר
    // העסקי, החברה אזרחית, והפילנתרופיה" (and, in its opening, "מומחים ומיצגי הדור הבא"); "אלו מוקדו
    // בסוף הכנס לשבעה כיווני פעולה מרכזיים". Its venue is not given.
    key: 'pmo-future-search-conference-2022',
    kind: 'CONFERENCE',
    cluster: null,
    title: { he: 'כנס "חקר עתיד"', ar: null, en: 'The "Future Search" conference' },
    summary: {
      he: 'כנס בן יומיים שהכינה והובילה ועדה מכינה של כ-15 נציגים מכל המגזרים, ביוזמת היחידה לשיתופי פעולה רב-מגזריים במשרד ראש הממשלה, לחשיבה על עבודה רב-מגזרית בישראל.',
      ar: null,
      en: "A two-day conference, prepared and led by a preparatory committee of about 15 representatives of every sector on the initiative of the Prime Minister's Office unit for cross-sector cooperation, to think about multi-sector work in Israel.",
    },
    venue: null,
    locality: null,
    isOnline: false,
    startsOn: '2022-07-06',
    endsOn: '2022-07-07',
    capacity: null,
    registrationClosed: false,
    audienceSectors: ['GOVERNMENT', 'LOCAL_GOVERNMENT', 'BUSINESS', 'CIVIL_SOCIETY', 'PHILANTHROPY', 'ACADEMIA'],
    reportedParticipants: { count: 100, approximate: true },
    tracks: [],
    outcomeSummary: {
      he: 'יומיים של כנס הניבו רעיונות וחשיבה רבה. אלו מוקדו בסוף הכנס לשבעה כיווני פעולה מרכזיים כולל כיווני יישום קונקרטיים.',
      ar: null,
      en: 'Two days of conference produced many ideas; at its end they were focused into seven main action directions, with concrete ways to implement them.',
    },
    outcomeDirections: [1, 2, 3, 4, 5, 6, 7],
    source: 'PMO_ONLINE_EVENT_INVITATION',
  },
  {
    // Seed 004: "האירוע מיועד ל עד 100 משתתפים מהממשלה, שלטון מקומי, חברה אזרחית, קרנות פילנתרופיות,
    // מגזר עסקי ומומחים לרב-מגזריות. ההרשמה הסתיימה". Its date and link are not given.
    key: 'pmo-future-search-online-follow-up',
    kind: 'ONLINE_EVENT',
    cluster: null,
    title: { he: 'כותבים את הפרק הבא ביחד!', ar: null, en: 'Writing the next chapter together!' },
    summary: {
      he: 'מפגש המשך מקוון לכנס "חקר עתיד": אתגר השותפויות הבין-מגזריות לטובת החברה ואיכות החיים בישראל בשנים הבאות. באירוע תהיה אפשרות להגיב לתוצרי חקר העתיד ולהציע כיוונים נוספים.',
      ar: null,
      en: 'An online follow-up to the "Future Search" conference: the challenge of cross-sector partnerships for society and quality of life in Israel in the coming years. Participants can respond to the Future Search\'s outcomes and propose further directions.',
    },
    venue: null,
    locality: null,
    isOnline: true,
    startsOn: null,
    endsOn: null,
    capacity: 100,
    registrationClosed: true,
    audienceSectors: ['GOVERNMENT', 'LOCAL_GOVERNMENT', 'CIVIL_SOCIETY', 'PHILANTHROPY', 'BUSINESS', 'ACADEMIA'],
    reportedParticipants: null,
    tracks: [],
    outcomeSummary: null,
    outcomeDirections: [],
    source: 'PMO_ONLINE_EVENT_INVITATION',
  },
];
