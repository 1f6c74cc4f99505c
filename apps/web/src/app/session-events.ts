import { createContext, use } from 'react';
import { ErrorLink } from '@apollo/client/link/error';
import { errorKind, isSessionLoss } from './error-code';

export type SessionLoss = 'SESSION_EXPIRED' | 'UNAUTHENTICATED';
type Listener = (loss: SessionLoss) => void;

/**
 * Tells the pages when the API answers that the session is gone (it expired, was ended elsewhere,
 * or the account was disabled). The Apollo client is made outside the router, so it reports here
 * and a component inside the router decides where to go.
 */
export class SessionEvents {
  private readonly listeners = new Set<Listener>();

  subscribe(listener: Listener): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  emit(loss: SessionLoss): void {
    for (const listener of this.listeners) listener(loss);
  }

  /** A link that reports every answer with SESSION_EXPIRED or UNAUTHENTICATED. */
  link(): ErrorLink {
    return new ErrorLink(({ error }) => {
      if (isSessionLoss(error)) this.emit(errorKind(error) as SessionLoss);
    });
  }
}

export const SessionEventsContext = createContext<SessionEvents | null>(null);

export function useSessionEvents(): SessionEvents | null {
  return use(SessionEventsContext);
}
