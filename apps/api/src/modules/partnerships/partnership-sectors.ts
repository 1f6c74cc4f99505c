import type { SectorCode } from '@roundtable/shared/sectors';

/**
 * The sectors a partnership involves: its partner organisations' sectors, and local government
 * when it belongs to a cluster (a cluster is a union of local authorities, domain.md, and its
 * authorities are not organisations here). The field `Partnership.sectors`, the list's `sector`
 * filter and the dashboard all count by this one rule, so their numbers agree.
 */
export function partnershipSectors(partnerSectors: Iterable<SectorCode>, clusterId: string | null): Set<SectorCode> {
  const sectors = new Set(partnerSectors);
  if (clusterId) sectors.add('LOCAL_GOVERNMENT');
  return sectors;
}

/** SQL: partnership `alias` involves the sector in the parameter (`$n` or `:name`). */
export function involvesSectorSql(alias: string, sector: string): string {
  return `(EXISTS (SELECT 1 FROM partnership_partner pp JOIN organisation o ON o.id = pp.organisation_id
                    WHERE pp.partnership_id = ${alias}.id AND o.sector_code = ${sector})
           OR (${sector} = 'LOCAL_GOVERNMENT' AND ${alias}.cluster_id IS NOT NULL))`;
}

/** SQL: the rows (partnership_id, sector_code), each pair once, by the same rule. */
export const PARTNERSHIP_SECTORS_SQL = `
  SELECT pp.partnership_id, o.sector_code FROM partnership_partner pp JOIN organisation o ON o.id = pp.organisation_id
  UNION
  SELECT p.id, 'LOCAL_GOVERNMENT' FROM partnership p WHERE p.cluster_id IS NOT NULL`;
