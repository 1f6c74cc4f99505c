import { graphql } from '../../gql';

/**
 * The public and registrant side of events (issue #8): the calendar, an event's page, the viewer's
 * registration and "my events". Each operation asks only for what its page shows. The organiser's
 * page (registrants, check-in, participation) has its own operations in manage-page's files.
 */

/** What the calendar shows of an event, and what the event page and "my events" reuse. */
export const EVENT_LISTING_FIELDS = graphql(`
  fragment EventListingFields on Event {
    id
    kind
    isOnline
    startsOn
    endsOn
    capacity
    confirmedCount
    seatsLeft
    waitlistedCount
    registrationState
    registrationOpensAt
    registrationClosesAt
    registrationClosed
    timing
    audienceSectors
    title {
      ...LocalizedTextFields
    }
    venue {
      ...LocalizedTextFields
    }
    localAuthority {
      id
      name {
        ...LocalizedTextFields
      }
    }
    cluster {
      id
      slug
      name {
        ...LocalizedTextFields
      }
    }
  }
`);

/** The calendar: upcoming soonest first, then past ones latest first, undated last (the API's order). */
export const EVENTS_QUERY = graphql(`
  query EventsCalendar($filter: EventFilter) {
    events(filter: $filter, first: 100) {
      totalCount
      nodes {
        ...EventListingFields
      }
    }
  }
`);

/** The clusters the calendar's organiser filter offers. */
export const EVENT_ORGANISERS_QUERY = graphql(`
  query EventOrganisers {
    clusters {
      id
      slug
      name {
        ...LocalizedTextFields
      }
    }
  }
`);

/** The viewer's registration to an event, with its place in the waitlist. */
export const VIEWER_EVENT_REGISTRATION_FIELDS = graphql(`
  fragment ViewerEventRegistrationFields on EventRegistration {
    id
    status
    sector
    waitlistPosition
    registeredAt
    confirmedAt
    organisation {
      id
      name {
        ...LocalizedTextFields
      }
    }
  }
`);

/** One event: its facts, tracks and outcomes, and the viewer's registration. */
export const EVENT_QUERY = graphql(`
  query EventPage($id: ID!) {
    event(id: $id) {
      ...EventListingFields
      onlineLink
      reportedParticipantCount
      reportedParticipantCountApproximate
      registrationClosedAt
      viewerCanOrganise
      summary {
        ...LocalizedTextFields
      }
      outcomeSummary {
        ...LocalizedTextFields
      }
      forum {
        id
        name {
          ...LocalizedTextFields
        }
      }
      tracks {
        id
        position
        topic {
          ...LocalizedTextFields
        }
        facilitator {
          ...LocalizedTextFields
        }
        outcomeSummary {
          ...LocalizedTextFields
        }
      }
      outcomeDirections {
        number
        title {
          ...LocalizedTextFields
        }
      }
      outcomePartnerships {
        id
        title {
          ...LocalizedTextFields
        }
      }
      source {
        id
        publishedOn
        title {
          ...LocalizedTextFields
        }
      }
      viewerRegistration {
        ...ViewerEventRegistrationFields
      }
    }
  }
`);

export const REGISTER_FOR_EVENT_MUTATION = graphql(`
  mutation RegisterForEvent($eventId: ID!, $sector: SectorCode!, $organisationId: ID) {
    registerForEvent(eventId: $eventId, sector: $sector, organisationId: $organisationId) {
      ...ViewerEventRegistrationFields
    }
  }
`);

export const CANCEL_EVENT_REGISTRATION_MUTATION = graphql(`
  mutation CancelEventRegistration($registrationId: ID!) {
    cancelEventRegistration(registrationId: $registrationId) {
      id
      status
      waitlistPosition
      cancelledAt
    }
  }
`);

/** The viewer's registrations, newest first, with each event's dates and place. */
export const MY_EVENT_REGISTRATIONS_QUERY = graphql(`
  query MyEventRegistrations {
    myEventRegistrations {
      ...ViewerEventRegistrationFields
      cancelledAt
      event {
        ...EventListingFields
      }
    }
  }
`);

/** An event as its form edits it. */
export const EVENT_FORM_QUERY = graphql(`
  query EventForm($id: ID!) {
    event(id: $id) {
      id
      kind
      isOnline
      onlineLink
      startsOn
      endsOn
      capacity
      confirmedCount
      registrationOpensAt
      registrationClosesAt
      audienceSectors
      viewerCanOrganise
      source {
        id
      }
      title {
        ...LocalizedTextFields
      }
      summary {
        ...LocalizedTextFields
      }
      venue {
        ...LocalizedTextFields
      }
      outcomeSummary {
        ...LocalizedTextFields
      }
      cluster {
        id
        slug
        name {
          ...LocalizedTextFields
        }
      }
      tracks {
        id
        position
        topic {
          ...LocalizedTextFields
        }
        facilitator {
          ...LocalizedTextFields
        }
        outcomeSummary {
          ...LocalizedTextFields
        }
      }
    }
  }
`);

export const CREATE_EVENT_MUTATION = graphql(`
  mutation CreateEvent($input: CreateEventInput!) {
    createEvent(input: $input) {
      id
    }
  }
`);

export const UPDATE_EVENT_MUTATION = graphql(`
  mutation UpdateEvent($input: UpdateEventInput!) {
    updateEvent(input: $input) {
      id
      updatedAt
    }
  }
`);

/** Queries whose answers a registration, a cancellation or a change of an event alters. */
export const EVENT_REFETCH = ['EventPage', 'EventsCalendar', 'MyEventRegistrations'];
