import { graphql } from '../../gql';

/** The PMO unit's participation across events (issue #8, item 4): per quarter and sector, and the sources' reported figures apart. */
export const EVENT_PARTICIPATION_QUERY = graphql(`
  query EventParticipationAcross($from: LocalDate!, $to: LocalDate!, $kind: EventKind) {
    eventParticipation(from: $from, to: $to, kind: $kind) {
      quarter
      startsOn
      events
      registrations
      confirmed
      attended
      reportedParticipants
      eventsWithReportedFigures
      reportedApproximate
      bySector {
        sector
        registrations
        confirmed
        attended
        events
      }
    }
  }
`);
