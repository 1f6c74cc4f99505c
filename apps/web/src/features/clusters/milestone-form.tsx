import { useState } from 'react';
import { Button, Group, Modal, Stack, TextInput } from '@mantine/core';
import { useForm } from 'react-hook-form';
import { zodResolver } from '@hookform/resolvers/zod';
import { useTranslation } from 'react-i18next';
import { BusyButton } from '../../app/busy-button';
import { useErrorMessage } from '../../app/error-message';
import { fieldError } from '../../app/form-errors';
import { FormError } from '../../app/form-status';
import { milestoneInput, milestoneSchema, type MilestoneValues } from './milestone-schema';

interface Props {
  opened: boolean;
  title: string;
  submitLabel: string;
  initialValues: MilestoneValues;
  /** Sends the milestone; throws the API's refusal, which the form shows. */
  onSubmit: (input: ReturnType<typeof milestoneInput>) => Promise<void>;
  onClose: () => void;
}

/**
 * Adding or changing a milestone, in a dialog (Mantine's modal traps focus and returns it to the
 * button that opened it). The form is made anew each time the dialog opens.
 */
export function MilestoneDialog({ opened, title, onClose, ...form }: Props) {
  const { t } = useTranslation();
  return (
    <Modal
      opened={opened}
      onClose={onClose}
      title={title}
      size="lg"
      closeButtonProps={{ 'aria-label': t('dialog.close') }}
      styles={{ title: { fontWeight: 700, fontSize: '1.15rem' } }}
    >
      {opened && <MilestoneForm {...form} onCancel={onClose} />}
    </Modal>
  );
}

function MilestoneForm({
  submitLabel,
  initialValues,
  onSubmit,
  onCancel,
}: Omit<Props, 'opened' | 'title' | 'onClose'> & { onCancel: () => void }) {
  const { t } = useTranslation();
  const errorMessage = useErrorMessage();
  const [serverError, setServerError] = useState<string | null>(null);
  const {
    register,
    handleSubmit,
    formState: { errors, isSubmitting },
  } = useForm<MilestoneValues>({ resolver: zodResolver(milestoneSchema), defaultValues: initialValues });

  const submit = handleSubmit(async (values) => {
    setServerError(null);
    try {
      await onSubmit(milestoneInput(values));
    } catch (error) {
      setServerError(errorMessage(error, { FORBIDDEN: t('cluster.milestones.forbidden') }));
    }
  });

  return (
    <form onSubmit={submit} noValidate>
      <Stack gap="md">
        <TextInput
          {...register('occurredOn')}
          label={t('cluster.milestones.date')}
          description={t('cluster.milestones.dateHint')}
          dir="ltr"
          autoComplete="off"
          required
          data-autofocus
          error={fieldError(t, errors.occurredOn)}
        />
        <TextInput
          {...register('titleHe')}
          label={t('cluster.milestones.titleHe')}
          lang="he"
          dir="auto"
          autoComplete="off"
          required
          error={fieldError(t, errors.titleHe)}
        />
        <TextInput
          {...register('titleAr')}
          label={t('cluster.milestones.titleAr')}
          lang="ar"
          dir="auto"
          autoComplete="off"
          error={fieldError(t, errors.titleAr)}
        />
        <TextInput
          {...register('titleEn')}
          label={t('cluster.milestones.titleEn')}
          lang="en"
          dir="auto"
          autoComplete="off"
          error={fieldError(t, errors.titleEn)}
        />
        <FormError>{serverError}</FormError>
        <Group justify="flex-end" gap="sm">
          <Button variant="default" onClick={onCancel}>
            {t('dialog.cancel')}
          </Button>
          <BusyButton type="submit" busy={isSubmitting}>
            {submitLabel}
          </BusyButton>
        </Group>
      </Stack>
    </form>
  );
}
