import { Text, Title } from '@mantine/core';
import { useQuery } from '@apollo/client/react';
import { useTranslation } from 'react-i18next';
import { useDocumentTitle } from '../../app/document-title';
import { formatPartialDate } from '../../app/format';
import { useLanguage } from '../../app/language';
import { LocalizedBlock } from '../../app/localized';
import { Loading, QueryError } from '../../app/query-status';
import { retry } from '../../app/retry';
import { DIRECTIONS_QUERY } from './directions.graphql';
import classes from './directions-page.module.css';

/** The Future Search conference, 6–7 July 2022 (seed 004). */
const FUTURE_SEARCH_HELD_ON = '2022-07';

export default function DirectionsPage() {
  const { t } = useTranslation();
  const language = useLanguage();
  useDocumentTitle(t('directions.title'));
  const { data, error, loading, refetch } = useQuery(DIRECTIONS_QUERY);
  const directions = [...(data?.actionDirections ?? [])].sort((a, b) => a.number - b.number);

  return (
    <>
      <Title order={1} mb="sm">
        {t('directions.title')}
      </Title>
      <Text mb="lg">{t('directions.intro', { date: formatPartialDate(FUTURE_SEARCH_HELD_ON, language) })}</Text>
      {loading && !data && <Loading />}
      {error && <QueryError error={error} onRetry={retry(refetch)} />}
      {directions.length > 0 && (
        <ol className={classes.list}>
          {directions.map((direction) => (
            <li key={direction.number} className={classes.item}>
              <Text className={classes.number}>{t('directions.number', { number: direction.number })}</Text>
              <Title order={2} size="h3" mb="xs">
                <LocalizedBlock as="span" value={direction.title} />
              </Title>
              <LocalizedBlock value={direction.description} />
            </li>
          ))}
        </ol>
      )}
    </>
  );
}
