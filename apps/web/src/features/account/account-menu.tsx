import { useState } from 'react';
import { useApolloClient, useMutation } from '@apollo/client/react';
import { Link, useLocation, useNavigate } from 'react-router';
import { useTranslation } from 'react-i18next';
import { useErrorMessage } from '../../app/error-message';
import { flashState } from '../../app/flash';
import { useLanguage } from '../../app/language';
import { SIGN_OUT_MUTATION } from './account.graphql';
import { signInPath } from './next-path';
import { useViewer } from './use-viewer';
import classes from '../../app/layout.module.css';

/** Pages a "sign in" link should not come back to. */
const NO_RETURN = /^\/[a-z]{2}\/(sign-in|invitation)(\/|$)/;

/**
 * The header's account corner: who is signed in and a way out, or a way in that comes back to
 * the page being read.
 */
export function AccountMenu() {
  const { t } = useTranslation();
  const language = useLanguage();
  const navigate = useNavigate();
  const client = useApolloClient();
  const { pathname, search } = useLocation();
  const { viewer, loading } = useViewer();
  const errorMessage = useErrorMessage();
  const [signOut, { loading: signingOut }] = useMutation(SIGN_OUT_MUTATION);
  const [error, setError] = useState<string | null>(null);

  if (loading) return null;

  if (!viewer) {
    const here = NO_RETURN.test(pathname) || pathname === `/${language}` ? undefined : pathname + search;
    return (
      <div className={classes.account}>
        <Link to={signInPath(language, here)}>{t('account.menu.signIn')}</Link>
      </div>
    );
  }

  const leave = async () => {
    if (signingOut) return;
    setError(null);
    try {
      await signOut();
    } catch (failure) {
      setError(errorMessage(failure));
      return;
    }
    // Leave the page first (synchronously), so no page that needs an account asks for its data
    // again as no one; then forget everything fetched as this viewer.
    await navigate(`/${language}`, { flushSync: true, state: flashState('signedOut') });
    await client.resetStore().catch(() => undefined);
  };

  return (
    <div className={classes.account}>
      <span>
        {t('account.menu.signedInAs')} <bdi className={classes.accountName}>{viewer.displayName}</bdi>
      </span>
      <button type="button" className={classes.headerButton} onClick={leave} aria-disabled={signingOut || undefined}>
        {t('account.menu.signOut')}
      </button>
      <span role="alert" className={classes.headerError}>
        {error}
      </span>
    </div>
  );
}
