import { describe, expect, it } from 'vitest';
import { isCatalogueKey } from '../../i18n/catalogue-keys';
import { profileErrorKey } from './pool-errors';

describe('profileErrorKey', () => {
  it('names the field the API refused', () => {
    expect(profileErrorKey('BAD_USER_INPUT', { invalidArguments: ['birthYear'] })).toBe('pool.errors.server.birthYear');
    expect(profileErrorKey('BAD_USER_INPUT', { invalidArguments: ['contacts'] })).toBe('pool.errors.server.contacts');
    expect(profileErrorKey('BAD_USER_INPUT', { invalidArguments: ['organisationId', 'newOrganisation'] })).toBe(
      'pool.errors.server.organisation',
    );
  });

  it('says something general for a field it does not know', () => {
    expect(profileErrorKey('BAD_USER_INPUT', { invalidArguments: ['somethingNew'] })).toBe('pool.errors.server.other');
    expect(profileErrorKey('BAD_USER_INPUT', {})).toBe('pool.errors.server.other');
  });

  it('explains a second profile and a missing one', () => {
    expect(profileErrorKey('CONFLICT', {})).toBe('pool.errors.server.conflict');
    expect(profileErrorKey('NOT_FOUND', {})).toBe('pool.errors.server.noProfile');
  });

  it('names only keys the catalogues have', () => {
    const fields = [
      'birthYear',
      'positions',
      'contacts',
      'newOrganisation',
      'name',
      'sector',
      'topicCodes',
      'languages',
      'expertise',
      'bio',
      'x',
    ];
    const keys = [
      ...fields.map((field) => profileErrorKey('BAD_USER_INPUT', { invalidArguments: [field] })),
      profileErrorKey('CONFLICT', {}),
      profileErrorKey('NOT_FOUND', {}),
    ];
    for (const key of keys) expect(isCatalogueKey(key!), String(key)).toBe(true);
  });

  it('leaves the other codes to the general messages', () => {
    expect(profileErrorKey('UNAUTHENTICATED', {})).toBeNull();
    expect(profileErrorKey('NETWORK', {})).toBeNull();
  });
});
