import type { ReactNode } from 'react';
import classes from './form-status.module.css';

/**
 * A form's outcome in a live region that is on the page before anything is said in it, so screen
 * readers announce what appears (WCAG 4.1.3). The message is text, never colour alone: its
 * words say whether it is an error.
 */
export function FormError({ children }: { children: ReactNode }) {
  return (
    <div role="alert" aria-atomic="true">
      {children ? <div className={classes.error}>{children}</div> : null}
    </div>
  );
}

export function FormSuccess({ children }: { children: ReactNode }) {
  return (
    <div role="status" aria-atomic="true">
      {children ? <div className={classes.success}>{children}</div> : null}
    </div>
  );
}

/** A standing warning (not announced on its own): something the reader must know before acting. */
export function Warning({ children }: { children: ReactNode }) {
  return <div className={classes.warning}>{children}</div>;
}
