import { useEffect, useRef, type ReactNode, type MouseEvent } from 'react';
import { Container, Text } from '@mantine/core';
import { Link, NavLink, ScrollRestoration, useLocation } from 'react-router';
import { useTranslation } from 'react-i18next';
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

  const nav = [
    { to: `/${language}`, label: t('nav.home'), end: true },
    { to: `/${language}/authorities`, label: t('nav.authorities'), end: false },
    { to: `/${language}/directions`, label: t('nav.directions'), end: false },
  ];

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
          <LanguageSwitcher />
        </Container>
      </header>
      <main id="main" tabIndex={-1} ref={mainRef} className={classes.main}>
        <Container size="xl">{children}</Container>
      </main>
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
