import { useState } from 'react';
import { useMutation, useQuery } from '@apollo/client/react';
import { Anchor, Button, Text, Title } from '@mantine/core';
import { Link } from 'react-router';
import { useTranslation } from 'react-i18next';
import { ConfirmDialog } from '../../app/confirm-dialog';
import { useDocumentTitle } from '../../app/document-title';
import { FormSuccess } from '../../app/form-status';
import { formatDateTime } from '../../app/format';
import { useLanguage } from '../../app/language';
import { Loading, QueryError } from '../../app/query-status';
import { retry } from '../../app/retry';
import type { MyPoolProfileQuery } from '../../gql/graphql';
import { RequireViewer } from '../account/require-viewer';
import type { Viewer } from '../account/use-viewer';
import { ContactList } from './contact-list';
import { useProfileErrorMessage } from './pool-errors';
import {
  CREATE_MY_PROFILE_MUTATION,
  DELETE_MY_PROFILE_MUTATION,
  MY_PROFILE_QUERY,
  UPDATE_MY_PROFILE_MUTATION,
  WITHDRAW_CONSENT_MUTATION,
} from './pool.graphql';
import { ProfileForm } from './profile-form';
import { profileFormValues, toCreateProfileInput, toUpdateProfileInput } from './profile-schema';
import classes from './pool.module.css';

type OwnProfile = NonNullable<MyPoolProfileQuery['myProfile']>;

/** One's own profile in the partner pool: create, change, withdraw consent, erase (rule 6). */
export default function MyProfilePage() {
  const { t } = useTranslation();
  useDocumentTitle(t('pool.me.title'));
  return <RequireViewer>{(viewer) => <MyProfile viewer={viewer} />}</RequireViewer>;
}

/** The search's cached pages may list the person as they were: they are asked again. */
function forgetSearches(cache: { evict: (options: { fieldName: string }) => boolean; gc: () => unknown }) {
  cache.evict({ fieldName: 'stakeholders' });
  cache.evict({ fieldName: 'stakeholderMatches' });
  cache.gc();
}

function MyProfile({ viewer }: { viewer: Viewer }) {
  const { t } = useTranslation();
  const { data, loading, error, refetch } = useQuery(MY_PROFILE_QUERY, { fetchPolicy: 'cache-and-network' });
  const [status, setStatus] = useState<string | null>(null);
  const profile = data?.myProfile;

  return (
    <>
      <Title order={1} mb="sm">
        {t('pool.me.title')}
      </Title>
      <Text mb="lg" maw="48rem">
        {t('pool.me.intro')}
      </Text>
      <FormSuccess>{status}</FormSuccess>
      {loading && !data && <Loading />}
      {error && !data && <QueryError error={error} onRetry={retry(refetch)} />}
      {data && !profile && (
        <CreateProfile displayName={viewer.displayName} onCreated={() => setStatus(t('pool.me.created'))} />
      )}
      {profile && <EditProfile profile={profile} onStatus={setStatus} />}
    </>
  );
}

function CreateProfile({ displayName, onCreated }: { displayName: string; onCreated: () => void }) {
  const { t } = useTranslation();
  const language = useLanguage();
  const [create] = useMutation(CREATE_MY_PROFILE_MUTATION, {
    update(cache, { data }) {
      if (!data) return;
      cache.writeQuery({ query: MY_PROFILE_QUERY, data: { myProfile: data.createMyProfile } });
      forgetSearches(cache);
    },
  });
  return (
    <section aria-labelledby="pool-me-new" className={classes.section}>
      <Title order={2} id="pool-me-new" mb="sm">
        {t('pool.me.newTitle')}
      </Title>
      <Text mb="md" maw="48rem">
        {t('pool.me.newIntro')}
      </Text>
      <ProfileForm
        initialValues={profileFormValues(null, displayName)}
        savedContacts={[]}
        submitLabel={t('pool.me.create')}
        onSubmit={async (values) => {
          await create({ variables: { input: toCreateProfileInput(values, language) } });
          onCreated();
          window.scrollTo({ top: 0 });
        }}
      />
    </section>
  );
}

function EditProfile({ profile, onStatus }: { profile: OwnProfile; onStatus: (status: string | null) => void }) {
  const { t } = useTranslation();
  const language = useLanguage();
  const [update] = useMutation(UPDATE_MY_PROFILE_MUTATION, { update: forgetSearches });
  // The form starts again from what was saved whenever the profile changes (a save, a withdrawal),
  // so a later save can never show again a detail whose consent was just withdrawn.
  const formKey = `${profile.updatedAt}|${profile.contacts.map((contact) => contact.visibility).join()}`;
  return (
    <>
      <Text mb="md">
        {t('pool.me.updatedAt', { date: formatDateTime(profile.updatedAt, language) })}{' '}
        <Anchor component={Link} to={`/${language}/pool/people/${profile.id}`}>
          {t('pool.me.viewPublic')}
        </Anchor>
      </Text>
      <ConsentSection profile={profile} onStatus={onStatus} />
      <section aria-labelledby="pool-me-edit" className={classes.section}>
        <Title order={2} id="pool-me-edit" mb="sm">
          {t('pool.me.editTitle')}
        </Title>
        <ProfileForm
          key={formKey}
          initialValues={profileFormValues(profile)}
          savedContacts={profile.contacts}
          submitLabel={t('pool.me.save')}
          onSubmit={async (values) => {
            onStatus(null);
            await update({ variables: { input: toUpdateProfileInput(values, language, profile) } });
            onStatus(t('pool.me.saved'));
          }}
        />
      </section>
      <DeleteSection onStatus={onStatus} />
    </>
  );
}

/** Who sees each detail now, and withdrawing every consent in one step (rule 5). */
function ConsentSection({ profile, onStatus }: { profile: OwnProfile; onStatus: (status: string | null) => void }) {
  const { t } = useTranslation();
  const errorMessage = useProfileErrorMessage();
  const [opened, setOpened] = useState(false);
  const [dialogError, setDialogError] = useState<string | null>(null);
  const [withdraw, { loading }] = useMutation(WITHDRAW_CONSENT_MUTATION, { update: forgetSearches });
  const shown = profile.contacts.filter((contact) => contact.visibility !== 'ONLY_ME');
  return (
    <section aria-labelledby="pool-me-consent" className={classes.section}>
      <Title order={2} id="pool-me-consent" mb="sm">
        {t('pool.consent.title')}
      </Title>
      <ContactList contacts={profile.contacts} showVisibility />
      {shown.length === 0 ? (
        <Text mt="sm">{t('pool.consent.nothingShown')}</Text>
      ) : (
        <>
          <Text mt="sm" mb="sm" maw="48rem">
            {t('pool.consent.withdrawExplain')}
          </Text>
          <Button
            color="red.9"
            variant="outline"
            onClick={() => {
              setDialogError(null);
              setOpened(true);
            }}
          >
            {t('pool.consent.withdraw')}
          </Button>
        </>
      )}
      <ConfirmDialog
        opened={opened}
        title={t('pool.consent.confirmTitle')}
        confirmLabel={t('pool.consent.confirm')}
        busy={loading}
        error={dialogError}
        onCancel={() => setOpened(false)}
        onConfirm={() => {
          withdraw()
            .then(() => {
              setOpened(false);
              onStatus(t('pool.consent.withdrawn'));
            })
            .catch((error: unknown) => setDialogError(errorMessage(error)));
        }}
      >
        {t('pool.consent.confirmBody', { count: shown.length })}
      </ConfirmDialog>
    </section>
  );
}

/** Erasing the profile: the data goes, not a hidden flag (docs/pool.md, "Erasure"). */
function DeleteSection({ onStatus }: { onStatus: (status: string | null) => void }) {
  const { t } = useTranslation();
  const errorMessage = useProfileErrorMessage();
  const [opened, setOpened] = useState(false);
  const [dialogError, setDialogError] = useState<string | null>(null);
  const [erase, { loading }] = useMutation(DELETE_MY_PROFILE_MUTATION, {
    update(cache, { data }) {
      if (!data) return;
      cache.writeQuery({ query: MY_PROFILE_QUERY, data: { myProfile: null } });
      cache.evict({ id: cache.identify({ __typename: 'Stakeholder', id: data.deleteMyProfile }) });
      forgetSearches(cache);
    },
  });
  return (
    <section aria-labelledby="pool-me-delete" className={classes.section}>
      <Title order={2} id="pool-me-delete" mb="sm">
        {t('pool.delete.title')}
      </Title>
      <Text mb="sm" maw="48rem">
        {t('pool.delete.explain')}
      </Text>
      <Button
        color="red.9"
        onClick={() => {
          setDialogError(null);
          setOpened(true);
        }}
      >
        {t('pool.delete.button')}
      </Button>
      <ConfirmDialog
        opened={opened}
        title={t('pool.delete.confirmTitle')}
        confirmLabel={t('pool.delete.confirm')}
        busy={loading}
        error={dialogError}
        onCancel={() => setOpened(false)}
        onConfirm={() => {
          erase()
            .then(() => {
              setOpened(false);
              onStatus(t('pool.delete.done'));
            })
            .catch((error: unknown) => setDialogError(errorMessage(error)));
        }}
      >
        {t('pool.delete.confirmBody')}
      </ConfirmDialog>
    </section>
  );
}
