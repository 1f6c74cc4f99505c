import { graphql } from '../../gql';

export const HOME_QUERY = graphql(`
  query Home {
    districts {
      code
      name {
        ...LocalizedTextFields
      }
    }
    clusters {
      id
      slug
      name {
        ...LocalizedTextFields
      }
      stage
      legalForm
      declaredMemberCount
      district {
        code
        name {
          ...LocalizedTextFields
        }
      }
      membershipSources {
        authorityCount
        source {
          id
          code
          title {
            ...LocalizedTextFields
          }
          publishedOn
        }
      }
    }
  }
`);

/** Every authority with its place, district and clusters, for the maps (home, partnerships dashboard); fetched 100 a page. */
export const MAP_AUTHORITIES_QUERY = graphql(`
  query MapAuthorities($after: String) {
    localAuthorities(first: 100, after: $after) {
      totalCount
      pageInfo {
        hasNextPage
        endCursor
      }
      nodes {
        id
        name {
          ...LocalizedTextFields
        }
        latitude
        longitude
        district {
          code
        }
        clusters {
          cluster {
            id
          }
        }
      }
    }
  }
`);
