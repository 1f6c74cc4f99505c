import { Trans } from 'react-i18next';
import type { LocalizedText } from '@roundtable/shared/localized';
import { formatPartialDate } from '../../app/format';
import { useLanguage } from '../../app/language';
import { Name, useLocalized } from '../../app/localized';

interface SourceLike {
  title: LocalizedText;
  publishedOn: string | null;
}

/** A source by its title and date: which document, and from when. */
export function SourceName({ source }: { source: SourceLike }) {
  const language = useLanguage();
  return (
    <>
      <Name value={source.title} />
      {source.publishedOn && <> ({formatPartialDate(source.publishedOn, language)})</>}
    </>
  );
}

/** "The 2020 call (2020) lists 16 authorities": a source with the number it lists. */
export function SourceCount({ source, count }: { source: SourceLike; count: number }) {
  const language = useLanguage();
  const localize = useLocalized();
  const title = localize(source.title);
  const key = source.publishedOn ? 'cluster.authorities.bySource' : 'cluster.authorities.bySourceUndated';
  return (
    <Trans
      i18nKey={key}
      count={count}
      values={{
        title: title.text,
        date: source.publishedOn ? formatPartialDate(source.publishedOn, language) : '',
      }}
      components={{ doc: <bdi lang={title.attributes.lang} /> }}
    />
  );
}
