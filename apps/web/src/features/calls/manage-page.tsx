import { useState } from 'react';
import { useMutation, useQuery } from '@apollo/client/react';
import { Anchor, Button, Group, Stack, Table, Text, Textarea, TextInput, Title } from '@mantine/core';
import { useForm } from 'react-hook-form';
import { zodResolver } from '@hookform/resolvers/zod';
import { Link, useLocation, useParams } from 'react-router';
import { useTranslation } from 'react-i18next';
import { dateInIsrael } from '@roundtable/shared/forums';
import { BusyButton } from '../../app/busy-button';
import { ConfirmDialog } from '../../app/confirm-dialog';
import { useDocumentTitle } from '../../app/document-title';
import { errorKind } from '../../app/error-code';
import { formatDateTime } from '../../app/format';
import { FormError, FormSuccess, Warning } from '../../app/form-status';
import { useLanguage } from '../../app/language';
import { LocalizedBlock, Name, useLocalizedString } from '../../app/localized';
import { NotFoundPage } from '../../app/not-found-page';
import { Loading, QueryError } from '../../app/query-status';
import { retry } from '../../app/retry';
import { TableScroll } from '../../app/table-scroll';
import type { CallManageFieldsFragment } from '../../gql/graphql';
import { NotAllowed, RequireViewer } from '../account/require-viewer';
import { localDate } from '../forums/forum-data';
import { FormDialog } from '../forums/member-forms';
import { CallStatusLabel, SectorList, useDayFormat } from './call-labels';
import { isCallCreatedState } from './call-form';
import { callFieldError, EMPTY_EXTENSION, extensionInput, extensionSchema, type ExtensionValues } from './call-schema';
import {
  CALL_MANAGE_QUERY,
  CALL_MANAGE_REFETCH,
  CLOSE_CALL_MUTATION,
  EXTEND_CALL_DEADLINE_MUTATION,
  MARK_CALL_DECIDED_MUTATION,
  OPEN_CALL_MUTATION,
} from './calls-manage.graphql';
import { PipelineSection } from './pipeline-section';
import { ReservesList } from './reserves-list';
import { useCallErrorMessage, type CallChange } from './review-errors';
import classes from './review.module.css';

type ManagedCall = CallManageFieldsFragment;

/**
 * A call's page for its managers (the forum's cluster CEO; the PMO unit for a national forum):
 * its status and the next step, the history of its deadline, the pipeline of applications against
 * the seats, and the forum's reserves. Others read why they cannot; the API checks every request.
 */
export default function ManagePage() {
  const { t } = useTranslation();
  useDocumentTitle(t('callReview.manage.title'));
  return <RequireViewer>{() => <ManageCall />}</RequireViewer>;
}

function ManageCall() {
  const { id = '' } = useParams();
  const { t } = useTranslation();
  const language = useLanguage();
  const localize = useLocalizedString();
  const { state } = useLocation();
  const { data, error, refetch } = useQuery(CALL_MANAGE_QUERY, { variables: { id } });
  const call = data?.call ?? null;
  const kind = error ? errorKind(error) : null;
  useDocumentTitle(call ? t('callReview.manage.pageTitle', { title: localize(call.title) }) : undefined);

  if (kind === 'NOT_FOUND' || kind === 'BAD_USER_INPUT') return <NotFoundPage />;
  if (kind === 'FORBIDDEN') return <NotAllowed />;
  if (error && !call) {
    return (
      <>
        <Title order={1}>{t('errors.title')}</Title>
        <QueryError error={error} onRetry={retry(refetch)} />
      </>
    );
  }
  if (!call) return <Loading />;
  if (!call.viewerCanManage) return <NotManager call={call} />;

  return (
    <article>
      <Title order={1} mb="xs">
        <Name value={call.title} />
      </Title>
      <Text mb="md">
        {t('callReview.forumLabel')}
        {t('common.labelSeparator')}
        <Anchor component={Link} to={`/${language}/forums/${call.forum.id}`}>
          <Name value={call.forum.name} />
        </Anchor>
      </Text>
      <FormSuccess>{isCallCreatedState(state) ? t('callReview.form.created') : null}</FormSuccess>
      <CallFacts call={call} />
      <StatusActions call={call} />
      <ExtensionHistory call={call} />
      <PipelineSection callId={call.id} />
      <ReservesList forumId={call.forum.id} />
    </article>
  );
}

/** Signed in, but not a manager of this call's forum: say so, and where the committee reviews. */
function NotManager({ call }: { call: ManagedCall }) {
  const { t } = useTranslation();
  const language = useLanguage();
  return (
    <>
      <Title order={1} mb="md">
        {t('notAllowed.title')}
      </Title>
      <Text mb="md">{t('callReview.manage.notManager')}</Text>
      {call.viewerCanReview && (
        <Anchor component={Link} to={`/${language}/calls/${call.id}/review`}>
          {t('callReview.manage.reviewLink')}
        </Anchor>
      )}
    </>
  );
}

function CallFacts({ call }: { call: ManagedCall }) {
  const { t } = useTranslation();
  const language = useLanguage();
  const formatDay = useDayFormat();
  return (
    <section aria-labelledby="call-facts" className={classes.section}>
      <Title order={2} id="call-facts" mb="sm">
        {t('callReview.manage.factsTitle')}
      </Title>
      <dl className={classes.facts}>
        <div>
          <dt>{t('callReview.facts.status')}</dt>
          <dd>
            <CallStatusLabel status={call.status} />
          </dd>
        </div>
        <div>
          <dt>{t('callReview.facts.opensOn')}</dt>
          <dd>{formatDay(call.opensOn) || t('callReview.facts.opensOnNone')}</dd>
        </div>
        <div>
          <dt>{t('callReview.facts.deadline')}</dt>
          <dd>
            {formatDay(call.deadline)}
            {call.extensions.length > 0 && ` (${t('callReview.facts.extended')})`}
          </dd>
        </div>
        <div>
          <dt>{t('callReview.facts.closesAt')}</dt>
          <dd>{typeof call.closesAt === 'string' ? formatDateTime(call.closesAt, language) : ''}</dd>
        </div>
        <div>
          <dt>{t('callReview.facts.accepting')}</dt>
          <dd>{t(call.acceptingApplications ? 'callReview.facts.acceptingYes' : 'callReview.facts.acceptingNo')}</dd>
        </div>
        <div>
          <dt>{t('callReview.facts.eligibleSectors')}</dt>
          <dd>
            <SectorList codes={call.eligibleSectors} />
          </dd>
        </div>
        <div>
          <dt>{t('callReview.facts.rotation')}</dt>
          <dd>{call.rotation}</dd>
        </div>
      </dl>
      <Group gap="md">
        <Anchor component={Link} to={`/${language}/calls/${call.id}`}>
          {t('callReview.manage.publicLink')}
        </Anchor>
        {call.viewerCanReview && (
          <Anchor component={Link} to={`/${language}/calls/${call.id}/review`}>
            {t('callReview.manage.reviewLink')}
          </Anchor>
        )}
      </Group>
    </section>
  );
}

// ---------------------------------------------------------------- the next step

type Step = Exclude<CallChange, 'form' | 'decide' | 'score' | 'extend'>;

/** The steps a status allows: DRAFT → OPEN → CLOSED → DECIDED; an open call's deadline may move later. */
function StatusActions({ call }: { call: ManagedCall }) {
  const { t } = useTranslation();
  const language = useLanguage();
  const formatDay = useDayFormat();
  const [confirming, setConfirming] = useState<Step | null>(null);
  const [extending, setExtending] = useState(false);
  const [status, setStatus] = useState<string | null>(null);
  const [failure, setFailure] = useState<string | null>(null);
  const options = { refetchQueries: CALL_MANAGE_REFETCH, awaitRefetchQueries: true };
  const [openCall, opening] = useMutation(OPEN_CALL_MUTATION, options);
  const [closeCall, closing] = useMutation(CLOSE_CALL_MUTATION, options);
  const [markDecided, marking] = useMutation(MARK_CALL_DECIDED_MUTATION, options);
  const errorMessage = {
    open: useCallErrorMessage('open'),
    close: useCallErrorMessage('close'),
    markDecided: useCallErrorMessage('markDecided'),
  };
  const today = dateInIsrael(new Date());
  const deadline = localDate(call.deadline) ?? '';
  const beforeDeadline = call.acceptingApplications || today <= deadline;

  const run = async (step: Step) => {
    setFailure(null);
    try {
      const variables = { callId: call.id };
      if (step === 'open') await openCall({ variables });
      if (step === 'close') await closeCall({ variables });
      if (step === 'markDecided') await markDecided({ variables });
      setConfirming(null);
      setStatus(t(`callReview.actions.${step}.done`));
    } catch (error) {
      setFailure(errorMessage[step](error).message);
    }
  };

  const ask = (step: Step) => {
    setStatus(null);
    setFailure(null);
    setConfirming(step);
  };

  return (
    <section aria-labelledby="call-actions" className={classes.section}>
      <Title order={2} id="call-actions" mb="sm">
        {t('callReview.actions.title')}
      </Title>
      <Text mb="sm">{t(`callReview.actions.next.${call.status}`)}</Text>
      <div className={classes.actions}>
        {call.status === 'DRAFT' && (
          <>
            <Button onClick={() => ask('open')}>{t('callReview.actions.open.button')}</Button>
            <Button variant="outline" component={Link} to={`/${language}/calls/${call.id}/edit`}>
              {t('callReview.actions.edit')}
            </Button>
          </>
        )}
        {call.status === 'OPEN' && (
          <>
            <Button
              variant="outline"
              onClick={() => {
                setStatus(null);
                setExtending(true);
              }}
            >
              {t('callReview.extend.button')}
            </Button>
            <Button color="red.9" onClick={() => ask('close')}>
              {t('callReview.actions.close.button')}
            </Button>
          </>
        )}
        {call.status === 'CLOSED' && (
          <Button onClick={() => ask('markDecided')}>{t('callReview.actions.markDecided.button')}</Button>
        )}
      </div>
      <FormSuccess>{status}</FormSuccess>

      <ConfirmDialog
        opened={confirming === 'open'}
        title={t('callReview.actions.open.title')}
        confirmLabel={t('callReview.actions.open.confirm')}
        busy={opening.loading}
        error={failure}
        onConfirm={() => void run('open')}
        onCancel={() => setConfirming(null)}
      >
        {t('callReview.actions.open.body', {
          opensOn: formatDay(call.opensOn) || t('callReview.facts.opensOnNone'),
          deadline: formatDay(call.deadline),
        })}
      </ConfirmDialog>
      <ConfirmDialog
        opened={confirming === 'close'}
        title={t('callReview.actions.close.title')}
        confirmLabel={t('callReview.actions.close.confirm')}
        busy={closing.loading}
        error={failure}
        onConfirm={() => void run('close')}
        onCancel={() => setConfirming(null)}
      >
        {beforeDeadline && (
          <Warning>{t('callReview.actions.close.early', { deadline: formatDay(call.deadline) })}</Warning>
        )}
        <p>{t('callReview.actions.close.body')}</p>
      </ConfirmDialog>
      <ConfirmDialog
        opened={confirming === 'markDecided'}
        title={t('callReview.actions.markDecided.title')}
        confirmLabel={t('callReview.actions.markDecided.confirm')}
        busy={marking.loading}
        error={failure}
        onConfirm={() => void run('markDecided')}
        onCancel={() => setConfirming(null)}
      >
        {t('callReview.actions.markDecided.body')}
      </ConfirmDialog>
      <FormDialog opened={extending} title={t('callReview.extend.title')} onClose={() => setExtending(false)} size="lg">
        <ExtensionForm
          call={call}
          onCancel={() => setExtending(false)}
          onDone={(date) => {
            setExtending(false);
            setStatus(t('callReview.extend.done', { date }));
          }}
        />
      </FormDialog>
    </section>
  );
}

function ExtensionForm({
  call,
  onCancel,
  onDone,
}: {
  call: ManagedCall;
  onCancel: () => void;
  onDone: (date: string) => void;
}) {
  const { t } = useTranslation();
  const formatDay = useDayFormat();
  const errorMessage = useCallErrorMessage('extend');
  const [serverError, setServerError] = useState<string | null>(null);
  const [extend] = useMutation(EXTEND_CALL_DEADLINE_MUTATION, {
    refetchQueries: CALL_MANAGE_REFETCH,
    awaitRefetchQueries: true,
  });
  const current = localDate(call.deadline) ?? '';
  const schema = extensionSchema(current);
  const {
    register,
    handleSubmit,
    setError,
    formState: { errors, isSubmitting },
  } = useForm<ExtensionValues>({ resolver: zodResolver(schema), defaultValues: EMPTY_EXTENSION });

  const submit = handleSubmit(async (values) => {
    setServerError(null);
    try {
      await extend({ variables: { input: extensionInput(call.id, values) } });
      onDone(formatDay(values.newDeadline));
    } catch (error) {
      const { message, field } = errorMessage(error);
      if (field === 'newDeadline') setError('newDeadline', { message });
      else if (field === 'reason') setError('reasonHe', { message });
      else setServerError(message);
    }
  });

  const error = (message: { message?: string } | undefined) => callFieldError(t, message);

  return (
    <form onSubmit={submit} noValidate>
      <Stack gap="md">
        <Text>{t('callReview.extend.current', { date: formatDay(call.deadline) })}</Text>
        <TextInput
          {...register('newDeadline')}
          type="date"
          label={t('callReview.extend.newDeadline')}
          required
          data-autofocus
          error={error(errors.newDeadline)}
        />
        <Textarea
          {...register('reasonHe')}
          label={t('callReview.extend.reasonHe')}
          description={t('callReview.extend.reasonHint')}
          lang="he"
          dir="auto"
          autosize
          minRows={2}
          required
          error={error(errors.reasonHe)}
        />
        <Textarea
          {...register('reasonAr')}
          label={t('callReview.extend.reasonAr')}
          lang="ar"
          dir="auto"
          autosize
          minRows={1}
          error={error(errors.reasonAr)}
        />
        <Textarea
          {...register('reasonEn')}
          label={t('callReview.extend.reasonEn')}
          lang="en"
          dir="auto"
          autosize
          minRows={1}
          error={error(errors.reasonEn)}
        />
        <FormError>{serverError}</FormError>
        <Group justify="flex-end" gap="sm">
          <Button variant="default" onClick={onCancel}>
            {t('dialog.cancel')}
          </Button>
          <BusyButton type="submit" busy={isSubmitting}>
            {t('callReview.extend.submit')}
          </BusyButton>
        </Group>
      </Stack>
    </form>
  );
}

/** Every extension, oldest first, with its reason (seed 000: "for the holidays and the high interest"). */
function ExtensionHistory({ call }: { call: ManagedCall }) {
  const { t } = useTranslation();
  const language = useLanguage();
  const formatDay = useDayFormat();
  return (
    <section aria-labelledby="call-extensions" className={classes.section}>
      <Title order={2} id="call-extensions" mb="sm">
        {t('callReview.extend.historyTitle')}
      </Title>
      {call.extensions.length === 0 ? (
        <Text>{t('callReview.extend.none')}</Text>
      ) : (
        <TableScroll labelledBy="call-extensions-caption">
          <Table striped withTableBorder>
            <Table.Caption id="call-extensions-caption">{t('callReview.extend.historyCaption')}</Table.Caption>
            <Table.Thead>
              <Table.Tr>
                <Table.Th scope="col">{t('callReview.extend.newDeadlineColumn')}</Table.Th>
                <Table.Th scope="col">{t('callReview.extend.previousColumn')}</Table.Th>
                <Table.Th scope="col">{t('callReview.extend.reasonColumn')}</Table.Th>
                <Table.Th scope="col">{t('callReview.extend.extendedAtColumn')}</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {call.extensions.map((extension, index) => (
                <Table.Tr key={index}>
                  <Table.Th scope="row" fw={400}>
                    {formatDay(extension.newDeadline)}
                  </Table.Th>
                  <Table.Td>{formatDay(extension.previousDeadline) || t('callReview.notKnown')}</Table.Td>
                  <Table.Td>
                    <LocalizedBlock value={extension.reason} as="span" />
                  </Table.Td>
                  <Table.Td>
                    {typeof extension.extendedAt === 'string'
                      ? formatDateTime(extension.extendedAt, language)
                      : t('callReview.notKnown')}
                  </Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        </TableScroll>
      )}
    </section>
  );
}
