import { graphql } from '../../gql';

/**
 * Everything the PMO unit's national dashboard draws, in one request (issue #7, item 4). Every
 * list has a row for each direction, sector, district, goal and light, zeros included, so the
 * filters' choices come from the same answer.
 */
export const PARTNERSHIP_DASHBOARD_QUERY = graphql(`
  query PartnershipDashboard($filter: PartnershipDashboardFilter) {
    partnershipDashboard(filter: $filter) {
      asOf
      total
      withoutDirection
      withoutDistrict
      sdgsCovered
      byDirection {
        direction
        count
        share
        title {
          ...LocalizedTextFields
        }
      }
      bySector {
        sector
        count
        share
        name {
          ...LocalizedTextFields
        }
      }
      sectorMix {
        sectorCount
        count
        share
      }
      withBusiness {
        count
        share
      }
      withLocalGovernment {
        count
        share
      }
      byDistrict {
        district
        count
        share
        name {
          ...LocalizedTextFields
        }
      }
      bySdg {
        sdg
        count
        share
        color
        title {
          ...LocalizedTextFields
        }
      }
      byQuarter {
        quarter
        startsOn
        count
      }
      statusLights {
        light
        count
        share
      }
    }
  }
`);
