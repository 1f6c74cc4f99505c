import { graphql } from '../../gql';

/**
 * The CEO's side of a call (docs: issue #5): its form, its status and actions, the pipeline and
 * the forum's reserves. Each query asks only for what its page shows (query-limits.ts).
 */

/** The forum a new call is for: its name, who manages it, and the sectors of its map. */
export const CALL_FORM_FORUM_QUERY = graphql(`
  query CallFormForum($id: ID!) {
    forum(id: $id) {
      id
      viewerCanManage
      allowsIndividuals
      name {
        ...LocalizedTextFields
      }
      seats {
        sector
        seats
      }
    }
  }
`);

/** A draft as its form shows it. */
export const CALL_EDIT_QUERY = graphql(`
  query CallEdit($id: ID!) {
    call(id: $id) {
      id
      status
      viewerCanManage
      title {
        ...LocalizedTextFields
      }
      text {
        ...LocalizedTextFields
      }
      opensOn
      deadline
      eligibleSectors
      allowsIndividuals
      rotation
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
      forum {
        id
        allowsIndividuals
        name {
          ...LocalizedTextFields
        }
        seats {
          sector
          seats
        }
      }
    }
  }
`);

export const CREATE_CALL_MUTATION = graphql(`
  mutation CreateCall($input: CreateCallInput!) {
    createCall(input: $input) {
      id
    }
  }
`);

export const UPDATE_CALL_MUTATION = graphql(`
  mutation UpdateCall($input: UpdateCallInput!) {
    updateCall(input: $input) {
      id
    }
  }
`);

export const CALL_MANAGE_FIELDS = graphql(`
  fragment CallManageFields on Call {
    id
    status
    viewerCanManage
    viewerCanReview
    opensOn
    deadline
    closesAt
    acceptingApplications
    eligibleSectors
    rotation
    title {
      ...LocalizedTextFields
    }
    extensions {
      previousDeadline
      newDeadline
      extendedAt
      reason {
        ...LocalizedTextFields
      }
    }
    forum {
      id
      name {
        ...LocalizedTextFields
      }
    }
  }
`);

/** The call's status, dates and the history of its deadline: what the actions need. */
export const CALL_MANAGE_QUERY = graphql(`
  query CallManage($id: ID!) {
    call(id: $id) {
      ...CallManageFields
    }
  }
`);

/** Applications by sector and status against the seats: reviewers and managers only. */
export const CALL_PIPELINE_QUERY = graphql(`
  query CallPipeline($id: ID!) {
    call(id: $id) {
      id
      pipeline {
        sector
        seats
        filled
        vacant
        submitted
        underReview
        accepted
        reserve
        rejected
        withdrawn
      }
    }
  }
`);

/** The forum's reserves of its current rotation, each with the call it came from. */
export const FORUM_RESERVES_QUERY = graphql(`
  query ForumReserves($id: ID!) {
    forum(id: $id) {
      id
      reserves {
        id
        sector
        status
        nomineeName
        averageScore
        decisionReason
        organisation {
          id
          name {
            ...LocalizedTextFields
          }
        }
        call {
          id
          title {
            ...LocalizedTextFields
          }
        }
      }
    }
  }
`);

export const OPEN_CALL_MUTATION = graphql(`
  mutation OpenCall($callId: ID!) {
    openCall(callId: $callId) {
      ...CallManageFields
    }
  }
`);

export const EXTEND_CALL_DEADLINE_MUTATION = graphql(`
  mutation ExtendCallDeadline($input: ExtendCallDeadlineInput!) {
    extendCallDeadline(input: $input) {
      ...CallManageFields
    }
  }
`);

export const CLOSE_CALL_MUTATION = graphql(`
  mutation CloseCall($callId: ID!) {
    closeCall(callId: $callId) {
      ...CallManageFields
    }
  }
`);

export const MARK_CALL_DECIDED_MUTATION = graphql(`
  mutation MarkCallDecided($callId: ID!) {
    markCallDecided(callId: $callId) {
      ...CallManageFields
    }
  }
`);

/** After a status change or a decision, every view of the call's numbers is asked again. */
export const CALL_MANAGE_REFETCH = ['CallManage', 'CallPipeline', 'ForumReserves', 'CallReview'];
