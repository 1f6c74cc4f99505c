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
import type { Viewer } from '../account/use-viewer';
import { PartnershipForm, type ScopeChoice } from './partnership-form';
import type { PartnershipSavedState } from './partnership-saved';
import {
  createPartnershipInput,
  emptyPartnership,
  partnershipValues,
  updatePartnershipInput,
} from './partnership-schema';
import {
  CREATE_PARTNERSHIP_MUTATION,
  PARTNERSHIP_QUERY,
  PARTNERSHIP_REFETCH,
  UPDATE_PARTNERSHIP_MUTATION,
} from './partnerships.graphql';

/**
 * Where the viewer may register a partnership (docs/partnerships.md, rule 6): each cluster they
 * run as its CEO, and a national one for the PMO unit. The API checks again.
 */
export function creationScopes(roles: Viewer['roles']): ScopeChoice[] {
  const scopes: ScopeChoice[] = [];
  for (const grant of roles) {
    if (grant.role === 'CLUSTER_CEO' && grant.cluster && !scopes.some((scope) => scope.id === grant.cluster!.id)) {
      scopes.push({ id: grant.cluster.id, name: grant.cluster.name });
    }
  }
  if (roles.some((grant) => grant.role === 'PMO_ANALYST')) scopes.push({ id: '', name: null });
  return scopes;
}

/** /:lang/partnerships/new: a cluster's CEO (their cluster's) or the PMO unit (a national one) registers a partnership. */
export default function NewPartnershipPage() {
  const { t } = useTranslation();
  useDocumentTitle(t('partnerships.form.newTitle'));
  return (
    <RequireViewer allow={(access) => access.canCreatePartnership}>
      {(viewer) => <NewPartnership scopes={creationScopes(viewer.roles)} />}
    </RequireViewer>
  );
}

function NewPartnership({ scopes }: { scopes: ScopeChoice[] }) {
  const { t } = useTranslation();
  const language = useLanguage();
  const navigate = useNavigate();
  const [create] = useMutation(CREATE_PARTNERSHIP_MUTATION, {
    update(cache) {
      // The registry's pages are asked again when next shown.
      cache.evict({ fieldName: 'partnerships' });
    },
  });
  const back = `/${language}/partnerships`;
  if (scopes.length === 0) return <NotAllowed />;
  return (
    <>
      <Title order={1} mb="xs">
        {t('partnerships.form.newTitle')}
      </Title>
      <Text mb="lg" maw="48rem">
        {t('partnerships.form.newIntro')}
      </Text>
      <PartnershipForm
        initialValues={emptyPartnership(scopes[0]!.id)}
        scopes={scopes}
        submitLabel={t('partnerships.form.createSubmit')}
        onCancel={() => void navigate(back)}
        onSubmit={async (values) => {
          const { data } = await create({ variables: { input: createPartnershipInput(values) } });
          if (!data) return;
          const state: PartnershipSavedState = { partnershipSaved: 'created' };
          await navigate(`/${language}/partnerships/${data.createPartnership.id}`, { state });
        }}
      />
    </>
  );
}

/** /:lang/partnerships/:id/edit: its managers and its partners' accounts (viewerCanEdit; the API checks again). */
export function EditPartnershipPage() {
  const { t } = useTranslation();
  useDocumentTitle(t('partnerships.form.editTitle'));
  return <RequireViewer>{() => <EditPartnership />}</RequireViewer>;
}

function EditPartnership() {
  const { id = '' } = useParams();
  const { t } = useTranslation();
  const language = useLanguage();
  const localize = useLocalizedString();
  const navigate = useNavigate();
  const { data, error, refetch } = useQuery(PARTNERSHIP_QUERY, { variables: { id } });
  const [update] = useMutation(UPDATE_PARTNERSHIP_MUTATION, {
    refetchQueries: PARTNERSHIP_REFETCH,
    awaitRefetchQueries: true,
  });
  const partnership = data?.partnership ?? null;
  useDocumentTitle(
    partnership ? t('partnerships.form.editTitleFor', { title: localize(partnership.title) }) : undefined,
  );

  if (error && !partnership) {
    const kind = errorKind(error);
    if (kind === 'NOT_FOUND' || kind === 'BAD_USER_INPUT') return <NotFoundPage />;
    return (
      <>
        <Title order={1}>{t('errors.title')}</Title>
        <QueryError error={error} onRetry={retry(refetch)} />
      </>
    );
  }
  if (!partnership) return <Loading />;
  if (!partnership.viewerCanEdit) return <NotAllowed />;
  const page = `/${language}/partnerships/${partnership.id}`;
  return (
    <>
      <Title order={1} mb="xs">
        {t('partnerships.form.editTitle')}
      </Title>
      <Text mb="lg">
        <Anchor component={Link} to={page}>
          <Name value={partnership.title} />
        </Anchor>
      </Text>
      <Text mb="lg" maw="48rem">
        {t('partnerships.form.editIntro', {
          kind: t(`partnerships.kind.${partnership.kind}`),
          cluster: partnership.cluster ? localize(partnership.cluster.name) : t('partnerships.list.national'),
        })}
      </Text>
      <PartnershipForm
        initialValues={partnershipValues(partnership)}
        scopes={null}
        submitLabel={t('partnerships.form.editSubmit')}
        onCancel={() => void navigate(page)}
        onSubmit={async (values) => {
          await update({ variables: { input: updatePartnershipInput(partnership.id, values) } });
          const state: PartnershipSavedState = { partnershipSaved: 'updated' };
          await navigate(page, { state });
        }}
      />
    </>
  );
}
