import { graphql } from '../../gql';

/**
 * The network of partners (issue #7, item 5) in one request: the nodes and links to draw, and the
 * brokers with their reasons. Priced at the API's bounds (300 nodes, 1,200 links) under the
 * query-cost limit, so the nodes carry only what the drawing and the links table need.
 */
export const PARTNERSHIP_NETWORK_QUERY = graphql(`
  query PartnershipNetwork($filter: PartnershipNetworkFilter) {
    partnershipNetwork(filter: $filter) {
      totalNodes
      totalLinks
      truncated
      nodes {
        id
        kind
        sector
        name {
          he
          ar
          en
        }
      }
      links {
        source
        target
        kind
        weight
      }
      brokers {
        id
        kind
        sector
        name {
          he
          ar
          en
        }
        sectorsBridged
        partnerships
        forums
        contacts
        betweenness
      }
    }
  }
`);
