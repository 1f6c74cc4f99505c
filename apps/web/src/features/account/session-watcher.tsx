import { useEffect } from 'react';
import { useApolloClient } from '@apollo/client/react';
import { useNavigate } from 'react-router';
import { languageOfPath } from '../../app/language';
import { useSessionEvents } from '../../app/session-events';
import { VIEWER_QUERY } from './account.graphql';
import { signInPath } from './next-path';

/**
 * When the API says the session is gone while the page thinks someone is signed in (it expired,
 * was ended elsewhere, or the account was disabled), go to the sign-in page, say why, and come
 * back here afterwards. Answers for someone known to be signed out are the pages' own business:
 * their guards send them to sign in.
 */
export function SessionWatcher() {
  const events = useSessionEvents();
  const client = useApolloClient();
  const navigate = useNavigate();

  useEffect(() => {
    if (!events) return undefined;
    return events.subscribe((loss) => {
      const signedIn = client.readQuery({ query: VIEWER_QUERY })?.me;
      if (!signedIn) return;
      const { pathname, search } = window.location;
      const language = languageOfPath(pathname);
      if (!language || /^\/[a-z]{2}\/sign-in/.test(pathname)) return;
      void (async () => {
        await navigate(signInPath(language, pathname + search), { flushSync: true, state: { reason: loss } });
        await client.resetStore().catch(() => undefined);
      })();
    });
  }, [events, client, navigate]);

  return null;
}
