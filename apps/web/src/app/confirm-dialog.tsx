import type { ReactNode } from 'react';
import { Button, Group, Modal, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { BusyButton } from './busy-button';
import { FormError } from './form-status';

interface Props {
  opened: boolean;
  title: string;
  children: ReactNode;
  confirmLabel: string;
  busy?: boolean;
  error?: ReactNode;
  onConfirm: () => void;
  onCancel: () => void;
}

/**
 * Asks before something that cannot be undone. Mantine's modal traps focus and gives it back to
 * the button that opened it; focus starts on "Cancel", the safe choice.
 */
export function ConfirmDialog({ opened, title, children, confirmLabel, busy, error, onConfirm, onCancel }: Props) {
  const { t } = useTranslation();
  return (
    <Modal
      opened={opened}
      onClose={onCancel}
      title={title}
      centered
      closeButtonProps={{ 'aria-label': t('dialog.close') }}
      styles={{ title: { fontWeight: 700, fontSize: '1.15rem' } }}
    >
      <Text mb="md" component="div">
        {children}
      </Text>
      <FormError>{error}</FormError>
      <Group justify="flex-end" gap="sm">
        <Button variant="default" onClick={onCancel} data-autofocus>
          {t('dialog.cancel')}
        </Button>
        <BusyButton color="red.9" busy={busy} onClick={onConfirm}>
          {confirmLabel}
        </BusyButton>
      </Group>
    </Modal>
  );
}
