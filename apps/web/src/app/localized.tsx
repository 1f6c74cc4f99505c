import type { ElementType } from 'react';
import { pickLocalized, type Language, type LocalizedText } from '@roundtable/shared/localized';
import { useLanguage } from './language';

const DIRECTIONS: Record<Language, 'rtl' | 'ltr'> = { he: 'rtl', ar: 'rtl', en: 'ltr' };

/** The text in the page's language or its fallback, and the attributes that mark a fallback. */
export function useLocalized(): (text: LocalizedText) => {
  text: string;
  attributes: { lang?: Language; dir?: 'rtl' | 'ltr' };
} {
  const language = useLanguage();
  return (value) => {
    const picked = pickLocalized(value, language);
    // A fragment in another language says so, so screen readers switch voice (WCAG 3.1.2).
    const attributes = picked.language === language ? {} : { lang: picked.language, dir: DIRECTIONS[picked.language] };
    return { text: picked.text, attributes };
  };
}

/** A name (of an authority, cluster, person, source) isolated from the text around it. */
export function Name({ value }: { value: LocalizedText }) {
  const localize = useLocalized();
  const { text, attributes } = localize(value);
  return <bdi lang={attributes.lang}>{text}</bdi>;
}

/** A longer text (a summary, a description); a fallback gets its own lang and dir. */
export function LocalizedBlock({
  value,
  as: Tag = 'p',
  className,
}: {
  value: LocalizedText;
  as?: ElementType;
  className?: string;
}) {
  const localize = useLocalized();
  const { text, attributes } = localize(value);
  return (
    <Tag className={className} {...attributes}>
      {text}
    </Tag>
  );
}

/** Plain text for places that take a string (document title, sorting, aria-label). */
export function useLocalizedString(): (text: LocalizedText) => string {
  const language = useLanguage();
  return (value) => pickLocalized(value, language).text;
}
