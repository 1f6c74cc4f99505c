import { graphql } from '../../gql';

/** The clusters' forum activity, per district and per cluster, and the national total (forums.md). */
export const CLUSTER_ACTIVITY_QUERY = graphql(`
  query ClusterActivity {
    clusterActivity {
      total {
        forums
        meetingsLast12Months
        averageAttendance
        vacancies
      }
      districts {
        district {
          code
          name {
            ...LocalizedTextFields
          }
        }
        forums
        meetingsLast12Months
        averageAttendance
        vacancies
        clusters {
          cluster {
            id
            slug
            name {
              ...LocalizedTextFields
            }
          }
          forums
          meetingsLast12Months
          averageAttendance
          vacancies
        }
      }
    }
  }
`);
