import { useRef, useState } from 'react';
import { useMutation, useQuery } from '@apollo/client/react';
import { Button, Group, Table, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { ConfirmDialog } from '../../app/confirm-dialog';
import { FormSuccess } from '../../app/form-status';
import { formatDateTime, formatNumber } from '../../app/format';
import { useLanguage } from '../../app/language';
import { Loading, QueryError } from '../../app/query-status';
import { retry } from '../../app/retry';
import { TableScroll } from '../../app/table-scroll';
import { useForumErrorMessage } from './forum-errors';
import type { ForumData, MeetingData, MemberData } from './forum-types';
import { DELETE_MEETING_MUTATION, FORUM_MEETINGS_QUERY, FORUM_REFETCH } from './forums.graphql';
import { AttendanceDialog, MeetingDialog } from './meeting-forms';
import { SectorName } from './sector-label';
import classes from './forums.module.css';

const PAGE_SIZE = 10;

type Action = { kind: 'edit' | 'attendance' | 'delete'; meeting: MeetingData };

/**
 * The forum's meetings, newest first, a page at a time; its managers schedule, change and remove
 * them and record who came, and each meeting shows the sectors' balance among those who came.
 */
export function MeetingsSection({
  forum,
  members,
  canManage,
}: {
  forum: ForumData;
  members: readonly MemberData[];
  canManage: boolean;
}) {
  const { t } = useTranslation();
  const language = useLanguage();
  const errorMessage = useForumErrorMessage();
  const headingRef = useRef<HTMLHeadingElement>(null);
  // The cursors of the pages before this one: "newer" goes back one.
  const [cursors, setCursors] = useState<Array<string | null>>([null]);
  const after = cursors[cursors.length - 1] ?? null;
  const { data, previousData, error, loading, refetch } = useQuery(FORUM_MEETINGS_QUERY, {
    variables: { id: forum.id, first: PAGE_SIZE, after },
  });
  const connection = (data ?? previousData)?.forum.meetings ?? null;
  const [scheduling, setScheduling] = useState(false);
  const [action, setAction] = useState<Action | null>(null);
  const [status, setStatus] = useState<string | null>(null);
  const [deleteError, setDeleteError] = useState<string | null>(null);
  const [deleteMeeting, { loading: deleting }] = useMutation(DELETE_MEETING_MUTATION, {
    refetchQueries: FORUM_REFETCH,
    awaitRefetchQueries: true,
  });

  const page = cursors.length;
  const pages = connection ? Math.max(1, Math.ceil(connection.totalCount / PAGE_SIZE)) : 1;
  const done = (message: string) => {
    setAction(null);
    setScheduling(false);
    setStatus(message);
  };

  const confirmDelete = async () => {
    if (action?.kind !== 'delete') return;
    setDeleteError(null);
    try {
      await deleteMeeting({ variables: { id: action.meeting.id } });
    } catch (failure) {
      setDeleteError(errorMessage(failure));
      return;
    }
    done(t('forums.meetings.deleted', { title: action.meeting.title }));
    // The button that opened the dialog left with the meeting: continue from the heading.
    headingRef.current?.focus();
  };

  return (
    <section aria-labelledby="forum-meetings" className={classes.section}>
      <Title order={3} id="forum-meetings" mb="xs" tabIndex={-1} ref={headingRef}>
        {t('forums.meetings.title')}
      </Title>
      <FormSuccess>{status}</FormSuccess>
      {canManage && (
        <Button
          mb="md"
          onClick={() => {
            setStatus(null);
            setScheduling(true);
          }}
        >
          {t('forums.meetings.schedule')}
        </Button>
      )}
      {error && !connection ? (
        <QueryError error={error} onRetry={retry(refetch)} />
      ) : !connection ? (
        <Loading />
      ) : connection.nodes.length === 0 ? (
        <Text>{t('forums.meetings.none')}</Text>
      ) : (
        <div aria-busy={loading || undefined}>
          <Text mb="sm">
            {t('forums.meetings.page', {
              page: formatNumber(page, language),
              pages: formatNumber(pages, language),
              count: connection.totalCount,
              lng: language,
            })}
          </Text>
          <ul className={classes.meetings}>
            {connection.nodes.map((meeting) => (
              <MeetingItem
                key={meeting.id}
                meeting={meeting}
                canManage={canManage}
                onAction={(kind) => {
                  setStatus(null);
                  setDeleteError(null);
                  setAction({ kind, meeting });
                }}
              />
            ))}
          </ul>
          <Group mt="md" gap="sm">
            {cursors.length > 1 && (
              <Button variant="outline" onClick={() => setCursors((list) => list.slice(0, -1))}>
                {t('forums.meetings.newer')}
              </Button>
            )}
            {connection.pageInfo.hasNextPage && connection.pageInfo.endCursor && (
              <Button
                variant="outline"
                onClick={() => setCursors((list) => [...list, connection.pageInfo.endCursor ?? null])}
              >
                {t('forums.meetings.older')}
              </Button>
            )}
          </Group>
        </div>
      )}
      {canManage && (
        <>
          <MeetingDialog
            opened={scheduling}
            forumId={forum.id}
            meeting={null}
            onClose={() => setScheduling(false)}
            onDone={(title) => {
              setCursors([null]);
              done(t('forums.meetings.scheduled', { title }));
            }}
          />
          <MeetingDialog
            opened={action?.kind === 'edit'}
            forumId={forum.id}
            meeting={action?.kind === 'edit' ? action.meeting : null}
            onClose={() => setAction(null)}
            onDone={(title) => done(t('forums.meetings.updated', { title }))}
          />
          <AttendanceDialog
            meeting={action?.kind === 'attendance' ? action.meeting : null}
            members={members}
            onClose={() => setAction(null)}
            onDone={(title) => done(t('forums.attendanceForm.recorded', { title }))}
          />
          <ConfirmDialog
            opened={action?.kind === 'delete'}
            title={t('forums.meetings.deleteTitle')}
            confirmLabel={t('forums.meetings.delete')}
            busy={deleting}
            error={deleteError}
            onConfirm={confirmDelete}
            onCancel={() => setAction(null)}
          >
            {t('forums.meetings.deleteBody')} {action?.kind === 'delete' && <bdi>{action.meeting.title}</bdi>}
          </ConfirmDialog>
        </>
      )}
    </section>
  );
}

function MeetingItem({
  meeting,
  canManage,
  onAction,
}: {
  meeting: MeetingData;
  canManage: boolean;
  onAction: (kind: Action['kind']) => void;
}) {
  const { t } = useTranslation();
  const language = useLanguage();
  const headingId = `meeting-${meeting.id}`;
  const attended = meeting.attendance?.length ?? 0;
  return (
    <li className={classes.meeting}>
      <article aria-labelledby={headingId}>
        <h4 id={headingId}>
          <bdi>{meeting.title}</bdi>
        </h4>
        <Text>
          <time dateTime={meeting.startsAt}>{formatDateTime(meeting.startsAt, language)}</time>
          {meeting.location && (
            <>
              {t('common.separator')}
              <bdi>{meeting.location}</bdi>
            </>
          )}
          {t('common.separator')}
          {meeting.hasStarted
            ? t('forums.meetings.attendedCount', { count: attended, lng: language })
            : t('forums.meetings.upcoming')}
        </Text>
        {meeting.agenda && (
          <>
            <Text fw={600} mt="xs">
              {t('forums.meetings.agenda')}
            </Text>
            <Text className={classes.preLine} dir="auto">
              {meeting.agenda}
            </Text>
          </>
        )}
        {meeting.summary && (
          <>
            <Text fw={600} mt="xs">
              {t('forums.meetings.summary')}
            </Text>
            <Text className={classes.preLine} dir="auto">
              {meeting.summary}
            </Text>
          </>
        )}
        {meeting.hasStarted && meeting.sectorBalance && meeting.sectorBalance.length > 0 && (
          <TableScroll labelledBy={`${headingId}-balance`}>
            <Table withTableBorder mt="sm">
              <Table.Caption id={`${headingId}-balance`}>
                {t('forums.meetings.balanceCaption', { title: meeting.title })}
              </Table.Caption>
              <Table.Thead>
                <Table.Tr>
                  <Table.Th scope="col">{t('forums.sector')}</Table.Th>
                  <Table.Th scope="col">{t('forums.meetings.cameOfSeats')}</Table.Th>
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {meeting.sectorBalance.map((row) => (
                  <Table.Tr key={row.sector}>
                    <Table.Th scope="row" fw={400}>
                      <SectorName code={row.sector} />
                    </Table.Th>
                    <Table.Td>
                      {row.seats === null
                        ? formatNumber(row.attended, language)
                        : t('forums.meetings.ofSeats', {
                            attended: formatNumber(row.attended, language),
                            seats: formatNumber(row.seats, language),
                          })}
                    </Table.Td>
                  </Table.Tr>
                ))}
              </Table.Tbody>
            </Table>
          </TableScroll>
        )}
        {canManage && (
          <Group gap="xs" mt="sm">
            {meeting.hasStarted && (
              <Button
                size="xs"
                aria-label={t('forums.meetings.recordAttendanceNamed', { title: meeting.title })}
                onClick={() => onAction('attendance')}
              >
                {t('forums.meetings.recordAttendance')}
              </Button>
            )}
            <Button
              size="xs"
              variant="outline"
              aria-label={t('forums.meetings.editNamed', { title: meeting.title })}
              onClick={() => onAction('edit')}
            >
              {t('forums.meetings.edit')}
            </Button>
            <Button
              size="xs"
              variant="outline"
              color="red.9"
              aria-label={t('forums.meetings.deleteNamed', { title: meeting.title })}
              onClick={() => onAction('delete')}
            >
              {t('forums.meetings.delete')}
            </Button>
          </Group>
        )}
      </article>
    </li>
  );
}
