import { graphql } from '../../gql';

export const CLUSTER_QUERY = graphql(`
  query Cluster($slug: String!) {
    cluster(slug: $slug) {
      id
      slug
      name {
        ...LocalizedTextFields
      }
      legalForm
      stage
      district {
        code
        name {
          ...LocalizedTextFields
        }
      }
      foundedOn
      summary {
        ...LocalizedTextFields
      }
      ceo {
        id
        name {
          ...LocalizedTextFields
        }
      }
      ceoSince
      programManager {
        id
        name {
          ...LocalizedTextFields
        }
      }
      coreTopics {
        code
        name {
          ...LocalizedTextFields
        }
      }
      visionGoals {
        ...LocalizedTextFields
      }
      declaredMemberCount
      authorities {
        isListedByAllSources
        sources {
          joinedOn
          source {
            id
          }
        }
        authority {
          id
          name {
            ...LocalizedTextFields
          }
          kind
          population
          populationYear
          district {
            code
            name {
              ...LocalizedTextFields
            }
          }
        }
      }
      membershipSources {
        authorityCount
        source {
          ...SourceFields
        }
      }
      milestones {
        id
        occurredOn
        title {
          ...LocalizedTextFields
        }
        source {
          ...SourceFields
        }
      }
    }
  }
`);

export const SOURCE_FIELDS = graphql(`
  fragment SourceFields on Source {
    id
    code
    kind
    title {
      ...LocalizedTextFields
    }
    publisher {
      ...LocalizedTextFields
    }
    publishedOn
  }
`);
