import type { ReactNode } from 'react';
import { Anchor, Text, Title } from '@mantine/core';
import { Link, Navigate, useLocation } from 'react-router';
import { useTranslation } from 'react-i18next';
import { useDocumentTitle } from '../../app/document-title';
import { useLanguage } from '../../app/language';
import { Loading, QueryError } from '../../app/query-status';
import { retry } from '../../app/retry';
import { signInPath } from './next-path';
import { useViewer, type Viewer } from './use-viewer';
import type { ViewerAccess } from './viewer-access';

interface Props {
  /** Whether the viewer's roles open the page; leave out for any signed-in account. */
  allow?: (access: ViewerAccess) => boolean;
  children: (viewer: Viewer, access: ViewerAccess) => ReactNode;
}

/**
 * A page for signed-in people: someone signed out goes to sign in and comes back; someone whose
 * roles do not open it reads why. It only decides what to show: the API refuses the data anyway.
 */
export function RequireViewer({ allow, children }: Props) {
  const { t } = useTranslation();
  const language = useLanguage();
  const { pathname, search } = useLocation();
  const { viewer, access, loading, error, refetch } = useViewer();

  if (loading) return <Loading />;
  if (error && !viewer) {
    return (
      <>
        <Title order={1}>{t('errors.title')}</Title>
        <QueryError error={error} onRetry={retry(refetch)} />
      </>
    );
  }
  if (!viewer) {
    return <Navigate to={signInPath(language, pathname + search)} replace state={{ reason: 'UNAUTHENTICATED' }} />;
  }
  if (allow && !allow(access)) return <NotAllowed />;
  return children(viewer, access);
}

/** Signed in, but without the role the page needs. */
export function NotAllowed() {
  const { t } = useTranslation();
  const language = useLanguage();
  useDocumentTitle(t('notAllowed.title'));
  return (
    <>
      <Title order={1} mb="md">
        {t('notAllowed.title')}
      </Title>
      <Text mb="md">{t('notAllowed.body')}</Text>
      <Anchor component={Link} to={`/${language}`}>
        {t('notFound.home')}
      </Anchor>
    </>
  );
}
