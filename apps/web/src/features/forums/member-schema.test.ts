import { describe, expect, it } from 'vitest';
import type { z } from 'zod';
import { isCatalogueKey } from '../../i18n/catalogue-keys';
import {
  appointInput,
  appointSchema,
  consentInput,
  consentSchema,
  emptyAppointment,
  endInput,
  endSchema,
  isCalendarDate,
  renewSchema,
  type AppointValues,
} from './member-schema';

const TODAY = '2026-12-02';

function errorsOf(schema: z.ZodType, values: unknown): Record<string, string> {
  const result = schema.safeParse(values);
  const errors: Record<string, string> = {};
  if (result.success) return errors;
  for (const issue of result.error.issues) errors[issue.path.join('.')] ??= issue.message;
  return errors;
}

const appointment = (values: Partial<AppointValues>): AppointValues => ({
  ...emptyAppointment(TODAY),
  nameHe: 'דנה לוי',
  ...values,
});

describe('isCalendarDate', () => {
  it('takes days the calendar has', () => {
    expect(isCalendarDate('2024-02-29')).toBe(true);
    expect(isCalendarDate('2023-02-29')).toBe(false);
    expect(isCalendarDate('2024-5-1')).toBe(false);
  });
});

describe('appointSchema', () => {
  const schema = appointSchema(TODAY);

  it("needs the person's name in Hebrew and whom they sit for", () => {
    expect(errorsOf(schema, emptyAppointment(TODAY))).toEqual({
      nameHe: 'forums.errors.personNameRequired',
      localAuthorityId: 'forums.errors.authorityRequired',
    });
  });

  it('needs a new organisation’s name and sector', () => {
    expect(errorsOf(schema, appointment({ representation: 'ORGANISATION' }))).toEqual({
      organisationNameHe: 'forums.errors.organisationNameRequired',
      organisationSector: 'forums.errors.sectorRequired',
    });
  });

  it('takes a registration number of nine digits, dashes and spaces allowed', () => {
    const organisation = {
      representation: 'ORGANISATION' as const,
      organisationNameHe: 'עמותה',
      organisationSector: 'CIVIL_SOCIETY' as const,
    };
    expect(errorsOf(schema, appointment({ ...organisation, registrationNumber: '58-012-3456' }))).toEqual({});
    expect(errorsOf(schema, appointment({ ...organisation, registrationNumber: '12345' }))).toEqual({
      registrationNumber: 'forums.errors.registrationNumber',
    });
  });

  it("needs an individual's sector, and seats no one but the secretary for no one", () => {
    expect(errorsOf(schema, appointment({ representation: 'INDIVIDUAL' }))).toEqual({
      sector: 'forums.errors.sectorRequired',
    });
    expect(errorsOf(schema, appointment({ representation: 'NONE' }))).toEqual({
      representation: 'forums.errors.onlySecretarySitsForNoOne',
    });
    expect(errorsOf(schema, appointment({ representation: 'NONE', role: 'SECRETARY' }))).toEqual({});
  });

  it('ends a term after it starts, and dates no consent in the future', () => {
    expect(
      errorsOf(
        schema,
        appointment({
          localAuthorityId: 'a1',
          termStart: '2026-06-01',
          termEnd: '2026-06-01',
          shownPublicly: true,
          publicConsentOn: '2026-12-03',
        }),
      ),
    ).toEqual({ termEnd: 'forums.errors.termEndBeforeStart', publicConsentOn: 'forums.errors.dateInFuture' });
  });

  it('uses only messages the catalogues have', () => {
    const messages = [
      ...Object.values(errorsOf(schema, { ...emptyAppointment(TODAY), termStart: '' })),
      ...Object.values(errorsOf(schema, appointment({ representation: 'ORGANISATION', registrationNumber: '1' }))),
      ...Object.values(errorsOf(schema, appointment({ representation: 'NONE', termStart: '2026-02-30' }))),
      ...Object.values(
        errorsOf(schema, appointment({ personMode: 'RETURNING', representation: 'EXISTING_ORGANISATION' })),
      ),
      ...Object.values(
        errorsOf(schema, appointment({ nameAr: 'x'.repeat(501), localAuthorityId: 'a', termEnd: '2020-01-01' })),
      ),
    ];
    expect(messages.length).toBeGreaterThanOrEqual(11);
    for (const message of messages) expect(isCatalogueKey(message), message).toBe(true);
  });
});

describe('appointInput', () => {
  const schema = appointSchema(TODAY);

  it('appoints someone who sat before, for an organisation already in the forum', () => {
    expect(
      errorsOf(schema, appointment({ personMode: 'RETURNING', nameHe: '', representation: 'EXISTING_ORGANISATION' })),
    ).toEqual({ personId: 'forums.errors.personRequired', organisationId: 'forums.errors.organisationRequired' });
    const values = schema.parse(
      appointment({
        personMode: 'RETURNING',
        personId: 'person-7',
        nameHe: 'typed before switching',
        representation: 'EXISTING_ORGANISATION',
        organisationId: 'organisation-3',
      }),
    );
    expect(appointInput('forum-1', values)).toMatchObject({
      personId: 'person-7',
      newPerson: null,
      organisationId: 'organisation-3',
      newOrganisation: null,
      localAuthorityId: null,
      sector: null,
    });
  });

  it('sends only the chosen representation, and empty texts as none', () => {
    const values = schema.parse(
      appointment({
        nameEn: 'Dana Levi',
        localAuthorityId: 'authority-1',
        organisationNameHe: 'left over from another choice',
        sector: 'BUSINESS',
        termStart: '2026-01-01',
      }),
    );
    expect(appointInput('forum-1', values)).toEqual({
      forumId: 'forum-1',
      personId: null,
      newPerson: { name: { he: 'דנה לוי', ar: null, en: 'Dana Levi' }, title: null },
      role: 'MEMBER',
      localAuthorityId: 'authority-1',
      organisationId: null,
      newOrganisation: null,
      sector: null,
      termStart: '2026-01-01',
      termEnd: null,
      shownPublicly: false,
      publicConsentOn: null,
    });
  });

  it('sends a new organisation with its sector, and a consent with its date', () => {
    const values = schema.parse(
      appointment({
        representation: 'ORGANISATION',
        organisationNameHe: 'חברת הנמל',
        organisationSector: 'BUSINESS',
        registrationNumber: '',
        titleHe: 'מנכ"ל',
        termEnd: '2029-12-02',
        shownPublicly: true,
        publicConsentOn: '2026-11-30',
      }),
    );
    expect(appointInput('forum-1', values)).toMatchObject({
      newPerson: { title: { he: 'מנכ"ל', ar: null, en: null } },
      localAuthorityId: null,
      newOrganisation: { name: { he: 'חברת הנמל', ar: null, en: null }, sector: 'BUSINESS', registrationNumber: null },
      sector: null,
      termEnd: '2029-12-02',
      shownPublicly: true,
      publicConsentOn: '2026-11-30',
    });
  });

  it("sends an individual's sector", () => {
    const values = schema.parse(appointment({ representation: 'INDIVIDUAL', sector: 'PHILANTHROPY' }));
    expect(appointInput('forum-1', values)).toMatchObject({
      localAuthorityId: null,
      newOrganisation: null,
      sector: 'PHILANTHROPY',
    });
  });
});

describe('renewSchema', () => {
  it('extends by the term length when the new end is left empty, if the forum has one', () => {
    expect(errorsOf(renewSchema({ currentEnd: '2027-01-01', termYears: 3 }), { termEnd: '' })).toEqual({});
    expect(errorsOf(renewSchema({ currentEnd: '2027-01-01', termYears: null }), { termEnd: '' })).toEqual({
      termEnd: 'forums.errors.renewEndRequired',
    });
    expect(errorsOf(renewSchema({ currentEnd: null, termYears: 3 }), { termEnd: '' })).toEqual({
      termEnd: 'forums.errors.renewEndRequired',
    });
  });

  it('takes a new end only after the current one', () => {
    const schema = renewSchema({ currentEnd: '2027-01-01', termYears: 3 });
    expect(errorsOf(schema, { termEnd: '2027-01-01' })).toEqual({ termEnd: 'forums.errors.renewEndTooEarly' });
    expect(errorsOf(schema, { termEnd: '2030-01-01' })).toEqual({});
  });
});

describe('endSchema and consentSchema', () => {
  it('needs a reason and refuses an end in the future', () => {
    const schema = endSchema(TODAY);
    expect(errorsOf(schema, { reason: '', endedOn: '2026-12-03' })).toEqual({
      reason: 'forums.errors.reasonRequired',
      endedOn: 'forums.errors.dateInFuture',
    });
    expect(endInput('m1', schema.parse({ reason: 'RESIGNED', endedOn: '' }))).toEqual({
      memberId: 'm1',
      reason: 'RESIGNED',
      endedOn: null,
    });
  });

  it('dates a consent no later than today, and sends a withdrawal without a date', () => {
    const schema = consentSchema(TODAY);
    expect(errorsOf(schema, { shownPublicly: true, consentedOn: '2026-12-03' })).toEqual({
      consentedOn: 'forums.errors.dateInFuture',
    });
    expect(consentInput('m1', schema.parse({ shownPublicly: false, consentedOn: '2026-01-01' }))).toEqual({
      memberId: 'm1',
      shownPublicly: false,
      consentedOn: null,
    });
    expect(consentInput('m1', schema.parse({ shownPublicly: true, consentedOn: TODAY }))).toEqual({
      memberId: 'm1',
      shownPublicly: true,
      consentedOn: TODAY,
    });
  });
});
