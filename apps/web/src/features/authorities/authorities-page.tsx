import { Alert, Button, Text, Title } from '@mantine/core';
import { useSearchParams } from 'react-router';
import { useTranslation } from 'react-i18next';
import { useDocumentTitle } from '../../app/document-title';
import { Loading, QueryError } from '../../app/query-status';
import { AuthoritiesTable } from './authorities-table';
import { AuthorityFiltersForm } from './authority-filters-form';
import { authorityFiltersToParams, parseAuthorityFilters, type AuthorityFilters } from './authority-filters';
import { useAuthorities } from './use-authorities';

export default function AuthoritiesPage() {
  const { t } = useTranslation();
  useDocumentTitle(t('authorities.title'));
  const [params, setParams] = useSearchParams();
  const filters = parseAuthorityFilters(params);
  const result = useAuthorities(filters);
  const { connection } = result;
  const shown = connection?.edges.length ?? 0;

  const applyFilters = (next: AuthorityFilters) => setParams(authorityFiltersToParams(next));

  return (
    <>
      <Title order={1} mb="sm">
        {t('authorities.title')}
      </Title>
      <Text mb="lg" maw="48rem">
        {t('authorities.intro')}
      </Text>
      <AuthorityFiltersForm
        filters={filters}
        districts={result.districts}
        clusters={result.clusters}
        onChange={applyFilters}
      />
      {result.isUnknownCluster && (
        <Alert color="yellow" variant="outline" mb="md">
          {t('authorities.filters.unknownCluster')}
        </Alert>
      )}
      {/* Announces the result of every filter and every "more" (WCAG 4.1.3). */}
      <Text role="status" mb="sm" fw={600}>
        {connection &&
          `${t('authorities.found', { count: connection.totalCount })} ${t('authorities.caption', {
            shown,
            total: connection.totalCount,
          })}`}
      </Text>
      {result.loading && <Loading />}
      {result.error && <QueryError error={result.error} onRetry={result.retry} />}
      {connection && connection.totalCount === 0 && <Text>{t('authorities.empty')}</Text>}
      {connection && shown > 0 && (
        <>
          <AuthoritiesTable
            authorities={connection.edges.map((edge) => edge.node)}
            caption={t('authorities.caption', { shown, total: connection.totalCount })}
          />
          {connection.pageInfo.hasNextPage && (
            <Button onClick={result.fetchMore} loading={result.isFetchingMore}>
              {t('authorities.more')}
            </Button>
          )}
        </>
      )}
    </>
  );
}
