import { describe, expect, it } from 'vitest';
import { LANGUAGES } from '@roundtable/shared/localized';
import { createI18n } from '../../app/i18n';
import { isCatalogueKey } from '../../i18n/catalogue-keys';
import {
  APPLICATION_LIMITS,
  applicationFormValues,
  applicationSchema,
  normaliseRegistrationNumber,
  serverFieldMessage,
  serverFieldsOf,
  toSubmitApplicationInput,
  toUpdateApplicationInput,
  type ApplicationValues,
  type CallTerms,
  type OwnApplication,
} from './application-schema';

/** The Haifa Bay call (seed 000): business and civil society, heads of organisations only. */
const HAIFA: CallTerms = { eligibleSectors: ['BUSINESS', 'CIVIL_SOCIETY'], allowsIndividuals: false };
const WITH_INDIVIDUALS: CallTerms = { eligibleSectors: ['PHILANTHROPY', 'BUSINESS'], allowsIndividuals: true };

const valid = (): ApplicationValues => ({
  ...applicationFormValues(null, HAIFA),
  organisationNameHe: 'עמותת גשר למפרץ',
  registrationNumber: '58-012345-6',
  sector: 'CIVIL_SOCIETY',
  nomineeName: 'דנה לוי',
  nomineeTitle: 'מנכ"לית',
  nomineeEmail: 'dana@example.org',
  nomineePhone: '04-1234567',
  regionalTies: 'פועלת בקריית אתא ובטמרה מאז 2010.',
  motivation: 'להוביל יחד את ההתאוששות מהמשבר.',
  topicCodes: ['EMERGENCY_AND_CRISIS'],
});

const messages = (values: ApplicationValues, terms = HAIFA, mode: 'submit' | 'edit' = 'submit') => {
  const result = applicationSchema(terms, mode).safeParse(values);
  return result.success ? [] : result.error.issues.map((issue) => `${issue.path.join('.')}: ${issue.message}`);
};

describe('applicationSchema', () => {
  it('accepts a complete application from the head of an organisation', () => {
    expect(messages(valid())).toEqual([]);
  });

  it('names every required field left empty', () => {
    const empty = applicationFormValues(null, HAIFA);
    expect(messages(empty)).toEqual([
      'nomineeName: calls.apply.errors.nomineeNameRequired',
      'nomineeEmail: calls.apply.errors.emailRequired',
      'regionalTies: calls.apply.errors.regionalTiesRequired',
      'motivation: calls.apply.errors.motivationRequired',
      'organisationNameHe: calls.apply.errors.organisationRequired',
      'registrationNumber: calls.apply.errors.registrationNumberRequired',
      'sector: calls.apply.errors.sectorRequired',
    ]);
  });

  it('takes a registration number of nine digits, with dashes or spaces', () => {
    expect(messages({ ...valid(), registrationNumber: '580 123 456' })).toEqual([]);
    expect(messages({ ...valid(), registrationNumber: '58-0123' })).toEqual([
      'registrationNumber: calls.apply.errors.registrationNumberInvalid',
    ]);
    expect(messages({ ...valid(), registrationNumber: '58O123456' })).toEqual([
      'registrationNumber: calls.apply.errors.registrationNumberInvalid',
    ]);
    expect(normaliseRegistrationNumber(' 58-012345-6 ')).toBe('580123456');
  });

  it('refuses a sector the call is not open to, and an individual where the call wants organisations', () => {
    expect(messages({ ...valid(), sector: 'GOVERNMENT' })).toEqual(['sector: calls.apply.errors.sectorNotEligible']);
    expect(messages({ ...valid(), nomineeKind: 'INDIVIDUAL_PHILANTHROPIST' })).toEqual([
      'nomineeKind: calls.apply.errors.individualsNotAllowed',
    ]);
  });

  it('lets a philanthropist apply as an individual where the call allows, without an organisation', () => {
    const individual = {
      ...valid(),
      nomineeKind: 'INDIVIDUAL_PHILANTHROPIST' as const,
      organisationNameHe: '',
      registrationNumber: '',
      sector: 'PHILANTHROPY' as const,
    };
    expect(messages(individual, WITH_INDIVIDUALS)).toEqual([]);
    const input = toSubmitApplicationInput(individual, 'call-1', 'key-1');
    expect(input).not.toHaveProperty('organisation');
    expect(input.nomineeKind).toBe('INDIVIDUAL_PHILANTHROPIST');
  });

  it('checks the email, the phone and the lengths', () => {
    expect(
      messages({
        ...valid(),
        nomineeEmail: 'dana at example',
        nomineePhone: '04-12',
        nomineeName: 'א'.repeat(APPLICATION_LIMITS.nameMax + 1),
        motivation: 'x'.repeat(APPLICATION_LIMITS.textMax + 1),
        topicCodes: Array.from({ length: APPLICATION_LIMITS.topicsMax + 1 }, (_, index) => `T${index}`),
      }),
    ).toEqual([
      'nomineeName: calls.apply.errors.nameTooLong',
      'nomineeEmail: calls.apply.errors.emailInvalid',
      'nomineePhone: calls.apply.errors.phoneInvalid',
      'motivation: calls.apply.errors.textTooLong',
      'topicCodes: calls.apply.errors.tooManyTopics',
    ]);
    expect(messages({ ...valid(), nomineePhone: '', nomineeTitle: '' })).toEqual([]);
  });

  it('leaves the organisation and sector alone when an application is edited', () => {
    const saved = { ...valid(), organisationNameHe: '', registrationNumber: '', sector: 'GOVERNMENT' as const };
    expect(messages(saved, HAIFA, 'edit')).toEqual([]);
    expect(messages({ ...saved, motivation: ' ' }, HAIFA, 'edit')).toEqual([
      'motivation: calls.apply.errors.motivationRequired',
    ]);
  });

  it('has every message in the three catalogues, read with its limit', () => {
    const keys = new Set<string>();
    const collect = (values: ApplicationValues, terms = HAIFA) =>
      applicationSchema(terms, 'submit')
        .safeParse(values)
        .error?.issues.forEach((issue) => keys.add(issue.message));
    collect(applicationFormValues(null, HAIFA));
    collect({
      ...valid(),
      nomineeKind: 'INDIVIDUAL_PHILANTHROPIST',
      nomineeEmail: 'x'.repeat(300),
      nomineePhone: 'x',
      nomineeTitle: 'x'.repeat(300),
      regionalTies: 'x'.repeat(5000),
      topicCodes: Array.from({ length: 30 }, (_, index) => `T${index}`),
    });
    collect({ ...valid(), registrationNumber: '1', sector: 'ACADEMIA', nomineeEmail: 'nope' });
    for (const field of ['registrationNumber', 'sector', 'nomineeEmail', 'topicCodes', 'motivation'] as const) {
      keys.add(serverFieldMessage(field));
    }
    expect(keys.size).toBeGreaterThanOrEqual(18);
    for (const language of LANGUAGES) {
      const { t } = createI18n(language);
      for (const key of keys) {
        expect(isCatalogueKey(key), key).toBe(true);
        const text = t(key, APPLICATION_LIMITS);
        expect(text, `${language}: ${key}`).not.toBe(key);
        expect(text, `${language}: ${key}`).not.toMatch(/\{\{/);
      }
    }
    expect(createI18n('en').t('calls.apply.errors.textTooLong', APPLICATION_LIMITS)).toBe('Up to 4,000 characters.');
    expect(createI18n('ar').t('calls.apply.errors.nameTooLong', APPLICATION_LIMITS)).toBe('حتى 200 حرف.');
    expect(createI18n('he').t('calls.apply.errors.registrationNumberInvalid')).toBe(
      'מספר רישום הוא תשע ספרות, למשל 580123456.',
    );
  });
});

describe('the inputs sent to the API', () => {
  it('sends a new application with the registration number as digits, and empty optional fields as null', () => {
    expect(
      toSubmitApplicationInput({ ...valid(), nomineeTitle: ' ', organisationNameEn: 'Gesher' }, 'c1', 'k1'),
    ).toEqual({
      callId: 'c1',
      idempotencyKey: 'k1',
      nomineeKind: 'ORGANISATION_HEAD',
      organisation: { name: { he: 'עמותת גשר למפרץ', ar: null, en: 'Gesher' }, registrationNumber: '580123456' },
      sector: 'CIVIL_SOCIETY',
      nomineeName: 'דנה לוי',
      nomineeTitle: null,
      nomineeEmail: 'dana@example.org',
      nomineePhone: '04-1234567',
      regionalTies: 'פועלת בקריית אתא ובטמרה מאז 2010.',
      motivation: 'להוביל יחד את ההתאוששות מהמשבר.',
      topicCodes: ['EMERGENCY_AND_CRISIS'],
    });
  });

  it('starts an edit from the saved application and sends only what updateApplication takes', () => {
    const saved: OwnApplication = {
      nomineeKind: 'ORGANISATION_HEAD',
      sector: 'BUSINESS',
      nomineeName: 'אבי כהן',
      nomineeTitle: null,
      nomineeEmail: 'avi@example.org',
      nomineePhone: null,
      regionalTies: 'המפרץ',
      motivation: 'שותפות',
      organisation: { registrationNumber: '512345678', name: { he: 'חברת המפרץ', ar: null, en: 'Bay Ltd' } },
      topics: [{ code: 'ENERGY' }],
    };
    const values = applicationFormValues(saved, HAIFA);
    expect(values).toMatchObject({
      organisationNameHe: 'חברת המפרץ',
      organisationNameEn: 'Bay Ltd',
      registrationNumber: '512345678',
      sector: 'BUSINESS',
      nomineeTitle: '',
      topicCodes: ['ENERGY'],
    });
    expect(toUpdateApplicationInput({ ...values, nomineePhone: '050-1234567' }, 'a1')).toEqual({
      applicationId: 'a1',
      nomineeName: 'אבי כהן',
      nomineeTitle: null,
      nomineeEmail: 'avi@example.org',
      nomineePhone: '050-1234567',
      regionalTies: 'המפרץ',
      motivation: 'שותפות',
      topicCodes: ['ENERGY'],
    });
  });

  it('chooses the sector already when the call admits only one', () => {
    expect(applicationFormValues(null, { eligibleSectors: ['BUSINESS'], allowsIndividuals: false }).sector).toBe(
      'BUSINESS',
    );
    expect(applicationFormValues(null, HAIFA).sector).toBe('');
  });
});

describe('serverFieldsOf', () => {
  it("puts the API's refusal on the form's fields, in the form's order", () => {
    expect(serverFieldsOf(['topicCodes', 'organisation.registrationNumber', 'nomineeEmail', 'input'])).toEqual([
      'registrationNumber',
      'nomineeEmail',
      'topicCodes',
    ]);
    expect(serverFieldsOf(['organisation'])).toEqual(['registrationNumber']);
    expect(serverFieldsOf(['organisation.name.he'])).toEqual(['organisationNameHe']);
    expect(serverFieldsOf(['somethingElse'])).toEqual([]);
  });
});
