import { describe, expect, it } from 'vitest';
import { SECTOR_CODES, type SectorCode } from '@roundtable/shared/sectors';
import {
  allSincePeriod,
  chartRows,
  defaultPeriod,
  hasEvents,
  israelToday,
  parseParticipationFilters,
  participationCsv,
  participationFiltersToParams,
  participationVariables,
  periodTotals,
  quarterChoices,
  quarterCount,
  quarterFirstDay,
  quarterLastDay,
  quarterOfDay,
  sectorShare,
  tickInterval,
  type CsvLabels,
  type QuarterRow,
} from './participation-data';

const TODAY = '2026-12-03';

function quarter(
  name: string,
  sectors: Partial<Record<SectorCode, [number, number, number]>> = {},
  extra: Partial<QuarterRow> = {},
): QuarterRow {
  const bySector = SECTOR_CODES.map((sector) => {
    const [registrations, confirmed, attended] = sectors[sector] ?? [0, 0, 0];
    return { sector, registrations, confirmed, attended };
  });
  const sum = (key: 'registrations' | 'confirmed' | 'attended') => bySector.reduce((n, row) => n + row[key], 0);
  return {
    quarter: name,
    events: 0,
    registrations: sum('registrations'),
    confirmed: sum('confirmed'),
    attended: sum('attended'),
    reportedParticipants: 0,
    eventsWithReportedFigures: 0,
    reportedApproximate: false,
    bySector,
    ...extra,
  };
}

describe('quarters', () => {
  it('knows a day’s quarter and a quarter’s first and last days, leap years too', () => {
    expect(quarterOfDay('2013-08-26')).toBe('2013-Q3');
    expect(quarterOfDay('2022-07-06')).toBe('2022-Q3');
    expect(quarterOfDay('2026-12-31')).toBe('2026-Q4');
    expect(quarterFirstDay('2024-Q1')).toBe('2024-01-01');
    expect(quarterLastDay('2024-Q1')).toBe('2024-03-31');
    expect(quarterLastDay('2024-Q2')).toBe('2024-06-30');
    expect(quarterLastDay('2026-Q4')).toBe('2026-12-31');
    expect(quarterCount('2013-Q1', '2026-Q4')).toBe(56);
  });

  it('takes today in Israel, where a new quarter starts two or three hours before it does in UTC', () => {
    expect(israelToday(new Date('2026-03-31T22:30:00Z'))).toBe('2026-04-01');
    expect(quarterOfDay(israelToday(new Date('2026-03-31T22:30:00Z')))).toBe('2026-Q2');
  });

  it('defaults to the last eight quarters up to the current one, and offers everything since 2013 within the limit', () => {
    expect(defaultPeriod(TODAY)).toEqual({ from: '2025-Q1', to: '2026-Q4' });
    expect(defaultPeriod('2026-01-15')).toEqual({ from: '2024-Q2', to: '2026-Q1' });
    expect(allSincePeriod(TODAY)).toEqual({ from: '2013-Q1', to: '2026-Q4' });
    // 80 quarters from 2013-Q1 end with 2032-Q4; past that the quick choice is not offered.
    expect(allSincePeriod('2032-12-31')).toEqual({ from: '2013-Q1', to: '2032-Q4' });
    expect(allSincePeriod('2033-01-01')).toBeNull();
  });

  it('offers quarters from 2013 to the end of next year', () => {
    const choices = quarterChoices(TODAY);
    expect(choices[0]).toBe('2013-Q1');
    expect(choices.at(-1)).toBe('2027-Q4');
    expect(choices).toHaveLength(60);
  });
});

describe('the filters in the address', () => {
  it('reads the period, kind and measure, and falls back to the defaults for what it cannot read', () => {
    expect(parseParticipationFilters(new URLSearchParams(), TODAY)).toEqual({
      from: '2025-Q1',
      to: '2026-Q4',
      kind: null,
      measure: 'registrations',
    });
    expect(
      parseParticipationFilters(new URLSearchParams('from=2013-Q1&to=2022-Q3&kind=CONFERENCE&measure=attended'), TODAY),
    ).toEqual({ from: '2013-Q1', to: '2022-Q3', kind: 'CONFERENCE', measure: 'attended' });
    expect(parseParticipationFilters(new URLSearchParams('from=2013-Q5&to=soon&kind=PARTY&measure=x'), TODAY)).toEqual({
      from: '2025-Q1',
      to: '2026-Q4',
      kind: null,
      measure: 'registrations',
    });
  });

  it('turns a period that runs backwards round', () => {
    const filters = parseParticipationFilters(new URLSearchParams('from=2024-Q3&to=2023-Q1'), TODAY);
    expect([filters.from, filters.to]).toEqual(['2023-Q1', '2024-Q3']);
  });

  it('writes only what differs from the defaults, and reads back what it wrote', () => {
    expect(
      participationFiltersToParams(parseParticipationFilters(new URLSearchParams(), TODAY), TODAY).toString(),
    ).toBe('');
    const filters = { from: '2013-Q1', to: '2026-Q4', kind: 'WORKSHOP', measure: 'attended' } as const;
    const params = participationFiltersToParams(filters, TODAY);
    expect(params.toString()).toBe('from=2013-Q1&to=2026-Q4&kind=WORKSHOP&measure=attended');
    expect(parseParticipationFilters(params, TODAY)).toEqual(filters);
  });

  it('asks the API for the first day of the first quarter to the last day of the last', () => {
    expect(
      participationVariables({ from: '2013-Q3', to: '2022-Q3', kind: 'CONFERENCE', measure: 'registrations' }),
    ).toEqual({ from: '2013-07-01', to: '2022-09-30', kind: 'CONFERENCE' });
  });
});

describe('the figures', () => {
  const quarters = [
    quarter(
      '2022-Q3',
      {},
      { events: 1, reportedParticipants: 100, eventsWithReportedFigures: 1, reportedApproximate: true },
    ),
    quarter('2022-Q4'),
    quarter(
      '2023-Q1',
      { BUSINESS: [3, 2, 1], LOCAL_GOVERNMENT: [1, 1, 1], ACADEMIA: [4, 4, 0] },
      { events: 2, reportedParticipants: 135, eventsWithReportedFigures: 1 },
    ),
  ];

  it('adds the quarters up, the reported figures apart from the registrations', () => {
    const totals = periodTotals(quarters);
    expect(totals).toMatchObject({
      events: 3,
      registrations: 8,
      confirmed: 7,
      attended: 2,
      reportedParticipants: 235,
      eventsWithReportedFigures: 2,
      reportedApproximate: true,
    });
    expect(totals.bySector.map((row) => row.sector)).toEqual([...SECTOR_CODES]);
    expect(totals.bySector.find((row) => row.sector === 'BUSINESS')).toMatchObject({
      registrations: 3,
      confirmed: 2,
      attended: 1,
    });
  });

  it('gives the business sector’s and local government’s share of the registrations, and none without registrations', () => {
    const totals = periodTotals(quarters);
    expect(sectorShare(totals, 'BUSINESS')).toEqual({ count: 3, of: 8, share: 0.375 });
    expect(sectorShare(totals, 'LOCAL_GOVERNMENT')).toEqual({ count: 1, of: 8, share: 0.125 });
    expect(sectorShare(periodTotals([quarters[0]!]), 'BUSINESS')).toEqual({ count: 0, of: 0, share: null });
  });

  it('knows whether any event was held, with registrations or without', () => {
    expect(hasEvents(quarters)).toBe(true);
    expect(hasEvents([quarter('2024-Q1'), quarter('2024-Q2')])).toBe(false);
    expect(hasEvents([quarter('2024-Q1', {}, { events: 1 })])).toBe(true);
  });

  it('gives the chart each quarter’s measure per sector, all six', () => {
    const rows = chartRows(quarters, 'attended', (name) => `Q ${name}`);
    expect(rows).toHaveLength(3);
    expect(rows[2]).toEqual({
      key: '2023-Q1',
      label: 'Q 2023-Q1',
      values: { GOVERNMENT: 0, LOCAL_GOVERNMENT: 1, BUSINESS: 1, CIVIL_SOCIETY: 0, PHILANTHROPY: 0, ACADEMIA: 0 },
    });
    expect(chartRows(quarters, 'registrations', String)[2]!.values.ACADEMIA).toBe(4);
  });

  it('shows every quarter’s label for a short period and fewer for a long one', () => {
    expect(tickInterval(8)).toBe(0);
    expect(tickInterval(12)).toBe(0);
    expect(tickInterval(56)).toBe(4);
    expect(tickInterval(80)).toBe(6);
  });
});

describe('the table as CSV', () => {
  const labels: CsvLabels = {
    quarter: 'Quarter',
    events: 'Events held',
    reported: 'Reported',
    reportedApproximate: 'Approximate',
    all: 'All sectors',
    registrations: 'Registrations',
    confirmed: 'Confirmed',
    attended: 'Checked in',
    sector: (sector) => sector.toLowerCase(),
    quarterName: (name) => `Q${name.slice(-1)} ${name.slice(0, 4)}`,
    column: (group, column) => `${group}: ${column}`,
    yes: 'Yes',
    no: 'No',
  };

  it('has the table’s columns with the header in the reader’s language', () => {
    const { header } = participationCsv([], labels);
    expect(header.slice(0, 7)).toEqual([
      'Quarter',
      'Events held',
      'Reported',
      'Approximate',
      'All sectors: Registrations',
      'All sectors: Confirmed',
      'All sectors: Checked in',
    ]);
    expect(header).toHaveLength(7 + 18);
    expect(header.slice(7, 10)).toEqual([
      'government: Registrations',
      'government: Confirmed',
      'government: Checked in',
    ]);
  });

  it('gives each quarter a row, the reported figure in its own columns and empty where none is reported', () => {
    const { rows } = participationCsv(
      [
        quarter(
          '2022-Q3',
          {},
          { events: 1, reportedParticipants: 100, eventsWithReportedFigures: 1, reportedApproximate: true },
        ),
        quarter('2023-Q1', { BUSINESS: [3, 2, 1] }, { events: 2 }),
      ],
      labels,
    );
    expect(rows[0]!.slice(0, 7)).toEqual(['Q3 2022', 1, 100, 'Yes', 0, 0, 0]);
    expect(rows[1]!.slice(0, 7)).toEqual(['Q1 2023', 2, '', '', 3, 2, 1]);
    // Business is the third sector: columns 7 + 2 × 3.
    expect(rows[1]!.slice(13, 16)).toEqual([3, 2, 1]);
  });
});
