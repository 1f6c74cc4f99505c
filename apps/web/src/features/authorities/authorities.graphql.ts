import { graphql } from '../../gql';

export const AUTHORITIES_QUERY = graphql(`
  query Authorities($district: DistrictCode, $kind: AuthorityKind, $clusterId: ID, $search: String, $after: String) {
    localAuthorities(
      district: $district
      kind: $kind
      clusterId: $clusterId
      search: $search
      first: 20
      after: $after
    ) {
      totalCount
      pageInfo {
        hasNextPage
        endCursor
      }
      edges {
        cursor
        node {
          id
          name {
            ...LocalizedTextFields
          }
          alternativeNames
          kind
          population
          populationYear
          district {
            code
            name {
              ...LocalizedTextFields
            }
          }
          clusters {
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
    }
  }
`);

/** The choices of the filters: districts and clusters, by name. */
export const AUTHORITY_FILTERS_QUERY = graphql(`
  query AuthorityFilters {
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
    }
  }
`);
