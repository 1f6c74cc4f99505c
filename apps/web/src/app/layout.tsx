import { useEffect, useRef, type ReactNode, type MouseEvent } from 'react';
import { Container, Text } from '@mantine/core';
import { Link, NavLink, ScrollRestoration, useLocation } from 'react-router';
import { useTranslation } from 'react-i18next';
import { AccountMenu } from '../features/account/account-menu';
import { navigationItems } from '../features/account/navigation';
import { SessionWatcher } from '../features/account/session-watcher';
import { useViewer } from '../features/account/use-viewer';
import { FlashMessage } from './flash';
import { useLanguage } from './language';
import { LanguageSwitcher } from './language-switcher';
import classes from './layout.module.css';

export function Layout({ children }: { children: ReactNode }) {
  const { t } = useTranslation();
  const language = useLanguage();
  const mainRef = useRef<HTMLElement>(null);
  const { pathname } = useLocation();
  const previousPath = useRef(pathname);

  // After moving to another page, start reading there, as a full page load would (WCAG 2.4.3).
  useEffect(() => {
    if (previousPath.current === pathname) return;
    previousPath.current = pathname;
    mainRef.current?.focus({ preventScroll: true });
  }, [pathname]);

  const skipToMain = (event: MouseEvent<HTMLAnchorElement>) => {
    event.preventDefault();
    mainRef.current?.focus();
    mainRef.current?.scrollIntoView();
  };

  // The pages the viewer's roles open; the API checks every request again.
  const { viewer, access } = useViewer();
  const nav = navigationItems(viewer !== null, access).map((item) => ({
    to: item.path ? `/${language}/${item.path}` : `/${language}`,
    label: t(`nav.${item.key}`),
    end: item.end,
  }));

  return (
    <>
      <a href="#main" className={classes.skipLink} onClick={skipToMain}>
        {t('layout.skipLink')}
      </a>
      <header className={classes.header}>
        <Container size="xl" className={classes.headerInner}>
          <Link to={`/${language}`} className={classes.brand}>
            {t('app.name')}
          </Link>
          <nav aria-label={t('layout.mainNav')}>
            <ul className={classes.navList}>
              {nav.map((item) => (
                <li key={item.to}>
                  <NavLink to={item.to} end={item.end}>
                    {item.label}
                  </NavLink>
                </li>
              ))}
            </ul>
          </nav>
          <AccountMenu />
          <LanguageSwitcher />
        </Container>
      </header>
      <main id="main" tabIndex={-1} ref={mainRef} className={classes.main}>
        <Container size="xl">
          <FlashMessage />
          {children}
        </Container>
      </main>
      <SessionWatcher />
      <footer className={classes.footer}>
        <Container size="xl">
          <Text size="sm" mb="xs">
            {t('layout.sources')}
          </Text>
          <nav aria-label={t('layout.footerNav')}>
            <Link to={`/${language}/accessibility`}>{t('nav.accessibility')}</Link>
          </nav>
        </Container>
      </footer>
      <ScrollRestoration />
    </>
  );
}
