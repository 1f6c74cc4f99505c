import type { LocalizedText } from './localized.js';

/**
 * The seven action directions (כיווני פעולה) of the PMO's "Future Search" conference of July 2022
 * (seed 004). Hebrew is the source's text as written (its typos included); Arabic and English
 * translate it. A description's paragraphs are separated by "\n", as in the source.
 */
export interface ActionDirection {
  number: number;
  title: LocalizedText;
  description: LocalizedText;
}

export const ACTION_DIRECTIONS: readonly ActionDirection[] = [
  {
    number: 1,
    title: {
      he: 'פלטפורמה שיתופית לעבודה רב-מגזרית',
      ar: 'منصة تشاركية للعمل متعدد القطاعات',
      en: 'Collaborative platform for multi-sector work',
    },
    description: {
      he:
        'מגוון פלטפורמות דיגיטליות ופיזיות אשר משרתות שיתוף פעולה רב-מגזרי, בהן: אפליקציה, אתר, הכשרה מקצועית, כנסים, ימי עיון, ועוד.\n' +
        'משרדי הממשלה כמו גם מגזרים אחרים, משתפים בידע, בצרכים ובתוכניות דרך פלטפורמות. קיים דגש על מגזרים/גילאים/מגדר/מומחיות חסרים, והבאתם לפלטפורמה.',
      ar:
        'مجموعة متنوعة من المنصات الرقمية والمادية التي تخدم التعاون متعدد القطاعات، ومنها: تطبيق، وموقع إلكتروني، وتأهيل مهني، ومؤتمرات، وأيام دراسية، وغير ذلك.\n' +
        'تتشارك الوزارات الحكومية، وكذلك القطاعات الأخرى، المعرفة والاحتياجات والبرامج عبر المنصات. ويُولى اهتمام خاص بالقطاعات/الفئات العمرية/النوع الاجتماعي/مجالات الخبرة الغائبة، وباستقطابها إلى المنصة.',
      en:
        'A range of digital and physical platforms that serve multi-sector cooperation, among them: an app, a website, professional training, conferences, seminars and more.\n' +
        'Government ministries, as well as other sectors, share knowledge, needs and programmes through platforms. There is an emphasis on missing sectors/ages/genders/expertise, and on bringing them to the platform.',
    },
  },
  {
    number: 2,
    title: {
      he: 'מאגר שותפים, מעבריות, וגיוון',
      ar: 'مجمع الشركاء، والتنقل بين القطاعات، والتنوع',
      en: 'Partner pool, cross-sector mobility and diversity',
    },
    description: {
      he: 'מאגר פעיל של בעלי תפקידים ואנשים מכל המגזרים בחלוקה לנושאים, תחומי עניין וידע. המאגר מנגיש יכולת להתייעצות וכן לחבור למגזרים שונים העוסקים באותו תחום לכדי יצירת תוכנית משותפת. יש אפשרויות ועידוד למעברי קריירה/קדנציה בין המגזרים השונים. הקפדה על עקרון הגיוון במאגר השותפים, בשרות הציבורי ובמגזרי העשייה השונים.',
      ar: 'مجمع نشط من أصحاب المناصب والأشخاص من جميع القطاعات، مصنفين حسب المواضيع ومجالات الاهتمام والمعرفة. يتيح المجمع إمكانية التشاور، وكذلك التواصل مع قطاعات مختلفة تعمل في المجال نفسه بهدف إعداد برنامج مشترك. تتوفر إمكانيات وتشجيع للانتقال المهني/لفترة ولاية بين القطاعات المختلفة. الحرص على مبدأ التنوع في مجمع الشركاء، وفي الخدمة العامة، وفي قطاعات العمل المختلفة.',
      en: 'An active pool of office-holders and people from all sectors, organised by topics, areas of interest and knowledge. The pool makes it possible to consult, and to connect with different sectors working in the same field in order to create a joint programme. There are opportunities and encouragement for career/term moves between the different sectors. Upholding the principle of diversity in the partner pool, in the public service and in the various sectors of activity.',
    },
  },
  {
    number: 3,
    title: {
      he: 'שילוב מגזר עסקי בתהליכים רב מגזריים',
      ar: 'دمج قطاع الأعمال في العمليات متعددة القطاعات',
      en: 'Integrating the business sector into multi-sector processes',
    },
    description: {
      he: 'המגזר העסקי כשותף מלא לתהליכים רב-מגזריים ומעורב בתהליכים מראשיתם.',
      ar: 'قطاع الأعمال بوصفه شريكاً كاملاً في العمليات متعددة القطاعات، ومشاركاً فيها منذ بدايتها.',
      en: 'The business sector as a full partner in multi-sector processes, involved in the processes from their beginning.',
    },
  },
  {
    number: 4,
    title: {
      he: 'הכללת שחקני וטו והגמשת מנגנוני מימון והתקשרות',
      ar: 'إشراك أصحاب حق النقض (الفيتو) وإضفاء المرونة على آليات التمويل والتعاقد',
      en: 'Including veto players and making funding and contracting mechanisms flexible',
    },
    description: {
      he: 'כל השחקנים בזירה הרב מגזרית, בדגש על שחקני וטו (ייעוץ משפטי, חשבות, נציבות שרות המדינה), רואים ערך ברב-מגזריות ליישום יעדים לאומיים. זאת באמצאות חלוקה ושימוש במשאבים לאומיים בצורה הוגנת, אפקטיבית, מגוונת ועדכנית, שמבטיחה מנגנונים ברי-קיימא ומבוססי אמון.',
      ar: 'جميع الفاعلين في الساحة متعددة القطاعات، مع التركيز على أصحاب حق النقض (الاستشارة القانونية، والمحاسبة، ومفوضية خدمات الدولة)، يرون قيمة في العمل متعدد القطاعات لتحقيق الأهداف الوطنية. وذلك من خلال توزيع الموارد الوطنية واستخدامها بطريقة عادلة وفعالة ومتنوعة ومحدّثة، تضمن آليات مستدامة وقائمة على الثقة.',
      en: 'All the players in the multi-sector arena, with an emphasis on veto players (legal counsel, comptrollers, the Civil Service Commission), see value in multi-sector work for implementing national goals. This is done by allocating and using national resources in a fair, effective, diverse and up-to-date way that ensures sustainable, trust-based mechanisms.',
    },
  },
  {
    number: 5,
    title: {
      he: 'שילוב שלטון מקומי בתהליכים רב-מגזריים ורב-מגזריות ברמה המקומית',
      ar: 'دمج الحكم المحلي في العمليات متعددة القطاعات، والعمل متعدد القطاعات على المستوى المحلي',
      en: 'Integrating local government into multi-sector processes, and multi-sector work at the local level',
    },
    description: {
      he: 'ביסוס השלטון המקומי המקומי בישראל כשחקן מרכזי ועמוד שדרה בקבלת החלטות רב-מגזריות. השלטון המקומי עוסק בשיתופי פעולה ולוקח אחריות בתור: מתווך בין רבדי השלטון, רובד שלטוני נבחר הקרוב ביותר לאזרחים. כמי שהעניינים שעל סדר יומו משפיעים ישירות ומיידית על האזרחים.',
      ar: 'ترسيخ الحكم المحلي في إسرائيل بوصفه فاعلاً مركزياً وعموداً فقرياً في اتخاذ القرارات متعددة القطاعات. يعمل الحكم المحلي في مجال التعاون ويتحمل المسؤولية بصفته: وسيطاً بين مستويات الحكم، والمستوى الحكومي المنتخب الأقرب إلى المواطنين. وبصفته جهة تؤثر القضايا المطروحة على جدول أعمالها في المواطنين تأثيراً مباشراً وفورياً.',
      en: 'Establishing local government in Israel as a central player and a backbone of multi-sector decision-making. Local government engages in cooperation and takes responsibility as: an intermediary between the levels of government, the elected level of government closest to citizens. As one whose agenda directly and immediately affects citizens.',
    },
  },
  {
    number: 6,
    title: {
      he: 'אסטרטגיה לאומית רב-מגזרית',
      ar: 'استراتيجية وطنية متعددة القطاعات',
      en: 'National multi-sector strategy',
    },
    description: {
      he: 'לייצר מפת דרכים רב-מגזרית שמגדירה את היעדים לפי ה-SDG, את דרכי הפעולה, מנגנונים, תקציב, סמכויות ואת הדרכים למדוד ולהעריך התקדמות לקראת כל יעד. יצירת מתווה שכל המגזרים יוכלו להתחבר אליו ולהבין איפה הם, איך הם מתקדמים, ואיך הם משתפים פעולה.',
      ar: 'إعداد خارطة طريق متعددة القطاعات تحدد الأهداف وفق أهداف التنمية المستدامة (SDG)، وسبل العمل، والآليات، والميزانية، والصلاحيات، وطرق قياس التقدم نحو كل هدف وتقييمه. وضع إطار يمكن لجميع القطاعات الارتباط به وفهم موقعها، وكيف تتقدم، وكيف تتعاون.',
      en: 'Producing a multi-sector roadmap that defines the goals according to the SDGs, the courses of action, mechanisms, budget, powers, and the ways to measure and evaluate progress towards each goal. Creating a framework that all sectors can connect to, to understand where they stand, how they are progressing and how they cooperate.',
    },
  },
  {
    number: 7,
    title: {
      he: 'יצירת אמון, DNA, ותרבות עבודה רב-מגזרית',
      ar: 'بناء الثقة، والـDNA، وثقافة عمل متعددة القطاعات',
      en: 'Building trust, DNA and a multi-sector work culture',
    },
    description: {
      he:
        'האמון הבינאישי והרב-מגזרי כערך מרכזי, בחברה הישראלית לגווניה ובין השותפים הבין-מגזריים.\n' +
        'הכול מתחיל ונגמר באמון, אובדן האמון במוסדות המדינה, ובין האנשים במגזרים השונים מהווה איום משמעותי לקידום אתגרים לאומיים מורכבים.',
      ar:
        'الثقة بين الأفراد والثقة متعددة القطاعات بوصفها قيمة مركزية، في المجتمع الإسرائيلي بكل أطيافه وبين الشركاء من مختلف القطاعات.\n' +
        'كل شيء يبدأ بالثقة وينتهي بها؛ وفقدان الثقة بمؤسسات الدولة، وبين الناس في القطاعات المختلفة، يشكل تهديداً كبيراً للنهوض بالتحديات الوطنية المعقدة.',
      en:
        'Interpersonal and multi-sector trust as a core value, in Israeli society in all its diversity and among cross-sector partners.\n' +
        'Everything begins and ends with trust; the loss of trust in state institutions, and between people in the different sectors, is a significant threat to advancing complex national challenges.',
    },
  },
];
