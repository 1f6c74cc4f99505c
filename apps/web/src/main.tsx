import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import '@fontsource-variable/noto-sans-hebrew';
import '@fontsource-variable/noto-sans-arabic';
import '@mantine/core/styles.css';
import './app/global.css';
import { App } from './app/app';
import { createI18n } from './app/i18n';
import { languageOfPath, preferredLanguage } from './app/language';

// Start in the language of the address so the first paint is already right.
const language = languageOfPath(window.location.pathname) ?? preferredLanguage();
const i18n = createI18n(language);
document.documentElement.lang = language;
document.documentElement.dir = i18n.dir(language);

createRoot(document.getElementById('root')!).render(
  <StrictMode>
    <App i18n={i18n} />
  </StrictMode>,
);
