import { useQuery } from '@apollo/client/react';
import { Title } from '@mantine/core';
import { useLocation, useParams } from 'react-router';
import { useTranslation } from 'react-i18next';
import { errorKind } from '../../app/error-code';
import { useDocumentTitle } from '../../app/document-title';
import { FormSuccess } from '../../app/form-status';
import { Name, useLocalizedString } from '../../app/localized';
import { NotFoundPage } from '../../app/not-found-page';
import { Loading, QueryError } from '../../app/query-status';
import { retry } from '../../app/retry';
import { useViewer } from '../account/use-viewer';
import { ForumDashboard } from './forum-dashboard';
import { ForumFacts } from './forum-facts';
import { EditForum, isForumCreatedState } from './forum-form';
import { NextMeeting } from './next-meeting';
import { PublicMembers } from './public-members';
import { RepresentationMap } from './representation-map';
import { FORUM_QUERY } from './forums.graphql';
import { ForumCalls } from '../calls/forum-calls';

/**
 * A forum's page: what anyone may read (its rules, map, the members who chose to appear, the
 * next meeting), and for its managers and readers the dashboard below it (docs/access.md).
 */
export default function ForumPage() {
  const { id = '' } = useParams();
  const { t } = useTranslation();
  const localize = useLocalizedString();
  const { access } = useViewer();
  const { state } = useLocation();
  const { data, error, refetch } = useQuery(FORUM_QUERY, { variables: { id } });
  const forum = data?.forum ?? null;
  // NOT_FOUND for an unknown id, BAD_USER_INPUT for one that is not an id at all.
  const isNotFound = error !== undefined && ['NOT_FOUND', 'BAD_USER_INPUT'].includes(errorKind(error));
  useDocumentTitle(
    isNotFound ? undefined : forum ? localize(forum.name) : error ? t('errors.title') : t('status.loading'),
  );

  if (isNotFound) return <NotFoundPage />;
  if (error && !forum) {
    return (
      <>
        <Title order={1}>{t('errors.title')}</Title>
        <QueryError error={error} onRetry={retry(refetch)} />
      </>
    );
  }
  // A refetch after a change keeps the page (and the reader's place in it) on screen.
  if (!forum) return <Loading />;

  // The PMO unit and administrators read every forum's records; the API decides again.
  const readsRecords = forum.viewerCanManage || access.readsEveryForum;

  return (
    <article>
      <Title order={1} mb="lg">
        <Name value={forum.name} />
      </Title>
      {/* A forum just created from its cluster's page says so on arrival. */}
      <FormSuccess>{isForumCreatedState(state) ? t('forums.settings.created') : null}</FormSuccess>
      {forum.viewerCanManage && <EditForum forum={forum} />}
      <ForumFacts forum={forum} />
      <RepresentationMap seats={forum.seats} />
      <ForumCalls forumId={forum.id} />
      {readsRecords ? (
        <ForumDashboard forum={forum} />
      ) : (
        <>
          <PublicMembers members={forum.members} />
          <NextMeeting meeting={forum.nextMeeting} />
        </>
      )}
    </article>
  );
}
