import { graphql } from '../../gql';

/** An account as the administration shows it; reading its email is written to the audit trail. */
export const ADMIN_ACCOUNT_FIELDS = graphql(`
  fragment AdminAccountFields on Account {
    id
    displayName
    email
    status
    isDemo
    createdAt
    lastSignedInAt
    roles {
      ...RoleGrantFields
    }
  }
`);

export const ACCOUNTS_QUERY = graphql(`
  query Accounts($search: String, $role: Role, $status: AccountStatus, $after: String) {
    accounts(search: $search, role: $role, status: $status, first: 50, after: $after) {
      totalCount
      pageInfo {
        hasNextPage
        endCursor
      }
      nodes {
        ...AdminAccountFields
      }
    }
  }
`);

/** The clusters a CLUSTER_CEO role can be scoped to, and the audit trail filtered by. */
export const CLUSTER_CHOICES_QUERY = graphql(`
  query ClusterChoices {
    clusters {
      id
      slug
      name {
        ...LocalizedTextFields
      }
    }
  }
`);

/** What roles can be scoped to: a CLUSTER_CEO's cluster, a COMMITTEE_MEMBER's forum. */
export const SCOPE_CHOICES_QUERY = graphql(`
  query ScopeChoices {
    clusters {
      id
      slug
      name {
        ...LocalizedTextFields
      }
    }
    forums {
      id
      name {
        ...LocalizedTextFields
      }
      cluster {
        id
        name {
          ...LocalizedTextFields
        }
      }
    }
  }
`);

export const INVITATION_FIELDS = graphql(`
  fragment InvitationFields on Invitation {
    token
    expiresAt
    account {
      ...AdminAccountFields
    }
  }
`);

export const INVITE_ACCOUNT_MUTATION = graphql(`
  mutation InviteAccount($input: InviteAccountInput!) {
    inviteAccount(input: $input) {
      ...InvitationFields
    }
  }
`);

export const REISSUE_INVITATION_MUTATION = graphql(`
  mutation ReissueInvitation($accountId: ID!) {
    reissueInvitation(accountId: $accountId) {
      ...InvitationFields
    }
  }
`);

export const GRANT_ROLE_MUTATION = graphql(`
  mutation GrantRole($input: GrantRoleInput!) {
    grantRole(input: $input) {
      ...AdminAccountFields
    }
  }
`);

export const REVOKE_ROLE_MUTATION = graphql(`
  mutation RevokeRole($id: ID!) {
    revokeRole(id: $id) {
      ...AdminAccountFields
    }
  }
`);

export const DISABLE_ACCOUNT_MUTATION = graphql(`
  mutation DisableAccount($accountId: ID!) {
    disableAccount(accountId: $accountId) {
      ...AdminAccountFields
    }
  }
`);

export const ENABLE_ACCOUNT_MUTATION = graphql(`
  mutation EnableAccount($accountId: ID!) {
    enableAccount(accountId: $accountId) {
      ...AdminAccountFields
    }
  }
`);

export const AUDIT_EVENTS_QUERY = graphql(`
  query AuditEvents(
    $clusterId: ID
    $accountId: ID
    $action: AuditAction
    $since: DateTimeISO
    $until: DateTimeISO
    $after: String
  ) {
    auditEvents(
      clusterId: $clusterId
      accountId: $accountId
      action: $action
      since: $since
      until: $until
      first: 50
      after: $after
    ) {
      pageInfo {
        hasNextPage
        endCursor
      }
      nodes {
        id
        action
        occurredAt
        entityType
        entityId
        requestId
        before
        after
        actor {
          id
          displayName
        }
        subjectAccount {
          id
          displayName
        }
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
`);

/** The people an administrator can filter the trail by (the PMO unit cannot list accounts). */
export const ACCOUNT_CHOICES_QUERY = graphql(`
  query AccountChoices {
    accounts(first: 100) {
      nodes {
        id
        displayName
      }
    }
  }
`);
