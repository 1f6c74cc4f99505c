import { Link, useLocation } from 'react-router';
import { useTranslation } from 'react-i18next';
import { LANGUAGES } from '@roundtable/shared/localized';
import { pathInLanguage, useLanguage } from './language';
import classes from './layout.module.css';

/**
 * Links to this same page in the other languages, each named in its own language. The fragment
 * goes along: an invitation link keeps its token (`#token=…`) when the reader switches language.
 */
export function LanguageSwitcher() {
  const { t, i18n } = useTranslation();
  const language = useLanguage();
  const { pathname, search, hash } = useLocation();
  return (
    <nav aria-label={t('language.navLabel')}>
      <ul className={classes.navList}>
        {LANGUAGES.filter((other) => other !== language).map((other) => (
          <li key={other}>
            <Link
              to={pathInLanguage(pathname, search, other) + hash}
              lang={other}
              hrefLang={other}
              dir={i18n.dir(other)}
            >
              {i18n.t('language.endonym', { lng: other })}
            </Link>
          </li>
        ))}
      </ul>
    </nav>
  );
}
