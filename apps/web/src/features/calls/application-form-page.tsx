import { useMutation, useQuery } from '@apollo/client/react';
import { Anchor, Button, Text, Title } from '@mantine/core';
import { Link, useNavigate, useParams } from 'react-router';
import { useTranslation } from 'react-i18next';
import { useDocumentTitle } from '../../app/document-title';
import { errorKind } from '../../app/error-code';
import { useLanguage } from '../../app/language';
import { Name, useLocalizedString } from '../../app/localized';
import { NotFoundPage } from '../../app/not-found-page';
import { Loading, QueryError } from '../../app/query-status';
import { retry } from '../../app/retry';
import type { ApplyToCallQuery } from '../../gql/graphql';
import { RequireViewer } from '../account/require-viewer';
import { SectorName } from '../forums/sector-label';
import { ApplicationForm } from './application-form';
import { applicationKey, forgetApplicationKey } from './application-key';
import { applicationFormValues, toSubmitApplicationInput, toUpdateApplicationInput } from './application-schema';
import type { ApplicationSavedState } from './call-page';
import { DeadlineText, TimeLeftText } from './call-labels';
import { APPLY_QUERY, SUBMIT_APPLICATION_MUTATION, UPDATE_APPLICATION_MUTATION } from './calls-public.graphql';
import classes from './calls.module.css';

type ApplyCall = ApplyToCallQuery['call'];
type OwnApplication = NonNullable<ApplyCall['viewerApplication']>;

/** Applying to a call, or changing one's application while the call accepts them (issue #5). */
export default function ApplicationFormPage() {
  // The form below names the page (a parent's title would override its child's on mount).
  return <RequireViewer>{() => <Apply />}</RequireViewer>;
}

function Apply() {
  const { id = '' } = useParams();
  const { t } = useTranslation();
  const language = useLanguage();
  const localize = useLocalizedString();
  const { data, error, refetch } = useQuery(APPLY_QUERY, { variables: { id }, fetchPolicy: 'cache-and-network' });
  const call = data?.call ?? null;
  const application = call?.viewerApplication ?? null;
  const editing = application !== null && application.status !== 'WITHDRAWN' && application.viewerCanEdit;
  const isNotFound = error !== undefined && ['NOT_FOUND', 'BAD_USER_INPUT'].includes(errorKind(error));
  useDocumentTitle(
    isNotFound
      ? undefined
      : call
        ? t(editing ? 'calls.apply.editPageTitle' : 'calls.apply.pageTitle', { title: localize(call.title) })
        : error
          ? t('errors.title')
          : t('status.loading'),
  );

  if (isNotFound) return <NotFoundPage />;
  if (error && !call) {
    return (
      <>
        <Title order={1}>{t('errors.title')}</Title>
        <QueryError error={error} onRetry={retry(refetch)} />
      </>
    );
  }
  if (!call || !data) return <Loading />;

  const callPath = `/${language}/calls/${call.id}`;
  const canSubmit = (application === null || application.status === 'WITHDRAWN') && call.acceptingApplications;

  return (
    <>
      <Title order={1} mb="xs">
        {t(editing ? 'calls.apply.editTitle' : 'calls.apply.title')}
      </Title>
      <Text mb="xs" size="lg">
        <Anchor component={Link} to={callPath}>
          <Name value={call.title} />
        </Anchor>
        {t('common.separator')}
        <Name value={call.forum.name} />
      </Text>
      <Text mb="lg">
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
      {editing ? (
        <EditApplication call={call} application={application} topics={data.topics} />
      ) : canSubmit ? (
        <NewApplication call={call} topics={data.topics} />
      ) : (
        <>
          <Text mb="md">{t(application ? 'calls.apply.cannotChange' : 'calls.apply.notAccepting')}</Text>
          <Button component={Link} to={callPath} variant="default">
            {t('calls.apply.backToCall')}
          </Button>
        </>
      )}
    </>
  );
}

interface FormProps {
  call: ApplyCall;
  topics: ApplyToCallQuery['topics'];
}

function NewApplication({ call, topics }: FormProps) {
  const { t } = useTranslation();
  const language = useLanguage();
  const navigate = useNavigate();
  const [submitApplication] = useMutation(SUBMIT_APPLICATION_MUTATION, {
    update(cache, { data }) {
      if (!data) return;
      // The call's page shows the new application without asking again; "my applications" asks.
      cache.modify({
        id: cache.identify({ __typename: 'Call', id: call.id }),
        fields: { viewerApplication: (_, { toReference }) => toReference(data.submitApplication) },
      });
      cache.evict({ fieldName: 'myApplications' });
      cache.gc();
    },
  });
  const terms = { eligibleSectors: call.eligibleSectors, allowsIndividuals: call.allowsIndividuals };
  return (
    <ApplicationForm
      mode="submit"
      terms={terms}
      topics={topics}
      initialValues={applicationFormValues(null, terms)}
      submitLabel={t('calls.apply.submit')}
      cancel={<CancelLink callId={call.id} />}
      onSubmit={async (values) => {
        // The same key until the API stores the application: a retry returns that application.
        const key = applicationKey(call.id);
        await submitApplication({ variables: { input: toSubmitApplicationInput(values, call.id, key) } });
        forgetApplicationKey(call.id);
        const state: ApplicationSavedState = { applicationSaved: 'submitted' };
        await navigate(`/${language}/calls/${call.id}`, { state });
      }}
    />
  );
}

function EditApplication({ call, application, topics }: FormProps & { application: OwnApplication }) {
  const { t } = useTranslation();
  const language = useLanguage();
  const navigate = useNavigate();
  const [updateApplication] = useMutation(UPDATE_APPLICATION_MUTATION);
  const terms = { eligibleSectors: call.eligibleSectors, allowsIndividuals: call.allowsIndividuals };
  const organisation = application.organisation;
  const fixed = (
    <section aria-labelledby="application-fixed" className={classes.readOnly}>
      <Title order={2} size="h4" id="application-fixed" mb="xs">
        {t('calls.apply.fixedTitle')}
      </Title>
      <dl className={classes.facts}>
        <div>
          <dt>{t('calls.apply.nomineeKind')}</dt>
          <dd>{t(`calls.nomineeKind.${application.nomineeKind}`)}</dd>
        </div>
        {organisation && (
          <div>
            <dt>{t('calls.apply.organisation')}</dt>
            <dd>
              <Name value={organisation.name} />
              {organisation.registrationNumber && (
                <>
                  {' '}
                  (<bdi dir="ltr">{organisation.registrationNumber}</bdi>)
                </>
              )}
            </dd>
          </div>
        )}
        <div>
          <dt>{t('calls.apply.sector')}</dt>
          <dd>
            <SectorName code={application.sector} />
          </dd>
        </div>
      </dl>
      <Text size="sm" mt="xs">
        {t('calls.apply.fixedHint')}
      </Text>
    </section>
  );
  return (
    <ApplicationForm
      // Starts again from what is saved when the application changes elsewhere.
      key={application.id}
      mode="edit"
      terms={terms}
      topics={topics}
      initialValues={applicationFormValues(application, terms)}
      fixed={fixed}
      submitLabel={t('calls.apply.save')}
      cancel={<CancelLink callId={call.id} />}
      onSubmit={async (values) => {
        await updateApplication({ variables: { input: toUpdateApplicationInput(values, application.id) } });
        const state: ApplicationSavedState = { applicationSaved: 'updated' };
        await navigate(`/${language}/calls/${call.id}`, { state });
      }}
    />
  );
}

function CancelLink({ callId }: { callId: string }) {
  const { t } = useTranslation();
  const language = useLanguage();
  return (
    <Button component={Link} to={`/${language}/calls/${callId}`} variant="default">
      {t('calls.apply.cancel')}
    </Button>
  );
}
