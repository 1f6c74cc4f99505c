import { graphql } from '../../gql';

/**
 * The advisory committee's review of a call: the representation map beside the applications,
 * with every reviewer's scores. One list inside one list (applications → scores), no deeper.
 */
export const CALL_REVIEW_QUERY = graphql(`
  query CallReview($id: ID!) {
    call(id: $id) {
      id
      status
      viewerCanReview
      viewerCanManage
      deadline
      title {
        ...LocalizedTextFields
      }
      forum {
        id
        name {
          ...LocalizedTextFields
        }
      }
      criteria {
        id
        position
        name {
          ...LocalizedTextFields
        }
        description {
          ...LocalizedTextFields
        }
      }
      representationMap {
        sector
        seats
        filled
        vacant
      }
      applications {
        ...ReviewApplicationFields
      }
    }
  }
`);

export const REVIEW_APPLICATION_FIELDS = graphql(`
  fragment ReviewApplicationFields on Application {
    id
    sector
    status
    nomineeKind
    nomineeName
    nomineeTitle
    regionalTies
    motivation
    submittedAt
    decisionReason
    decidedAt
    averageScore
    reviewerCount
    rankInSector
    organisation {
      id
      registrationNumber
      name {
        ...LocalizedTextFields
      }
    }
    topics {
      code
      name {
        ...LocalizedTextFields
      }
    }
    scores {
      score
      note
      reviewerName
      isViewers
      criterion {
        id
      }
    }
  }
`);

export const SCORE_APPLICATION_MUTATION = graphql(`
  mutation ScoreApplication($input: ScoreApplicationInput!) {
    scoreApplication(input: $input) {
      ...ReviewApplicationFields
    }
  }
`);

export const DECIDE_APPLICATION_MUTATION = graphql(`
  mutation DecideApplication($input: DecideApplicationInput!) {
    decideApplication(input: $input) {
      ...ReviewApplicationFields
    }
  }
`);
