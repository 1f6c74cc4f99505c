import { useTranslation } from 'react-i18next';
import { errorDetails, minutesToWait, type ErrorKind } from './error-code';

/** What a form says for a code when the general message would mislead (FORBIDDEN at sign-in). */
export type ErrorOverrides = Partial<Record<ErrorKind, string>>;

/**
 * A server's refusal as a sentence in the reader's language, from the stable code (never the API's
 * English message), with how long to wait when the API says so.
 */
export function useErrorMessage(): (error: unknown, overrides?: ErrorOverrides) => string {
  const { t } = useTranslation();
  return (error, overrides = {}) => {
    const { kind, retryAfterSeconds } = errorDetails(error);
    const message = overrides[kind] ?? t(`errors.code.${kind}`);
    if (kind === 'RATE_LIMITED' && retryAfterSeconds !== null) {
      return `${message} ${t('errors.retryAfter', { count: minutesToWait(retryAfterSeconds) })}`;
    }
    return message;
  };
}
