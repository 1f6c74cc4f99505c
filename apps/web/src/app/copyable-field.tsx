import { Button, Group, Text, TextInput } from '@mantine/core';
import { useClipboard } from '@mantine/hooks';
import { useTranslation } from 'react-i18next';

/**
 * A secret or a link to hand over: read-only, left to right whatever the page's direction, selected
 * whole on focus, with a copy button whose result is announced.
 */
export function CopyableField({ label, value, description }: { label: string; value: string; description?: string }) {
  const { t } = useTranslation();
  const clipboard = useClipboard({ timeout: 4000 });
  return (
    <div>
      <TextInput
        label={label}
        description={description}
        value={value}
        readOnly
        dir="ltr"
        spellCheck={false}
        autoComplete="off"
        ff="monospace"
        onFocus={(event) => event.currentTarget.select()}
      />
      <Group gap="sm" mt="xs">
        <Button variant="outline" onClick={() => clipboard.copy(value)}>
          {t('copy.button', { label })}
        </Button>
        <Text role="status" size="sm" fw={600}>
          {clipboard.copied ? t('copy.done') : clipboard.error ? t('copy.failed') : ''}
        </Text>
      </Group>
    </div>
  );
}
