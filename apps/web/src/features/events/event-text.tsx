import type { TFunction } from 'i18next';
import { useTranslation } from 'react-i18next';
import type { EventKind, RegistrationStatus } from '@roundtable/shared/events';
import type { LocalizedText } from '@roundtable/shared/localized';
import { formatDateTime } from '../../app/format';
import { useLanguage } from '../../app/language';
import { Name } from '../../app/localized';
import { useNow } from '../calls/call-labels';
import {
  formatEventDays,
  registrationLabel,
  seatsLabel,
  type RegistrationLabel,
  type RegistrationWindowLike,
  type SeatsLabel,
} from './event-labels';
import classes from './events.module.css';

/** "3 days and 5 hours": the largest two parts of the time left, with the catalogue's plural forms. */
function duration(t: TFunction, { days, hours, minutes }: { days: number; hours: number; minutes: number }): string {
  const parts: string[] = [];
  if (days > 0) parts.push(t('events.duration.days', { count: days }));
  if (hours > 0) parts.push(t('events.duration.hours', { count: hours }));
  if (days === 0 && (minutes > 0 || hours === 0)) parts.push(t('events.duration.minutes', { count: minutes }));
  const [first, second] = parts.slice(0, 2);
  return second
    ? t('events.duration.and', { first, second, context: /^\d/.test(second) ? 'number' : undefined })
    : first!;
}

/** Registration in a sentence the reader acts on: open until when, opens when, or why it is closed. */
export function describeRegistration(label: RegistrationLabel, t: TFunction, format: (iso: string) => string): string {
  switch (label.kind) {
    case 'OPEN':
      return t('events.registration.open');
    case 'CLOSES_IN':
      return t('events.registration.closesIn', { time: duration(t, label), date: format(label.closesAt) });
    case 'NOT_YET_OPEN':
      return label.opensAt
        ? t('events.registration.opensAt', { date: format(label.opensAt) })
        : t('events.registration.notYetOpen');
    case 'CLOSED_BY_HAND':
      return t('events.registration.closedByHand');
    case 'ENDED':
      return label.closedAt
        ? t('events.registration.endedAt', { date: format(label.closedAt) })
        : t('events.registration.ended');
  }
}

export function describeSeats(label: SeatsLabel, t: TFunction): string {
  switch (label.kind) {
    case 'UNLIMITED':
      return t('events.seats.unlimited');
    case 'LEFT':
      return t('events.seats.left', { count: label.left, capacity: label.capacity });
    case 'FULL':
      return label.waitlisted > 0
        ? t('events.seats.fullWaitlist', { capacity: label.capacity, count: label.waitlisted })
        : t('events.seats.full', { capacity: label.capacity });
  }
}

/** Registration's state as a word on a tint (the word says it; the colour only repeats it), and the sentence. */
export function RegistrationText({ event }: { event: RegistrationWindowLike }) {
  const { t } = useTranslation();
  const language = useLanguage();
  const now = useNow();
  const label = registrationLabel(event, now);
  const state =
    label.kind === 'OPEN' || label.kind === 'CLOSES_IN'
      ? 'OPEN'
      : label.kind === 'NOT_YET_OPEN'
        ? 'NOT_YET_OPEN'
        : 'CLOSED';
  return (
    <>
      <span className={classes.status} data-status={state}>
        {t(`events.registrationState.${state}`)}
      </span>{' '}
      {describeRegistration(label, t, (iso) => formatDateTime(iso, language))}
    </>
  );
}

export function SeatsText({
  event,
}: {
  event: { capacity: number | null; seatsLeft: number | null; waitlistedCount: number };
}) {
  const { t } = useTranslation();
  return <>{describeSeats(seatsLabel(event), t)}</>;
}

/** The event's days, or that the source gives none (never an invented date). */
export function EventDays({ startsOn, endsOn }: { startsOn: unknown; endsOn: unknown }) {
  const { t } = useTranslation();
  const language = useLanguage();
  return <>{formatEventDays(startsOn, endsOn, language) ?? t('events.noDate')}</>;
}

interface PlaceLike {
  isOnline: boolean;
  venue?: LocalizedText | null;
  localAuthority?: { name: LocalizedText } | null;
}

/** "Online", or the hall and the locality, or that the source does not say. */
export function EventPlace({ event }: { event: PlaceLike }) {
  const { t } = useTranslation();
  if (event.isOnline) return <>{t('events.online')}</>;
  if (!event.venue && !event.localAuthority) return <>{t('events.noPlace')}</>;
  return (
    <>
      {event.venue && <Name value={event.venue} />}
      {event.venue && event.localAuthority && t('events.placeSeparator')}
      {event.localAuthority && <Name value={event.localAuthority.name} />}
    </>
  );
}

export function EventKindLabel({ kind }: { kind: EventKind }) {
  const { t } = useTranslation();
  return <>{t(`events.kind.${kind}`)}</>;
}

/** The organiser: a cluster (linked) or the PMO unit. */
export function OrganiserName({ cluster }: { cluster: { name: LocalizedText } | null }) {
  const { t } = useTranslation();
  return cluster ? <Name value={cluster.name} /> : <>{t('events.pmo')}</>;
}

/** A registration's status, with the waitlist position when waiting. */
export function RegistrationStatusText({
  status,
  waitlistPosition,
}: {
  status: RegistrationStatus;
  waitlistPosition: number | null;
}) {
  const { t } = useTranslation();
  return (
    <span className={classes.status} data-status={status}>
      {status === 'WAITLISTED' && waitlistPosition !== null
        ? t('events.status.waitlistedAt', { position: waitlistPosition })
        : t(`events.status.${status}`)}
    </span>
  );
}
