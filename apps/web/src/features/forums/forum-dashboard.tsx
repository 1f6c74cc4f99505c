import { useQuery } from '@apollo/client/react';
import { Anchor, Title } from '@mantine/core';
import { Link } from 'react-router';
import { useTranslation } from 'react-i18next';
import { useLanguage } from '../../app/language';
import { Loading, QueryError } from '../../app/query-status';
import { retry } from '../../app/retry';
import { AttendanceSection } from './attendance-section';
import { CadenceSection } from './cadence-section';
import type { ForumData } from './forum-types';
import { FORUM_DASHBOARD_QUERY } from './forums.graphql';
import { MeetingsSection } from './meetings-section';
import { MembersSection } from './members-section';
import { NextMeeting } from './next-meeting';
import { PublicMembers } from './public-members';
import { SeatsSection } from './seats-section';
import classes from './forums.module.css';

/**
 * The forum's dashboard, for its managers (who also change it) and its readers, the PMO unit and
 * administrators (docs/access.md). Actions show only when `viewerCanManage`; the API checks again.
 */
export function ForumDashboard({ forum }: { forum: ForumData }) {
  const { t } = useTranslation();
  const language = useLanguage();
  const { data, error, refetch } = useQuery(FORUM_DASHBOARD_QUERY, { variables: { id: forum.id } });
  const dashboard = data?.forum ?? null;
  const canManage = forum.viewerCanManage;

  return (
    <section aria-labelledby="forum-dashboard" className={classes.section}>
      <Title order={2} id="forum-dashboard" mb="xs">
        {t(canManage ? 'forums.dashboard.title' : 'forums.dashboard.readOnlyTitle')}
      </Title>
      {!canManage && <p>{t('forums.dashboard.readOnly')}</p>}
      {canManage && (
        <Anchor component={Link} to={`/${language}/forums/${forum.id}/calls/new`} fw={600}>
          {t('callReview.newCallLink')}
        </Anchor>
      )}
      {error && !dashboard ? (
        <QueryError error={error} onRetry={retry(refetch)} />
      ) : !dashboard ? (
        <Loading />
      ) : (
        <>
          <NextMeeting meeting={dashboard.nextMeeting} order={3} />
          <SeatsSection seats={forum.seats} />
          <MembersSection forum={forum} members={dashboard.members} canManage={canManage} />
          <AttendanceSection forumId={forum.id} />
          <CadenceSection months={dashboard.meetingCadence} />
          <MeetingsSection forum={forum} members={dashboard.members} canManage={canManage} />
          <PublicMembers
            order={3}
            members={dashboard.members.filter((member) => member.status === 'ACTIVE' && member.shownPublicly)}
          />
        </>
      )}
    </section>
  );
}
