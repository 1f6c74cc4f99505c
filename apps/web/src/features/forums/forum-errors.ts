import { CombinedGraphQLErrors } from '@apollo/client/errors';
import { useTranslation } from 'react-i18next';
import { SECTOR_CODES, type SectorCode } from '@roundtable/shared/sectors';
import { errorKind, type ErrorKind } from '../../app/error-code';
import { useErrorMessage } from '../../app/error-message';
import { useLanguage } from '../../app/language';
import { useLocalizedString } from '../../app/localized';
import { sectorName } from './sector-label';

/** A catalogue key and what it names, for one refusal of a forum's change. */
export interface ForumErrorText {
  key: string;
  sector?: SectorCode;
  count?: number;
  /** The field the API refused, when the message is about one (to say which). */
  field?: string;
}

/** The unique indexes behind CONFLICT (apps/api forum-errors.ts), each with what to do about it. */
const CONFLICTS: Record<string, string> = {
  forum_member_one_active_membership: 'forums.errors.conflict.alreadySits',
  forum_member_one_chair: 'forums.errors.conflict.oneChair',
  forum_member_one_secretary: 'forums.errors.conflict.oneSecretary',
  forum_member_one_co_chair_per_sector: 'forums.errors.conflict.oneCoChair',
  organisation_registration_number_key: 'forums.errors.conflict.registrationNumber',
};

/** The arguments BAD_USER_INPUT names, with the field's message; the first known one wins. */
const INVALID_ARGUMENTS: Record<string, string> = {
  termEnd: 'forums.errors.invalid.termEnd',
  endedOn: 'forums.errors.invalid.endedOn',
  publicConsentOn: 'forums.errors.invalid.consentOn',
  consentedOn: 'forums.errors.invalid.consentOn',
  memberIds: 'forums.errors.invalid.memberIds',
  meetingId: 'forums.errors.invalid.meetingNotStarted',
  startsAt: 'forums.errors.invalid.startsAt',
  newOrganisation: 'forums.errors.invalid.registrationNumber',
  sector: 'forums.errors.invalid.sector',
  localAuthorityId: 'forums.errors.invalid.individualsNotAllowed',
  // createForum and updateForum (forum.service.ts): the round table's kind, a sector twice in the map.
  kind: 'forums.errors.invalid.kind',
  seats: 'forums.errors.invalid.seats',
};

function isSector(value: unknown): value is SectorCode {
  return (SECTOR_CODES as readonly unknown[]).includes(value);
}

/** What was refused: a member's seat (an appointment), or the forum's representation map (its settings). */
export type ForumChange = 'member' | 'map';

/**
 * What to say for a refusal, from its code and extensions (never the API's English message):
 * SEAT_LIMIT names the sector and its seats (or, for a map below its members, how many sit),
 * CONFLICT the rule the appointment broke, BAD_USER_INPUT the field. Null: the general message
 * for the code will do.
 */
export function forumErrorText(
  kind: ErrorKind,
  extensions: Record<string, unknown>,
  change: ForumChange = 'member',
): ForumErrorText | null {
  switch (kind) {
    case 'SEAT_LIMIT': {
      const sector = extensions['sector'];
      const seats = extensions['seats'];
      const filled = extensions['filled'];
      if (!isSector(sector) || typeof seats !== 'number') {
        return { key: change === 'map' ? 'forums.errors.seatLimitMap' : 'forums.errors.seatLimit' };
      }
      // A map change below the members who sit (rule 1, 5): the API names how many sit.
      if (typeof filled === 'number') return { key: 'forums.errors.seatLimitBelowMembers', sector, count: filled };
      return seats === 0
        ? { key: 'forums.errors.seatLimitNoSeats', sector }
        : { key: 'forums.errors.seatLimitTaken', sector, count: seats };
    }
    case 'CONFLICT': {
      const constraint = extensions['constraint'];
      return { key: (typeof constraint === 'string' && CONFLICTS[constraint]) || 'forums.errors.conflict.other' };
    }
    case 'BAD_USER_INPUT': {
      const invalid = extensions['invalidArguments'];
      const names = Array.isArray(invalid) ? invalid.filter((name): name is string => typeof name === 'string') : [];
      const known = names.find((name) => INVALID_ARGUMENTS[name]);
      return known ? { key: INVALID_ARGUMENTS[known]!, field: known } : { key: 'forums.errors.invalid.other' };
    }
    case 'FORBIDDEN':
      return { key: 'forums.errors.forbidden' };
    case 'NOT_FOUND':
      return { key: extensions['what'] === 'topic' ? 'forums.errors.topicNotFound' : 'forums.errors.notFound' };
    default:
      return null;
  }
}

function extensionsOf(error: unknown): Record<string, unknown> {
  return CombinedGraphQLErrors.is(error) ? (error.errors[0]?.extensions ?? {}) : {};
}

/** A forum change's refusal as a sentence in the reader's language. */
export function useForumErrorMessage(change: ForumChange = 'member'): (error: unknown) => string {
  const { t } = useTranslation();
  const language = useLanguage();
  const localize = useLocalizedString();
  const general = useErrorMessage();
  return (error) => {
    const text = forumErrorText(errorKind(error), extensionsOf(error), change);
    if (!text) return general(error);
    return t(text.key, {
      sector: text.sector ? localize(sectorName(text.sector)) : '',
      count: text.count ?? 0,
      lng: language,
    });
  };
}
