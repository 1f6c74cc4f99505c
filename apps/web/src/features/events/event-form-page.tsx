import { useMutation, useQuery } from '@apollo/client/react';
import { Anchor, Text, Title } from '@mantine/core';
import { Link, useNavigate, useParams } from 'react-router';
import { useTranslation } from 'react-i18next';
import { useDocumentTitle } from '../../app/document-title';
import { errorKind } from '../../app/error-code';
import { useLanguage } from '../../app/language';
import { Name, useLocalizedString } from '../../app/localized';
import { NotFoundPage } from '../../app/not-found-page';
import { Loading, QueryError } from '../../app/query-status';
import { retry } from '../../app/retry';
import { NotAllowed, RequireViewer } from '../account/require-viewer';
import { useViewer } from '../account/use-viewer';
import { EventForm } from './event-form';
import { createEventInput, emptyEvent, eventValues, NATIONAL, updateEventInput } from './event-schema';
import { OrganiserName } from './event-text';
import {
  CREATE_EVENT_MUTATION,
  EVENT_FORM_QUERY,
  EVENT_ORGANISERS_QUERY,
  EVENT_REFETCH,
  UPDATE_EVENT_MUTATION,
} from './events.graphql';

function PageError({ error, refetch }: { error: unknown; refetch: () => Promise<unknown> }) {
  const { t } = useTranslation();
  const kind = errorKind(error);
  if (kind === 'NOT_FOUND' || kind === 'BAD_USER_INPUT') return <NotFoundPage />;
  if (kind === 'FORBIDDEN') return <NotAllowed />;
  return (
    <>
      <Title order={1}>{t('errors.title')}</Title>
      <QueryError error={error} onRetry={retry(refetch)} />
    </>
  );
}

/** /:lang/events/new: a cluster's CEO (for their cluster) or the PMO unit (a national event) creates one. */
export default function NewEventPage() {
  const { t } = useTranslation();
  useDocumentTitle(t('events.form.newTitle'));
  return <RequireViewer>{() => <NewEvent />}</RequireViewer>;
}

function NewEvent() {
  const { t } = useTranslation();
  const language = useLanguage();
  const localize = useLocalizedString();
  const navigate = useNavigate();
  const { viewer } = useViewer();
  const { data, error, refetch } = useQuery(EVENT_ORGANISERS_QUERY);
  const [create] = useMutation(CREATE_EVENT_MUTATION, { refetchQueries: ['EventsCalendar'] });
  if (error && !data) return <PageError error={error} refetch={refetch} />;
  if (!data) return <Loading />;
  const roles = viewer?.roles ?? [];
  const managedSlugs = new Set(
    roles.flatMap((grant) => (grant.role === 'CLUSTER_CEO' && grant.cluster ? [grant.cluster.slug] : [])),
  );
  const organisers = [
    ...(roles.some((grant) => grant.role === 'PMO_ANALYST') ? [{ value: NATIONAL, label: t('events.pmo') }] : []),
    ...data.clusters
      .filter((cluster) => managedSlugs.has(cluster.slug))
      .map((cluster) => ({ value: cluster.id, label: localize(cluster.name) })),
  ];
  if (organisers.length === 0) return <NotAllowed />;
  const back = `/${language}/events`;

  return (
    <>
      <Title order={1} mb="lg">
        {t('events.form.newTitle')}
      </Title>
      <EventForm
        initialValues={emptyEvent(organisers.length === 1 ? organisers[0]!.value : '')}
        organisers={organisers}
        confirmedCount={0}
        submitLabel={t('events.form.createSubmit')}
        onCancel={() => void navigate(back)}
        onSubmit={async (values) => {
          const { data: created } = await create({ variables: { input: createEventInput(values) } });
          if (created) await navigate(`/${language}/events/${created.createEvent.id}`);
        }}
      />
    </>
  );
}

/** /:lang/events/:id/edit: its organiser changes an event; a higher capacity promotes the waitlist in order. */
export function EditEventPage() {
  const { t } = useTranslation();
  useDocumentTitle(t('events.form.editTitle'));
  return <RequireViewer>{() => <EditEvent />}</RequireViewer>;
}

function EditEvent() {
  const { id = '' } = useParams();
  const { t } = useTranslation();
  const language = useLanguage();
  const localize = useLocalizedString();
  const navigate = useNavigate();
  const { data, error, refetch } = useQuery(EVENT_FORM_QUERY, { variables: { id }, fetchPolicy: 'network-only' });
  const [update] = useMutation(UPDATE_EVENT_MUTATION, { refetchQueries: EVENT_REFETCH, awaitRefetchQueries: true });
  const event = data?.event ?? null;
  useDocumentTitle(event ? t('events.form.editTitleFor', { title: localize(event.title) }) : undefined);

  if (error && !event) return <PageError error={error} refetch={refetch} />;
  if (!event) return <Loading />;
  if (!event.viewerCanOrganise) return <NotAllowed />;
  const page = `/${language}/events/${event.id}`;

  return (
    <>
      <Title order={1} mb="xs">
        {t('events.form.editTitle')}
      </Title>
      <Text mb="lg">
        <Anchor component={Link} to={page}>
          <Name value={event.title} />
        </Anchor>
        {t('common.separator')}
        {t(`events.kind.${event.kind}`)}
        {t('common.separator')}
        <OrganiserName cluster={event.cluster} />
      </Text>
      <EventForm
        initialValues={eventValues(event)}
        organisers={null}
        confirmedCount={event.confirmedCount}
        undatedAllowed={event.source !== null && !event.startsOn}
        submitLabel={t('events.form.editSubmit')}
        onCancel={() => void navigate(page)}
        onSubmit={async (values) => {
          await update({ variables: { input: updateEventInput(event.id, values) } });
          await navigate(page);
        }}
      />
    </>
  );
}
