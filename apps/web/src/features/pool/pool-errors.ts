import { CombinedGraphQLErrors } from '@apollo/client/errors';
import { useTranslation } from 'react-i18next';
import { errorKind, type ErrorKind } from '../../app/error-code';
import { useErrorMessage } from '../../app/error-message';

/** The arguments BAD_USER_INPUT names (apps/api pool.service.ts, pool.inputs.ts), each with what to fix. */
const INVALID_ARGUMENTS: Record<string, string> = {
  birthYear: 'pool.errors.server.birthYear',
  positions: 'pool.errors.server.positions',
  contacts: 'pool.errors.server.contacts',
  newOrganisation: 'pool.errors.server.organisation',
  organisationId: 'pool.errors.server.organisation',
  name: 'pool.errors.server.name',
  title: 'pool.errors.server.name',
  sector: 'pool.errors.server.sector',
  topicCodes: 'pool.errors.server.topics',
  languages: 'pool.errors.server.languages',
  expertise: 'pool.errors.server.lists',
  interests: 'pool.errors.server.lists',
  bio: 'pool.errors.server.bio',
};

/**
 * The catalogue key for a refusal of one's own profile, from its code and extensions (never the
 * API's English message); null when the general message for the code will do.
 */
export function profileErrorKey(kind: ErrorKind, extensions: Record<string, unknown>): string | null {
  switch (kind) {
    case 'BAD_USER_INPUT': {
      const invalid = extensions['invalidArguments'];
      const names = Array.isArray(invalid) ? invalid.filter((name): name is string => typeof name === 'string') : [];
      const known = names.find((name) => INVALID_ARGUMENTS[name]);
      return known ? INVALID_ARGUMENTS[known]! : 'pool.errors.server.other';
    }
    case 'CONFLICT':
      return 'pool.errors.server.conflict';
    case 'NOT_FOUND':
      return 'pool.errors.server.noProfile';
    default:
      return null;
  }
}

function extensionsOf(error: unknown): Record<string, unknown> {
  return CombinedGraphQLErrors.is(error) ? (error.errors[0]?.extensions ?? {}) : {};
}

/** A refusal of one's own profile as a sentence in the reader's language. */
export function useProfileErrorMessage(): (error: unknown) => string {
  const { t } = useTranslation();
  const general = useErrorMessage();
  return (error) => {
    const key = profileErrorKey(errorKind(error), extensionsOf(error));
    return key ? t(key) : general(error);
  };
}
