import { graphql } from '../../gql';

/**
 * The public and applicant side of calls for applications (issue #5): each operation asks only
 * for what its page shows, well under the API's depth and cost limits.
 */

/** The calls anyone may read: open ones first on the page, then the past ones. */
export const CALLS_QUERY = graphql(`
  query PublicCalls {
    calls(status: [OPEN, CLOSED, DECIDED]) {
      id
      status
      opensOn
      deadline
      closesAt
      acceptingApplications
      eligibleSectors
      title {
        ...LocalizedTextFields
      }
      extensions {
        newDeadline
      }
      forum {
        id
        name {
          ...LocalizedTextFields
        }
        cluster {
          id
          slug
          name {
            ...LocalizedTextFields
          }
        }
      }
    }
  }
`);

/** The viewer's own application to a call, as the call's page shows it. */
export const VIEWER_APPLICATION_SUMMARY = graphql(`
  fragment ApplicantCallApplication on Application {
    id
    status
    submittedAt
    decisionReason
    viewerCanEdit
  }
`);

/** One call: its text, dates, rules and map, and the viewer's application. */
export const CALL_QUERY = graphql(`
  query PublicCall($id: ID!) {
    call(id: $id) {
      id
      status
      opensOn
      deadline
      closesAt
      acceptingApplications
      eligibleSectors
      allowsIndividuals
      rotation
      viewerCanManage
      viewerCanReview
      title {
        ...LocalizedTextFields
      }
      text {
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
      source {
        id
        title {
          ...LocalizedTextFields
        }
        publishedOn
      }
      representationMap {
        sector
        seats
        filled
        vacant
      }
      forum {
        id
        termYears
        minMeetingsPerYear
        name {
          ...LocalizedTextFields
        }
        cluster {
          id
          slug
          name {
            ...LocalizedTextFields
          }
        }
      }
      viewerApplication {
        ...ApplicantCallApplication
      }
    }
  }
`);

/** An application as its form edits it. */
export const APPLICATION_FORM_FIELDS = graphql(`
  fragment ApplicantApplicationFields on Application {
    id
    status
    nomineeKind
    sector
    submittedAt
    decisionReason
    viewerCanEdit
    nomineeName
    nomineeTitle
    nomineeEmail
    nomineePhone
    regionalTies
    motivation
    organisation {
      id
      registrationNumber
      name {
        ...LocalizedTextFields
      }
    }
    topics {
      code
    }
  }
`);

/** What the application form needs: the call's terms, the viewer's application, the topics. */
export const APPLY_QUERY = graphql(`
  query ApplyToCall($id: ID!) {
    call(id: $id) {
      id
      status
      deadline
      closesAt
      acceptingApplications
      eligibleSectors
      allowsIndividuals
      title {
        ...LocalizedTextFields
      }
      forum {
        id
        name {
          ...LocalizedTextFields
        }
      }
      viewerApplication {
        ...ApplicantApplicationFields
      }
    }
    topics {
      code
      name {
        ...LocalizedTextFields
      }
    }
  }
`);

export const SUBMIT_APPLICATION_MUTATION = graphql(`
  mutation SubmitApplication($input: SubmitApplicationInput!) {
    submitApplication(input: $input) {
      ...ApplicantApplicationFields
      call {
        id
      }
    }
  }
`);

export const UPDATE_APPLICATION_MUTATION = graphql(`
  mutation UpdateApplication($input: UpdateApplicationInput!) {
    updateApplication(input: $input) {
      ...ApplicantApplicationFields
      updatedAt
    }
  }
`);

export const WITHDRAW_APPLICATION_MUTATION = graphql(`
  mutation WithdrawApplication($applicationId: ID!) {
    withdrawApplication(applicationId: $applicationId) {
      id
      status
      viewerCanEdit
      updatedAt
    }
  }
`);

/** The viewer's applications and their organisation's, newest first. */
export const MY_APPLICATIONS_QUERY = graphql(`
  query MyApplications {
    myApplications {
      id
      status
      sector
      nomineeKind
      submittedAt
      decisionReason
      viewerCanEdit
      organisation {
        id
        name {
          ...LocalizedTextFields
        }
      }
      call {
        id
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
      }
    }
  }
`);

/** A forum's calls, for its page. */
export const FORUM_CALLS_QUERY = graphql(`
  query ForumCalls($id: ID!) {
    forum(id: $id) {
      id
      calls {
        id
        status
        deadline
        closesAt
        acceptingApplications
        title {
          ...LocalizedTextFields
        }
      }
    }
  }
`);
