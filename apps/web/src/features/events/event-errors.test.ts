import { describe, expect, it } from 'vitest';
import { isCatalogueKey } from '../../i18n/catalogue-keys';
import { EVENT_INVALID_ARGUMENTS, eventErrorText } from './event-errors';

describe('eventErrorText', () => {
  it("says when a registration not yet open opens, from the API's extensions", () => {
    expect(
      eventErrorText('REGISTRATION_CLOSED', { state: 'NOT_YET_OPEN', opensAt: '2027-01-01T08:00:00.000Z' }, 'register'),
    ).toEqual({ key: 'events.errors.notYetOpenAt', opensAt: '2027-01-01T08:00:00.000Z' });
    expect(eventErrorText('REGISTRATION_CLOSED', { state: 'NOT_YET_OPEN' }, 'register')).toEqual({
      key: 'events.errors.notYetOpen',
    });
  });

  it('says a closed registration is closed, whether ended or closed by hand', () => {
    expect(eventErrorText('REGISTRATION_CLOSED', { state: 'CLOSED' }, 'register')).toEqual({
      key: 'events.errors.registrationClosed',
    });
  });

  it('puts an organisation of another sector at the sector field', () => {
    expect(eventErrorText('BAD_USER_INPUT', { invalidArguments: ['sector'] }, 'register')).toEqual({
      key: 'events.errors.invalid.sector',
      field: 'sector',
    });
  });

  it('puts a refused capacity at its field, and an unknown argument below the form', () => {
    expect(eventErrorText('BAD_USER_INPUT', { invalidArguments: ['capacity'] }, 'form')).toEqual({
      key: 'events.errors.invalid.capacity',
      field: 'capacity',
    });
    expect(eventErrorText('BAD_USER_INPUT', { invalidArguments: ['nonsense'] }, 'form')).toEqual({
      key: 'events.errors.invalid.other',
    });
  });

  it('tells who may act on FORBIDDEN, and leaves other codes to the general message', () => {
    expect(eventErrorText('FORBIDDEN', {}, 'cancel')?.key).toBe('events.errors.forbiddenCancel');
    expect(eventErrorText('FORBIDDEN', {}, 'form')?.key).toBe('events.errors.forbiddenForm');
    expect(eventErrorText('RATE_LIMITED', {}, 'register')).toBeNull();
    expect(eventErrorText('NETWORK', {}, 'register')).toBeNull();
  });

  it('names only messages the catalogues have', () => {
    const keys = [
      ...Object.values(EVENT_INVALID_ARGUMENTS).map((entry) => entry.key),
      'events.errors.invalid.other',
      'events.errors.notYetOpenAt',
      'events.errors.notYetOpen',
      'events.errors.registrationClosed',
      'events.errors.notFound',
      'events.errors.registrationNotFound',
      'events.errors.signIn',
    ];
    for (const key of keys) expect(isCatalogueKey(key), key).toBe(true);
  });
});
