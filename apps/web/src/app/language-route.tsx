import { Suspense, useLayoutEffect } from 'react';
import { Outlet, useParams } from 'react-router';
import { useTranslation } from 'react-i18next';
import { isLanguage } from '@roundtable/shared/localized';
import { LanguageContext, preferredLanguage, rememberLanguage } from './language';
import { Layout } from './layout';
import { NotFoundPage } from './not-found-page';
import { Loading } from './query-status';

/**
 * The first path segment is the language. It sets i18next, `<html lang dir>` and the remembered
 * choice; a segment that is no language is a page that does not exist.
 */
export function LanguageRoute() {
  const { lang } = useParams();
  const isValid = isLanguage(lang);
  const language = isValid ? lang : preferredLanguage();
  const { i18n } = useTranslation();

  useLayoutEffect(() => {
    document.documentElement.lang = language;
    document.documentElement.dir = i18n.dir(language);
    if (i18n.language !== language) void i18n.changeLanguage(language);
    if (isValid) rememberLanguage(language);
  }, [i18n, language, isValid]);

  // Render nothing for the instant before the layout effect switches the language, so text
  // and data never show in two languages at once.
  if (i18n.language !== language) return null;

  return (
    <LanguageContext value={language}>
      <Layout>
        {isValid ? (
          <Suspense fallback={<Loading />}>
            <Outlet />
          </Suspense>
        ) : (
          <NotFoundPage />
        )}
      </Layout>
    </LanguageContext>
  );
}
