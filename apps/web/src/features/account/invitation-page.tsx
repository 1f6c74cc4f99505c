import { useState } from 'react';
import { useApolloClient, useMutation } from '@apollo/client/react';
import { Anchor, Stack, Text, Title } from '@mantine/core';
import { useForm } from 'react-hook-form';
import { zodResolver } from '@hookform/resolvers/zod';
import { Link, useLocation, useNavigate } from 'react-router';
import { useTranslation } from 'react-i18next';
import { BusyButton } from '../../app/busy-button';
import { useDocumentTitle } from '../../app/document-title';
import { useErrorMessage } from '../../app/error-message';
import { flashState } from '../../app/flash';
import { fieldError, FIELD_LIMITS } from '../../app/form-errors';
import { FormError, Warning } from '../../app/form-status';
import { useLanguage } from '../../app/language';
import { PasswordField } from '../../app/password-field';
import { ACCEPT_INVITATION_MUTATION } from './account.graphql';
import { acceptInvitationSchema, type AcceptInvitationValues } from './account-schemas';
import { tokenFromFragment } from './invitation-link';
import { signInPath } from './next-path';
import { useViewer } from './use-viewer';
import classes from './account.module.css';

/**
 * Where an invitation link leads (`/he/invitation#token=…`): the person sets a password and is
 * signed in. The token stays in the fragment, which browsers never send to a server.
 */
export default function InvitationPage() {
  const { t } = useTranslation();
  const language = useLanguage();
  const navigate = useNavigate();
  const client = useApolloClient();
  const { hash } = useLocation();
  const token = tokenFromFragment(hash);
  const { viewer } = useViewer();
  const errorMessage = useErrorMessage();
  const [accept] = useMutation(ACCEPT_INVITATION_MUTATION);
  const [serverError, setServerError] = useState<string | null>(null);
  useDocumentTitle(t('invitation.title'));

  const {
    register,
    handleSubmit,
    formState: { errors, isSubmitting },
  } = useForm<AcceptInvitationValues>({
    resolver: zodResolver(acceptInvitationSchema),
    defaultValues: { password: '', confirmPassword: '' },
  });

  const submit = handleSubmit(async ({ password }) => {
    if (!token) return;
    setServerError(null);
    try {
      await accept({ variables: { input: { token, password } } });
    } catch (error) {
      setServerError(
        errorMessage(error, {
          NOT_FOUND: t('invitation.errors.notFound'),
          CONFLICT: t('invitation.errors.used'),
          FORBIDDEN: t('signIn.disabled'),
          // The password's rules are checked before sending, so a refused input is the token.
          BAD_USER_INPUT: t('invitation.errors.notFound'),
        }),
      );
      return;
    }
    await client.resetStore().catch(() => undefined);
    await navigate(`/${language}/account`, { replace: true, state: flashState('invitationAccepted') });
  });

  return (
    <div className={classes.narrow}>
      <Title order={1} mb="md" id="invitation-title">
        {t('invitation.title')}
      </Title>
      {!token ? (
        <>
          <Text mb="md">{t('invitation.noToken')}</Text>
          <Anchor component={Link} to={signInPath(language)}>
            {t('invitation.signInInstead')}
          </Anchor>
        </>
      ) : (
        <>
          <Text mb="md">{t('invitation.intro')}</Text>
          {viewer && (
            <Warning>
              {t('invitation.signedInAs')} <bdi>{viewer.displayName}</bdi>. {t('invitation.replacesSession')}
            </Warning>
          )}
          <form onSubmit={submit} noValidate aria-labelledby="invitation-title">
            <Stack gap="md">
              <PasswordField
                {...register('password')}
                label={t('invitation.password')}
                description={t('form.passwordHint', FIELD_LIMITS)}
                autoComplete="new-password"
                required
                error={fieldError(t, errors.password)}
              />
              <PasswordField
                {...register('confirmPassword')}
                label={t('invitation.confirmPassword')}
                autoComplete="new-password"
                required
                error={fieldError(t, errors.confirmPassword)}
              />
              <FormError>{serverError}</FormError>
              <div>
                <BusyButton type="submit" busy={isSubmitting}>
                  {t('invitation.submit')}
                </BusyButton>
              </div>
            </Stack>
          </form>
        </>
      )}
    </div>
  );
}
