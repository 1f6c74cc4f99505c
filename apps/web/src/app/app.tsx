import { useState } from 'react';
import { ApolloProvider } from '@apollo/client/react';
import { DirectionProvider, MantineProvider } from '@mantine/core';
import { I18nextProvider } from 'react-i18next';
import { RouterProvider } from 'react-router/dom';
import type { i18n as I18n } from 'i18next';
import { createApolloClient } from './apollo-client';
import { createRouter } from './router';
import { SessionEvents, SessionEventsContext } from './session-events';
import { cssVariablesResolver, theme } from './theme';

/**
 * Providers outside in: data, translations, direction (Mantine follows `<html dir>`, which the
 * language route sets), the UI kit, the router. The client reports a lost session through
 * `SessionEvents`, which the layout (inside the router) turns into a trip to the sign-in page.
 */
export function App({ i18n }: { i18n: I18n }) {
  const [sessionEvents] = useState(() => new SessionEvents());
  const [client] = useState(() => createApolloClient(sessionEvents));
  const [router] = useState(createRouter);
  return (
    <ApolloProvider client={client}>
      <SessionEventsContext value={sessionEvents}>
        <I18nextProvider i18n={i18n}>
          <DirectionProvider initialDirection={i18n.dir()} detectDirection>
            <MantineProvider theme={theme} cssVariablesResolver={cssVariablesResolver} forceColorScheme="light">
              <RouterProvider router={router} />
            </MantineProvider>
          </DirectionProvider>
        </I18nextProvider>
      </SessionEventsContext>
    </ApolloProvider>
  );
}
