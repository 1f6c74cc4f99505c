import { useTranslation } from 'react-i18next';
import { errorKind, type ErrorKind } from '../../app/error-code';
import { useErrorMessage } from '../../app/error-message';
import { extensionsOf } from '../calls/review-errors';

/**
 * The arguments BAD_USER_INPUT names (partnership.service.ts and the inputs' class-validator
 * rules), each with the form field it is about and what to say. Only the arguments a form has.
 */
export const INVALID_ARGUMENTS: Record<string, { field: string; key: string }> = {
  title: { field: 'titleHe', key: 'partnerships.errors.invalid.title' },
  summary: { field: 'summaryHe', key: 'partnerships.errors.invalid.summary' },
  clusterId: { field: 'clusterId', key: 'partnerships.errors.clusterRequired' },
  endOn: { field: 'endOn', key: 'partnerships.errors.endBeforeStart' },
  sdgTargets: { field: 'sdgTargets', key: 'partnerships.errors.sdgTargetGoal' },
  topicCodes: { field: 'topicCodes', key: 'partnerships.errors.invalid.topicCodes' },
  budgetAgorot: { field: 'budget', key: 'partnerships.errors.budgetInvalid' },
  reportingPeriodMonths: { field: 'reportingPeriodMonths', key: 'partnerships.errors.reportingPeriodRange' },
  status: { field: 'status', key: 'partnerships.errors.invalid.status' },
  reportedOn: { field: 'reportedOn', key: 'partnerships.errors.reportedOnFuture' },
  text: { field: 'textHe', key: 'partnerships.errors.invalid.text' },
  values: { field: 'values', key: 'partnerships.errors.invalid.values' },
  doneOn: { field: 'doneOn', key: 'partnerships.errors.invalid.doneOn' },
  name: { field: 'nameHe', key: 'partnerships.errors.invalid.title' },
  unit: { field: 'unitHe', key: 'partnerships.errors.invalid.title' },
};

export interface PartnershipErrorText {
  key: string;
  /** The form field the API refused, when the message is about one. */
  field?: string;
}

/**
 * What to say for a refusal of a partnership's change, from its code and extensions (never the
 * API's English message). Null: the general message for the code will do.
 */
export function partnershipErrorText(
  kind: ErrorKind,
  extensions: Record<string, unknown>,
): PartnershipErrorText | null {
  switch (kind) {
    case 'BAD_USER_INPUT': {
      const invalid = extensions['invalidArguments'];
      const names = Array.isArray(invalid) ? invalid.filter((name): name is string => typeof name === 'string') : [];
      const known = names.find((name) => INVALID_ARGUMENTS[name]);
      return known
        ? { key: INVALID_ARGUMENTS[known]!.key, field: INVALID_ARGUMENTS[known]!.field }
        : { key: 'partnerships.errors.invalid.other' };
    }
    case 'CONFLICT':
      // A partner twice (the key's constraint), or an indicator that reports recorded values of.
      return extensions['constraint'] === 'partnership_partner_key'
        ? { key: 'partnerships.errors.conflict.partner', field: 'organisationId' }
        : { key: 'partnerships.errors.conflict.indicatorReported' };
    case 'FORBIDDEN':
      return { key: 'partnerships.errors.forbidden' };
    case 'NOT_FOUND':
      return extensions['what'] === 'organisation'
        ? { key: 'partnerships.errors.organisationNotFound', field: 'organisationId' }
        : { key: 'partnerships.errors.notFound' };
    default:
      return null;
  }
}

/** A refusal as a sentence in the reader's language, and the form field it is about (if any). */
export function usePartnershipErrorMessage(): (error: unknown) => { message: string; field?: string } {
  const { t } = useTranslation();
  const general = useErrorMessage();
  return (error) => {
    const text = partnershipErrorText(errorKind(error), extensionsOf(error));
    if (!text) return { message: general(error) };
    const message = t(text.key);
    return text.field ? { message, field: text.field } : { message };
  };
}
