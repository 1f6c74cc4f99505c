import { useState } from 'react';
import { useApolloClient, useMutation } from '@apollo/client/react';
import { Anchor, Stack, Text, TextInput, Title } from '@mantine/core';
import { useForm } from 'react-hook-form';
import { zodResolver } from '@hookform/resolvers/zod';
import { Link, useLocation, useNavigate, useSearchParams } from 'react-router';
import { useTranslation } from 'react-i18next';
import { BusyButton } from '../../app/busy-button';
import { useDocumentTitle } from '../../app/document-title';
import { useErrorMessage } from '../../app/error-message';
import { flashState } from '../../app/flash';
import { fieldError } from '../../app/form-errors';
import { FormError, Warning } from '../../app/form-status';
import { useLanguage } from '../../app/language';
import { PasswordField } from '../../app/password-field';
import type { SessionLoss } from '../../app/session-events';
import { SIGN_IN_MUTATION } from './account.graphql';
import { signInSchema, type SignInValues } from './account-schemas';
import { safeNextPath } from './next-path';
import { useViewer } from './use-viewer';
import classes from './account.module.css';

/** Why someone was sent here, said above the form (router state, set by the guard or the session watcher). */
function reasonOf(state: unknown): SessionLoss | null {
  const reason = (state as { reason?: unknown } | null)?.reason;
  return reason === 'SESSION_EXPIRED' || reason === 'UNAUTHENTICATED' ? reason : null;
}

export default function SignInPage() {
  const { t } = useTranslation();
  const language = useLanguage();
  const navigate = useNavigate();
  const client = useApolloClient();
  const { state } = useLocation();
  const [params] = useSearchParams();
  const next = safeNextPath(params.get('next'), language);
  const reason = reasonOf(state);
  const { viewer } = useViewer();
  const errorMessage = useErrorMessage();
  const [signIn] = useMutation(SIGN_IN_MUTATION);
  const [serverError, setServerError] = useState<string | null>(null);
  useDocumentTitle(t('signIn.title'));

  const {
    register,
    handleSubmit,
    formState: { errors, isSubmitting },
  } = useForm<SignInValues>({ resolver: zodResolver(signInSchema), defaultValues: { email: '', password: '' } });

  const submit = handleSubmit(async (values) => {
    setServerError(null);
    try {
      await signIn({ variables: { input: { email: values.email, password: values.password } } });
    } catch (error) {
      setServerError(errorMessage(error, { FORBIDDEN: t('signIn.disabled') }));
      return;
    }
    // Everything cached was fetched as someone else (or no one): fetch again as the new viewer.
    await client.resetStore().catch(() => undefined);
    await navigate(next, { replace: true, state: flashState('signedIn') });
  });

  return (
    <div className={classes.narrow}>
      <Title order={1} mb="md" id="sign-in-title">
        {t('signIn.title')}
      </Title>
      {reason && <Warning>{t(`signIn.reason.${reason}`)}</Warning>}
      {viewer && (
        <Text mb="md">
          {t('signIn.alreadySignedIn')} <bdi>{viewer.displayName}</bdi>.{' '}
          <Anchor component={Link} to={next}>
            {t('signIn.continue')}
          </Anchor>
        </Text>
      )}
      <form onSubmit={submit} noValidate aria-labelledby="sign-in-title">
        <Stack gap="md">
          <TextInput
            {...register('email')}
            type="email"
            label={t('signIn.email')}
            autoComplete="username"
            inputMode="email"
            dir="ltr"
            spellCheck={false}
            required
            error={fieldError(t, errors.email)}
          />
          <PasswordField
            {...register('password')}
            label={t('signIn.password')}
            autoComplete="current-password"
            required
            error={fieldError(t, errors.password)}
          />
          <FormError>{serverError}</FormError>
          <div>
            <BusyButton type="submit" busy={isSubmitting}>
              {t('signIn.submit')}
            </BusyButton>
          </div>
        </Stack>
      </form>
      <Text size="sm" mt="lg">
        {t('signIn.help')}
      </Text>
    </div>
  );
}
