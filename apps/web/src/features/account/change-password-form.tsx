import { useState } from 'react';
import { useMutation } from '@apollo/client/react';
import { Stack, Text, Title } from '@mantine/core';
import { useForm } from 'react-hook-form';
import { zodResolver } from '@hookform/resolvers/zod';
import { useTranslation } from 'react-i18next';
import { BusyButton } from '../../app/busy-button';
import { errorKind } from '../../app/error-code';
import { useErrorMessage } from '../../app/error-message';
import { fieldError, FIELD_LIMITS } from '../../app/form-errors';
import { FormError, FormSuccess } from '../../app/form-status';
import { PasswordField } from '../../app/password-field';
import { CHANGE_PASSWORD_MUTATION } from './account.graphql';
import { changePasswordSchema, type ChangePasswordValues } from './account-schemas';
import classes from './account.module.css';

const EMPTY: ChangePasswordValues = { currentPassword: '', newPassword: '', confirmPassword: '' };

/** The current password and a new one twice; the API ends the account's other sessions. */
export function ChangePasswordForm({ email }: { email: string }) {
  const { t } = useTranslation();
  const errorMessage = useErrorMessage();
  const [changePassword] = useMutation(CHANGE_PASSWORD_MUTATION);
  const [serverError, setServerError] = useState<string | null>(null);
  const [done, setDone] = useState(false);
  const {
    register,
    handleSubmit,
    reset,
    setError,
    formState: { errors, isSubmitting },
  } = useForm<ChangePasswordValues>({ resolver: zodResolver(changePasswordSchema), defaultValues: EMPTY });

  const submit = handleSubmit(async ({ currentPassword, newPassword }) => {
    setServerError(null);
    setDone(false);
    try {
      await changePassword({ variables: { input: { currentPassword, newPassword } } });
    } catch (error) {
      if (errorKind(error) === 'INVALID_CREDENTIALS') {
        setError('currentPassword', { message: 'form.errors.currentPasswordWrong' }, { shouldFocus: true });
      } else {
        setServerError(errorMessage(error, { BAD_USER_INPUT: t('form.errors.passwordTooShort', FIELD_LIMITS) }));
      }
      return;
    }
    reset(EMPTY);
    setDone(true);
  });

  return (
    <section aria-labelledby="password-title" className={classes.narrow}>
      <Title order={2} id="password-title" mt="xl" mb="xs">
        {t('account.password.title')}
      </Title>
      <Text mb="md">{t('account.password.intro')}</Text>
      <form onSubmit={submit} noValidate aria-labelledby="password-title">
        {/* Tells password managers whose password this is. */}
        <input type="email" name="username" autoComplete="username" value={email} readOnly hidden />
        <Stack gap="md">
          <PasswordField
            {...register('currentPassword')}
            label={t('account.password.current')}
            autoComplete="current-password"
            required
            error={fieldError(t, errors.currentPassword)}
          />
          <PasswordField
            {...register('newPassword')}
            label={t('account.password.new')}
            description={t('form.passwordHint', FIELD_LIMITS)}
            autoComplete="new-password"
            required
            error={fieldError(t, errors.newPassword)}
          />
          <PasswordField
            {...register('confirmPassword')}
            label={t('account.password.confirm')}
            autoComplete="new-password"
            required
            error={fieldError(t, errors.confirmPassword)}
          />
          <div>
            <FormError>{serverError}</FormError>
            <FormSuccess>{done ? t('account.password.changed') : null}</FormSuccess>
          </div>
          <div>
            <BusyButton type="submit" busy={isSubmitting}>
              {t('account.password.submit')}
            </BusyButton>
          </div>
        </Stack>
      </form>
    </section>
  );
}
