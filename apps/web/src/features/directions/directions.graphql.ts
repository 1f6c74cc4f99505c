import { graphql } from '../../gql';

export const DIRECTIONS_QUERY = graphql(`
  query ActionDirections {
    actionDirections {
      number
      title {
        ...LocalizedTextFields
      }
      description {
        ...LocalizedTextFields
      }
    }
  }
`);
