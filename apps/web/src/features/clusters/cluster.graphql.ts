import { graphql } from '../../gql';

export const CLUSTER_QUERY = graphql(`
  query Cluster($slug: String!) {
    cluster(slug: $slug) {
      id
      slug
      viewerCanManage
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
        ...MilestoneFields
      }
      ...ClusterForumsFields
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

export const MILESTONE_FIELDS = graphql(`
  fragment MilestoneFields on Milestone {
    id
    occurredOn
    viewerCanEdit
    title {
      ...LocalizedTextFields
    }
    source {
      ...SourceFields
    }
  }
`);

export const ADD_MILESTONE_MUTATION = graphql(`
  mutation AddMilestone($input: AddMilestoneInput!) {
    addMilestone(input: $input) {
      ...MilestoneFields
    }
  }
`);

export const UPDATE_MILESTONE_MUTATION = graphql(`
  mutation UpdateMilestone($input: UpdateMilestoneInput!) {
    updateMilestone(input: $input) {
      ...MilestoneFields
    }
  }
`);

export const DELETE_MILESTONE_MUTATION = graphql(`
  mutation DeleteMilestone($id: ID!) {
    deleteMilestone(id: $id) {
      id
    }
  }
`);
