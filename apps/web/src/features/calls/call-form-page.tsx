import { useMutation, useQuery } from '@apollo/client/react';
import { Anchor, Text, Title } from '@mantine/core';
import { Link, useNavigate, useParams } from 'react-router';
import { useTranslation } from 'react-i18next';
import { dateInIsrael } from '@roundtable/shared/forums';
import type { SectorCode } from '@roundtable/shared/sectors';
import { useDocumentTitle } from '../../app/document-title';
import { errorKind } from '../../app/error-code';
import { useLanguage } from '../../app/language';
import { Name, useLocalizedString } from '../../app/localized';
import { NotFoundPage } from '../../app/not-found-page';
import { Loading, QueryError } from '../../app/query-status';
import { retry } from '../../app/retry';
import { NotAllowed, RequireViewer } from '../account/require-viewer';
import { CallForm, type CallCreatedState } from './call-form';
import { callValues, createCallInput, emptyCall, sortSectors, updateCallInput } from './call-schema';
import {
  CALL_EDIT_QUERY,
  CALL_FORM_FORUM_QUERY,
  CALL_MANAGE_REFETCH,
  CREATE_CALL_MUTATION,
  UPDATE_CALL_MUTATION,
} from './calls-manage.graphql';

function mapSectorsOf(seats: ReadonlyArray<{ sector: SectorCode; seats: number }>): SectorCode[] {
  return sortSectors(seats.filter((row) => row.seats > 0).map((row) => row.sector));
}

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

/** /:lang/forums/:id/calls/new: a forum's manager drafts a call; its manage page opens once it is made. */
export default function NewCallPage() {
  const { t } = useTranslation();
  useDocumentTitle(t('callReview.form.newTitle'));
  return <RequireViewer>{() => <NewCall />}</RequireViewer>;
}

function NewCall() {
  const { id = '' } = useParams();
  const { t } = useTranslation();
  const language = useLanguage();
  const localize = useLocalizedString();
  const navigate = useNavigate();
  const { data, error, refetch } = useQuery(CALL_FORM_FORUM_QUERY, { variables: { id } });
  const [create] = useMutation(CREATE_CALL_MUTATION);
  const forum = data?.forum ?? null;
  useDocumentTitle(forum ? t('callReview.form.newTitleFor', { forum: localize(forum.name) }) : undefined);

  if (error && !forum) return <PageError error={error} refetch={refetch} />;
  if (!forum) return <Loading />;
  if (!forum.viewerCanManage) return <NotAllowed />;
  const mapSectors = mapSectorsOf(forum.seats);
  const back = `/${language}/forums/${forum.id}`;

  return (
    <>
      <Title order={1} mb="xs">
        {t('callReview.form.newTitle')}
      </Title>
      <Text mb="lg">
        {t('callReview.forumLabel')}
        {t('common.labelSeparator')}
        <Anchor component={Link} to={back}>
          <Name value={forum.name} />
        </Anchor>
      </Text>
      <CallForm
        initialValues={emptyCall(mapSectors)}
        today={dateInIsrael(new Date())}
        mapSectors={mapSectors}
        forumAllowsIndividuals={forum.allowsIndividuals}
        submitLabel={t('callReview.form.createSubmit')}
        onCancel={() => void navigate(back)}
        onSubmit={async (values) => {
          const { data: created } = await create({ variables: { input: createCallInput(forum.id, values) } });
          if (!created) return;
          const state: CallCreatedState = { callCreated: true };
          await navigate(`/${language}/calls/${created.createCall.id}/manage`, { state });
        }}
      />
    </>
  );
}

/** /:lang/calls/:id/edit: a draft's fields; an open call is changed only by extending its deadline. */
export function EditCallPage() {
  const { t } = useTranslation();
  useDocumentTitle(t('callReview.form.editTitle'));
  return <RequireViewer>{() => <EditCall />}</RequireViewer>;
}

function EditCall() {
  const { id = '' } = useParams();
  const { t } = useTranslation();
  const language = useLanguage();
  const localize = useLocalizedString();
  const navigate = useNavigate();
  const { data, error, refetch } = useQuery(CALL_EDIT_QUERY, { variables: { id } });
  const [update] = useMutation(UPDATE_CALL_MUTATION, { refetchQueries: CALL_MANAGE_REFETCH });
  const call = data?.call ?? null;
  useDocumentTitle(call ? t('callReview.form.editTitleFor', { title: localize(call.title) }) : undefined);

  if (error && !call) return <PageError error={error} refetch={refetch} />;
  if (!call) return <Loading />;
  if (!call.viewerCanManage) return <NotAllowed />;
  const manage = `/${language}/calls/${call.id}/manage`;
  const mapSectors = mapSectorsOf(call.forum.seats);

  return (
    <>
      <Title order={1} mb="xs">
        {t('callReview.form.editTitle')}
      </Title>
      <Text mb="lg">
        {t('callReview.forumLabel')}
        {t('common.labelSeparator')}
        <Anchor component={Link} to={`/${language}/forums/${call.forum.id}`}>
          <Name value={call.forum.name} />
        </Anchor>
      </Text>
      {call.status !== 'DRAFT' ? (
        <>
          <Text mb="md">{t('callReview.form.notDraft')}</Text>
          <Anchor component={Link} to={manage}>
            {t('callReview.form.toManage')}
          </Anchor>
        </>
      ) : (
        <CallForm
          initialValues={callValues(call)}
          today={dateInIsrael(new Date())}
          mapSectors={mapSectors}
          forumAllowsIndividuals={call.forum.allowsIndividuals || call.allowsIndividuals}
          submitLabel={t('callReview.form.editSubmit')}
          onCancel={() => void navigate(manage)}
          onSubmit={async (values) => {
            await update({ variables: { input: updateCallInput(call.id, values) } });
            await navigate(manage);
          }}
        />
      )}
    </>
  );
}
