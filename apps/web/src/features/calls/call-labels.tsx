import { Fragment, useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { SectorCode } from '@roundtable/shared/sectors';
import { formatPartialDate } from '../../app/format';
import { useLanguage } from '../../app/language';
import { localDate } from '../forums/forum-data';
import { SectorName } from '../forums/sector-label';
import { describeTimeLeft, timeLeft } from './time-left';
import classes from './calls.module.css';

export type CallStatusValue = 'DRAFT' | 'OPEN' | 'CLOSED' | 'DECIDED';
export type ApplicationStatusValue = 'SUBMITTED' | 'UNDER_REVIEW' | 'ACCEPTED' | 'RESERVE' | 'REJECTED' | 'WITHDRAWN';

/** A calendar day from the API (a LocalDate, typed `unknown` by the generator) as the page writes dates. */
export function useDayFormat(): (value: unknown) => string {
  const language = useLanguage();
  return (value) => {
    const date = localDate(value);
    return date ? formatPartialDate(date, language) : '';
  };
}

/** The clock, read again every minute, so a page left open counts down by itself. */
export function useNow(intervalMs = 60_000): number {
  const [now, setNow] = useState(() => Date.now());
  useEffect(() => {
    const timer = window.setInterval(() => setNow(Date.now()), intervalMs);
    return () => window.clearInterval(timer);
  }, [intervalMs]);
  return now;
}

/** A call's status in words (never colour alone). */
export function CallStatusLabel({ status }: { status: CallStatusValue }) {
  const { t } = useTranslation();
  return (
    <span className={classes.status} data-status={status}>
      {t(`calls.status.${status}`)}
    </span>
  );
}

export function ApplicationStatusLabel({ status }: { status: ApplicationStatusValue }) {
  const { t } = useTranslation();
  return (
    <span className={classes.status} data-status={status}>
      {t(`calls.applicationStatus.${status}`)}
    </span>
  );
}

/** How long an open call still accepts applications, from the server's closesAt. */
export function TimeLeftText({ closesAt }: { closesAt: string }) {
  const { t } = useTranslation();
  const formatDay = useDayFormat();
  const now = useNow();
  const left = timeLeft(closesAt, now);
  if (!left) return null;
  return <span className={classes.timeLeft}>{describeTimeLeft(left, t, formatDay)}</span>;
}

/** The last day, and "extended" when it was moved. */
export function DeadlineText({ deadline, extended }: { deadline: unknown; extended: boolean }) {
  const { t } = useTranslation();
  const formatDay = useDayFormat();
  return (
    <>
      {formatDay(deadline)}
      {extended && <> ({t('calls.extended')})</>}
    </>
  );
}

/** The sectors a call admits, in the reader's language. */
export function SectorList({ codes }: { codes: readonly SectorCode[] }) {
  const { t } = useTranslation();
  if (codes.length === 0) return <>{t('calls.noSectors')}</>;
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
