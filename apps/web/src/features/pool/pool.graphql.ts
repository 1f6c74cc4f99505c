import { graphql } from '../../gql';

/** A profile as the pool lists it; `contacts` holds only what the person shows this viewer (rule 5). */
export const STAKEHOLDER_CARD_FIELDS = graphql(`
  fragment StakeholderCardFields on Stakeholder {
    id
    isMine
    sector
    name {
      ...LocalizedTextFields
    }
    title {
      ...LocalizedTextFields
    }
    organisation {
      id
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
    districts {
      code
      name {
        ...LocalizedTextFields
      }
    }
    openToConsultation
    openToSectorMove
    contacts {
      kind
      value
      visibility
      consentedAt
    }
  }
`);

/** Search with filters and facet counts, a page at a time (docs/pool.md, "Search"). */
export const STAKEHOLDERS_QUERY = graphql(`
  query PoolSearch(
    $search: String
    $sectors: [SectorCode!]
    $topics: [String!]
    $districts: [DistrictCode!]
    $languages: [String!]
    $openToConsultation: Boolean
    $openToSectorMove: Boolean
    $after: String
  ) {
    stakeholders(
      search: $search
      sectors: $sectors
      topics: $topics
      districts: $districts
      languages: $languages
      openToConsultation: $openToConsultation
      openToSectorMove: $openToSectorMove
      # A page of 20, written here rather than sent: the query's cost (query-limits.ts) is then
      # known from the text, and every page of "more" is the same size.
      first: 20
      after: $after
    ) {
      totalCount
      pageInfo {
        endCursor
        hasNextPage
      }
      nodes {
        ...StakeholderCardFields
      }
      facets {
        sectors {
          sector
          count
        }
        topics {
          count
          topic {
            code
            name {
              ...LocalizedTextFields
            }
          }
        }
        districts {
          district
          count
        }
        languages {
          language
          count
        }
        openToConsultation {
          value
          count
        }
        openToSectorMove {
          value
          count
        }
      }
    }
  }
`);

/** Every field of a profile that its page shows (and its owner edits). */
export const STAKEHOLDER_PROFILE_FIELDS = graphql(`
  fragment StakeholderProfileFields on Stakeholder {
    ...StakeholderCardFields
    bio
    expertise
    interests
    languages
    sectorMoves
    updatedAt
    positions {
      sector
      title
      organisationName
      startYear
      endYear
    }
  }
`);

export const STAKEHOLDER_QUERY = graphql(`
  query PoolProfile($id: ID!) {
    stakeholder(id: $id) {
      ...StakeholderProfileFields
    }
  }
`);

/** Partners from the other sectors, each with its reason (signed-in accounts only). */
export const STAKEHOLDER_MATCHES_QUERY = graphql(`
  query PoolMatches($personId: ID!) {
    stakeholderMatches(personId: $personId, first: 10) {
      score
      stakeholder {
        id
        sector
        name {
          ...LocalizedTextFields
        }
        title {
          ...LocalizedTextFields
        }
        organisation {
          id
          name {
            ...LocalizedTextFields
          }
        }
      }
      reason {
        sector
        complementarySector
        openToConsultation
        sharedDistricts
        sharedTopics {
          code
          name {
            ...LocalizedTextFields
          }
        }
      }
    }
  }
`);

/** The signed-in person's own profile, with what only they read (gender, birth year). */
export const MY_PROFILE_QUERY = graphql(`
  query MyPoolProfile {
    myProfile {
      ...StakeholderProfileFields
      gender
      birthYear
    }
  }
`);

export const CREATE_MY_PROFILE_MUTATION = graphql(`
  mutation CreateMyProfile($input: CreateProfileInput!) {
    createMyProfile(input: $input) {
      ...StakeholderProfileFields
      gender
      birthYear
    }
  }
`);

export const UPDATE_MY_PROFILE_MUTATION = graphql(`
  mutation UpdateMyProfile($input: UpdateProfileInput!) {
    updateMyProfile(input: $input) {
      ...StakeholderProfileFields
      gender
      birthYear
    }
  }
`);

export const WITHDRAW_CONSENT_MUTATION = graphql(`
  mutation WithdrawMyContactConsent {
    withdrawMyContactConsent {
      ...StakeholderProfileFields
      gender
      birthYear
    }
  }
`);

export const DELETE_MY_PROFILE_MUTATION = graphql(`
  mutation DeleteMyProfile {
    deleteMyProfile
  }
`);

/** The pool in aggregate; null counts are groups too small to show (docs/pool.md, "Diversity"). */
export const POOL_DIVERSITY_QUERY = graphql(`
  query PoolDiversity($topicCode: String) {
    poolDiversity(topicCode: $topicCode) {
      total
      minimumGroupSize
      bySector {
        sector
        count
      }
      byGender {
        gender
        count
      }
      byAgeBand {
        ageBand
        count
      }
      byDistrict {
        district
        count
      }
      sectorGaps {
        sector
        isMissing
      }
      topic {
        code
        name {
          ...LocalizedTextFields
        }
      }
    }
  }
`);
