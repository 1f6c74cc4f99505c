import { useQuery } from '@apollo/client/react';
import { Anchor, Text, Title } from '@mantine/core';
import { Link } from 'react-router';
import { useTranslation } from 'react-i18next';
import { useLanguage } from '../../app/language';
import { Name } from '../../app/localized';
import { QueryError } from '../../app/query-status';
import { retry } from '../../app/retry';
import { CallStatusLabel, DeadlineText, TimeLeftText } from './call-labels';
import { FORUM_CALLS_QUERY } from './calls-public.graphql';
import classes from './calls.module.css';

/** A forum's calls for applications on its page, newest deadline first, each linking to the call. */
export function ForumCalls({ forumId }: { forumId: string }) {
  const { t } = useTranslation();
  const language = useLanguage();
  const { data, error, refetch } = useQuery(FORUM_CALLS_QUERY, { variables: { id: forumId } });
  const calls = data?.forum.calls ?? null;

  return (
    <section aria-labelledby="forum-calls" className={classes.section}>
      <Title order={2} id="forum-calls" mb="sm">
        {t('calls.forum.title')}
      </Title>
      {error && !data && <QueryError error={error} onRetry={retry(refetch)} />}
      {calls && calls.length === 0 && <Text>{t('calls.forum.none')}</Text>}
      {calls && calls.length > 0 && (
        <ul className={classes.history}>
          {calls.map((call) => (
            <li key={call.id}>
              <Anchor component={Link} to={`/${language}/calls/${call.id}`} fw={600}>
                <Name value={call.title} />
              </Anchor>{' '}
              <CallStatusLabel status={call.status} />
              <Text size="sm">
                {t('calls.facts.deadline')}
                {t('common.labelSeparator')}
                <DeadlineText deadline={call.deadline} extended={false} />
                {call.acceptingApplications && (
                  <>
                    {t('common.separator')}
                    <TimeLeftText closesAt={call.closesAt} />
                  </>
                )}
              </Text>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
