import { Anchor, Text, Title } from '@mantine/core';
import { Link } from 'react-router';
import { useTranslation } from 'react-i18next';
import { useDocumentTitle } from './document-title';
import { useLanguage } from './language';

export function NotFoundPage() {
  const { t } = useTranslation();
  const language = useLanguage();
  useDocumentTitle(t('notFound.title'));
  return (
    <>
      <Title order={1} mb="md">
        {t('notFound.title')}
      </Title>
      <Text mb="md">{t('notFound.body')}</Text>
      <Anchor component={Link} to={`/${language}`}>
        {t('notFound.home')}
      </Anchor>
    </>
  );
}
