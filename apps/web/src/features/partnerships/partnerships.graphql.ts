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

/** A page of the public registry: what a row shows, nothing nested deeper (query cost). */
export const PARTNERSHIPS_QUERY = graphql(`
  query Partnerships($filter: PartnershipFilter, $first: Int!, $after: String) {
    partnerships(filter: $filter, first: $first, after: $after) {
      totalCount
      pageInfo {
        hasNextPage
        endCursor
      }
      nodes {
        id
        kind
        status
        statusLight
        sectors
        title {
          ...LocalizedTextFields
        }
        cluster {
          id
          slug
          name {
            ...LocalizedTextFields
          }
        }
        directions {
          number
          title {
            ...LocalizedTextFields
          }
        }
      }
    }
  }
`);

/** One partnership as its public page shows it. */
export const PARTNERSHIP_QUERY = graphql(`
  query Partnership($id: ID!) {
    partnership(id: $id) {
      id
      kind
      status
      statusLight
      lateMilestoneCount
      lastReportedOn
      nextReportDueOn
      reportingPeriodMonths
      sectors
      fundingMechanism
      budgetAgorot
      startOn
      endOn
      sdgTargets
      title {
        ...LocalizedTextFields
      }
      summary {
        ...LocalizedTextFields
      }
      cluster {
        id
        slug
        name {
          ...LocalizedTextFields
        }
      }
      partners {
        role
        sector
        organisation {
          id
          name {
            ...LocalizedTextFields
          }
        }
      }
      directions {
        number
        title {
          ...LocalizedTextFields
        }
      }
      districts {
        code
        name {
          ...LocalizedTextFields
        }
      }
      sdgs {
        number
        title {
          ...LocalizedTextFields
        }
      }
      topics {
        code
        name {
          ...LocalizedTextFields
        }
      }
      milestones {
        id
        dueOn
        doneOn
        isDone
        title {
          ...LocalizedTextFields
        }
      }
      indicators {
        id
        baseline
        target
        actual
        actualReportedOn
        name {
          ...LocalizedTextFields
        }
        unit {
          ...LocalizedTextFields
        }
      }
      reports {
        id
        reportedOn
        text {
          ...LocalizedTextFields
        }
      }
      source {
        ...SourceFields
      }
    }
  }
`);
