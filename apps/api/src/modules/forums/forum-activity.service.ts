import type { DataSource } from 'typeorm';
import type { DistrictCode } from '@roundtable/shared/districts';
import type { ActivityFigures, ClusterActivityReport, DistrictActivity } from './forum.types.js';

interface ActivityRow {
  level: number;
  districtCode: DistrictCode | null;
  clusterId: string | null;
  forums: number;
  meetings: number;
  averageAttendance: number | null;
  vacancies: number;
}

/**
 * How the clusters' forums are doing, for the PMO unit: per cluster, per district and in all — forums,
 * meetings in the last 12 months, the average share of seat-holding members present, and vacant
 * seats. One statement: per-cluster figures, rolled up with GROUPING SETS.
 *
 * A meeting counts once it has started. Its attendance share is present ÷ seated, where seated are
 * the members (not the secretary) who sat on its date in Israel; meetings with no attendance
 * recorded yet are left out of the average rather than counted as empty.
 */
const ACTIVITY_SQL = `
WITH meeting_share AS (
  SELECT f.cluster_id,
         (SELECT count(*) FROM meeting_attendance a JOIN forum_member fm ON fm.id = a.member_id
           WHERE a.meeting_id = m.id AND fm.role <> 'SECRETARY') AS present,
         (SELECT count(*) FROM forum_member fm
           WHERE fm.forum_id = m.forum_id AND fm.role <> 'SECRETARY'
             AND (fm.term_start IS NULL OR fm.term_start <= d.day)
             AND (fm.ended_on IS NULL OR fm.ended_on > d.day)) AS seated,
         EXISTS (SELECT 1 FROM meeting_attendance a WHERE a.meeting_id = m.id) AS recorded
    FROM meeting m
    JOIN forum f ON f.id = m.forum_id
    CROSS JOIN LATERAL (SELECT (m.starts_at AT TIME ZONE 'Asia/Jerusalem')::date AS day) d
   WHERE f.cluster_id IS NOT NULL AND m.starts_at <= now() AND m.starts_at > now() - interval '12 months'
),
meeting_stats AS (
  SELECT cluster_id,
         count(*) AS meetings,
         count(*) FILTER (WHERE recorded AND seated > 0) AS measured,
         sum(present::float8 / seated) FILTER (WHERE recorded AND seated > 0) AS share_sum
    FROM meeting_share GROUP BY cluster_id
),
forum_stats AS (
  SELECT f.cluster_id, count(*) AS forums,
         coalesce(sum((SELECT sum(s.seats - s.filled) FROM forum_seat s WHERE s.forum_id = f.id)), 0) AS vacancies
    FROM forum f WHERE f.cluster_id IS NOT NULL GROUP BY f.cluster_id
),
per_cluster AS (
  SELECT c.id, c.district_code, c.name_he,
         coalesce(fs.forums, 0) AS forums, coalesce(fs.vacancies, 0) AS vacancies,
         coalesce(ms.meetings, 0) AS meetings, coalesce(ms.measured, 0) AS measured,
         coalesce(ms.share_sum, 0) AS share_sum
    FROM cluster c
    LEFT JOIN forum_stats fs ON fs.cluster_id = c.id
    LEFT JOIN meeting_stats ms ON ms.cluster_id = c.id
)
SELECT GROUPING(district_code, id)::int AS level,
       district_code AS "districtCode",
       id AS "clusterId",
       sum(forums)::int AS forums,
       sum(meetings)::int AS meetings,
       CASE WHEN sum(measured) > 0 THEN sum(share_sum) / sum(measured) END AS "averageAttendance",
       sum(vacancies)::int AS vacancies
  FROM per_cluster
 GROUP BY GROUPING SETS ((district_code, id), (district_code), ())
 ORDER BY district_code NULLS LAST, level DESC, min(name_he), id`;

export class ForumActivityService {
  constructor(private readonly dataSource: DataSource) {}

  async clusterActivity(): Promise<ClusterActivityReport> {
    const rows: ActivityRow[] = await this.dataSource.query(ACTIVITY_SQL);
    const figures = (row: ActivityRow): ActivityFigures => ({
      forums: row.forums,
      meetingsLast12Months: row.meetings,
      averageAttendance: row.averageAttendance === null ? null : Number(row.averageAttendance),
      vacancies: row.vacancies,
    });
    const districts: DistrictActivity[] = [];
    let total: ActivityFigures = { forums: 0, meetingsLast12Months: 0, averageAttendance: null, vacancies: 0 };
    // GROUPING(district_code, id): 0 a cluster, 1 a district, 3 everything.
    for (const row of rows) {
      if (row.level === 3) total = figures(row);
      else if (row.level === 1) districts.push({ ...figures(row), districtCode: row.districtCode, clusters: [] });
    }
    for (const row of rows.filter((r) => r.level === 0)) {
      districts
        .find((district) => district.districtCode === row.districtCode)!
        .clusters.push({ ...figures(row), clusterId: row.clusterId! });
    }
    return { total, districts };
  }
}
