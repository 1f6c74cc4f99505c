import { Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { comparePartialDates } from '@roundtable/shared/partial-date';
import { formatPartialDate } from '../../app/format';
import { useLanguage } from '../../app/language';
import { LocalizedBlock } from '../../app/localized';
import type { ClusterData } from './cluster-types';
import { SourceName } from './source-label';
import classes from './cluster-page.module.css';

/** The cluster's milestones in date order, each with the source that reports it. */
export function ClusterMilestones({ milestones }: { milestones: ClusterData['milestones'] }) {
  const { t } = useTranslation();
  const language = useLanguage();
  const ordered = [...milestones].sort((a, b) => comparePartialDates(a.occurredOn, b.occurredOn));
  return (
    <section aria-labelledby="cluster-milestones">
      <Title order={2} id="cluster-milestones" mt="xl" mb="sm">
        {t('cluster.milestones.title')}
      </Title>
      {ordered.length === 0 ? (
        <Text>{t('cluster.milestones.none')}</Text>
      ) : (
        <ol className={classes.timeline}>
          {ordered.map((milestone) => (
            <li key={milestone.id}>
              <time dateTime={milestone.occurredOn} className={classes.timelineDate}>
                {formatPartialDate(milestone.occurredOn, language)}
              </time>
              <LocalizedBlock value={milestone.title} className={classes.timelineTitle} />
              {milestone.source && (
                <Text size="sm" c="dimmed">
                  {t('cluster.milestones.source')} <SourceName source={milestone.source} />
                </Text>
              )}
            </li>
          ))}
        </ol>
      )}
    </section>
  );
}
