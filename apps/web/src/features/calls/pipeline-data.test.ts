import { describe, expect, it } from 'vitest';
import { contrastRatio } from '../../app/contrast';
import { PIPELINE_BACKGROUND, PIPELINE_COLOURS } from './pipeline-colours';
import {
  formatScore,
  groupBySector,
  isUndecided,
  ownScores,
  pipelineChartRows,
  pipelineSummary,
  scoreTable,
  type PipelineRow,
} from './pipeline-data';

function row(sector: PipelineRow['sector'], values: Partial<PipelineRow> = {}): PipelineRow {
  return {
    sector,
    seats: 0,
    filled: 0,
    vacant: 0,
    submitted: 0,
    underReview: 0,
    accepted: 0,
    reserve: 0,
    rejected: 0,
    withdrawn: 0,
    ...values,
  };
}

/** Haifa Bay's forum (seed 000): 9 seats for each of three sectors. */
const HAIFA_BAY = [
  row('CIVIL_SOCIETY', { seats: 9, filled: 2, vacant: 7, submitted: 3, accepted: 2, reserve: 1, withdrawn: 1 }),
  row('LOCAL_GOVERNMENT', { seats: 9, filled: 9, vacant: 0 }),
  row('BUSINESS', { seats: 9, filled: 4, vacant: 5, underReview: 2, rejected: 1 }),
];

describe('the pipeline', () => {
  it('lists the sectors in their order, with totals and what is still undecided', () => {
    const summary = pipelineSummary(HAIFA_BAY);
    expect(summary.rows.map((r) => r.sector)).toEqual(['LOCAL_GOVERNMENT', 'BUSINESS', 'CIVIL_SOCIETY']);
    expect(summary.totals).toEqual({
      seats: 27,
      filled: 15,
      vacant: 12,
      submitted: 3,
      underReview: 2,
      accepted: 2,
      reserve: 1,
      rejected: 1,
      withdrawn: 1,
    });
    // Withdrawn applications are out of contention.
    expect(summary.applications).toBe(9);
    expect(summary.undecided).toBe(5);
  });

  it('gives the chart the applications by status and the seats, per sector', () => {
    const [, business] = pipelineChartRows(HAIFA_BAY);
    expect(business).toEqual({
      sector: 'BUSINESS',
      values: { submitted: 0, underReview: 2, accepted: 0, reserve: 0, rejected: 1, filled: 4, vacant: 5 },
    });
  });

  it('is empty for a forum without a map or applications', () => {
    expect(pipelineSummary([])).toEqual({
      rows: [],
      totals: {
        seats: 0,
        filled: 0,
        vacant: 0,
        submitted: 0,
        underReview: 0,
        accepted: 0,
        reserve: 0,
        rejected: 0,
        withdrawn: 0,
      },
      applications: 0,
      undecided: 0,
    });
  });
});

describe("the chart's colours", () => {
  it('give every series 3:1 against the chart', () => {
    for (const [series, colour] of Object.entries(PIPELINE_COLOURS)) {
      expect(contrastRatio(colour, PIPELINE_BACKGROUND), series).toBeGreaterThanOrEqual(3);
    }
  });

  it('differ for every series', () => {
    const colours = Object.values(PIPELINE_COLOURS);
    expect(new Set(colours).size).toBe(colours.length);
  });
});

describe("the committee's view", () => {
  const map = [
    { sector: 'BUSINESS' as const, seats: 9, filled: 8, vacant: 1 },
    { sector: 'LOCAL_GOVERNMENT' as const, seats: 9, filled: 9, vacant: 0 },
  ];
  const applications = [
    { id: 'a', sector: 'BUSINESS' as const, rankInSector: 2, submittedAt: '2020-05-01T10:00:00Z' },
    { id: 'b', sector: 'BUSINESS' as const, rankInSector: null, submittedAt: '2020-05-03T10:00:00Z' },
    { id: 'c', sector: 'BUSINESS' as const, rankInSector: 1, submittedAt: '2020-05-04T10:00:00Z' },
    { id: 'd', sector: 'BUSINESS' as const, rankInSector: null, submittedAt: '2020-05-02T10:00:00Z' },
    { id: 'e', sector: 'ACADEMIA' as const, rankInSector: null, submittedAt: '2020-05-02T10:00:00Z' },
  ];

  it('groups the applications by sector in the map’s order, best rank first, unscored by arrival', () => {
    const groups = groupBySector(applications, map);
    expect(groups.map((group) => group.sector)).toEqual(['LOCAL_GOVERNMENT', 'BUSINESS', 'ACADEMIA']);
    expect(groups[0]!.applications).toEqual([]);
    expect(groups[1]!.seat?.vacant).toBe(1);
    expect(groups[1]!.applications.map((a) => a.id)).toEqual(['c', 'a', 'd', 'b']);
    // A sector with applications and no seats in the map still shows, without a seat row.
    expect(groups[2]).toMatchObject({ sector: 'ACADEMIA', seat: null });
  });

  const scores = [
    { score: 4, note: null, reviewerName: 'רונית', isViewers: false, criterion: { id: 'c2' } },
    { score: 5, note: 'ניסיון רב', reviewerName: 'אבי', isViewers: false, criterion: { id: 'c1' } },
    { score: 3, note: 'זיקה חלשה', reviewerName: 'הדגמה', isViewers: true, criterion: { id: 'c1' } },
    { score: 2, note: null, reviewerName: 'הדגמה', isViewers: true, criterion: { id: 'c2' } },
  ];
  const criteria = [
    { id: 'c2', position: 2 },
    { id: 'c1', position: 1 },
  ];

  it("finds the viewer's own scores to start their form", () => {
    expect(ownScores(scores)).toEqual([
      { criterionId: 'c1', score: 3, note: 'זיקה חלשה' },
      { criterionId: 'c2', score: 2, note: null },
    ]);
    expect(ownScores(null)).toEqual([]);
  });

  it('tables every reviewer’s scores, the viewer first, a column per criterion in order', () => {
    expect(scoreTable(scores, criteria, new Intl.Collator('he'))).toEqual([
      {
        reviewerName: 'הדגמה',
        isViewers: true,
        scores: [
          { score: 3, note: 'זיקה חלשה' },
          { score: 2, note: null },
        ],
      },
      { reviewerName: 'אבי', isViewers: false, scores: [{ score: 5, note: 'ניסיון רב' }, null] },
      { reviewerName: 'רונית', isViewers: false, scores: [null, { score: 4, note: null }] },
    ]);
  });

  it('says which applications still wait for a decision', () => {
    expect(['SUBMITTED', 'UNDER_REVIEW', 'ACCEPTED', 'RESERVE', 'REJECTED', 'WITHDRAWN'].filter(isUndecided)).toEqual([
      'SUBMITTED',
      'UNDER_REVIEW',
    ]);
  });

  it('writes an average score with one decimal and Latin digits in every language', () => {
    expect(formatScore(4, 'en')).toBe('4.0');
    expect(formatScore(3.666, 'he')).toBe('3.7');
    expect(formatScore(3.25, 'ar').replace(/[\u200e\u200f\u061c]/g, '')).toMatch(/^3[.,٫]3$/);
  });
});
