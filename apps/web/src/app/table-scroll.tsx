import type { ReactNode } from 'react';
import classes from './table-scroll.module.css';

/**
 * Lets a wide table scroll on a narrow screen instead of breaking the page (WCAG 1.4.10), and
 * keeps the scrolling reachable from the keyboard.
 */
export function TableScroll({ labelledBy, children }: { labelledBy: string; children: ReactNode }) {
  return (
    <div className={classes.scroll} role="region" aria-labelledby={labelledBy} tabIndex={0}>
      {children}
    </div>
  );
}
