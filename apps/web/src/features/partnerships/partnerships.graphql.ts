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
      viewerCanEdit
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
        values {
          value
          indicator {
            id
            name {
              ...LocalizedTextFields
            }
            unit {
              ...LocalizedTextFields
            }
          }
        }
      }
      source {
        ...SourceFields
      }
    }
  }
`);

/** The queries a change makes stale: the page asks again, so it shows what the server holds. */
export const PARTNERSHIP_REFETCH = ['Partnership'];

export const CREATE_PARTNERSHIP_MUTATION = graphql(`
  mutation CreatePartnership($input: CreatePartnershipInput!) {
    createPartnership(input: $input) {
      id
    }
  }
`);

export const UPDATE_PARTNERSHIP_MUTATION = graphql(`
  mutation UpdatePartnership($input: UpdatePartnershipInput!) {
    updatePartnership(input: $input) {
      id
    }
  }
`);

export const ADD_PARTNER_MUTATION = graphql(`
  mutation AddPartnershipPartner($input: AddPartnershipPartnerInput!) {
    addPartnershipPartner(input: $input) {
      id
    }
  }
`);

export const REMOVE_PARTNER_MUTATION = graphql(`
  mutation RemovePartnershipPartner($partnershipId: ID!, $organisationId: ID!) {
    removePartnershipPartner(partnershipId: $partnershipId, organisationId: $organisationId) {
      id
    }
  }
`);

export const ADD_MILESTONE_MUTATION = graphql(`
  mutation AddPartnershipMilestone($input: AddPartnershipMilestoneInput!) {
    addPartnershipMilestone(input: $input) {
      id
    }
  }
`);

export const UPDATE_MILESTONE_MUTATION = graphql(`
  mutation UpdatePartnershipMilestone($input: UpdatePartnershipMilestoneInput!) {
    updatePartnershipMilestone(input: $input) {
      id
    }
  }
`);

export const REMOVE_MILESTONE_MUTATION = graphql(`
  mutation RemovePartnershipMilestone($milestoneId: ID!) {
    removePartnershipMilestone(milestoneId: $milestoneId) {
      id
    }
  }
`);

export const ADD_INDICATOR_MUTATION = graphql(`
  mutation AddPartnershipIndicator($input: AddPartnershipIndicatorInput!) {
    addPartnershipIndicator(input: $input) {
      id
    }
  }
`);

export const REMOVE_INDICATOR_MUTATION = graphql(`
  mutation RemovePartnershipIndicator($indicatorId: ID!) {
    removePartnershipIndicator(indicatorId: $indicatorId) {
      id
    }
  }
`);

export const REPORT_PROGRESS_MUTATION = graphql(`
  mutation ReportPartnershipProgress($input: ReportPartnershipProgressInput!) {
    reportPartnershipProgress(input: $input) {
      id
    }
  }
`);

/** Organisations by part of a name, to choose a partner from those the system knows. */
export const ORGANISATION_CHOICES_QUERY = graphql(`
  query OrganisationChoices($search: String!) {
    organisations(search: $search, first: 20) {
      id
      sector
      isSynthetic
      name {
        ...LocalizedTextFields
      }
    }
  }
`);

/** The lists a partnership's form offers: topics (directions, goals and districts are in packages/shared). */
export const PARTNERSHIP_FORM_TOPICS_QUERY = graphql(`
  query PartnershipFormTopics {
    topics {
      code
      name {
        ...LocalizedTextFields
      }
    }
  }
`);
