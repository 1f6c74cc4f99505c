import { graphql } from '../../gql';

/** What anyone reads about a forum: its public page (docs/forums.md, "What is public"). */
export const FORUM_QUERY = graphql(`
  query ForumPage($id: ID!) {
    forum(id: $id) {
      id
      kind
      isNational
      viewerCanManage
      name {
        ...LocalizedTextFields
      }
      description {
        ...LocalizedTextFields
      }
      cluster {
        id
        slug
        name {
          ...LocalizedTextFields
        }
      }
      topic {
        code
        name {
          ...LocalizedTextFields
        }
      }
      goals {
        ...LocalizedTextFields
      }
      launchedOn
      termYears
      minMeetingsPerYear
      allowsIndividuals
      source {
        ...SourceFields
      }
      seats {
        sector
        seats
        filled
        vacant
      }
      members {
        id
        role
        sector
        isIndividual
        name {
          ...LocalizedTextFields
        }
        organisation {
          id
          name {
            ...LocalizedTextFields
          }
        }
        localAuthority {
          id
          name {
            ...LocalizedTextFields
          }
        }
      }
      nextMeeting {
        id
        startsAt
        title
      }
    }
  }
`);

export const FORUM_MEMBER_FIELDS = graphql(`
  fragment ForumMemberFields on ForumMember {
    id
    role
    sector
    status
    isIndividual
    termStart
    termEnd
    termEndsSoon
    endedOn
    endReason
    shownPublicly
    publicConsentOn
    name {
      ...LocalizedTextFields
    }
    person {
      id
    }
    organisation {
      id
      name {
        ...LocalizedTextFields
      }
    }
    localAuthority {
      id
      name {
        ...LocalizedTextFields
      }
    }
  }
`);

/** The forum's private records: for its managers, the PMO unit and administrators. */
export const FORUM_DASHBOARD_QUERY = graphql(`
  query ForumDashboard($id: ID!) {
    forum(id: $id) {
      id
      members(includeEnded: true) {
        ...ForumMemberFields
      }
      meetingCadence(months: 12) {
        month
        meetings
      }
      nextMeeting {
        id
        startsAt
        title
        location
        agenda
      }
    }
  }
`);

/** Each seat-holding member's attendance in a calendar year against the forum's minimum (rule 3). */
export const FORUM_ATTENDANCE_QUERY = graphql(`
  query ForumAttendance($id: ID!, $year: Int) {
    forum(id: $id) {
      id
      minMeetingsPerYear
      attendance(year: $year) {
        attended
        required
        expectedByNow
        status
        member {
          id
          role
          sector
          name {
            ...LocalizedTextFields
          }
        }
      }
    }
  }
`);

export const MEETING_FIELDS = graphql(`
  fragment MeetingFields on Meeting {
    id
    startsAt
    title
    location
    agenda
    summary
    hasStarted
    attendance {
      id
    }
    sectorBalance {
      sector
      attended
      seats
    }
  }
`);

export const FORUM_MEETINGS_QUERY = graphql(`
  query ForumMeetings($id: ID!, $first: Int!, $after: String) {
    forum(id: $id) {
      id
      meetings(first: $first, after: $after) {
        totalCount
        pageInfo {
          endCursor
          hasNextPage
        }
        nodes {
          ...MeetingFields
        }
      }
    }
  }
`);

/** The local authorities of the forum's cluster, for a local-government seat. */
export const CLUSTER_AUTHORITIES_QUERY = graphql(`
  query ForumClusterAuthorities($clusterId: ID!) {
    localAuthorities(clusterId: $clusterId, first: 100) {
      nodes {
        id
        name {
          ...LocalizedTextFields
        }
      }
    }
  }
`);

export const CLUSTER_FORUMS_FIELDS = graphql(`
  fragment ClusterForumsFields on Cluster {
    id
    viewerCanManage
    forums {
      id
      kind
      name {
        ...LocalizedTextFields
      }
      topic {
        code
        name {
          ...LocalizedTextFields
        }
      }
      seats {
        sector
        seats
      }
      nextMeeting {
        id
        startsAt
        title
      }
    }
  }
`);

export const APPOINT_FORUM_MEMBER_MUTATION = graphql(`
  mutation AppointForumMember($input: AppointForumMemberInput!) {
    appointForumMember(input: $input) {
      ...ForumMemberFields
    }
  }
`);

export const RENEW_FORUM_MEMBER_MUTATION = graphql(`
  mutation RenewForumMember($input: RenewForumMemberInput!) {
    renewForumMember(input: $input) {
      ...ForumMemberFields
    }
  }
`);

export const END_FORUM_MEMBER_MUTATION = graphql(`
  mutation EndForumMember($input: EndForumMemberInput!) {
    endForumMember(input: $input) {
      ...ForumMemberFields
    }
  }
`);

export const RECORD_CONSENT_MUTATION = graphql(`
  mutation RecordForumMemberConsent($input: RecordForumMemberConsentInput!) {
    recordForumMemberConsent(input: $input) {
      ...ForumMemberFields
    }
  }
`);

export const SCHEDULE_MEETING_MUTATION = graphql(`
  mutation ScheduleMeeting($input: ScheduleMeetingInput!) {
    scheduleMeeting(input: $input) {
      ...MeetingFields
    }
  }
`);

export const UPDATE_MEETING_MUTATION = graphql(`
  mutation UpdateMeeting($input: UpdateMeetingInput!) {
    updateMeeting(input: $input) {
      ...MeetingFields
    }
  }
`);

export const DELETE_MEETING_MUTATION = graphql(`
  mutation DeleteMeeting($id: ID!) {
    deleteMeeting(id: $id) {
      id
    }
  }
`);

export const RECORD_ATTENDANCE_MUTATION = graphql(`
  mutation RecordAttendance($input: RecordAttendanceInput!) {
    recordAttendance(input: $input) {
      ...MeetingFields
    }
  }
`);

/** The topics a forum may be about (an extensible list, seeded from packages/shared). */
export const TOPICS_QUERY = graphql(`
  query ForumTopics {
    topics {
      code
      name {
        ...LocalizedTextFields
      }
    }
  }
`);

export const CREATE_FORUM_MUTATION = graphql(`
  mutation CreateForum($input: CreateForumInput!) {
    createForum(input: $input) {
      id
    }
  }
`);

/** The answer carries what the cluster's list of forums shows, so that list is right from the cache too. */
export const UPDATE_FORUM_MUTATION = graphql(`
  mutation UpdateForum($input: UpdateForumInput!) {
    updateForum(input: $input) {
      id
      kind
      name {
        ...LocalizedTextFields
      }
      topic {
        code
        name {
          ...LocalizedTextFields
        }
      }
      seats {
        sector
        seats
      }
    }
  }
`);

/** After a change, every view of the forum is asked again: seats, members, attendance, meetings. */
export const FORUM_REFETCH = ['ForumPage', 'ForumDashboard', 'ForumAttendance', 'ForumMeetings'];
