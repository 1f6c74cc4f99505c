import { describe, expect, it } from 'vitest';
import { isCatalogueKey } from '../../i18n/catalogue-keys';
import { INVALID_ARGUMENTS, partnershipErrorText } from './partnership-errors';

describe("the API's refusals of a partnership's changes", () => {
  it('put BAD_USER_INPUT at the form field it names', () => {
    expect(partnershipErrorText('BAD_USER_INPUT', { invalidArguments: ['endOn'] })).toEqual({
      key: 'partnerships.errors.endBeforeStart',
      field: 'endOn',
    });
    expect(partnershipErrorText('BAD_USER_INPUT', { invalidArguments: ['budgetAgorot'] })).toMatchObject({
      field: 'budget',
    });
    expect(partnershipErrorText('BAD_USER_INPUT', { invalidArguments: ['reportedOn'] })).toMatchObject({
      field: 'reportedOn',
    });
    expect(partnershipErrorText('BAD_USER_INPUT', { invalidArguments: ['somethingElse'] })).toEqual({
      key: 'partnerships.errors.invalid.other',
    });
  });

  it('say what to do about a partner twice and an indicator with reported values', () => {
    expect(partnershipErrorText('CONFLICT', { constraint: 'partnership_partner_key' })).toEqual({
      key: 'partnerships.errors.conflict.partner',
      field: 'organisationId',
    });
    expect(partnershipErrorText('CONFLICT', {})).toEqual({ key: 'partnerships.errors.conflict.indicatorReported' });
  });

  it('say who may change it, and what was not found', () => {
    expect(partnershipErrorText('FORBIDDEN', {})).toEqual({ key: 'partnerships.errors.forbidden' });
    expect(partnershipErrorText('NOT_FOUND', { what: 'organisation' })).toMatchObject({ field: 'organisationId' });
    expect(partnershipErrorText('NOT_FOUND', { what: 'milestone' })).toEqual({ key: 'partnerships.errors.notFound' });
    expect(partnershipErrorText('NETWORK', {})).toBeNull();
  });

  it('name only keys the catalogues have', () => {
    const keys = [
      ...Object.values(INVALID_ARGUMENTS).map((entry) => entry.key),
      'partnerships.errors.invalid.other',
      'partnerships.errors.conflict.partner',
      'partnerships.errors.conflict.indicatorReported',
      'partnerships.errors.forbidden',
      'partnerships.errors.organisationNotFound',
      'partnerships.errors.notFound',
    ];
    for (const key of keys) expect(isCatalogueKey(key), key).toBe(true);
  });
});
