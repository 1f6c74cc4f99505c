import { List, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { useDocumentTitle } from '../../app/document-title';
import { formatPartialDate } from '../../app/format';
import { useLanguage } from '../../app/language';

/** When this statement was last checked against the pages; update it with each review. */
const REVIEWED_ON = '2026-11';

const FEATURES = [
  'accessibility.features.item1',
  'accessibility.features.item2',
  'accessibility.features.item3',
  'accessibility.features.item4',
  'accessibility.features.item5',
  'accessibility.features.item6',
  'accessibility.features.item7',
  'accessibility.features.item8',
] as const;

/** הצהרת נגישות: required of public services by the 2013 regulations (quality.md, item 11). */
export default function AccessibilityPage() {
  const { t } = useTranslation();
  const language = useLanguage();
  useDocumentTitle(t('accessibility.title'));
  return (
    <article>
      <Title order={1} mb="md">
        {t('accessibility.title')}
      </Title>
      <Text mb="lg">{t('accessibility.intro')}</Text>

      <Title order={2} size="h3" mb="xs">
        {t('accessibility.features.title')}
      </Title>
      <List mb="lg" spacing="xs">
        {FEATURES.map((key) => (
          <List.Item key={key}>{t(key)}</List.Item>
        ))}
      </List>

      <Title order={2} size="h3" mb="xs">
        {t('accessibility.testing.title')}
      </Title>
      <Text mb="lg">{t('accessibility.testing.body')}</Text>

      <Title order={2} size="h3" mb="xs">
        {t('accessibility.limits.title')}
      </Title>
      <Text mb="lg">{t('accessibility.limits.body')}</Text>

      <Title order={2} size="h3" mb="xs">
        {t('accessibility.contact.title')}
      </Title>
      <Text mb="lg">{t('accessibility.contact.body')}</Text>

      <Text size="sm">{t('accessibility.updated', { date: formatPartialDate(REVIEWED_ON, language) })}</Text>
    </article>
  );
}
