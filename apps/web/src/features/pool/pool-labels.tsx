import { DISTRICTS, type DistrictCode } from '@roundtable/shared/districts';
import type { Language, LocalizedText } from '@roundtable/shared/localized';
import { TOPICS } from '@roundtable/shared/topics';

const DISTRICT_NAMES = new Map(DISTRICTS.map((district) => [district.code, district.name]));
const TOPIC_NAMES = new Map<string, LocalizedText>(TOPICS.map((topic) => [topic.code, topic.name]));

/** A district's name in three languages, from the reference data in packages/shared. */
export function districtName(code: DistrictCode): LocalizedText {
  return DISTRICT_NAMES.get(code) ?? { he: code, ar: null, en: null };
}

export function topicName(code: string): LocalizedText {
  return TOPIC_NAMES.get(code) ?? { he: code, ar: null, en: null };
}

/** Languages offered in the profile form: Israel's and the pool's most spoken ones (ISO 639-1). */
export const PROFILE_LANGUAGES = ['he', 'ar', 'en', 'ru', 'am', 'fr', 'es', 'yi'] as const;

/** A language code's name in the reader's language ("ערבית", "Arabic"), the code itself if unknown. */
export function languageName(code: string, language: Language): string {
  try {
    return new Intl.DisplayNames([language], { type: 'language' }).of(code) ?? code;
  } catch {
    return code;
  }
}
