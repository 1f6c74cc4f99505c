import { DISTRICT_CODES, type DistrictCode } from '@roundtable/shared/districts';
import type { Language, LocalizedText } from '@roundtable/shared/localized';
import { LOCALES } from '../../app/format';
import type { ClusterActivityQuery } from '../../gql/graphql';

export type ActivityReport = ClusterActivityQuery['clusterActivity'];
export type DistrictActivity = ActivityReport['districts'][number];

/** The four figures the API gives for a cluster, a district and the country. */
export interface Figures {
  forums: number;
  meetingsLast12Months: number;
  averageAttendance: number | null;
  vacancies: number;
}

/** The district filter's value for the clusters no source places in a district. */
export const NO_DISTRICT = 'NONE';
export type DistrictKey = DistrictCode | typeof NO_DISTRICT;

export interface ClusterRow extends Figures {
  id: string;
  slug: string;
  name: LocalizedText;
  districtKey: DistrictKey;
  district: DistrictActivity['district'];
}

export function districtKey(district: DistrictActivity['district']): DistrictKey {
  return district?.code ?? NO_DISTRICT;
}

/** Every cluster once, with its district, in the API's order (by district, then Hebrew name). */
export function clusterRows(report: ActivityReport): ClusterRow[] {
  return report.districts.flatMap((district) =>
    district.clusters.map((entry) => ({
      id: entry.cluster.id,
      slug: entry.cluster.slug,
      name: entry.cluster.name,
      districtKey: districtKey(district.district),
      district: district.district,
      forums: entry.forums,
      meetingsLast12Months: entry.meetingsLast12Months,
      averageAttendance: entry.averageAttendance,
      vacancies: entry.vacancies,
    })),
  );
}

/** The district filter from the address: a known district, "no district", or none (all). */
export function parseDistrictFilter(value: string | null): DistrictKey | null {
  if (value === NO_DISTRICT) return NO_DISTRICT;
  return (DISTRICT_CODES as readonly string[]).includes(value ?? '') ? (value as DistrictCode) : null;
}

export function filterByDistrict(rows: readonly ClusterRow[], district: DistrictKey | null): ClusterRow[] {
  return district === null ? [...rows] : rows.filter((row) => row.districtKey === district);
}

/**
 * What the average attendance cell says. A figure only when some meeting has attendance recorded;
 * otherwise why there is none, so an empty record never reads as 0%.
 */
export type AttendanceState =
  { kind: 'share'; share: number } | { kind: 'noForums' } | { kind: 'noMeetings' } | { kind: 'noAttendance' };

export function attendanceState(figures: Figures): AttendanceState {
  if (figures.averageAttendance !== null) return { kind: 'share', share: figures.averageAttendance };
  if (figures.forums === 0) return { kind: 'noForums' };
  if (figures.meetingsLast12Months === 0) return { kind: 'noMeetings' };
  return { kind: 'noAttendance' };
}

const percentFormats = new Map<Language, Intl.NumberFormat>();

/** A share (0 to 1) as a whole percent, with Latin digits in every language (quality.md). */
export function formatPercent(share: number, language: Language): string {
  let format = percentFormats.get(language);
  if (!format) {
    format = new Intl.NumberFormat(LOCALES[language], {
      style: 'percent',
      maximumFractionDigits: 0,
      numberingSystem: 'latn',
    });
    percentFormats.set(language, format);
  }
  return format.format(share);
}
