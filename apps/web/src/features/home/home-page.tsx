import { Text, Title } from '@mantine/core';
import { useQuery } from '@apollo/client/react';
import { useTranslation } from 'react-i18next';
import { useDocumentTitle } from '../../app/document-title';
import { Loading, QueryError } from '../../app/query-status';
import { retry } from '../../app/retry';
import { AuthorityMap } from './authority-map';
import { ClustersByDistrict } from './clusters-by-district';
import { ClustersTable } from './clusters-table';
import { HOME_QUERY } from './home.graphql';

export default function HomePage() {
  const { t } = useTranslation();
  useDocumentTitle(t('home.title'));
  const { data, error, loading, refetch } = useQuery(HOME_QUERY);

  return (
    <>
      <Title order={1} mb="sm">
        {t('home.title')}
      </Title>
      <Text mb="xl" maw="48rem">
        {t('home.intro')}
      </Text>
      {loading && !data && <Loading />}
      {error && <QueryError error={error} onRetry={retry(refetch)} />}
      {data && (
        <>
          <ClustersByDistrict clusters={data.clusters} districts={data.districts} />
          <ClustersTable clusters={data.clusters} />
          <AuthorityMap clusters={data.clusters} />
        </>
      )}
    </>
  );
}
