import { Alert, Button, Loader, Group, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { errorKind } from './error-code';

/** Said in a live region, so a screen reader hears that something is on its way. */
export function Loading({ label }: { label?: string }) {
  const { t } = useTranslation();
  return (
    <Group gap="sm" role="status" my="md">
      <Loader size="sm" aria-hidden="true" />
      <Text>{label ?? t('status.loading')}</Text>
    </Group>
  );
}

/** A failure in the reader's language, keyed by the API's `extensions.code`, and a way to retry. */
export function QueryError({ error, onRetry }: { error: unknown; onRetry: () => void }) {
  const { t } = useTranslation();
  const kind = errorKind(error);
  return (
    <Alert role="alert" color="red" variant="outline" title={t('errors.title')} my="md">
      <Text mb="sm">{t(`errors.code.${kind}`)}</Text>
      <Button variant="filled" onClick={onRetry}>
        {t('errors.retry')}
      </Button>
    </Alert>
  );
}
