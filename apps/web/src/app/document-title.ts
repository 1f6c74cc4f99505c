import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';

/**
 * Each page says what it is in the tab and to screen readers (WCAG 2.4.2). `undefined` leaves
 * the title to a page rendered inside (a not-found page), whose effect runs first.
 */
export function useDocumentTitle(page: string | null | undefined): void {
  const { t } = useTranslation();
  useEffect(() => {
    if (page === undefined) return;
    document.title = page ? t('app.pageTitle', { page }) : t('app.name');
  }, [page, t]);
}
