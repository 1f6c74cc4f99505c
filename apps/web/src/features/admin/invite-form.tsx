import { useState } from 'react';
import { useMutation } from '@apollo/client/react';
import { SimpleGrid, Stack, Text, TextInput, Title } from '@mantine/core';
import { useForm, useWatch } from 'react-hook-form';
import { zodResolver } from '@hookform/resolvers/zod';
import { useTranslation } from 'react-i18next';
import { BusyButton } from '../../app/busy-button';
import { useErrorMessage } from '../../app/error-message';
import { fieldError } from '../../app/form-errors';
import { FormError } from '../../app/form-status';
import { ACCOUNTS_QUERY, INVITE_ACCOUNT_MUTATION } from './admin.graphql';
import { inviteSchema, NO_ROLE, roleGrantInput, type InviteValues } from './admin-schemas';
import { InvitationPanel, type IssuedInvitation } from './invitation-panel';
import { RoleScopeFields, type ScopeChoices } from './role-scope-fields';
import classes from './admin.module.css';

const EMPTY: InviteValues = { email: '', displayName: '', ...NO_ROLE };

/** Invite a person with their first role and its scope; the answer is a link to pass on. */
export function InviteForm({ scopes }: { scopes: ScopeChoices }) {
  const { t } = useTranslation();
  const errorMessage = useErrorMessage();
  const [serverError, setServerError] = useState<string | null>(null);
  const [issued, setIssued] = useState<IssuedInvitation | null>(null);
  // The invitation's token is shown once and never kept, not even in Apollo's cache.
  const [invite] = useMutation(INVITE_ACCOUNT_MUTATION, { fetchPolicy: 'no-cache', refetchQueries: [ACCOUNTS_QUERY] });
  const {
    register,
    handleSubmit,
    reset,
    control,
    formState: { errors, isSubmitting },
  } = useForm<InviteValues>({ resolver: zodResolver(inviteSchema), defaultValues: EMPTY });
  const role = useWatch({ control, name: 'role' });

  const submit = handleSubmit(async (values) => {
    setServerError(null);
    try {
      const result = await invite({
        variables: {
          input: { email: values.email, displayName: values.displayName, roles: [roleGrantInput(values)] },
        },
      });
      const invitation = result.data?.inviteAccount;
      if (!invitation) return;
      setIssued(invitation);
      reset(EMPTY);
    } catch (error) {
      setServerError(errorMessage(error, { CONFLICT: t('admin.invite.exists'), NOT_FOUND: t('admin.invite.noScope') }));
    }
  });

  return (
    <section aria-labelledby="invite-title" className={classes.section}>
      <Title order={2} id="invite-title" mb="xs">
        {t('admin.invite.title')}
      </Title>
      <Text mb="md" maw="48rem">
        {t('admin.invite.intro')}
      </Text>
      {issued && <InvitationPanel invitation={issued} onDone={() => setIssued(null)} />}
      <form onSubmit={submit} noValidate aria-labelledby="invite-title">
        <Stack gap="md">
          <SimpleGrid cols={{ base: 1, md: 2 }} spacing="md">
            <TextInput
              {...register('email')}
              type="email"
              label={t('admin.invite.email')}
              dir="ltr"
              autoComplete="off"
              spellCheck={false}
              required
              error={fieldError(t, errors.email)}
            />
            <TextInput
              {...register('displayName')}
              label={t('admin.invite.name')}
              description={t('admin.invite.nameHint')}
              dir="auto"
              autoComplete="off"
              required
              error={fieldError(t, errors.displayName)}
            />
            <RoleScopeFields register={register} errors={errors} role={role} scopes={scopes} idPrefix="invite" />
          </SimpleGrid>
          <FormError>{serverError}</FormError>
          <div>
            <BusyButton type="submit" busy={isSubmitting}>
              {t('admin.invite.submit')}
            </BusyButton>
          </div>
        </Stack>
      </form>
    </section>
  );
}
