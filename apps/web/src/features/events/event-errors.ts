import { useTranslation } from 'react-i18next';
import { errorKind, type ErrorKind } from '../../app/error-code';
import { useErrorMessage } from '../../app/error-message';
import { formatDateTime } from '../../app/format';
import { useLanguage } from '../../app/language';
import { extensionsOf } from '../calls/review-errors';

/** What was refused: registering, cancelling a registration, or the event's form. */
export type EventChange = 'register' | 'cancel' | 'form';

export interface EventErrorText {
  key: string;
  /** REGISTRATION_CLOSED before the window: when it opens (ISO). */
  opensAt?: string;
  /** The form field the API refused, when the message is about one. */
  field?: string;
}

/** The arguments BAD_USER_INPUT names, with the form field and the message. */
export const EVENT_INVALID_ARGUMENTS: Record<string, { field: string; key: string }> = {
  sector: { field: 'sector', key: 'events.errors.invalid.sector' },
  organisationId: { field: 'organisationId', key: 'events.errors.invalid.organisationId' },
  title: { field: 'titleHe', key: 'events.errors.invalid.title' },
  summary: { field: 'summaryHe', key: 'events.errors.invalid.summary' },
  venue: { field: 'venueHe', key: 'events.errors.invalid.venue' },
  onlineLink: { field: 'onlineLink', key: 'events.errors.invalid.onlineLink' },
  startsOn: { field: 'startsOn', key: 'events.errors.invalid.startsOn' },
  endsOn: { field: 'endsOn', key: 'events.errors.invalid.endsOn' },
  capacity: { field: 'capacity', key: 'events.errors.invalid.capacity' },
  registrationOpensAt: { field: 'registrationOpensAt', key: 'events.errors.invalid.registrationOpensAt' },
  registrationClosesAt: { field: 'registrationClosesAt', key: 'events.errors.invalid.registrationClosesAt' },
  audienceSectors: { field: 'audienceSectors', key: 'events.errors.invalid.audienceSectors' },
  tracks: { field: 'tracks', key: 'events.errors.invalid.tracks' },
  outcomeSummary: { field: 'outcomeSummaryHe', key: 'events.errors.invalid.outcomeSummary' },
  isOnline: { field: 'isOnline', key: 'events.errors.invalid.isOnline' },
};

/**
 * What to say for a refusal, from its code and extensions (never the API's English message):
 * REGISTRATION_CLOSED says whether it has not opened yet (and when it opens) or has closed;
 * BAD_USER_INPUT names the field. Null: the general message for the code will do.
 */
export function eventErrorText(
  kind: ErrorKind,
  extensions: Record<string, unknown>,
  change: EventChange,
): EventErrorText | null {
  switch (kind) {
    case 'REGISTRATION_CLOSED': {
      const opensAt = extensions['opensAt'];
      if (extensions['state'] === 'NOT_YET_OPEN') {
        return typeof opensAt === 'string'
          ? { key: 'events.errors.notYetOpenAt', opensAt }
          : { key: 'events.errors.notYetOpen' };
      }
      return { key: 'events.errors.registrationClosed' };
    }
    case 'BAD_USER_INPUT': {
      const invalid = extensions['invalidArguments'];
      const names = Array.isArray(invalid) ? invalid.filter((name): name is string => typeof name === 'string') : [];
      const known = names.find((name) => EVENT_INVALID_ARGUMENTS[name]);
      return known
        ? { key: EVENT_INVALID_ARGUMENTS[known]!.key, field: EVENT_INVALID_ARGUMENTS[known]!.field }
        : { key: 'events.errors.invalid.other' };
    }
    case 'NOT_FOUND':
      return { key: change === 'cancel' ? 'events.errors.registrationNotFound' : 'events.errors.notFound' };
    case 'FORBIDDEN':
      return { key: change === 'form' ? 'events.errors.forbiddenForm' : 'events.errors.forbiddenCancel' };
    case 'UNAUTHENTICATED':
    case 'SESSION_EXPIRED':
      return { key: 'events.errors.signIn' };
    default:
      return null;
  }
}

/** A refusal as a sentence in the reader's language, and the form field it is about (if any). */
export function useEventErrorMessage(change: EventChange): (error: unknown) => { message: string; field?: string } {
  const { t } = useTranslation();
  const language = useLanguage();
  const general = useErrorMessage();
  return (error) => {
    const text = eventErrorText(errorKind(error), extensionsOf(error), change);
    if (!text) return { message: general(error) };
    const message = t(text.key, { date: text.opensAt ? formatDateTime(text.opensAt, language) : '' });
    return text.field ? { message, field: text.field } : { message };
  };
}
