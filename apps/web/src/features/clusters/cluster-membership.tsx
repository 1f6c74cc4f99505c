import { List, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Name } from '../../app/localized';
import type { ClusterData } from './cluster-types';
import { membershipDifference, unnamedMemberCount } from './membership-difference';
import { SourceCount, SourceName } from './source-label';
import classes from './cluster-page.module.css';

/**
 * How many authorities each source lists, what the cluster declares, and where the sources
 * disagree: both versions, each with its source and date, never one picked silently.
 */
export function ClusterMembership({ cluster }: { cluster: ClusterData }) {
  const { t } = useTranslation();
  const sources = cluster.membershipSources;
  const groups = membershipDifference(sources, cluster.authorities);
  const unnamed = unnamedMemberCount(cluster.declaredMemberCount, cluster.authorities.length);
  const separator = t('common.separator');

  return (
    <section aria-labelledby="cluster-membership">
      <Title order={2} id="cluster-membership" mt="xl" mb="sm">
        {t('cluster.authorities.title')}
      </Title>
      {sources.length > 0 && (
        <ul className={classes.sourceCounts}>
          {sources.map((entry) => (
            <li key={entry.source.id}>
              <SourceCount source={entry.source} count={entry.authorityCount} />
            </li>
          ))}
        </ul>
      )}
      {unnamed !== null && (
        <Text mb="sm" className={classes.notice}>
          {t('cluster.authorities.declaredNamed', {
            count: cluster.declaredMemberCount ?? 0,
            named: cluster.authorities.length,
          })}
        </Text>
      )}
      {cluster.authorities.length === 0 && <Text mb="sm">{t('cluster.authorities.none')}</Text>}

      {groups.length > 0 && (
        <section aria-labelledby="cluster-difference" className={classes.difference}>
          <Title order={3} size="h4" id="cluster-difference" mb="xs">
            {t('cluster.difference.title')}
          </Title>
          <Text mb="sm">{t('cluster.difference.intro')}</Text>
          {groups.map((group) => (
            <div key={group.listedBy.map((source) => source.id).join('|')} className={classes.differenceGroup}>
              <Text fw={600}>
                {t('cluster.difference.onlyIn')}{' '}
                {group.listedBy.map((source, index) => (
                  <span key={source.id}>
                    {index > 0 && separator}
                    <SourceName source={source} />
                  </span>
                ))}
              </Text>
              {group.missingFrom.length > 0 && (
                <Text size="sm" mb="xs">
                  {t('cluster.difference.notIn')}{' '}
                  {group.missingFrom.map((source, index) => (
                    <span key={source.id}>
                      {index > 0 && separator}
                      <SourceName source={source} />
                    </span>
                  ))}
                </Text>
              )}
              <List mb="sm">
                {group.authorities.map((entry) => (
                  <List.Item key={entry.authority.id}>
                    <Name value={entry.authority.name} />
                  </List.Item>
                ))}
              </List>
            </div>
          ))}
        </section>
      )}
      {groups.length === 0 && sources.length > 1 && (
        <Text mb="sm">{t('cluster.difference.none', { count: sources.length })}</Text>
      )}
    </section>
  );
}
