import { In, type DataSource } from 'typeorm';
import { DISTRICT_CODES } from '@roundtable/shared/districts';
import { manyByKey, oneByKey } from '../../common/graphql/loader.js';
import type { District } from '../geography/district.entity.js';
import type { ActionDirection } from '../reference/action-direction.entity.js';
import type { Sdg } from '../reference/sdg.entity.js';
import type { Topic } from '../reference/topic.entity.js';
import { PartnershipIndicator } from './partnership-indicator.entity.js';
import {
  PartnershipDirection,
  PartnershipDistrict,
  PartnershipSdg,
  PartnershipSdgTarget,
  PartnershipTopic,
} from './partnership-links.entity.js';
import { PartnershipMilestone } from './partnership-milestone.entity.js';
import { PartnershipPartner } from './partnership-partner.entity.js';
import { Partnership } from './partnership.entity.js';
import { ProgressReport, ProgressReportValue } from './progress-report.entity.js';

export interface LatestValue {
  indicatorId: string;
  value: number;
  reportedOn: string;
}

/** The partnerships module's loaders, created per request (context.ts): one query per relation. */
export function createPartnershipLoaders(dataSource: DataSource) {
  const ids = (keys: readonly string[]) => In([...keys]);
  return {
    partnershipById: oneByKey<string, Partnership>(
      (keys) => dataSource.getRepository(Partnership).findBy({ id: ids(keys) }),
      (partnership) => partnership.id,
    ),
    partnershipsByClusterId: manyByKey<string, Partnership>(
      (keys) =>
        dataSource
          .getRepository(Partnership)
          .find({ where: { clusterId: ids(keys) }, order: { createdAt: 'DESC', id: 'DESC' } }),
      (partnership) => partnership.clusterId!,
    ),
    partnersByPartnershipId: manyByKey<string, PartnershipPartner>(
      (keys) =>
        dataSource
          .getRepository(PartnershipPartner)
          .createQueryBuilder('p')
          .where('p.partnership_id IN (:...keys)', { keys })
          // The lead first, then funders, then partners; within a role, in the order they joined.
          .orderBy(`CASE p.role WHEN 'LEAD' THEN 0 WHEN 'FUNDER' THEN 1 ELSE 2 END`)
          .addOrderBy('p.added_at')
          .addOrderBy('p.organisation_id')
          .getMany(),
      (partner) => partner.partnershipId,
    ),
    districtsByPartnershipId: manyByKey<string, District & { partnershipId: string }>(
      async (keys) => {
        const links = await dataSource.getRepository(PartnershipDistrict).find({
          where: { partnershipId: ids(keys) },
          relations: { district: true },
        });
        return links
          .map((link) => Object.assign(link.district!, { partnershipId: link.partnershipId }))
          .sort((a, b) => DISTRICT_CODES.indexOf(a.code) - DISTRICT_CODES.indexOf(b.code));
      },
      (district) => district.partnershipId,
    ),
    directionsByPartnershipId: manyByKey<string, ActionDirection & { partnershipId: string }>(
      async (keys) => {
        const links = await dataSource.getRepository(PartnershipDirection).find({
          where: { partnershipId: ids(keys) },
          relations: { direction: true },
          order: { directionNumber: 'ASC' },
        });
        return links.map((link) => Object.assign(link.direction!, { partnershipId: link.partnershipId }));
      },
      (direction) => direction.partnershipId,
    ),
    sdgsByPartnershipId: manyByKey<string, Sdg & { partnershipId: string }>(
      async (keys) => {
        const links = await dataSource.getRepository(PartnershipSdg).find({
          where: { partnershipId: ids(keys) },
          relations: { sdg: true },
          order: { sdgNumber: 'ASC' },
        });
        return links.map((link) => Object.assign(link.sdg!, { partnershipId: link.partnershipId }));
      },
      (sdg) => sdg.partnershipId,
    ),
    sdgTargetsByPartnershipId: manyByKey<string, PartnershipSdgTarget>(
      (keys) =>
        dataSource
          .getRepository(PartnershipSdgTarget)
          .find({ where: { partnershipId: ids(keys) }, order: { sdgNumber: 'ASC', target: 'ASC' } }),
      (target) => target.partnershipId,
    ),
    topicsByPartnershipId: manyByKey<string, Topic & { partnershipId: string }>(
      async (keys) => {
        const links = await dataSource.getRepository(PartnershipTopic).find({
          where: { partnershipId: ids(keys) },
          relations: { topic: true },
        });
        return links
          .map((link) => Object.assign(link.topic!, { partnershipId: link.partnershipId }))
          .sort((a, b) => a.position - b.position);
      },
      (topic) => topic.partnershipId,
    ),
    milestonesByPartnershipId: manyByKey<string, PartnershipMilestone>(
      (keys) =>
        dataSource
          .getRepository(PartnershipMilestone)
          .createQueryBuilder('m')
          .where('m.partnership_id IN (:...keys)', { keys })
          .orderBy('m.due_on', 'ASC', 'NULLS LAST')
          .addOrderBy('m.created_at', 'ASC')
          .addOrderBy('m.id', 'ASC')
          .getMany(),
      (milestone) => milestone.partnershipId,
    ),
    indicatorsByPartnershipId: manyByKey<string, PartnershipIndicator>(
      (keys) =>
        dataSource
          .getRepository(PartnershipIndicator)
          .find({ where: { partnershipId: ids(keys) }, order: { createdAt: 'ASC', id: 'ASC' } }),
      (indicator) => indicator.partnershipId,
    ),
    indicatorById: oneByKey<string, PartnershipIndicator>(
      (keys) => dataSource.getRepository(PartnershipIndicator).findBy({ id: ids(keys) }),
      (indicator) => indicator.id,
    ),
    reportsByPartnershipId: manyByKey<string, ProgressReport>(
      (keys) =>
        dataSource.getRepository(ProgressReport).find({
          where: { partnershipId: ids(keys) },
          order: { reportedOn: 'DESC', createdAt: 'DESC', id: 'DESC' },
        }),
      (report) => report.partnershipId,
    ),
    valuesByReportId: manyByKey<string, ProgressReportValue>(
      (keys) => dataSource.getRepository(ProgressReportValue).findBy({ reportId: ids(keys) }),
      (value) => value.reportId,
    ),
    /** The indicator's actual value: the one its latest report (by day, then by when it was recorded) gave. */
    latestValueByIndicatorId: oneByKey<string, LatestValue>(
      async (keys) => {
        const rows: { indicatorId: string; value: string; reportedOn: string }[] = await dataSource.query(
          `SELECT DISTINCT ON (v.indicator_id) v.indicator_id AS "indicatorId", v.value, r.reported_on::text AS "reportedOn"
           FROM progress_report_value v JOIN progress_report r ON r.id = v.report_id
          WHERE v.indicator_id = ANY($1::uuid[])
          ORDER BY v.indicator_id, r.reported_on DESC, r.created_at DESC, r.id DESC`,
          [keys],
        );
        return rows.map((row) => ({ ...row, value: Number(row.value) }));
      },
      (latest) => latest.indicatorId,
    ),
    lastReportOnByPartnershipId: oneByKey<string, { partnershipId: string; lastReportOn: string }>(
      (keys) =>
        dataSource.query(
          `SELECT partnership_id AS "partnershipId", max(reported_on)::text AS "lastReportOn"
             FROM progress_report WHERE partnership_id = ANY($1::uuid[]) GROUP BY partnership_id`,
          [keys],
        ),
      (row) => row.partnershipId,
    ),
  };
}
