import { Title } from '@mantine/core';
import { useParams } from 'react-router';
import { useTranslation } from 'react-i18next';
import { useDocumentTitle } from '../../app/document-title';
import { Name, useLocalizedString } from '../../app/localized';
import { NotFoundPage } from '../../app/not-found-page';
import { Loading, QueryError } from '../../app/query-status';
import { retry } from '../../app/retry';
import { ClusterAuthorities } from './cluster-authorities';
import { ClusterFacts } from './cluster-facts';
import { ClusterMembership } from './cluster-membership';
import { ClusterMilestones } from './cluster-milestones';
import { ClusterVision } from './cluster-vision';
import { ClusterForums } from '../forums/cluster-forums';
import { useCluster } from './use-cluster';

export default function ClusterPage() {
  const { slug = '' } = useParams();
  const { t } = useTranslation();
  const localize = useLocalizedString();
  const { cluster, loading, error, isNotFound, refetch } = useCluster(slug);
  useDocumentTitle(
    isNotFound ? undefined : cluster ? localize(cluster.name) : error ? t('errors.title') : t('status.loading'),
  );

  if (isNotFound) return <NotFoundPage />;
  if (error) {
    return (
      <>
        <Title order={1}>{t('errors.title')}</Title>
        <QueryError error={error} onRetry={retry(refetch)} />
      </>
    );
  }
  if (loading || !cluster) return <Loading />;

  return (
    <article>
      <Title order={1} mb="lg">
        <Name value={cluster.name} />
      </Title>
      <ClusterFacts cluster={cluster} />
      <ClusterVision cluster={cluster} />
      <ClusterMembership cluster={cluster} />
      <ClusterAuthorities cluster={cluster} />
      <ClusterForums cluster={cluster} />
      <ClusterMilestones cluster={cluster} />
    </article>
  );
}
