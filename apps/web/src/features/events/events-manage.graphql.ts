import { graphql } from '../../gql';

/**
 * The organiser's page of an event (issue #8, item 6): the event and whether the viewer runs it,
 * then (only then) its registrations and participation, which the API gives its organiser alone.
 */

export const EVENT_MANAGE_QUERY = graphql(`
  query EventManage($id: ID!) {
    event(id: $id) {
      id
      viewerCanOrganise
      title {
        ...LocalizedTextFields
      }
      startsOn
      endsOn
      capacity
      confirmedCount
      waitlistedCount
      registrationState
      registrationClosed
      forum {
        id
        name {
          ...LocalizedTextFields
        }
      }
    }
  }
`);

/** A page of the registrations (50, the API's default), optionally those whose name holds `search`. */
export const EVENT_MANAGE_REGISTRATIONS_QUERY = graphql(`
  query EventManageRegistrations($id: ID!, $search: String, $after: String) {
    eventRegistrations(eventId: $id, search: $search, first: 50, after: $after) {
      totalCount
      pageInfo {
        hasNextPage
        endCursor
      }
      nodes {
        ...EventManageRegistrationFields
      }
    }
  }
`);

/** The waitlist in the order it is promoted, a page at a time: its own list, so the positions do not depend on the page above. */
export const EVENT_MANAGE_WAITLIST_QUERY = graphql(`
  query EventManageWaitlist($id: ID!, $after: String) {
    eventRegistrations(eventId: $id, status: WAITLISTED, first: 50, after: $after) {
      totalCount
      pageInfo {
        hasNextPage
        endCursor
      }
      nodes {
        id
        status
        waitlistPosition
        person {
          id
          name {
            ...LocalizedTextFields
          }
        }
      }
    }
  }
`);

export const EVENT_MANAGE_PARTICIPATION_QUERY = graphql(`
  query EventManageParticipation($id: ID!) {
    event(id: $id) {
      id
      participation {
        registrations
        confirmed
        attended
        bySector {
          sector
          registrations
          confirmed
          attended
        }
      }
    }
  }
`);

export const EVENT_MANAGE_REGISTRATION_FIELDS = graphql(`
  fragment EventManageRegistrationFields on EventRegistration {
    id
    status
    sector
    registeredAt
    waitlistPosition
    checkedInAt
    person {
      id
      name {
        ...LocalizedTextFields
      }
    }
    organisation {
      id
      name {
        ...LocalizedTextFields
      }
    }
  }
`);

export const CHECK_IN_MUTATION = graphql(`
  mutation EventManageCheckIn($id: ID!) {
    checkInEventRegistration(registrationId: $id) {
      id
      checkedInAt
    }
  }
`);

export const UNDO_CHECK_IN_MUTATION = graphql(`
  mutation EventManageUndoCheckIn($id: ID!) {
    undoEventCheckIn(registrationId: $id) {
      id
      checkedInAt
    }
  }
`);

export const CLOSE_REGISTRATION_MUTATION = graphql(`
  mutation EventManageCloseRegistration($id: ID!) {
    closeEventRegistration(eventId: $id) {
      id
      registrationState
      registrationClosed
    }
  }
`);

export const REOPEN_REGISTRATION_MUTATION = graphql(`
  mutation EventManageReopenRegistration($id: ID!) {
    reopenEventRegistration(eventId: $id) {
      id
      registrationState
      registrationClosed
    }
  }
`);

export const ATTENDEES_EXPORT_QUERY = graphql(`
  query EventManageAttendeesExport($id: ID!) {
    eventAttendeesExport(eventId: $id) {
      fileName
      csv
      rowCount
    }
  }
`);
