import { NetworkStatus } from '@apollo/client';
import { useQuery } from '@apollo/client/react';
import { Anchor, Button, Group, NativeSelect, Text, Title } from '@mantine/core';
import { Link, useSearchParams } from 'react-router';
import { useTranslation } from 'react-i18next';
import { PARTNERSHIP_STATUSES } from '@roundtable/shared/partnerships';
import { useDocumentTitle } from '../../app/document-title';
import { formatNumber } from '../../app/format';
import { useLanguage } from '../../app/language';
import { Name } from '../../app/localized';
import { Loading, QueryError } from '../../app/query-status';
import { retry } from '../../app/retry';
import type { PartnershipsQuery } from '../../gql/graphql';
import { useViewer } from '../account/use-viewer';
import { DirectionSelect, DistrictSelect, SectorSelect } from './filter-selects';
import { SectorNames, StatusLightLabel } from './partnership-labels';
import { PARTNERSHIPS_QUERY } from './partnerships.graphql';
import {
  hasRegistryFilters,
  parseRegistryFilters,
  registryFiltersToParams,
  registryVariables,
  type RegistryFilters,
} from './registry-filters';
import classes from './partnerships.module.css';

type Listed = PartnershipsQuery['partnerships']['nodes'][number];

const PAGE_SIZE = 20;

/** The public registry of partnerships (issue #7, item 1): filters in the URL, "more" by cursor. */
export default function PartnershipsPage() {
  const { t } = useTranslation();
  const language = useLanguage();
  const { access } = useViewer();
  useDocumentTitle(t('partnerships.list.title'));
  const [params, setParams] = useSearchParams();
  const filters = parseRegistryFilters(params);
  const { data, loading, error, refetch, fetchMore, networkStatus } = useQuery(PARTNERSHIPS_QUERY, {
    variables: { filter: registryVariables(filters), first: PAGE_SIZE },
    notifyOnNetworkStatusChange: true,
  });
  const connection = data?.partnerships;
  const apply = (next: RegistryFilters) => setParams(registryFiltersToParams(next), { replace: true });

  const more = () => {
    if (!connection?.pageInfo.hasNextPage) return;
    fetchMore({
      variables: { after: connection.pageInfo.endCursor },
      updateQuery: (previous, { fetchMoreResult }) => ({
        ...fetchMoreResult,
        partnerships: {
          ...fetchMoreResult.partnerships,
          nodes: [...(previous.partnerships?.nodes ?? []), ...fetchMoreResult.partnerships.nodes],
        },
      }),
    }).catch(() => undefined);
  };

  return (
    <>
      <Title order={1} mb="sm">
        {t('partnerships.list.title')}
      </Title>
      <Text mb="sm" maw="48rem">
        {t('partnerships.list.intro')}
      </Text>
      {(access.canReadPartnershipDashboard || access.canReadPartnershipNetwork) && (
        <Group mb="lg" gap="lg">
          {access.canReadPartnershipDashboard && (
            <Anchor component={Link} to={`/${language}/partnerships/dashboard`}>
              {t('partnerships.list.dashboardLink')}
            </Anchor>
          )}
          {access.canReadPartnershipNetwork && (
            <Anchor component={Link} to={`/${language}/partnerships/network`}>
              {t('partnerships.list.networkLink')}
            </Anchor>
          )}
        </Group>
      )}
      {access.canCreatePartnership && (
        <Button component={Link} to={`/${language}/partnerships/new`} mb="lg">
          {t('partnerships.form.newTitle')}
        </Button>
      )}
      <form
        role="search"
        aria-label={t('partnerships.list.filters')}
        className={classes.filters}
        onSubmit={(event) => event.preventDefault()}
      >
        <DirectionSelect value={filters.direction} onChange={(direction) => apply({ ...filters, direction })} />
        <DistrictSelect value={filters.district} onChange={(district) => apply({ ...filters, district })} />
        <SectorSelect value={filters.sector} onChange={(sector) => apply({ ...filters, sector })} />
        <NativeSelect
          label={t('partnerships.list.status')}
          value={filters.status ?? ''}
          onChange={(event) =>
            apply({ ...filters, status: (event.currentTarget.value || null) as RegistryFilters['status'] })
          }
          data={[
            { value: '', label: t('partnerships.list.allStatuses') },
            ...PARTNERSHIP_STATUSES.map((status) => ({ value: status, label: t(`partnerships.status.${status}`) })),
          ]}
        />
        <div>
          <Button
            variant="default"
            disabled={!hasRegistryFilters(filters)}
            onClick={() => apply(parseRegistryFilters(new URLSearchParams()))}
          >
            {t('partnerships.filter.clear')}
          </Button>
        </div>
      </form>
      {/* Announces the result of every filter and "more" (WCAG 4.1.3). */}
      <Text role="status" mb="sm" fw={600}>
        {connection &&
          t('partnerships.list.found', {
            total: formatNumber(connection.totalCount, language),
            shown: formatNumber(connection.nodes.length, language),
          })}
      </Text>
      {loading && !connection && <Loading />}
      {error && !connection && <QueryError error={error} onRetry={retry(refetch)} />}
      {connection && connection.totalCount === 0 && (
        <Text>{hasRegistryFilters(filters) ? t('partnerships.list.noneFiltered') : t('partnerships.list.none')}</Text>
      )}
      {connection && connection.nodes.length > 0 && (
        <>
          <ul className={classes.list}>
            {connection.nodes.map((partnership) => (
              <PartnershipCard key={partnership.id} partnership={partnership} />
            ))}
          </ul>
          {connection.pageInfo.hasNextPage && (
            <Button mt="md" onClick={more} loading={networkStatus === NetworkStatus.fetchMore}>
              {t('partnerships.list.more')}
            </Button>
          )}
        </>
      )}
    </>
  );
}

function PartnershipCard({ partnership }: { partnership: Listed }) {
  const { t } = useTranslation();
  const language = useLanguage();
  const titleId = `partnership-${partnership.id}-title`;
  return (
    <li>
      <article className={classes.card} aria-labelledby={titleId}>
        <h2 className={classes.cardTitle} id={titleId}>
          <Anchor component={Link} to={`/${language}/partnerships/${partnership.id}`}>
            <Name value={partnership.title} />
          </Anchor>
        </h2>
        <dl className={classes.facts}>
          <div>
            <dt>{t('partnerships.facts.kind')}</dt>
            <dd>{t(`partnerships.kind.${partnership.kind}`)}</dd>
          </div>
          <div>
            <dt>{t('partnerships.facts.status')}</dt>
            <dd>{t(`partnerships.status.${partnership.status ?? 'NONE'}`)}</dd>
          </div>
          <div>
            <dt>{t('partnerships.facts.statusLight')}</dt>
            <dd>
              <StatusLightLabel light={partnership.statusLight ?? null} />
            </dd>
          </div>
          <div>
            <dt>{t('partnerships.facts.cluster')}</dt>
            <dd>
              {partnership.cluster ? (
                <Anchor component={Link} to={`/${language}/clusters/${partnership.cluster.slug}`}>
                  <Name value={partnership.cluster.name} />
                </Anchor>
              ) : (
                t('partnerships.list.national')
              )}
            </dd>
          </div>
          <div>
            <dt>{t('partnerships.facts.sectors')}</dt>
            <dd>
              <SectorNames codes={partnership.sectors} />
            </dd>
          </div>
          <div>
            <dt>{t('partnerships.facts.directions')}</dt>
            <dd>
              {partnership.directions.length === 0
                ? t('partnerships.list.noDirections')
                : partnership.directions.map((direction, index) => (
                    <span key={direction.number}>
                      {index > 0 && t('calls.listSeparator')}
                      {formatNumber(direction.number, language)}. <Name value={direction.title} />
                    </span>
                  ))}
            </dd>
          </div>
        </dl>
      </article>
    </li>
  );
}
