import { useState } from 'react';
import { useMutation } from '@apollo/client/react';
import { Button } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { ConfirmDialog } from '../../app/confirm-dialog';
import { WITHDRAW_APPLICATION_MUTATION } from './calls-public.graphql';
import { useApplicationErrorMessage } from './application-errors';

interface Props {
  applicationId: string;
  /** The call's title, so the button and the dialog say which application. */
  callTitle: string;
  onWithdrawn: () => void;
}

/** Withdrawing one's application, asked first (it can be submitted again until the deadline). */
export function WithdrawApplication({ applicationId, callTitle, onWithdrawn }: Props) {
  const { t } = useTranslation();
  const errorMessage = useApplicationErrorMessage();
  const [opened, setOpened] = useState(false);
  const [error, setError] = useState<string | null>(null);
  // The answer's status and viewerCanEdit update the application wherever a page shows it.
  const [withdraw, { loading }] = useMutation(WITHDRAW_APPLICATION_MUTATION);
  return (
    <>
      <Button
        variant="outline"
        color="red.9"
        aria-label={t('calls.withdraw.buttonFor', { title: callTitle })}
        onClick={() => {
          setError(null);
          setOpened(true);
        }}
      >
        {t('calls.withdraw.button')}
      </Button>
      <ConfirmDialog
        opened={opened}
        title={t('calls.withdraw.confirmTitle')}
        confirmLabel={t('calls.withdraw.confirm')}
        busy={loading}
        error={error}
        onCancel={() => setOpened(false)}
        onConfirm={() => {
          withdraw({ variables: { applicationId } })
            .then(() => {
              setOpened(false);
              onWithdrawn();
            })
            .catch((failure: unknown) => setError(errorMessage(failure, 'withdraw')));
        }}
      >
        {t('calls.withdraw.confirmBody', { title: callTitle })}
      </ConfirmDialog>
    </>
  );
}
