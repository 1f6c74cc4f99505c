import { Anchor, Text, Title } from '@mantine/core';
import { Link } from 'react-router';
import { useTranslation } from 'react-i18next';
import { formatDateTime } from '../../app/format';
import { useLanguage } from '../../app/language';
import { Name } from '../../app/localized';
import type { ClusterForumsFieldsFragment } from '../../gql/graphql';
import { NewForum } from './forum-form';

/**
 * The cluster's forums on its page, each linking to the forum's own page. The cluster's CEO
 * (`viewerCanManage`, the rule createForum holds) creates a forum here.
 */
export function ClusterForums({ cluster }: { cluster: ClusterForumsFieldsFragment }) {
  const { t } = useTranslation();
  const language = useLanguage();
  return (
    <section aria-labelledby="cluster-forums">
      <Title order={2} id="cluster-forums" mt="xl" mb="sm">
        {t('forums.clusterForums.title')}
      </Title>
      {cluster.viewerCanManage && <NewForum clusterId={cluster.id} />}
      {cluster.forums.length === 0 ? (
        <Text>{t('forums.clusterForums.none')}</Text>
      ) : (
        <ul>
          {cluster.forums.map((forum) => {
            const seats = forum.seats.reduce((sum, row) => sum + row.seats, 0);
            return (
              <li key={forum.id}>
                <Anchor component={Link} to={`/${language}/forums/${forum.id}`} fw={600}>
                  <Name value={forum.name} />
                </Anchor>
                <Text size="sm">
                  {t(`forums.kind.${forum.kind}`)}
                  {forum.topic && (
                    <>
                      {t('common.separator')}
                      <Name value={forum.topic.name} />
                    </>
                  )}
                  {seats > 0 && (
                    <>
                      {t('common.separator')}
                      {t('forums.clusterForums.seats', { count: seats, lng: language })}
                    </>
                  )}
                  {forum.nextMeeting && (
                    <>
                      {t('common.separator')}
                      {t('forums.clusterForums.nextMeeting', {
                        date: formatDateTime(forum.nextMeeting.startsAt, language),
                      })}
                    </>
                  )}
                </Text>
              </li>
            );
          })}
        </ul>
      )}
    </section>
  );
}
