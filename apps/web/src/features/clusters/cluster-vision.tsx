import { List, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { LocalizedBlock } from '../../app/localized';
import type { ClusterData } from './cluster-types';

/** The summary and the vision goals, where the sources give them. */
export function ClusterVision({ cluster }: { cluster: ClusterData }) {
  const { t } = useTranslation();
  return (
    <>
      {cluster.summary && (
        <section aria-labelledby="cluster-summary">
          <Title order={2} size="h3" id="cluster-summary" mt="xl" mb="sm">
            {t('cluster.summary')}
          </Title>
          <LocalizedBlock value={cluster.summary} />
        </section>
      )}
      {cluster.visionGoals.length > 0 && (
        <section aria-labelledby="cluster-vision">
          <Title order={2} size="h3" id="cluster-vision" mt="xl" mb="sm">
            {t('cluster.visionGoals')}
          </Title>
          <List spacing="xs">
            {cluster.visionGoals.map((goal, index) => (
              <List.Item key={index}>
                <LocalizedBlock as="span" value={goal} />
              </List.Item>
            ))}
          </List>
        </section>
      )}
    </>
  );
}
