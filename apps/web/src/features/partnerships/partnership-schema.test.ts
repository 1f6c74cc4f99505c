import { describe, expect, it } from 'vitest';
import { isCatalogueKey } from '../../i18n/catalogue-keys';
import {
  agorotToShekels,
  createPartnershipInput,
  emptyPartnership,
  emptyReport,
  indicatorInput,
  indicatorSchema,
  milestoneInput,
  milestoneSchema,
  partnershipSchema,
  partnershipValues,
  reportInput,
  reportSchema,
  shekelsToAgorot,
  splitTargets,
  updatePartnershipInput,
  type PartnershipValues,
} from './partnership-schema';

const CLUSTER = '0b3c7a8e-0000-4000-8000-000000000001';

function filled(overrides: Partial<PartnershipValues> = {}): PartnershipValues {
  return {
    ...emptyPartnership(CLUSTER),
    kind: 'INTER_MUNICIPAL',
    titleHe: '  רפורמה בפסולת ',
    titleEn: 'Waste reform',
    status: 'ACTIVE',
    directions: ['5', '3'],
    sdgs: ['11', '6'],
    sdgTargets: '11.6, 6.a',
    districts: ['SOUTH', 'NORTH'],
    topicCodes: ['waste-management'],
    fundingMechanism: 'JOINT_TENDER',
    budget: '1,250,000.5',
    startOn: '2026-01-01',
    endOn: '2027-12-31',
    reportingPeriodMonths: '3',
    ...overrides,
  };
}

/** The catalogue keys of the schema's refusals, by field. */
function refusals(
  values: unknown,
  schema: { safeParse: (v: unknown) => { success: boolean; error?: unknown } } = partnershipSchema,
) {
  const result = schema.safeParse(values);
  if (result.success) return {};
  const issues = (result.error as { issues: Array<{ path: PropertyKey[]; message: string }> }).issues;
  return Object.fromEntries(issues.map((issue) => [issue.path.join('.'), issue.message]));
}

describe('shekels and agorot', () => {
  it('reads shekels with thousands commas and up to two decimals as exact agorot', () => {
    expect(shekelsToAgorot('1,250,000')).toBe(125_000_000);
    expect(shekelsToAgorot('99.5')).toBe(9950);
    expect(shekelsToAgorot('0.07')).toBe(7);
    expect(shekelsToAgorot(' 12 ')).toBe(1200);
    // 0.1 + 0.2 would not be exact through a float; as text it is.
    expect(shekelsToAgorot('90071992547409.91')).toBe(9_007_199_254_740_991);
  });

  it('refuses what is not an amount, or is more than the API can hold', () => {
    for (const text of ['', '-5', '1.234', '12,34', '1e6', 'שקל', '90071992547409.92']) {
      expect(shekelsToAgorot(text), text).toBeNull();
    }
  });

  it('shows agorot as shekels, with agorot only when there are some', () => {
    expect(agorotToShekels(125_000_000)).toBe('1250000');
    expect(agorotToShekels(9950)).toBe('99.50');
    expect(agorotToShekels(7)).toBe('0.07');
    expect(shekelsToAgorot(agorotToShekels(123_456_789))).toBe(123_456_789);
  });
});

describe('the partnership form', () => {
  it('accepts a full partnership and maps it to createPartnership’s input', () => {
    const parsed = partnershipSchema.parse(filled());
    expect(createPartnershipInput(parsed)).toEqual({
      kind: 'INTER_MUNICIPAL',
      clusterId: CLUSTER,
      title: { he: 'רפורמה בפסולת', ar: null, en: 'Waste reform' },
      summary: null,
      status: 'ACTIVE',
      directions: [3, 5],
      sdgs: [6, 11],
      sdgTargets: ['11.6', '6.a'],
      districts: ['NORTH', 'SOUTH'],
      topicCodes: ['waste-management'],
      fundingMechanism: 'JOINT_TENDER',
      budgetAgorot: 125_000_050,
      startOn: '2026-01-01',
      endOn: '2027-12-31',
      reportingPeriodMonths: 3,
    });
  });

  it('sends empty optional fields as null (which clears them on a change) and a national one without a cluster', () => {
    const parsed = partnershipSchema.parse({ ...emptyPartnership(''), kind: 'CROSS_SECTOR', titleHe: 'שותפות' });
    const input = createPartnershipInput(parsed);
    expect(input).toMatchObject({
      clusterId: null,
      fundingMechanism: null,
      budgetAgorot: null,
      startOn: null,
      endOn: null,
      reportingPeriodMonths: null,
      summary: null,
      directions: [],
      sdgTargets: [],
    });
  });

  it('leaves kind and cluster out of a change: they are fixed once registered', () => {
    const input = updatePartnershipInput(
      'p-1',
      partnershipSchema.parse(filled({ summaryHe: 'תקציר', summaryAr: 'ملخص' })),
    );
    expect(input).not.toHaveProperty('kind');
    expect(input).not.toHaveProperty('clusterId');
    expect(input).toMatchObject({ partnershipId: 'p-1', summary: { he: 'תקציר', ar: 'ملخص', en: null } });
  });

  it('starts a change from the partnership as it is, and gives back the same input', () => {
    const values = partnershipValues({
      kind: 'CROSS_SECTOR',
      cluster: null,
      title: { he: 'שותפות', ar: null, en: 'Partnership' },
      summary: null,
      status: null,
      directions: [{ number: 3 }],
      sdgs: [{ number: 11 }],
      sdgTargets: ['11.6'],
      districts: [{ code: 'HAIFA' }],
      topics: [{ code: 'environment' }],
      fundingMechanism: 'GRANT',
      budgetAgorot: 9950,
      startOn: '2025-05-01',
      endOn: null,
      reportingPeriodMonths: 6,
    });
    // No status in its source: none until someone chooses one, and a change leaves it out.
    expect(values).toMatchObject({ clusterId: '', status: '', budget: '99.50', sdgTargets: '11.6', endOn: '' });
    expect(updatePartnershipInput('p', partnershipSchema.parse(values))).not.toHaveProperty('status');
    expect(updatePartnershipInput('p', partnershipSchema.parse({ ...values, status: 'PLANNING' }))).toMatchObject({
      status: 'PLANNING',
    });
    expect(updatePartnershipInput('p', partnershipSchema.parse(values))).toMatchObject({
      budgetAgorot: 9950,
      directions: [3],
      sdgTargets: ['11.6'],
      districts: ['HAIFA'],
      reportingPeriodMonths: 6,
      endOn: null,
    });
  });

  it('refuses what the API would, each at its field, with catalogue keys', () => {
    const errors = refusals(
      filled({
        kind: '',
        titleHe: ' ',
        endOn: '2025-12-31',
        budget: '12.345',
        reportingPeriodMonths: '13',
        summaryEn: 'English only',
      }),
    );
    expect(errors).toEqual({
      kind: 'partnerships.errors.kindRequired',
      titleHe: 'partnerships.errors.titleRequired',
      endOn: 'partnerships.errors.endBeforeStart',
      budget: 'partnerships.errors.budgetInvalid',
      reportingPeriodMonths: 'partnerships.errors.reportingPeriodRange',
      summaryHe: 'partnerships.errors.summaryHeRequired',
    });
    for (const key of Object.values(errors)) expect(isCatalogueKey(key), key).toBe(true);
  });

  it('needs a cluster for an inter-municipal project', () => {
    expect(refusals(filled({ clusterId: '' }))).toEqual({ clusterId: 'partnerships.errors.clusterRequired' });
  });

  it('needs SDG targets well formed, once each, and of a ticked goal', () => {
    expect(splitTargets(' 11.6,6.a  4.1 ')).toEqual(['11.6', '6.a', '4.1']);
    expect(refusals(filled({ sdgTargets: '11.6, 18.1' }))).toEqual({
      sdgTargets: 'partnerships.errors.sdgTargetInvalid',
    });
    expect(refusals(filled({ sdgTargets: '11.6 11.6' }))).toEqual({ sdgTargets: 'partnerships.errors.sdgTargetTwice' });
    expect(refusals(filled({ sdgTargets: '4.1' }))).toEqual({ sdgTargets: 'partnerships.errors.sdgTargetGoal' });
  });
});

describe('milestones and indicators', () => {
  it('maps a milestone, its translations and due day, or none', () => {
    const parsed = milestoneSchema.parse({ titleHe: 'מכרז', titleAr: '', titleEn: 'Tender', dueOn: '' });
    expect(milestoneInput('p', parsed)).toEqual({
      partnershipId: 'p',
      title: { he: 'מכרז', ar: null, en: 'Tender' },
      dueOn: null,
    });
    expect(refusals({ titleHe: '', titleAr: '', titleEn: '', dueOn: '2026-02-30' }, milestoneSchema)).toEqual({
      titleHe: 'partnerships.errors.milestoneTitleRequired',
      dueOn: 'partnerships.errors.dateInvalid',
    });
  });

  it('maps an indicator with numbers, a unit only when given in Hebrew', () => {
    const parsed = indicatorSchema.parse({
      nameHe: 'פסולת ממוחזרת',
      nameAr: '',
      nameEn: '',
      unitHe: 'טון',
      unitAr: '',
      unitEn: 'tons',
      baseline: '0',
      target: '1200.5',
    });
    expect(indicatorInput('p', parsed)).toEqual({
      partnershipId: 'p',
      name: { he: 'פסולת ממוחזרת', ar: null, en: null },
      unit: { he: 'טון', ar: null, en: 'tons' },
      baseline: 0,
      target: 1200.5,
    });
    expect(
      refusals(
        { nameHe: 'מדד', nameAr: '', nameEn: '', unitHe: '', unitAr: '', unitEn: 'tons', baseline: 'abc', target: '' },
        indicatorSchema,
      ),
    ).toEqual({ unitHe: 'partnerships.errors.unitHeRequired', baseline: 'partnerships.errors.numberInvalid' });
  });
});

describe('a progress report', () => {
  const today = '2026-12-03';

  it('sends a value for each indicator given one, none for those left empty, with the key it was given', () => {
    const values = { ...emptyReport(today, ['i-1', 'i-2', 'i-3']), textHe: 'התקדמנו' };
    values.values = { 'i-1': '42', 'i-2': '', 'i-3': '-1.5' };
    expect(reportInput('p', reportSchema(today).parse(values), 'key-1')).toEqual({
      partnershipId: 'p',
      reportedOn: today,
      text: { he: 'התקדמנו', ar: null, en: null },
      values: [
        { indicatorId: 'i-1', value: 42 },
        { indicatorId: 'i-3', value: -1.5 },
      ],
      idempotencyKey: 'key-1',
    });
  });

  it('is of today or an earlier day, has Hebrew text and only numbers', () => {
    const values = { ...emptyReport(today, ['i-1']), reportedOn: '2026-12-04' };
    values.values = { 'i-1': 'many' };
    expect(refusals(values, reportSchema(today))).toEqual({
      reportedOn: 'partnerships.errors.reportedOnFuture',
      textHe: 'partnerships.errors.reportTextRequired',
      'values.i-1': 'partnerships.errors.numberInvalid',
    });
  });
});
