import { useTranslation } from 'react-i18next';
import { errorKind, type ErrorKind } from '../../app/error-code';
import { useErrorMessage } from '../../app/error-message';

/**
 * The catalogue key for a refusal of one's own application, from its stable code (never the
 * API's English message); null when the general message for the code will do.
 */
export function applicationErrorKey(kind: ErrorKind, action: 'submit' | 'update' | 'withdraw'): string | null {
  switch (kind) {
    case 'DEADLINE_PASSED':
      return action === 'withdraw' ? 'calls.errors.withdrawDeadlinePassed' : 'calls.errors.deadlinePassed';
    case 'CONFLICT':
      return action === 'submit' ? 'calls.errors.alreadyApplied' : 'calls.errors.changed';
    case 'FORBIDDEN':
      return 'calls.errors.notYours';
    case 'NOT_FOUND':
      return 'calls.errors.notFound';
    case 'BAD_USER_INPUT':
      return 'calls.errors.badInput';
    default:
      return null;
  }
}

/** A refusal of one's own application as a sentence in the reader's language. */
export function useApplicationErrorMessage(): (error: unknown, action: 'submit' | 'update' | 'withdraw') => string {
  const { t } = useTranslation();
  const general = useErrorMessage();
  return (error, action) => {
    const key = applicationErrorKey(errorKind(error), action);
    return key ? t(key) : general(error);
  };
}
