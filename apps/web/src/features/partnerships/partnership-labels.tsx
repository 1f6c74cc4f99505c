import { Fragment } from 'react';
import { useTranslation } from 'react-i18next';
import type { StatusLight } from '@roundtable/shared/partnerships';
import type { SectorCode } from '@roundtable/shared/sectors';
import { SectorName } from '../forums/sector-label';
import classes from './partnerships.module.css';

/**
 * A status light in words, with a shape beside it (never colour alone, WCAG 1.4.1): a circle on
 * track, a triangle at risk, a square overdue, a hollow circle inactive.
 */
export function StatusLightLabel({ light }: { light: StatusLight | null }) {
  const { t } = useTranslation();
  return (
    <span className={classes.light} data-light={light ?? 'NONE'}>
      <span className={classes.lightMark} aria-hidden="true" />
      {t(`partnerships.light.${light ?? 'NONE'}`)}
    </span>
  );
}

export function SectorNames({ codes }: { codes: readonly SectorCode[] }) {
  const { t } = useTranslation();
  if (codes.length === 0) return <>{t('partnerships.list.noSectors')}</>;
  return (
    <>
      {codes.map((code, index) => (
        <Fragment key={code}>
          {index > 0 && t('calls.listSeparator')}
          <SectorName code={code} />
        </Fragment>
      ))}
    </>
  );
}
