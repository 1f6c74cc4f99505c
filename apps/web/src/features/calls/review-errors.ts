import { CombinedGraphQLErrors } from '@apollo/client/errors';
import { useTranslation } from 'react-i18next';
import { SECTOR_CODES, type SectorCode } from '@roundtable/shared/sectors';
import { errorKind, type ErrorKind } from '../../app/error-code';
import { useErrorMessage } from '../../app/error-message';
import { useLanguage } from '../../app/language';
import { useLocalizedString } from '../../app/localized';
import { sectorName } from '../forums/sector-label';

/** What was refused: the call's form, a step of its status, the committee's decision, scores. */
export type CallChange = 'form' | 'open' | 'extend' | 'close' | 'markDecided' | 'decide' | 'score';

export interface CallErrorText {
  key: string;
  sector?: SectorCode;
  count?: number;
  /** The form field the API refused, when the message is about one. */
  field?: string;
}

/** The arguments BAD_USER_INPUT names (class-validator's properties), with the form field and message. */
export const INVALID_ARGUMENTS: Record<string, { field: string; key: string }> = {
  title: { field: 'titleHe', key: 'callReview.errors.invalid.title' },
  text: { field: 'textHe', key: 'callReview.errors.invalid.text' },
  opensOn: { field: 'opensOn', key: 'callReview.errors.invalid.opensOn' },
  deadline: { field: 'deadline', key: 'callReview.errors.invalid.deadline' },
  eligibleSectors: { field: 'eligibleSectors', key: 'callReview.errors.invalid.eligibleSectors' },
  rotation: { field: 'rotation', key: 'callReview.errors.invalid.rotation' },
  criteria: { field: 'criteria', key: 'callReview.errors.invalid.criteria' },
  allowsIndividuals: { field: 'allowsIndividuals', key: 'callReview.errors.invalid.allowsIndividuals' },
  newDeadline: { field: 'newDeadline', key: 'callReview.errors.invalid.newDeadline' },
  reason: { field: 'reason', key: 'callReview.errors.invalid.reason' },
  scores: { field: 'scores', key: 'callReview.errors.invalid.scores' },
  termStartsOn: { field: 'termStartsOn', key: 'callReview.errors.invalid.termStartsOn' },
};

function isSector(value: unknown): value is SectorCode {
  return (SECTOR_CODES as readonly unknown[]).includes(value);
}

/**
 * What to say for a refusal, from its code and extensions (never the API's English message):
 * SEAT_LIMIT names the sector and its seats, CONFLICT what the step needs first (a call with
 * undecided applications cannot be marked decided), BAD_USER_INPUT the field. Null: the general
 * message for the code will do.
 */
export function callErrorText(
  kind: ErrorKind,
  extensions: Record<string, unknown>,
  change: CallChange,
): CallErrorText | null {
  switch (kind) {
    case 'SEAT_LIMIT': {
      const sector = extensions['sector'];
      const seats = extensions['seats'];
      if (!isSector(sector)) return { key: 'callReview.errors.seatLimit' };
      if (typeof seats !== 'number') return { key: 'callReview.errors.seatLimitSector', sector };
      return seats === 0
        ? { key: 'callReview.errors.seatLimitNoSeats', sector }
        : { key: 'callReview.errors.seatLimitTaken', sector, count: seats };
    }
    case 'CONFLICT': {
      if (change === 'markDecided') {
        const undecided = extensions['undecided'] ?? extensions['count'];
        return typeof undecided === 'number'
          ? { key: 'callReview.errors.conflict.undecidedCount', count: undecided }
          : { key: 'callReview.errors.conflict.undecided' };
      }
      // Opening a draft whose deadline has passed (the API names the deadline).
      if (change === 'open' && typeof extensions['deadline'] === 'string') {
        return { key: 'callReview.errors.conflict.openDeadlinePassed' };
      }
      const keys: Record<CallChange, string> = {
        form: 'callReview.errors.conflict.notDraft',
        open: 'callReview.errors.conflict.status',
        extend: 'callReview.errors.conflict.status',
        close: 'callReview.errors.conflict.status',
        markDecided: 'callReview.errors.conflict.undecided',
        decide: 'callReview.errors.conflict.decide',
        score: 'callReview.errors.conflict.score',
      };
      return { key: keys[change] };
    }
    case 'DEADLINE_PASSED':
      return { key: 'callReview.errors.deadlinePassed' };
    case 'BAD_USER_INPUT': {
      const invalid = extensions['invalidArguments'];
      const names = Array.isArray(invalid) ? invalid.filter((name): name is string => typeof name === 'string') : [];
      const known = names.find((name) => INVALID_ARGUMENTS[name]);
      return known
        ? { key: INVALID_ARGUMENTS[known]!.key, field: INVALID_ARGUMENTS[known]!.field }
        : { key: 'callReview.errors.invalid.other' };
    }
    case 'FORBIDDEN':
      return {
        key:
          change === 'score' || change === 'decide'
            ? 'callReview.errors.forbiddenReview'
            : 'callReview.errors.forbidden',
      };
    default:
      return null;
  }
}

export function extensionsOf(error: unknown): Record<string, unknown> {
  return CombinedGraphQLErrors.is(error) ? (error.errors[0]?.extensions ?? {}) : {};
}

/** A refusal as a sentence in the reader's language, and the form field it is about (if any). */
export function useCallErrorMessage(change: CallChange): (error: unknown) => { message: string; field?: string } {
  const { t } = useTranslation();
  const language = useLanguage();
  const localize = useLocalizedString();
  const general = useErrorMessage();
  return (error) => {
    const text = callErrorText(errorKind(error), extensionsOf(error), change);
    if (!text) return { message: general(error) };
    const message = t(text.key, {
      sector: text.sector ? localize(sectorName(text.sector)) : '',
      count: text.count ?? 0,
      lng: language,
    });
    return text.field ? { message, field: text.field } : { message };
  };
}
